/* Menus: progressive enhancement only. Without JavaScript the dropdowns still open on hover and on
   keyboard focus (CSS :hover / :focus-within), and on a phone the menu shows open below the header.
   The class "js" is set by a one-line script in the page's <head>, before the CSS applies, so that a
   phone draws its menu closed from the first paint rather than open until this file has run. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  var toggle = document.querySelector(".nav-toggle");
  var menu = document.getElementById("main-menu");

  function closeSubmenus(except) {
    document.querySelectorAll(".sub-toggle[aria-expanded='true']").forEach(function (button) {
      if (button !== except) {
        button.setAttribute("aria-expanded", "false");
        button.parentElement.classList.remove("is-open");
      }
    });
  }

  if (toggle && menu) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      root.classList.toggle("nav-open", !open);
    });
  }

  // Tap (or click, or Enter on the button) opens a dropdown; a second tap closes it.
  document.querySelectorAll(".sub-toggle").forEach(function (button) {
    button.addEventListener("click", function (event) {
      event.stopPropagation();
      var open = button.getAttribute("aria-expanded") === "true";
      closeSubmenus(button);
      button.setAttribute("aria-expanded", String(!open));
      button.parentElement.classList.toggle("is-open", !open);
    });
  });

  // A tap elsewhere, or Escape, closes what is open.
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".menu-item")) {
      closeSubmenus(null);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeSubmenus(null);
      var focused = document.activeElement;
      if (focused && focused.closest(".submenu")) {
        focused.closest(".menu-item").querySelector(".menu-link").focus();
      }
    }
  });
})();

/* Filter forms (the enterprise list): empty fields are not sent, so "All" leaves no `park=` in the
   address (and all of them "All" is the plain list, without a bare "?"). Without JavaScript the
   server redirects such an address to the clean one (portal/views/directory.py). */
(function () {
  "use strict";
  document.querySelectorAll("form[data-drop-empty]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var query = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (value !== "") {
          query.append(name, value);
        }
      });
      var url = new URL(form.action, window.location.href);
      url.search = query.toString();
      event.preventDefault();
      window.location.assign(url.toString());
    });
  });
})();
