/*
 * The navigation drawer on a narrow screen, with the keyboard. Material opens it with a
 * <label for="__drawer">, which a pointer can press but Tab never reaches (and a label
 * may not take the role of a button). The header (partials/header.html) has both: the
 * label, which works without JavaScript, and a real <button>, hidden until this script
 * swaps them. The button opens or closes the drawer (Enter and Space, as any button)
 * and moves focus to the drawer's first link; Escape closes it and gives focus back to
 * the button; aria-expanded says whether it is open. The closed drawer's links are out
 * of the Tab order (site.css). On a wide screen both are hidden and none of this applies.
 */
(function () {
  "use strict";
  var label = document.querySelector("[data-drawer-label]");
  var toggle = document.querySelector("[data-drawer-toggle]");
  var box = document.getElementById("__drawer");
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!label || !toggle || !box || !drawer) return;
  if (!drawer.id) drawer.id = "site-drawer";
  toggle.setAttribute("aria-controls", drawer.id);
  label.hidden = true;
  toggle.hidden = false;

  function firstLink() {
    return drawer.querySelector(".md-nav--primary > .md-nav__list a[href]") || drawer.querySelector("a[href]");
  }

  // click() rather than setting .checked: it fires "change", which Material listens to too.
  function setOpen(open) {
    if (box.checked !== open) box.click();
  }

  function sync() {
    toggle.setAttribute("aria-expanded", box.checked ? "true" : "false");
    // Closed with focus inside (by the overlay, or the drawer's title): focus goes back to
    // the button, not to a link that has just become hidden.
    if (!box.checked && drawer.contains(document.activeElement)) toggle.focus();
  }

  box.addEventListener("change", sync);
  sync();

  toggle.addEventListener("click", function () {
    setOpen(!box.checked);
    if (!box.checked) return;
    var link = firstLink();
    if (!link) return;
    link.focus();
    // The drawer is visible as soon as it is checked (site.css); should a browser apply
    // that only on the next frame, focus the link then.
    if (document.activeElement !== link) {
      window.requestAnimationFrame(function () {
        link.focus();
      });
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !box.checked) return;
    setOpen(false);
    toggle.focus();
  });
})();
