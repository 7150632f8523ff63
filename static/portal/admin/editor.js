/* The rich-text editor (CKEditor 4, configured in portal/richtext.py) as this site needs it.
   - Uploads: CKEditor sends images with XMLHttpRequest; Django's CSRF check needs the page's token
     in a header. `fileUploadRequest` fires for every upload, after the request is opened.
   - Pictures (issue 8 §2): the image dialog refuses an empty alternative text, offers "full width"
     beside image2's left / centre / right, and fits a picture to the text column
     (config.portalColumnWidth) in its own proportions, as does a picture file pasted or dropped.
     A centred captioned picture is stored as <figure class="image-captioned image-center">, not in
     image2's <div class="image-center"> wrapper, which the sanitiser would drop.
   - Paste: everything pasted from outside the editor, Word's too, goes through config.pasteFilter. */
(function () {
  "use strict";
  var gettext = window.gettext || function (text) { return text; };
  var FULL = "image-full";
  var CENTER = "image-center";

  function token() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function column(editor) {
    return editor.config.portalColumnWidth || 820;
  }

  /* [width, height] within `limit` pixels wide, in the proportions of width × height. */
  function fit(width, height, limit) {
    if (!(width > limit)) return [width, height];
    return [limit, Math.max(1, Math.round((height * limit) / width))];
  }

  /* A message under a dialog field, read out when it appears; "" hides it. */
  function say(field, text) {
    var holder = field.getElement();
    var note = holder.findOne(".portal-field-error");
    if (!note) {
      note = new CKEDITOR.dom.element("div");
      note.addClass("portal-field-error");
      note.setAttribute("role", "alert");
      note.setStyles({ color: "#ba2121", "margin-top": "4px", "white-space": "normal" });
      holder.append(note);
    }
    note.setText(text);
    note.setStyle("display", text ? "" : "none");
  }

  function requireAlt(alt) {
    var setup = alt.setup;
    alt.required = true;
    alt.setup = function (widget) {
      setup.call(this, widget);
      say(this, "");
    };
    alt.onLoad = function () {
      var field = this;
      field.getInputElement().on("input", function () {
        if (CKEDITOR.tools.trim(field.getValue())) say(field, "");
      });
    };
    alt.validate = function () {
      if (CKEDITOR.tools.trim(this.getValue())) return true;
      say(this, gettext("Describe the picture for people who cannot see it: the alternative text is required."));
      return false; // the dialog stays open, with this field focused and marked invalid
    };
  }

  /* "Full width" is image2's "none" plus the class on the picture's element. The caption choice may
     replace that element (image2 moves the img in or out of a <figure>), so the class is set after
     the alignment and again after the caption, whichever the dialog commits first. */
  function setFull(widget, full) {
    var classes = CKEDITOR.tools.clone(widget.data.classes || {});
    if (full) classes[FULL] = 1;
    else delete classes[FULL];
    widget.setData("classes", classes); // a new object: the widget puts it on today's element
  }

  function addFullWidth(align, caption) {
    var setup = align.setup;
    var commit = caption.commit;
    align.items = align.items.concat([[gettext("Full width"), "full"]]);
    align.setup = function (widget) {
      setup.call(this, widget);
      if (widget.data.align === "none" && widget.data.classes && widget.data.classes[FULL]) {
        this.setValue("full");
      }
    };
    align.commit = function (widget) {
      var full = this.getValue() === "full";
      widget.setData("align", full ? "none" : this.getValue());
      setFull(widget, full);
    };
    caption.commit = function (widget) {
      commit.call(this, widget);
      setFull(widget, this.getDialog().getValueOf("info", "align") === "full");
    };
  }

  function fitToColumn(editor, width) {
    var commit = width.commit;
    width.commit = function (widget) {
      var height = this.getDialog().getContentElement("info", "height");
      var size = fit(parseInt(this.getValue(), 10), parseInt(height.getValue(), 10), column(editor));
      if (size[0] > 0) {
        this.setValue(String(size[0]));
        if (size[1] > 0) height.setValue(String(size[1]));
      }
      commit.call(this, widget);
    };
  }

  function fitUploads(editor) {
    var definition = editor.widgets && editor.widgets.registered.uploadimage;
    if (!definition || definition.portalFitted) return;
    var uploaded = definition.onUploaded;
    definition.portalFitted = true;
    definition.onUploaded = function (upload) {
      var preview = this.parts.img.$;
      var size = fit(preview.naturalWidth, preview.naturalHeight, column(editor));
      upload.responseData.width = size[0];
      upload.responseData.height = size[1];
      return uploaded.call(this, upload);
    };
  }

  /* image2 wraps a centred captioned picture in <div class="image-center">: stored, it is the
     figure's class, and it is wrapped again when the editor reads it. */
  function keepCentredFigures(editor) {
    editor.on("toHtml", function (event) {
      event.data.dataValue.forEach(function (figure) {
        if (figure.name !== "figure" || !figure.hasClass(CENTER) || figure.parent.name === "div") return;
        figure.removeClass(CENTER);
        figure.wrapWith(new CKEDITOR.htmlParser.element("div", { "class": CENTER }));
      }, CKEDITOR.NODE_ELEMENT);
    }, null, null, 7); // after CKEditor's content filter (6), before the widgets are made (8)
    editor.on("toDataFormat", function (event) {
      event.data.dataValue.forEach(function (div) {
        var figure = div.children.length === 1 && div.children[0];
        if (div.name !== "div" || !div.hasClass(CENTER) || !figure || figure.name !== "figure") return;
        figure.addClass(CENTER);
        div.replaceWithChildren();
      }, CKEDITOR.NODE_ELEMENT);
    }, null, null, 14); // after the widgets are written back (13), before the HTML is (15)
  }

  function filterPastes(editor) {
    // Word's "Heading 1" and a web page's <h1> are the text's first level here: h2 (h5, h6: h4).
    // Before CKEditor's own filter (6), which would make them paragraphs.
    editor.on("paste", function (event) {
      var data = event.data;
      if (data.type === "text" || typeof data.dataValue !== "string") return;
      data.dataValue = data.dataValue
        .replace(/<(\/?)h1(?=[\s>\/])/gi, "<$1h2")
        .replace(/<(\/?)h[56](?=[\s>\/])/gi, "<$1h4");
    }, null, null, 5);
    // After Word's clean-up (3) and CKEditor's own filter (6), which Word's skips; before the
    // upload plugin (10) would upload the pictures inside pasted HTML.
    editor.on("paste", function (event) {
      var data = event.data;
      var external = !data.dataTransfer ||
        data.dataTransfer.getTransferType(editor) === CKEDITOR.DATA_TRANSFER_EXTERNAL;
      if (!external || data.type !== "html" || !data.dataValue || !editor.pasteFilter) return;
      var fragment = CKEDITOR.htmlParser.fragment.fromHtml(data.dataValue);
      var writer = new CKEDITOR.htmlParser.basicWriter();
      editor.pasteFilter.applyTo(fragment, false, false, editor.activeEnterMode);
      fragment.writeHtml(writer);
      data.dataValue = writer.getHtml();
    }, null, null, 7);
  }

  function attach() {
    if (!window.CKEDITOR) {
      setTimeout(attach, 50);
      return;
    }
    CKEDITOR.on("instanceCreated", function (event) {
      keepCentredFigures(event.editor);
      filterPastes(event.editor);
    });
    CKEDITOR.on("instanceReady", function (event) {
      var editor = event.editor;
      editor.on("fileUploadRequest", function (upload) {
        upload.data.fileLoader.xhr.setRequestHeader("X-CSRFToken", token());
      });
      fitUploads(editor);
    });
    CKEDITOR.on("dialogDefinition", function (event) {
      if (event.data.name !== "image2") return;
      var info = event.data.definition.getContents("info");
      requireAlt(info.get("alt"));
      addFullWidth(info.get("align"), info.get("hasCaption"));
      fitToColumn(event.editor, info.get("width"));
    });
  }
  attach();
})();
