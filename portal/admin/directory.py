from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from portal.admin.mixins import (
    MissingTranslationFilter,
    TranslatedAdmin,
    languages_column,
    thumbnail_column,
)
from portal.models import (
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    Official,
    ParkPhoto,
)

MissingName = MissingTranslationFilter.on("name")
NAME_SEARCH = ("name_en", "name_zh_hans", "slug")


class DirectoryAdmin(TranslatedAdmin):
    """Shared by the directory: ordered by position (edited in the list), searchable in both
    languages, slugs filled in from the English name, a filter for missing translations."""

    list_editable = ("position",)
    search_fields = NAME_SEARCH
    prepopulated_fields = {"slug": ("name_en",)}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    languages = languages_column("name")

    def view_on_site(self, obj):
        return obj.get_absolute_url() or None


def texts(*names):
    """The fieldset of the translated fields, under the form's one English / 中文 switch: after
    what both languages share (issue 8 §1)."""
    return (_("Texts"), {"fields": names})


@admin.register(Industry)
class IndustryAdmin(DirectoryAdmin):
    list_display = ("picture", "name", "position", "languages")
    list_display_links = ("picture", "name")
    list_filter = (MissingName,)
    fieldsets = (
        (None, {"fields": ("slug", "position", "image")}),
        texts("name", "summary", "body"),
    )

    picture = thumbnail_column("image", "image_width", "image_height", _("image"))


class ParkPhotoInline(TranslationTabularInline):
    model = ParkPhoto
    extra = 0
    fields = ("preview", "image", "alt", "caption", "position")
    readonly_fields = ("preview",)

    preview = thumbnail_column("image", "width", "height", _("preview"))


@admin.register(IndustrialPark)
class IndustrialParkAdmin(DirectoryAdmin):
    list_display = ("picture", "name", "district", "area_km2", "position", "languages")
    list_display_links = ("picture", "name")
    list_filter = ("industries", MissingName)
    search_fields = (*NAME_SEARCH, "district_en", "district_zh_hans")
    autocomplete_fields = ("industries",)  # searched as typed, not a two-box picker (issue 8)
    inlines = (ParkPhotoInline,)
    fieldsets = (
        (None, {"fields": ("slug", "position", "cover")}),
        (
            _("Facts"),
            {
                "fields": (
                    "area_km2",
                    "established",
                    "industries",
                    "latitude",
                    "longitude",
                    "phone",
                    "website",
                )
            },
        ),  # fmt: skip
        texts("name", "summary", "body", "district", "address", "leading_industries"),
    )

    picture = thumbnail_column("cover", "cover_width", "cover_height", _("image"))


@admin.register(Enterprise)
class EnterpriseAdmin(DirectoryAdmin):
    list_display = ("picture", "name", "park", "origin", "is_fortune500", "position", "languages")
    list_display_links = ("picture", "name")
    list_filter = ("park", "industries", "origin", "is_fortune500", MissingName)
    list_select_related = ("park",)
    autocomplete_fields = ("industries",)  # searched as typed, not a two-box picker (issue 8)
    fieldsets = (
        (None, {"fields": ("slug", "position", "logo")}),
        (
            _("Facts"),
            {"fields": ("park", "industries", "origin", "is_fortune500", "established", "website")},
        ),
        texts("name", "summary", "body"),
    )

    picture = thumbnail_column("logo", "logo_width", "logo_height", _("logo"))


@admin.register(DevelopmentZone)
class DevelopmentZoneAdmin(DirectoryAdmin):
    list_display = ("picture", "name", "kind", "area_km2", "population", "position", "languages")
    list_display_links = ("picture", "name")
    list_filter = ("kind", MissingName)
    fieldsets = (
        (None, {"fields": ("slug", "kind", "area_km2", "population", "cover", "position")}),
        texts("name", "summary", "body"),
    )

    picture = thumbnail_column("cover", "cover_width", "cover_height", _("image"))


@admin.register(Official)
class OfficialAdmin(TranslatedAdmin):
    list_display = ("portrait", "name", "title", "position", "languages")
    list_display_links = ("portrait", "name")
    list_editable = ("position",)
    list_filter = (MissingName,)
    search_fields = ("name_en", "name_zh_hans", "title_en", "title_zh_hans")
    fieldsets = ((None, {"fields": ("photo", "position")}), texts("name", "title", "biography"))
    languages = languages_column("name")

    portrait = thumbnail_column("photo", "photo_width", "photo_height", _("photo"))


@admin.register(Department)
class DepartmentAdmin(TranslatedAdmin):
    list_display = ("name", "phone", "email", "position", "languages")
    list_editable = ("position",)
    list_filter = (MissingName,)
    search_fields = ("name_en", "name_zh_hans", "duties_en", "duties_zh_hans")
    fieldsets = (
        (None, {"fields": ("phone", "email", "position")}),
        texts("name", "duties", "address"),
    )
    languages = languages_column("name")
