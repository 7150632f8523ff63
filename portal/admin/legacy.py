"""The old site in the admin (issue 10): which old sections become which of ours, and the old
addresses that lead here. Site managers keep both (migration 0019 gives them the permissions)."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.models import OldAddress, SectionMapping


class MappedFilter(admin.SimpleListFilter):
    title = _("imported")
    parameter_name = "mapped"

    def lookups(self, request, model_admin):
        return [("yes", _("Into a section")), ("no", _("Not imported"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(section__isnull=False)
        if self.value() == "no":
            return queryset.filter(section__isnull=True)
        return queryset


@admin.register(SectionMapping)
class SectionMappingAdmin(admin.ModelAdmin):
    """The import reads this table to place each old page (`manage.py import_legacy`): a name not
    in it, or with no section, is reported as skipped, never guessed."""

    list_display = ("old_name", "language", "section")
    list_display_links = ("old_name",)
    list_editable = ("section",)
    list_filter = ("language", MappedFilter)
    list_select_related = ("section__parent",)
    search_fields = ("old_name",)
    fieldsets = (
        (
            None,
            {
                "fields": ("old_name", "language", "section"),
                "description": _(
                    "Old pages are imported into the section chosen for their breadcrumb's "
                    "section name. Pages whose name has no section, or is not in this list, "
                    "are skipped and listed in the import's report."
                ),
            },
        ),
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            from portal.models import Section

            kwargs["queryset"] = Section.objects.select_related("parent")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(OldAddress)
class OldAddressAdmin(admin.ModelAdmin):
    """Every address of the old site that leads here. The import writes those of its pages and
    pictures; staff add the old list pages they know (kind "Section list") and may remove one."""

    list_display = ("path", "kind", "target", "language", "imported_at")
    list_filter = ("kind", "language")
    list_select_related = ("article__section__parent", "image", "section__parent")
    search_fields = ("path",)
    search_help_text = _("Searches the old addresses (or a part of one, e.g. content_37534041).")
    raw_id_fields = ("article", "image")
    fields = ("path", "kind", "language", "article", "image", "section", "imported_at")
    readonly_fields = ("imported_at",)
    show_full_result_count = False

    @admin.display(description=_("leads to"))
    def target(self, row):
        target = row.article or row.image or row.section
        if target is None:
            return "—"
        url = target.url if row.image_id else target.get_absolute_url()
        return format_html('<a href="{}">{}</a>', url, target)
