/*
 * One copy-to-clipboard function for the site's copy buttons (permalinks.js,
 * cite.js), loaded before them. The async Clipboard API needs a secure
 * context (https or localhost); elsewhere it falls back to the older copy
 * command on a hidden textarea. Resolves when copied, rejects otherwise.
 */
(function () {
  "use strict";

  window.siteCopyText = function (text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      area.remove();
      if (copied) {
        resolve();
      } else {
        reject(new Error("copy refused"));
      }
    });
  };
})();
