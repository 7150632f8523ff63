"""The media library in the admin (issue 8 §2), and choosing a cover from it.

`MediaImageAdmin` lists every picture newest first, 30 a page, found by its description or caption in
either language. Its delete page says where the picture is used, with links; deleting removes the
library entry only, never the file (portal/models/media.py says why).

`CoverFromLibraryAdmin` puts "Choose from the media library" under an admin's cover upload: the picker
(portal/views/media_library.py) opens in a small window, and the chosen picture becomes the cover by
its stored name, with no new upload; its description fills the cover's description fields the editor
has not written in this form.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import quote
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from portal.images import SafeImageFormField, renditions, store_uploaded_image
from portal.models import MediaImage
from portal.models.media import LANGUAGE_CODES, uses
from portal.permissions import may_upload_images

LIBRARY_FIELD = "cover_from_library"


def preview(image, width=320, css_width=80):
    """A small rendition of library image `image` (the original where its size is unknown)."""
    if image is None:
        return ""
    options = renditions(image.file, image.width, image.height)
    url = options[0][0] if options else image.url
    return format_html(
        '<img src="{}" alt="{}" loading="lazy" style="max-width:{}px;height:auto">',
        url, image.description(), css_width,
    )  # fmt: skip


# The library -------------------------------------------------------------------------------------


class MediaImageAddForm(forms.ModelForm):
    """A picture added to the library directly: uploaded, checked and re-encoded as every upload."""

    upload = SafeImageFormField(label=_("image"))


@admin.register(MediaImage)
class MediaImageAdmin(TabbedTranslationAdmin):
    list_display = ("thumbnail", "describe", "dimensions", "created_at", "uploaded_by")
    list_display_links = ("thumbnail", "describe")
    list_select_related = ("uploaded_by",)
    search_fields = ("alt_en", "alt_zh_hans", "caption_en", "caption_zh_hans")
    search_help_text = _("Searches the descriptions and captions in English and Chinese.")
    list_per_page = 30
    ordering = ("-created_at", "-pk")
    show_full_result_count = False
    fields = ("large_preview", "alt", "caption", "credit", "file", "dimensions", "uploaded_by",
              "created_at", "used_in")  # fmt: skip
    readonly_fields = ("large_preview", "file", "dimensions", "uploaded_by", "created_at",
                       "used_in")  # fmt: skip
    add_fields = ("upload", "alt", "caption", "credit")

    class Media:
        js = ("portal/admin/tabs.js",)  # the form's one English / 中文 switch, as content forms
        css = {"all": ("portal/admin/tabs.css",)}

    # Who may: everyone who may upload pictures (portal.permissions). Deleting asks Django's own
    # permission (portal.delete_mediaimage): a library entry is shared by every editor.
    def has_view_permission(self, request, obj=None):
        return may_upload_images(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return may_upload_images(request.user) or super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return may_upload_images(request.user) or super().has_change_permission(request, obj)

    def get_actions(self, request):
        """No deleting many at once: each picture's own delete page says where it is used."""
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def get_fields(self, request, obj=None):
        return self.add_fields if obj is None else self.fields

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else super().get_readonly_fields(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = MediaImageAddForm
        return super().get_form(request, obj, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            upload = form.cleaned_data["upload"]
            obj.file, obj.width, obj.height = store_uploaded_image(upload, folder="uploads")
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "pick_url": reverse("media_library_pick")}
        return super().changelist_view(request, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        """Django's confirmation, with where the picture is used (see templates/admin/portal/
        mediaimage/delete_confirmation.html)."""
        obj = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), "uses": where_used(obj) if obj else []}
        return super().delete_view(request, object_id, extra_context)

    @admin.display(description=_("preview"))
    def thumbnail(self, image):
        return preview(image)

    @admin.display(description=_("description (alt text)"), ordering="alt")
    def describe(self, image):
        return image.description() or _("No description yet")

    @admin.display(description=_("size"))
    def dimensions(self, image):
        if not image.width:
            return "—"
        return f"{image.width} × {image.height}"

    @admin.display(description=_("preview"))
    def large_preview(self, image):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            image.url,
            preview(image, css_width=320),
        )

    @admin.display(description=_("used in"))
    def used_in(self, image):
        found = where_used(image)
        if not found:
            return _("Not used by any page.")
        return format_html_join(
            mark_safe("<br>"),
            "{}",
            (
                (format_html('<a href="{}">{}</a>', url, name) if url else name,)
                for url, name in found
            ),
        )


