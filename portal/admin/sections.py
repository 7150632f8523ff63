from django.contrib import admin

from portal.admin.mixins import MissingTranslationFilter, TranslatedAdmin, languages_column
from portal.models import Section, SectionRedirect


class SectionRedirectInline(admin.TabularInline):
    """Former addresses, kept when the slug or the menu changes; staff may remove one."""

    model = SectionRedirect
    extra = 0
    fields = ("path",)
    readonly_fields = ("path",)
    can_delete = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Section)
class SectionAdmin(TranslatedAdmin):
    list_display = ("title", "parent", "position", "placement", "kind", "languages")
    list_display_links = ("title",)
    list_editable = ("position", "placement")
    list_filter = ("parent", "placement", "kind", MissingTranslationFilter)
    list_select_related = ("parent",)
    search_fields = ("title_en", "title_zh_hans", "slug")
    ordering = ("parent__position", "parent_id", "position")
    fields = ("title", "intro", "slug", "parent", "position", "placement", "kind", "link_to")
    prepopulated_fields = {"slug": ("title_en",)}
    languages = languages_column()
    inlines = (SectionRedirectInline,)
