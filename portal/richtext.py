"""The one place that knows the rich-text editor and the HTML sanitiser.

Models use `RichTextField`: a TextField whose HTML is cleaned with nh3 whenever it is written to the
database, by any path (admin, shell, importer, `QuerySet.update`, `bulk_create`), and whose form field
is CKEditor. Templates render it with `|rich_text` (portal_tags), which cleans once more on the way out. Swapping the
editor later is a change to this module, with no migration.
"""

import re
from html.parser import HTMLParser

import nh3
from ckeditor.widgets import CKEditorWidget
from django import forms
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.files.storage import default_storage
from django.db import models
from django.templatetags.static import static
from django.urls import reverse_lazy
from django.utils.functional import lazy

from portal.images import (
    ATTRIBUTE,
    BODY_COLUMN,
    FORMATS,
    IMG_TAG,
    enrich_body_images,
    rendition_name,
)

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
# A picture's place in the text (issue 8 §2): the editor's alignment classes, the only classes kept.
# Left and right float beside the text on wide screens; centred pictures without a caption sit in a
# <p class="image-center">; full width spans the text column. static/css/main.css styles them.
IMAGE_LEFT, IMAGE_CENTER, IMAGE_RIGHT, IMAGE_FULL = (
    "image-left", "image-center", "image-right", "image-full",
)  # fmt: skip
IMAGE_CAPTIONED = "image-captioned"  # a <figure> holding a picture and its caption
ALLOWED_CLASSES = {
    "img": {IMAGE_LEFT, IMAGE_RIGHT, IMAGE_FULL},
    "figure": {IMAGE_CAPTIONED, IMAGE_LEFT, IMAGE_CENTER, IMAGE_RIGHT, IMAGE_FULL},
    "p": {IMAGE_CENTER},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# nh3 keeps `class=""` when it drops every class of a tag. Quotes inside a value are written `&quot;`,
# so `class=""` within a tag is that attribute.
EMPTY_CLASS = re.compile(r'(<[a-z][a-z0-9]*\b[^>]*?) class=""')


def sanitize(html):
    """Safe HTML from anything: scripts, event handlers, styles, iframes and javascript: URLs go."""
    if not html:
        return html
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
    return EMPTY_CLASS.sub(r"\1", clean) if 'class=""' in clean else clean


def prepare(html):
    """The HTML a rich-text field stores for `html`: sanitised, its pictures given their size,
    srcset and lazy loading (portal.images.enrich_body_images). Stored HTML prepares to itself, so
    saving a body again changes nothing."""
    return enrich_body_images(_restore_originals(sanitize(html)))


# A picture's src is a rendition once it has been saved (`renditions/<path>-<width>w.jpg`, chosen by
# enrich_body_images), and its srcset names the original. An editor that drops srcset (as CKEditor did
# before EDITOR_CONFIG allowed it) left a rendition that enrichment skips: every such re-save lost the
# srcset for good. Such a picture gets its original back, so enrichment measures it again.
RENDITION_SRC = re.compile(
    r"renditions/(?P<folder>(?:[^/]+/)*)(?P<stem>[^/]+)-(?P<width>\d+)w\.jpg"
)


def _restore_originals(html):
    if not html or "/renditions/" not in html:
        return html

    def restore(match):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        if "srcset" in attributes:
            return match.group(0)  # complete: enrichment leaves it as it is
        original = _original_of(attributes.get("src", ""))
        if original is None:
            return match.group(0)
        attributes["src"] = original
        for derived in ("width", "height"):  # the rendition's: measured again from the original
            attributes.pop(derived, None)
        return "<img " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + ">"

    return IMG_TAG.sub(restore, html)


def _original_of(src):
    """The URL of the stored original a rendition URL was made from, if it is still there."""
    found = RENDITION_SRC.fullmatch(src.removeprefix(settings.MEDIA_URL))
    if not src.startswith(settings.MEDIA_URL) or found is None:
        return None
    rendition, width = src.removeprefix(settings.MEDIA_URL), int(found["width"])
    for extension in dict.fromkeys(FORMATS.values()):
        name = f"{found['folder']}{found['stem']}.{extension}"
        try:
            if rendition_name(name, width) == rendition and default_storage.exists(name):
                return default_storage.url(name)
        except (OSError, SuspiciousOperation):
            return None
    return None


# Attributes that our own enrichment writes (and an editor may drop): not a change an editor made.
DERIVED_ATTRIBUTES = {"srcset", "sizes", "loading", "decoding"}
# Whitespace beside these is not content: "<p>a</p>\n\n<p>b</p>" reads as "<p>a</p><p>b</p>".
BLOCKS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "hr",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption",
}  # fmt: skip
SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace (a no-break space is content)


