from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname

from portal.images import renditions


class TranslatedAdmin(TabbedTranslationAdmin):
    """English and Chinese side by side in tabs named for people ("English", "中文")."""

    class Media:
        js = ("portal/admin/tabs.js",)


class MissingTranslationFilter(admin.SimpleListFilter):
    """Rows whose Chinese (or English) title is still empty, so staff see what needs translating."""

    title = _("missing translation")
    parameter_name = "missing"
    field = "title"

    @classmethod
    def on(cls, field):
        """The same filter for a model whose main text field is `field` (e.g. "name")."""
        return type(f"Missing{field.title()}TranslationFilter", (cls,), {"field": field})

    def lookups(self, request, model_admin):
        return [("zh_hans", _("Chinese missing")), ("en", _("English missing"))]

    def queryset(self, request, queryset):
        if self.value() not in ("zh_hans", "en"):
            return queryset
        column = build_localized_fieldname(self.field, self.value().replace("_", "-"))
        return queryset.filter(**{f"{column}__isnull": True}) | queryset.filter(**{column: ""})


def languages_column(field="title"):
    """A changelist column naming the languages an item exists in: “EN 中文”."""

    @admin.display(description=_("languages"))
    def languages(model_admin, obj):
        present = []
        if getattr(obj, build_localized_fieldname(field, "en"), ""):
            present.append("EN")
        if getattr(obj, build_localized_fieldname(field, "zh-hans"), ""):
            present.append("中文")
        return " · ".join(present) or "—"

    return languages


def thumbnail(field_file, width, height, alt=""):
    options = renditions(field_file.name if field_file else "", width, height)
    if not options:
        return "—"
    url, w, h = options[0]
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" style="max-width:80px;height:auto">',
        url, w, h, alt,
    )  # fmt: skip


def thumbnail_column(field, width_field, height_field, description):
    """A changelist or inline column showing a small rendition of an image field."""

    @admin.display(description=description)
    def column(model_admin, obj):
        return thumbnail(getattr(obj, field), getattr(obj, width_field), getattr(obj, height_field))

    return column
