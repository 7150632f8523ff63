/* CKEditor uploads images with XMLHttpRequest; Django's CSRF check needs the page's token in a header.
   `fileUploadRequest` fires for every upload, after the request is opened and before it is sent. */
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
    window.CKEDITOR.on("instanceReady", function (event) {
      event.editor.on("fileUploadRequest", function (upload) {
        upload.data.fileLoader.xhr.setRequestHeader("X-CSRFToken", token());
      });
    });
  }
  attach();
})();
