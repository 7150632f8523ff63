/* The media library's picker and the "Choose from the media library" control of a cover
   (portal/views/media_library.py, portal/admin/media.py).

   In the picker window, a click hands the picture back to the window that opened it: to CKEditor
   (its image dialog gets the URL and the description as alt text), or to a cover field (its hidden
   input, its preview, and the description fields the editor has not written in). */
(function () {
  "use strict";

  function choose(button) {
    var query = new URLSearchParams(window.location.search);
    var opener = window.opener;
    var data = button.dataset;
    var funcNum = query.get("CKEditorFuncNum");
    if (funcNum && opener && opener.CKEDITOR) {
      opener.CKEDITOR.tools.callFunction(funcNum, data.url, function () {
        // `this` is the dialog's "Browse Server" button: its dialog has the alt text field.
        var dialog = this.getDialog && this.getDialog();
        var alt = dialog && dialog.getContentElement("info", "alt");
        if (alt && data.alt) {
          alt.setValue(data.alt);
        }
      });
      window.close();
      return;
    }
    var target = query.get("target");
    if (target && opener && opener.portalMediaLibrary) {
      opener.portalMediaLibrary.chosen(target, {
        pk: data.pk,
        thumb: data.thumb,
        description: data.description,
        alt: {en: data.altEn, zh_hans: data.altZhHans}
      });
      window.close();
    }
  }

  function coverField(target, suffix) {
    // id_cover_from_library → id_cover_alt_en (the same prefix, for inlines and prefixed forms)
    return document.getElementById(target.replace(/cover_from_library$/, "cover_alt_" + suffix));
  }

  window.portalMediaLibrary = {
    chosen: function (target, image) {
      var input = document.getElementById(target);
      if (!input) {
        return;
      }
      input.value = image.pk;
      var box = input.closest(".library-choice");
      var shown = box.querySelector(".library-chosen");
      shown.textContent = "";
      var picture = document.createElement("img");
      picture.src = image.thumb;
      picture.alt = "";
      picture.style.maxWidth = "80px";
      picture.style.height = "auto";
      picture.style.verticalAlign = "middle";
      shown.appendChild(picture);
      shown.appendChild(document.createTextNode(" " + (image.description || "")));
      box.querySelector(".library-clear").hidden = false;
      Object.keys(image.alt).forEach(function (suffix) {
        var field = coverField(target, suffix);
        // As the server does: the picture's description, unless the editor wrote one here.
        if (field && field.value === field.defaultValue) {
          field.value = image.alt[suffix] || "";
        }
      });
    }
  };

  document.addEventListener("click", function (event) {
    var pick = event.target.closest(".library-pick");
    if (pick) {
      event.preventDefault();
      choose(pick);
      return;
    }
    var box = event.target.closest(".library-choice");
    if (!box) {
      return;
    }
    var target = box.dataset.target;
    if (event.target.closest(".library-open")) {
      event.preventDefault();
      window.open(
        box.dataset.pickUrl + "?target=" + encodeURIComponent(target),
        "media_library",
        "width=1000,height=720,resizable=yes,scrollbars=yes"
      );
    } else if (event.target.closest(".library-clear")) {
      event.preventDefault();
      document.getElementById(target).value = "";
      box.querySelector(".library-chosen").textContent = "";
      event.target.closest(".library-clear").hidden = true;
      Object.keys({en: 1, zh_hans: 1}).forEach(function (suffix) {
        var field = coverField(target, suffix);
        if (field) {
          field.value = field.defaultValue;
        }
      });
    }
  });
})();
