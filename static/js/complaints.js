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

// "Use my location": fills the coordinates from the phone's position where the browser may ask for it. Without
// this script (or permission) the kelurahan and the landmark say where, and the coordinates can be typed.
(function () {
  "use strict";
  var box = document.querySelector("[data-locate]");
  if (!box || !navigator.geolocation) { return; }
  var button = box.querySelector("[data-locate-button]");
  var status = box.querySelector("[data-locate-status]");
  var latitude = document.querySelector("input[name=latitude]");
  var longitude = document.querySelector("input[name=longitude]");
  box.hidden = false;
  button.addEventListener("click", function () {
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      latitude.value = position.coords.latitude.toFixed(6);
      longitude.value = position.coords.longitude.toFixed(6);
      status.textContent = button.dataset.located.replace("%(accuracy)s", Math.round(position.coords.accuracy));
      document.dispatchEvent(new CustomEvent("complaint:located"));
    }, function () {
      status.textContent = button.dataset.failed;
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
})();

// Similar complaints, shown as the resident chooses the category and the place (and when the phone gives its
// position), instead of on the "Check for similar complaints" button that does the same without this script.
(function () {
  "use strict";
  var box = document.querySelector("[data-similar]");
  if (!box || !window.fetch) { return; }
  var form = box.closest("form");
  var list = box.querySelector("[data-similar-list]");
  box.querySelector("[data-similar-button]").hidden = true;
  var names = ["category", "village", "latitude", "longitude"];
  var last = "";
  function refresh() {
    var query = new URLSearchParams();
    names.forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value) { query.set(name, field.value); }
    });
    var wanted = query.toString();
    if (wanted === last || !query.get("category")) { return; }
    last = wanted;
    fetch(box.dataset.similar + "?" + wanted, { headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) { if (wanted === last) { list.innerHTML = html; } })
      .catch(function () { /* offline or failing: the resident files as usual */ });
  }
  names.forEach(function (name) {
    var field = form.elements[name];
    if (field) { field.addEventListener("change", refresh); }
  });
  document.addEventListener("complaint:located", refresh);
})();
