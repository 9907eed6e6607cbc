/*
 * Provision permalinks: a "copy link" button beside each provision's permanent
 * link, a quiet highlight on the provision that the URL points to, and a
 * language switch that keeps the reader's place (the #fragment).
 *
 * The page already carries, for each provision, a real link to its canonical
 * page (a.provision-permalink, href relative to the current page, checked by
 * MkDocs at build time). The absolute URL is resolved here from `location`
 * and that href, so it is right on any host and under any path prefix.
 * No network requests, no innerHTML: every text is set with textContent.
 */
(function () {
  "use strict";

  // The edition's strings (resolution_site/catalogue.py, through the header).
  var box = document.querySelector("[data-site-search]");
  var STRINGS = box ? JSON.parse(box.dataset.strings || "{}") : {};
  var TARGET = "provision--target";
  var STATUS_MS = 4000;

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
    button.className = "provision-copy";
    button.textContent = STRINGS.copy_link;

    var status = document.createElement("span");
    status.className = "provision-copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    var timer = null;
    button.addEventListener("click", function () {
      window.clearTimeout(timer);
      status.replaceChildren();
      window.siteCopyText(url).then(
        function () {
          status.textContent = STRINGS.link_copied;
        },
        function () {
          status.textContent = STRINGS.copy_failed;
          selectContents(link);
        }
      );
      timer = window.setTimeout(function () {
        status.replaceChildren();
      }, STATUS_MS);
    });
    link.after(button, status);
  }

  // The provision the URL designates: the one holding the #fragment's element
  // (its heading, or a former id's anchor inside it), or, on a provision's own
  // page opened without a fragment, that provision.
  function targetedClause() {
    var fragment = "";
    try {
      fragment = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      fragment = "";
    }
    if (fragment) {
      var element = document.getElementById(fragment);
      var holder = element && element.closest("[data-provision]");
      return holder ? holder.getAttribute("data-provision") : null;
    }
    var title = document.querySelector("h1[data-provision]");
    return title ? title.getAttribute("data-provision") : null;
  }

  function highlight() {
    var provision = targetedClause();
    document.querySelectorAll("[data-provision]").forEach(function (element) {
      element.classList.toggle(TARGET, element.getAttribute("data-provision") === provision);
    });
  }

  // The switch to the other edition lands on the same provision: provision ids
  // are the same anchors in both editions.
  function keepPlace() {
    document.querySelectorAll("a[data-edition-switch]").forEach(function (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", base + window.location.hash);
    });
  }

  function init() {
    document.querySelectorAll("a.provision-permalink").forEach(addCopyButton);
    highlight();
    keepPlace();
  }

  window.addEventListener("hashchange", function () {
    highlight();
    keepPlace();
  });
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
