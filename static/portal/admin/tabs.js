/* Name the translation tabs for people, not programmers: "English" and "中文" instead of "en" and
   "zh-hans". The tabs are built by django-modeltranslation's script (and again for each inline form
   added), so every tab list that appears is renamed as it appears. */
(function () {
  "use strict";
  var NAMES = { "en": ["English", "en"], "zh-hans": ["中文", "zh-Hans"], "zh_hans": ["中文", "zh-Hans"] };
  function rename(root) {
    root.querySelectorAll(".ui-tabs-nav a").forEach(function (link) {
      var name = NAMES[link.textContent.trim().toLowerCase()];
      if (name) {
        link.textContent = name[0];
        link.setAttribute("lang", name[1]);
      }
    });
  }
  function start() {
    rename(document);
    new MutationObserver(function () { rename(document); }).observe(document.body, {
      childList: true,
      subtree: true,
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
