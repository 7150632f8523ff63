"""The one place that knows the rich-text editor and the HTML sanitiser.

Models use `RichTextField`: a TextField whose HTML is cleaned with nh3 whenever it is written to the
database, by any path (admin, shell, importer, `QuerySet.update`, `bulk_create`), and whose form field
is CKEditor. Templates render it with `|rich_text` (portal_tags), which cleans once more on the way out. Swapping the
editor later is a change to this module, with no migration.
"""

import nh3
from ckeditor.widgets import CKEditorWidget
from django import forms
from django.db import models
from django.urls import reverse_lazy

from portal.images import enrich_body_images

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "a", "img", "blockquote", "hr",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "figure", "figcaption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize(html):
    """Safe HTML from anything: scripts, event handlers, styles, iframes and javascript: URLs go."""
    if not html:
        return html
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


# CKEditor 4 as staff see it: only what the sanitiser keeps, images uploaded through our own view.
EDITOR_CONFIG = {
    "toolbar": [
        ["Format", "Bold", "Italic", "Underline", "Strike", "Subscript", "Superscript"],
        ["NumberedList", "BulletedList", "Blockquote", "HorizontalRule"],
        ["Link", "Unlink", "Image", "Table"],
        ["Undo", "Redo", "RemoveFormat", "Source", "Maximize"],
    ],
    "format_tags": "p;h2;h3;h4",
    "height": 360,
    "width": "100%",
    "removePlugins": "image,exportpdf,iframe,flash,forms,smiley,scayt,wsc",
    "clipboard_handleImages": False,  # pasted images go through the upload below instead
    "extraPlugins": "image2,uploadimage",
    "image2_captionedClass": "image-captioned",
    "image2_alignClasses": [],
    "disallowedContent": "*[style]; *[on*]; script; iframe",
    "filebrowserUploadUrl": reverse_lazy("editor_upload"),
    "filebrowserImageUploadUrl": reverse_lazy("editor_upload"),
    "uploadUrl": reverse_lazy("editor_upload"),
    "filebrowserUploadMethod": "xhr",  # a JSON answer; no CKEditorFuncNum script callback
    "filebrowserBrowseUrl": "",
    "filebrowserImageBrowseUrl": "",
    "versionCheck": False,
}


class EditorWidget(CKEditorWidget):
    """CKEditor with our configuration, and the script that lets its uploads pass Django's CSRF check."""

    def __init__(self, **kwargs):
        super().__init__(config_name="default", **kwargs)
        self.config.update(EDITOR_CONFIG)

    @property
    def media(self):
        return super().media + forms.Media(js=["portal/admin/editor.js"])


class RichTextFormField(forms.CharField):
    widget = EditorWidget


class RichTextField(models.TextField):
    """HTML from the editor, sanitised on every write."""

    def pre_save(self, model_instance, add):
        value = enrich_body_images(sanitize(getattr(model_instance, self.attname)))
        setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_save(self, value, connection):
        # Also covers QuerySet.update() and bulk_create(), which skip pre_save().
        if isinstance(value, str):
            value = sanitize(value)
        return super().get_db_prep_save(value, connection)

    def formfield(self, **kwargs):
        # The editor always: the admin would otherwise hand every TextField its plain textarea.
        return super().formfield(
            **{**kwargs, "form_class": RichTextFormField, "widget": EditorWidget}
        )
