/* Name the translation tabs for people, not programmers: "English" and "中文" instead of "en" and "zh-hans". */
(function () {
  "use strict";
  var NAMES = { "en": "English", "zh-hans": "中文", "zh_hans": "中文" };
  function rename() {
    document.querySelectorAll(".ui-tabs-nav a").forEach(function (link) {
      var code = link.textContent.trim().toLowerCase();
      if (NAMES[code]) {
        link.textContent = NAMES[code];
        link.setAttribute("lang", code === "en" ? "en" : "zh-Hans");
      }
    });
  }
  window.addEventListener("load", rename);
  document.addEventListener("formset:added", function () { setTimeout(rename, 0); });
})();
