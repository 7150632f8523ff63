/* One language switch per form (issue 8 §1). django-modeltranslation's script gives every translated
   field a tab strip of its own (and every photo caption of a tabular inline, and every inline row
   added later), plus a page-level "EN / ZH-HANS" select. Here one "English / 中文" strip, placed
   above the first translated field and kept in view while the form scrolls, switches all of them
   together; the per-field strips and the select are taken away, so no control can disagree with it.
   The choice is remembered in localStorage for the next form. Without a stored choice the form
   opens in the admin's own language. A field with an error in the language not shown marks that
   language's tab, and the form opens in it when only it has errors. */
(function () {
  "use strict";
  var KEY = "portal.admin.formLanguage";
  var LANGUAGES = [
    { code: "en", name: "English", lang: "en" },
    { code: "zh_hans", name: "中文", lang: "zh-Hans" },
  ];
  var chinese = (document.documentElement.lang || "").toLowerCase().indexOf("zh") === 0;
  var LABEL = chinese ? "内容语言" : "Language of the text";
  var strip = null;
  var shown = null; // the language shown now (the stored choice, or one with errors on load)

  function stored() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (error) {
      return null;
    }
  }
  function remember(code) {
    try {
      window.localStorage.setItem(KEY, code);
    } catch (error) {
      /* private mode: the choice lasts for this page only */
    }
  }
  function known(code) {
    return LANGUAGES.some(function (language) { return language.code === code; });
  }
  function initial() {
    var code = stored();
    if (known(code)) return code;
    return chinese ? "zh_hans" : "en";
  }

  /* The language of a modeltranslation tab: its href is "#tab_id_<field>_<code>". */
  function languageOf(link) {
    var href = link.getAttribute("href") || "";
    for (var i = 0; i < LANGUAGES.length; i += 1) {
      var suffix = "_" + LANGUAGES[i].code;
      if (href.slice(-suffix.length) === suffix) return LANGUAGES[i].code;
    }
    return null;
  }

  function tabLinks() {
    return Array.prototype.slice.call(document.querySelectorAll(".ui-tabs-nav a[href^='#tab_']"));
  }

  /* Show `code` in every tab set of the page (those added later are handled as they appear). */
  function showEverywhere(code) {
    var $ = window.django && window.django.jQuery;
    tabLinks().forEach(function (link) {
      if (languageOf(link) !== code) return;
      var item = link.parentNode;
      if (item.classList.contains("ui-tabs-active")) return;
      var container = link.closest(".ui-tabs");
      var index = Array.prototype.indexOf.call(item.parentNode.children, item);
      if ($ && container && $(container).tabs) {
        $(container).tabs("option", "active", index);
      } else {
        link.click();
      }
    });
  }

  function markErrors() {
    if (!strip) return;
    var errors = {};
    tabLinks().forEach(function (link) {
      if (link.parentNode.classList.contains("ui-tab-has-errors")) errors[languageOf(link)] = true;
    });
    strip.querySelectorAll("button").forEach(function (button) {
      button.classList.toggle("has-errors", !!errors[button.dataset.lang]);
    });
    return errors;
  }

  function select(code) {
    shown = code;
    if (strip) {
      strip.querySelectorAll("button").forEach(function (button) {
        var on = button.dataset.lang === code;
        button.setAttribute("aria-selected", on ? "true" : "false");
        button.tabIndex = on ? 0 : -1;
      });
    }
    document.body.setAttribute("data-form-language", code);
    showEverywhere(code);
  }

  function buildStrip(firstTabs) {
    strip = document.createElement("div");
    strip.className = "form-language-switch";
    strip.setAttribute("role", "tablist");
    strip.setAttribute("aria-label", LABEL);
    var label = document.createElement("span");
    label.className = "form-language-label";
    label.textContent = LABEL;
    strip.appendChild(label);
    LANGUAGES.forEach(function (language) {
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("role", "tab");
      button.setAttribute("lang", language.lang);
      button.dataset.lang = language.code;
      button.textContent = language.name;
      button.addEventListener("click", function () {
        remember(language.code);
        select(language.code);
      });
      button.addEventListener("keydown", function (event) {
        if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
        var buttons = strip.querySelectorAll("button");
        var next = buttons[(Array.prototype.indexOf.call(buttons, button) + 1) % buttons.length];
        next.focus();
        next.click();
      });
      strip.appendChild(button);
    });
    // Above the part of the form that holds the first translated field: its fieldset, or the
    // inline group when only inlines are translated.
    var anchor = firstTabs.closest(".inline-group") || firstTabs.closest("fieldset") || firstTabs;
    anchor.parentNode.insertBefore(strip, anchor);
    var errors = markErrors();
    var code = shown;
    if (errors && !errors[code]) {
      var withErrors = LANGUAGES.filter(function (language) { return errors[language.code]; });
      if (withErrors.length) code = withErrors[0].code; // shown, not remembered
    }
    select(code);
  }

  /* modeltranslation's page-level select, and the &nbsp; it put before it in the heading. */
  function removeMainSwitch() {
    var select = document.getElementById("modeltranslation-main-switch");
    if (!select) return;
    var before = select.previousSibling;
    if (before && before.nodeType === 3 && /^[\s\u00a0]*$/.test(before.nodeValue)) {
      before.parentNode.removeChild(before);
    }
    select.parentNode.removeChild(select);
  }

  /* Name the per-field tabs for people too ("English", "中文"): they are hidden, but read aloud. */
  function rename() {
    tabLinks().forEach(function (link) {
      var code = languageOf(link);
      LANGUAGES.forEach(function (language) {
        if (language.code === code && link.textContent !== language.name) {
          link.textContent = language.name;
          link.setAttribute("lang", language.lang);
        }
      });
    });
  }

  /* A tabular inline keeps one header per translated column, which follows the switch: the header
     names the field, not a language ("Caption", not "Caption (Chinese)"; modeltranslation keeps the
     header of whichever language its column count lands on). */
  var HEADER_LANGUAGE = /\s*[(（](English|Chinese|英文|中文)[)）]\s*$/;
  function stripHeaderLanguage() {
    document.querySelectorAll(".inline-group .tabular thead th").forEach(function (th) {
      th.childNodes.forEach(function (node) {
        if (node.nodeType === 3 && HEADER_LANGUAGE.test(node.nodeValue)) {
          node.nodeValue = node.nodeValue.replace(HEADER_LANGUAGE, "");
        }
      });
    });
  }

  function update() {
    removeMainSwitch();
    var first = document.querySelector("#content-main form .ui-tabs");
    if (!first) return;
    rename();
    stripHeaderLanguage();
    if (!strip) {
      buildStrip(first);
    } else {
      markErrors();
      showEverywhere(shown);
    }
  }

  function start() {
    shown = initial();
    document.body.classList.add("one-form-language");
    update();
    new MutationObserver(update).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