class _Reading(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        kept = sorted(
            (name, value or "") for name, value in attrs if name not in DERIVED_ATTRIBUTES
        )
        self.tokens.append(("<", tag, tuple(kept)))

    def handle_endtag(self, tag):
        self.tokens.append(("/", tag))

    def handle_data(self, data):
        self.tokens.append(("text", SPACES.sub(" ", data)))


def reading(html):
    """What a body says, for telling whether an edit changed it: its tags, their attributes in any
    order (our enrichment's own left out), its text with whitespace as HTML reads it. CKEditor
    rewrites what it is given (one paragraph a line, attributes sorted, `<img />`): that is not an
    edit."""
    parser = _Reading()
    parser.feed(sanitize(html or "") or "")
    parser.close()
    tokens = parser.tokens
    result = []
    for index, token in enumerate(tokens):
        if token[0] != "text":
            result.append(token)
            continue
        text = token[1]
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if before is None or (before[0] != "text" and before[1] in BLOCKS):
            text = text.lstrip(" ")
        if after is None or (after[0] != "text" and after[1] in BLOCKS):
            text = text.rstrip(" ")
        if text:
            result.append(("text", text))
    return result


# What a paste from Word or a web page keeps (issue 8 §2): headings, paragraphs, lists, links, bold,
# italics and tables; styles, fonts, spans, classes and the clipboard's pictures go. editor.js applies
# it to every paste from outside the editor, Word's too (CKEditor's own Word clean-up skips it), and
# turns h1 into h2, h5 and h6 into h4 first. The upload placeholder is the picture *file* being pasted
# or dropped, which the upload view re-encodes: that one is kept.
PASTE_FILTER = (
    "p br h2 h3 h4 ul ol li strong b em i; a[!href,title];"
    " table caption thead tbody tfoot tr; th td[colspan,rowspan];"
    " img[!data-cke-upload-id,data-widget,src]"
)

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
    "image2_captionedClass": IMAGE_CAPTIONED,
    "image2_alignClasses": [IMAGE_LEFT, IMAGE_CENTER, IMAGE_RIGHT],
    "portalColumnWidth": BODY_COLUMN,  # editor.js fits inserted pictures to the text column
    "disallowedContent": "*[style]; *[on*]; script; iframe",
    # What enrich_body_images adds on save: without this the editor's content filter drops srcset and
    # sizes when a saved body is opened again, and every re-save lost them (issue 8). The full-width
    # class is editor.js's fifth alignment; a centred captioned picture is stored as
    # <figure class="image-captioned image-center"> (image2 would wrap it in a <div>).
    "extraAllowedContent": (
        f"img[srcset,sizes,loading,decoding]({IMAGE_FULL}); figure({IMAGE_FULL},{IMAGE_CENTER})"
    ),
    "pasteFilter": PASTE_FILTER,
    "contentsCss": [
        lazy(static, str)("ckeditor/ckeditor/contents.css"),
        lazy(static, str)("portal/admin/editor-content.css"),
    ],
    "filebrowserUploadUrl": reverse_lazy("editor_upload"),
    "filebrowserImageUploadUrl": reverse_lazy("editor_upload"),
    "uploadUrl": reverse_lazy("editor_upload"),
    "filebrowserUploadMethod": "xhr",  # a JSON answer; no CKEditorFuncNum script callback
    "filebrowserBrowseUrl": "",
    # "Browse Server" in the image dialog: the media library's picker (portal/views/media_library.py)
    "filebrowserImageBrowseUrl": reverse_lazy("media_library_pick"),
    "filebrowserWindowWidth": 1000,
    "filebrowserWindowHeight": 720,
    "versionCheck": False,
}


class EditorWidget(CKEditorWidget):
    """CKEditor with our configuration, and the script that lets its uploads pass Django's CSRF check."""

    def __init__(self, **kwargs):
        super().__init__(config_name="default", **kwargs)
        self.config.update(EDITOR_CONFIG)

    @property
    def media(self):
        # Our script after CKEditor's, in one list: Media keeps the order within a list only, and
        # editor.js must hook CKEditor before the first editor is made.
        return super().media + forms.Media(
            js=["ckeditor/ckeditor/ckeditor.js", "portal/admin/editor.js"]
        )


class RichTextFormField(forms.CharField):
    widget = EditorWidget

    def has_changed(self, initial, data):
        """Changed when it reads differently (see `reading`), not when the editor merely wrote the
        same body its own way: the history then names only what the editor changed."""
        if self.disabled:
            return False
        try:
            data = self.to_python(data)
        except forms.ValidationError:
            return True
        return reading(initial) != reading(data)


class KeepsUnchangedRichText:
    """A form mixin: a rich-text field that did not change (`RichTextFormField.has_changed`) keeps
    the stored HTML byte for byte, not the editor's rewrite of it. TranslatedAdmin's forms have it."""

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, RichTextFormField) and name in cleaned_data:
                initial = self.get_initial_for_field(field, name)
                if initial is not None and name not in self.changed_data:
                    cleaned_data[name] = initial
        return cleaned_data


class RichTextField(models.TextField):
    """HTML from the editor, sanitised on every write."""

    def pre_save(self, model_instance, add):
        value = prepare(getattr(model_instance, self.attname))
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
