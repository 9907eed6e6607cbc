/*
 * Clause permalinks: a "copy link" button beside each clause's permanent
 * link, and a quiet highlight on the clause that the URL points to.
 *
 * The page already carries, for each clause, a real link to its canonical
 * page (a.clause-permalink, href relative to the current page, checked by
 * MkDocs at build time). The absolute URL is resolved here from `location`
 * and that href, so it is right on any host and under any path prefix.
 * No network requests, no innerHTML: every text is set with textContent.
 */
(function () {
  "use strict";

  var COPY = ["Copier le lien", "Copy link"];
  var COPIED = ["Lien copié", "Link copied"];
  var FAILED = ["Copie impossible : le lien est sélectionné", "Could not copy: the link is selected"];
  var TARGET = "clause--target";
  var STATUS_MS = 4000;

  // "fr · en", the English part marked lang="en" for screen readers.
  function setBilingual(element, pair) {
    var english = document.createElement("span");
    english.lang = "en";
    english.textContent = pair[1];
    element.replaceChildren(pair[0] + " · ", english);
  }

  function permalinkOf(link) {
    return new URL(link.getAttribute("href"), window.location.href).href;
  }


  function selectContents(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function addCopyButton(link) {
    if (link.dataset.permalinkReady) {
      return;
    }
    link.dataset.permalinkReady = "true";
    var url = permalinkOf(link);
    link.textContent = url;

    var button = document.createElement("button");
    button.type = "button";
    button.className = "clause-copy";
    setBilingual(button, COPY);

    var status = document.createElement("span");
    status.className = "clause-copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    var timer = null;
    button.addEventListener("click", function () {
      window.clearTimeout(timer);
      status.replaceChildren();
      window.siteCopyText(url).then(
        function () {
          setBilingual(status, COPIED);
        },
        function () {
          setBilingual(status, FAILED);
          selectContents(link);
        }
      );
      timer = window.setTimeout(function () {
        status.replaceChildren();
      }, STATUS_MS);
    });
    link.after(button, status);
  }

  // The clause the URL designates: the one holding the #fragment's element
  // (its heading, or a former id's anchor inside it), or, on a clause's own
  // page opened without a fragment, that clause.
  function targetedClause() {
    var fragment = "";
    try {
      fragment = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      fragment = "";
    }
    if (fragment) {
      var element = document.getElementById(fragment);
      var holder = element && element.closest("[data-clause]");
      return holder ? holder.getAttribute("data-clause") : null;
    }
    var title = document.querySelector("h1[data-clause]");
    return title ? title.getAttribute("data-clause") : null;
  }

  function highlight() {
    var clause = targetedClause();
    document.querySelectorAll("[data-clause]").forEach(function (element) {
      element.classList.toggle(TARGET, element.getAttribute("data-clause") === clause);
    });
  }

  function init() {
    document.querySelectorAll("a.clause-permalink").forEach(addCopyButton);
    highlight();
  }

  window.addEventListener("hashchange", highlight);
  // Material's instant navigation (if ever enabled) swaps pages without a
  // load event and announces each new page on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
