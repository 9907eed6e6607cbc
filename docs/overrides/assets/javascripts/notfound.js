/*
 * The error page (docs/overrides/404.html). A static host serves the root's 404.html
 * for every missing address, French or English: when the address is under the other
 * edition's folder (en/), send the reader to that edition's error page, in its
 * language, with its home, full text and search. The "search" button opens the
 * header's search box (search.js), which searches this page's edition.
 */
(function () {
  "use strict";
  const script = document.currentScript;
  const root = new URL("../../", script.src); // this edition's root
  const prefix = script.dataset.otherPrefix; // "en/" on the French page, "" on the English one
  if (prefix && location.pathname.startsWith(root.pathname + prefix)) {
    location.replace(new URL(prefix + "404.html", root).href);
    return;
  }
  const button = document.querySelector("[data-open-search]");
  if (button) {
    button.addEventListener("click", function () {
      const toggle = document.querySelector(".site-search__toggle");
      const input = document.getElementById("site-search-input");
      if (toggle && toggle.offsetParent !== null) toggle.click();
      if (input) input.focus();
    });
  }
})();
