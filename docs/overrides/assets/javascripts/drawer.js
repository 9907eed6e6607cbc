/*
 * The navigation drawer on a narrow screen, with the keyboard. Material opens it with a
 * <label for="__drawer"> (partials/header.html), which a mouse or a finger can press but
 * Tab never reaches. The header gives the label tabindex="0" and role="button"; this
 * script makes it act like one: Enter or Space opens (or closes) the drawer and moves
 * focus to its first link, Escape closes it and gives focus back to the toggle, and
 * aria-expanded says whether it is open. The drawer's links leave the Tab order while it
 * is closed (site.css). On a wide screen the label is hidden and none of this applies.
 */
(function () {
  "use strict";
  var toggle = document.querySelector('label.md-header__button[for="__drawer"]');
  var box = document.getElementById("__drawer");
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !box || !drawer) return;
  if (!drawer.id) drawer.id = "site-drawer";
  toggle.setAttribute("aria-controls", drawer.id);

  function firstLink() {
    return drawer.querySelector(".md-nav--primary > .md-nav__list a[href]") || drawer.querySelector("a[href]");
  }

  function sync() {
    toggle.setAttribute("aria-expanded", box.checked ? "true" : "false");
    // Closed with focus inside (by the overlay, or a link's label): focus goes back where
    // the reader opened it, not to a link that has just become hidden.
    if (!box.checked && drawer.contains(document.activeElement)) toggle.focus();
  }

  // click() rather than setting .checked: it fires "change", which Material listens to too.
  function setOpen(open) {
    if (box.checked !== open) box.click();
  }

  box.addEventListener("change", sync);
  sync();

  toggle.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault(); // Space would scroll the page
    setOpen(!box.checked);
    if (!box.checked) return;
    var link = firstLink();
    if (!link) return;
    link.focus();
    // The drawer becomes visible as soon as it is checked (site.css); should a browser
    // only apply that on the next frame, try again then.
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
