/*
 * Every printed sheet says what it is (partials/print-running.html, print.css).
 * The block at the head of the printout carries the site, the page's address, what
 * the text is and the data's version; this script fills in the address when the
 * build had no SITE_URL (the one the page was printed from, without its #fragment)
 * and hands the block's text to the sheets' foot through a CSS custom property
 * (--print-foot), which the @page margin boxes show on every sheet.
 * Text copied from the resolution's words (the wording, its fragments, a report of it,
 * our translation) leaves with the same two lines, so that a pasted reconstruction
 * cannot pass for the official text either; other text is copied as it is.
 * Text only: no request, no markup.
 */
(function () {
  "use strict";
  var block = document.querySelector("[data-print-running]");
  if (!block) return;
  var slot = block.querySelector("[data-print-address]");
  if (slot && !slot.textContent.trim()) slot.textContent = window.location.href.split("#")[0];

  function cssString(text) {
    return '"' + text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\A ") + '"';
  }

  var lines = Array.prototype.map.call(block.querySelectorAll("p"), function (p) {
    return p.textContent.replace(/\s+/g, " ").trim();
  });
  document.documentElement.style.setProperty("--print-foot", cssString(lines.join("\n")));

  var WORDS = ".provision-texts, .provision-report, .provision-unknown, .excerpt";
  function fromWords(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return !!(element && element.closest(WORDS));
  }
  document.addEventListener("copy", function (event) {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    var range = selection.getRangeAt(0);
    var touches = fromWords(range.startContainer) || fromWords(range.endContainer);
    if (!touches) {
      var box = range.commonAncestorContainer;
      box = box.nodeType === 1 ? box : box.parentElement;
      touches = !!(box && box.querySelector && Array.prototype.some.call(box.querySelectorAll(WORDS), function (el) {
        return range.intersectsNode(el);
      }));
    }
    if (!touches) return;
    var address = window.location.href;
    event.clipboardData.setData("text/plain", selection.toString().trim() + "\n\n— " + lines[1] + "\n" + address);
    event.preventDefault();
  });
})();
