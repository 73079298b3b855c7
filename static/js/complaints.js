// Complaint pages: what a phone's browser can add to forms and links that already work without this script.
(function () {
  "use strict";

  // "Copy the link": shown only where the clipboard can be written; the link stays visible to copy by hand.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    var status = button.closest("section").querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copy).then(function () {
        if (status) { status.textContent = button.dataset.copied; }
      });
    });
  });
})();