def where_used(image):
    """[(admin link or None, "“title” (cover image)")] for every use of `image`, once each."""
    seen, found = set(), []
    for obj, what in uses(image):
        key = (obj._meta.label, obj.pk, str(what))
        if key in seen:
            continue
        seen.add(key)
        opts = obj._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)])
        except NoReverseMatch:
            url = None
        label = _("%(object)s (%(model)s, %(field)s)") % {
            "object": obj,
            "model": opts.verbose_name,
            "field": what,
        }
        found.append((url, label))
    return found


# Choosing a cover from the library ----------------------------------------------------------------


class LibraryImageWidget(forms.HiddenInput):
    """The chosen library picture's id, kept hidden, with a button that opens the picker and a
    preview of the choice (static/portal/admin/media_library.js)."""

    class Media:
        js = ("portal/admin/media_library.js",)

    @property
    def is_hidden(self):
        return False  # the input is; the control is not (the admin hides a hidden widget's row)

    def render(self, name, value, attrs=None, renderer=None):
        hidden = super().render(name, value, attrs, renderer)
        chosen = None
        if value not in (None, "") and str(value).isdigit():
            chosen = MediaImage.objects.filter(pk=value).first()
        shown = format_html("{} {}", preview(chosen), chosen) if chosen else ""
        return format_html(
            '<div class="library-choice" data-pick-url="{}" data-target="{}">{}'
            '<span class="library-chosen">{}</span> '
            '<button type="button" class="button library-open">{}</button> '
            '<button type="button" class="button library-clear"{}>{}</button></div>',
            reverse("media_library_pick"),
            (attrs or {}).get("id", ""),
            hidden,
            shown,
            _("Choose from the media library"),
            "" if chosen else mark_safe(" hidden"),
            _("Cancel the choice"),
        )


class LibraryImageField(forms.ModelChoiceField):
    widget = LibraryImageWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", MediaImage.objects.all())
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Or choose from the media library"))
        kwargs.setdefault(
            "help_text",
            _(
                "A picture uploaded before, used again without a new upload. Its description "
                "fills the cover's description unless you write one here."
            ),
        )
        super().__init__(**kwargs)


class CoverFromLibrary(forms.ModelForm):
    """A form mixin for a model with `cover`, `cover_alt` (translated), `cover_caption` and
    `cover_credit`: a picture chosen from the library becomes the cover by its stored name."""

    cover_from_library = LibraryImageField()

    def clean(self):
        cleaned_data = super().clean()
        image = cleaned_data.get(LIBRARY_FIELD)
        if image is None:
            return cleaned_data
        if self.files.get(self.add_prefix("cover")):
            self.add_error(
                LIBRARY_FIELD, _("Upload a new cover or choose one from the library, not both.")
            )
            return cleaned_data
        current = getattr(self.instance.cover, "name", "") if self.instance.pk else ""
        if image.file == current:
            return cleaned_data
        cleaned_data["cover"] = image.file  # the stored name: FileField.save_form_data keeps it
        for code in LANGUAGE_CODES:
            suffix = code.replace("-", "_")
            # The description comes with the picture, unless the editor wrote one in this form:
            # the old cover's description would describe another picture.
            alt = f"cover_alt_{suffix}"
            if alt in self.fields and alt not in self.changed_data:
                cleaned_data[alt] = getattr(image, f"alt_{suffix}") or ""
            caption = f"cover_caption_{suffix}"
            if caption in self.fields and not cleaned_data.get(caption):
                cleaned_data[caption] = getattr(image, f"caption_{suffix}") or ""
            credit = f"cover_credit_{suffix}"
            if credit in self.fields and not cleaned_data.get(credit):
                cleaned_data[credit] = image.credit
        return cleaned_data


class CoverFromLibraryAdmin:
    """A ModelAdmin mixin: "Choose from the media library" right after the `cover` field, in
    whatever form and fieldsets the admin has."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not may_upload_images(request.user):
            return fieldsets
        return [
            (name, {**options, "fields": _after_cover(options.get("fields", ()))})
            for name, options in fieldsets
        ]

    def get_form(self, request, obj=None, **kwargs):
        base = kwargs.get("form", self.form)
        if not issubclass(base, CoverFromLibrary):
            kwargs["form"] = type(base.__name__, (CoverFromLibrary, base), {})
        return super().get_form(request, obj, **kwargs)


def _after_cover(fields):
    result = []
    for field in fields:
        result.append(field)
        if field == "cover" and LIBRARY_FIELD not in fields:
            result.append(LIBRARY_FIELD)
    return tuple(result)
