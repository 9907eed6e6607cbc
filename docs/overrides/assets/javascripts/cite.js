/* "Cite" panels (resolution_site/render/templates/_cite.md.j2): put this page's address into
   every citation, and give each citation a copy button. The build cannot know
   the host the site is served from, so the address is the canonical URL when
   the site declares one, else the address the page was loaded from. No data
   goes through innerHTML: only textContent and createElement. */
(function () {
  "use strict";

  function pageAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    if (canonical && canonical.href) {
      return canonical.href;
    }
    // The page's clean address: "…/aide-humanitaire/index.html" is the same page as "…/aide-humanitaire/",
    // which the permalink gives and the site lists.
    return window.location.origin + window.location.pathname.replace(/\/index\.html$/, "/");
  }

  var box = document.querySelector("[data-site-search]");
  var STRINGS = box ? JSON.parse(box.dataset.strings || "{}") : {};

  var labelled = 0;

  function addButton(citation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy md-button";
    button.textContent = STRINGS.copy;
    // Several "Copy" buttons in one box: each is described by its citation's label ("In French", "BibTeX"),
    // which a screen reader says after the button's own name (that stays its visible text: Copy, Copied).
    var block = citation.closest(".cite-block");
    var label = block && block.querySelector(".cite-label");
    if (label) {
      if (!label.id) {
        labelled += 1;
        label.id = "cite-label-" + labelled;
      }
      button.setAttribute("aria-describedby", label.id);
    }
    button.addEventListener("click", function () {
      window.siteCopyText(citation.textContent).then(
        function () { button.textContent = STRINGS.copied; },
        function () { button.textContent = STRINGS.copy_text_failed; }
      );
    });
    citation.insertAdjacentElement("afterend", button);
  }

  function setUp(root) {
    var address = pageAddress();
    root.querySelectorAll(".cite .cite-url").forEach(function (slot) {
      slot.textContent = address;
    });
    // the citations now hold the full address: the note that they give a relative path goes
    root.querySelectorAll(".cite .cite-relative").forEach(function (note) {
      note.remove();
    });
    root.querySelectorAll(".cite [data-cite]").forEach(function (citation) {
      var next = citation.nextElementSibling;
      if (!(next && next.classList.contains("cite-copy"))) {
        addButton(citation);
      }
    });
  }

  // Material's instant navigation swaps pages without reloading; its
  // document$ observable tells us when. Without it, run once.
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(function () { setUp(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  } else {
    setUp(document);
  }
})();
