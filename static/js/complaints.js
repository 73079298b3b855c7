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

// Sending the form: photos made smaller in the phone first (at most 1600 px, JPEG), with a progress bar, so that
// a 3G connection sends a few hundred kilobytes instead of several megabytes. The resident's consent to use the
// photo's location is honoured first, since the smaller copy no longer carries it. Without this script, or where
// the browser cannot do it, the form is sent as it is and the portal does the same on its side.
(function () {
  "use strict";
  var form = document.querySelector("form[data-shrink]");
  if (!form || !window.FormData || !window.XMLHttpRequest || !window.createImageBitmap || !window.Promise ||
      !HTMLCanvasElement.prototype.toBlob) { return; }
  var largest = parseInt(form.dataset.shrink, 10);
  var box = form.querySelector("[data-sending]");
  var bar = box.querySelector("progress");
  var status = box.querySelector("[data-sending-status]");
  var send = form.querySelector("[data-send]");

  function tiffLocation(view, start) {
    var little = view.getUint16(start) === 0x4949;
    function u16(at) { return view.getUint16(start + at, little); }
    function u32(at) { return view.getUint32(start + at, little); }
    function entries(ifd) {
      var found = {};
      for (var i = 0, count = u16(ifd); i < count; i++) { found[u16(ifd + 2 + i * 12)] = ifd + 2 + i * 12; }
      return found;
    }
    var first = entries(u32(4));
    if (!first[0x8825]) { return null; }
    var gps = entries(u32(first[0x8825] + 8));
    function degrees(tag) {
      if (!gps[tag]) { return NaN; }
      var at = u32(gps[tag] + 8);
      return [0, 1, 2].reduce(function (sum, i) {
        return sum + (u32(at + i * 8) / u32(at + i * 8 + 4)) / Math.pow(60, i);
      }, 0);
    }
    function ref(tag) { return gps[tag] ? String.fromCharCode(view.getUint8(start + gps[tag] + 8)) : ""; }
    var latitude = degrees(2), longitude = degrees(4);
    if (!isFinite(latitude) || !isFinite(longitude)) { return null; }
    return { latitude: ref(1) === "S" ? -latitude : latitude, longitude: ref(3) === "W" ? -longitude : longitude };
  }

  function photoLocation(file) {
    if (file.type !== "image/jpeg") { return Promise.resolve(null); }
    return file.slice(0, 131072).arrayBuffer().then(function (buffer) {
      var view = new DataView(buffer);
      if (view.getUint16(0) !== 0xFFD8) { return null; }
      for (var at = 2; at + 10 < view.byteLength; at += 2 + view.getUint16(at + 2)) {
        if (view.getUint16(at) === 0xFFE1 && view.getUint32(at + 4) === 0x45786966) { return tiffLocation(view, at + 10); }
        if ((view.getUint16(at) & 0xFF00) !== 0xFF00) { return null; }
      }
      return null;
    }).catch(function () { return null; });
  }

  function smaller(file) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) { return Promise.resolve(file); }
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, largest / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.size < 1048576) { return file; }
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      var context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          resolve(blob ? new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg" }) : file);
        }, "image/jpeg", 0.85);
      });
    }).catch(function () { return file; });
  }

  function prepared() {
    var files = Array.prototype.slice.call(form.elements.attachments.files || []);
    var latitude = form.elements.latitude, longitude = form.elements.longitude;
    var wanted = form.elements.photo_location.checked && !latitude.value && !longitude.value;
    var located = wanted && files.length ? photoLocation(files[0]) : Promise.resolve(null);
    return located.then(function (position) {
      if (position) {
        latitude.value = position.latitude.toFixed(6);
        longitude.value = position.longitude.toFixed(6);
      }
      return Promise.all(files.map(smaller));
    }).then(function (ready) {
      var data = new FormData(form);
      data.delete("attachments");
      ready.forEach(function (file) { data.append("attachments", file, file.name); });
      return data;
    });
  }

  function post(data) {
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", function (event) {
      if (!event.lengthComputable) { return; }
      var percent = Math.round(100 * event.loaded / event.total);
      bar.value = percent;
      status.textContent = box.dataset.sent.replace("%(percent)s", percent + "%");
    });
    request.addEventListener("load", function () {
      if ((request.getResponseHeader("Content-Type") || "").indexOf("application/json") === 0) {
        window.location.assign(JSON.parse(request.responseText).redirect);
        return;
      }
      document.open();  // the form again from the portal, saying what to correct: as without this script
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", function () {
      status.textContent = box.dataset.failed;
      send.disabled = false;
    });
    request.send(data);
  }

  form.addEventListener("submit", function (event) {
    if (event.submitter && event.submitter.name === "check_similar") { return; }
    event.preventDefault();
    if (send.disabled) { return; }  // a second tap while the first is sending
    send.disabled = true;
    box.hidden = false;
    bar.value = 0;
    status.textContent = box.dataset.preparing;
    prepared().then(post).catch(function () {
      send.disabled = false;
      HTMLFormElement.prototype.submit.call(form);
    });
  });
})();
