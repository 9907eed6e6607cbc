/*
 * The navigation drawer on a narrow screen, with the keyboard. Material opens it with a
 * <label for="__drawer">, which a pointer can press but Tab never reaches (and a label
 * may not take the role of a button). The header (partials/header.html) has both: the
 * label, which works without JavaScript, and a real <button>, hidden until this script
 * swaps them. The button opens or closes the drawer (Enter and Space, as any button)
 * and moves focus to the drawer's first link; Escape closes it and gives focus back to
 * the button; aria-expanded says whether it is open. While it is open, Tab stays inside it
 * (from its last link to its first, Shift+Tab from the first to the last), as in any
 * dialog that covers the page: the page behind is under the overlay. The closed drawer's
 * links are out of the Tab order (site.css). On a wide screen both are hidden and none of
 * this applies.
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

  // What Tab can reach in the open drawer, in order: shown, and not taken out of the Tab order.
  function stops() {
    var all = drawer.querySelectorAll("a[href], button, input, select, textarea, [tabindex]");
    return Array.prototype.filter.call(all, function (element) {
      return (
        element.tabIndex >= 0 &&
        !element.disabled &&
        element.getClientRects().length > 0 &&
        window.getComputedStyle(element).visibility !== "hidden"
      );
    });
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
    if (event.key !== "Tab" || !box.checked) return;
    var inside = stops();
    if (!inside.length) return;
    var first = inside[0];
    var last = inside[inside.length - 1];
    var at = document.activeElement;
    var target = null;
    if (!drawer.contains(at)) target = event.shiftKey ? last : first;
    else if (event.shiftKey && at === first) target = last;
    else if (!event.shiftKey && at === last) target = first;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !box.checked) return;
    setOpen(false);
    toggle.focus();
  });
})();
