// Title suggestions for the search boxes as residents type. Without this script a box is a plain search form.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    if (!list) { return; }
    function show(titles) {
      list.replaceChildren.apply(list, titles.map(function (title) {
        var option = document.createElement("option");
        option.value = title;
        return option;
      }));
    }
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var typed = input.value.trim();
        if (typed.length < 2) { show([]); return; }
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (input.value.trim() === typed) { show(data.suggestions); }  // a slower, older answer is dropped
          })
          .catch(function () { /* suggestions are a help, never a requirement */ });
      }, 200);
    });
  });
})();
