/* CKEditor uploads images with XMLHttpRequest; Django's CSRF check needs the page's token in a header. */
(function () {
  "use strict";
  function token() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }
  function attach() {
    if (!window.CKEDITOR) {
      setTimeout(attach, 50);
      return;
    }
    window.CKEDITOR.on("instanceCreated", function (event) {
      event.editor.config.fileTools_requestHeaders = { "X-CSRFToken": token() };
    });
  }
  attach();
})();
