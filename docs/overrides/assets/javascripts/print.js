/*
 * Every printed sheet says what it is (partials/print-running.html, print.css).
 * The block at the head of the printout carries the site, the page's address, what
 * the text is and the data's version; this script fills in the address when the
 * build had no SITE_URL (the one the page was printed from, without its #fragment)
 * and hands the block's text to the sheets' foot through a CSS custom property
 * (--print-foot), which the @page margin boxes show on every sheet.
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
})();
