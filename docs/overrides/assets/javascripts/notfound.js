/*
 * The error page (docs/overrides/404.html). A static host serves the root's 404.html
 * for every missing address, French or English: when the address is under the other
 * edition's folder (en/), send the reader to that edition's error page, in its
 * language, with its home, full text and search. The address the reader asked for
 * travels with them (?from=) and is put back in the address bar there, so that it
 * can be corrected, copied or reported; both pages also show it. The "search" button
 * opens the header's search box (search.js), which searches this page's edition.
 */
(function () {
  "use strict";
  const script = document.currentScript;
  const root = new URL("../../", script.src); // this edition's root
  const prefix = script.dataset.otherPrefix; // "en/" on the French page, "" on the English one
  const asked = location.pathname + location.search + location.hash;
  if (prefix && location.pathname.startsWith(root.pathname + prefix)) {
    const target = new URL(prefix + "404.html", root);
    target.searchParams.set("from", asked);
    location.replace(target.href);
    return;
  }

  // Sent here by the root's error page: the address asked for, if it is one of this
  // edition's (never another site's: replaceState could not go there anyway).
  let shown = location.pathname.endsWith("/404.html") ? "" : asked;
  const from = new URLSearchParams(location.search).get("from");
  if (from) {
    const url = new URL(from, location.origin);
    if (url.origin === location.origin && url.pathname.startsWith(root.pathname)) {
      history.replaceState(history.state, "", url.href);
      shown = url.pathname + url.search + url.hash;
    }
  }
  const slot = document.querySelector("[data-not-found-address]");
  if (slot && shown) {
    try {
      slot.textContent = decodeURI(shown);
    } catch (error) {
      slot.textContent = shown; // not valid percent-encoding: shown as typed
    }
    slot.parentElement.hidden = false;
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
