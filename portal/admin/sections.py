from django import forms
from django.contrib import admin, messages
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from portal import permissions
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

    def has_delete_permission(self, request, obj=None):
        return permissions.sections.may_change_structure(request.user)


@admin.register(Section)
class SectionAdmin(TranslatedAdmin):
    """The menus and their items. Their texts are edited by the groups that own the section;
    their structure (address, menu, kind, placement, position, owners), adding and deleting by
    Site managers (portal/permissions.py)."""

    list_display = ("title", "parent", "position", "placement", "kind", "languages")
    list_display_links = ("title",)
    list_editable = ("position", "placement")
    list_filter = ("parent", "placement", "kind", MissingTranslationFilter)
    list_select_related = ("parent",)
    search_fields = ("title_en", "title_zh_hans", "slug")
    ordering = ("parent__position", "parent_id", "position")
    # What both languages share first, then the texts under the one English / 中文 switch.
    fieldsets = (
        (
            _("Place in the menus"),
            {
                "fields": (
                    "parent",
                    ("slug", "addresses"),
                    ("position", "placement"),
                    "kind",
                    "link_to",
                    "owners",
                )
            },
        ),
        (_("Texts"), {"fields": ("title", "intro", "body")}),
    )
    prepopulated_fields = {"slug": ("title_en",)}
    readonly_fields = ("addresses",)
    languages = languages_column()
    inlines = (SectionRedirectInline,)

    def get_queryset(self, request):
        return permissions.sections.visible(request.user, super().get_queryset(request))

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return permissions.sections.may_change(request.user, obj)

    def has_add_permission(self, request):
        return permissions.sections.may_change_structure(
            request.user
        ) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return permissions.sections.may_change_structure(
            request.user
        ) and super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not permissions.sections.may_change_structure(request.user):
            fields = (*fields, *permissions.SectionPolicy.STRUCTURE)
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if not permissions.sections.may_change_structure(request.user):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if not permissions.sections.may_change_structure(request.user):
            changelist.list_editable = ()  # position and placement are the menus' structure
        return changelist

    @admin.display(description=_("addresses"))
    def addresses(self, section):
        """The section's address in each language, and the old addresses that lead to it: what
        will redirect here if the slug or the menu changes."""
        if section is None or not section.pk:
            return "—"
        urls = []
        for code in ("en", "zh-hans"):
            with override(code):
                urls.append((section.get_own_url(),))
        current = format_html_join(" · ", "<code>{}</code>", urls)
        old = [(f"/{path}/",) for path in section.redirects.values_list("path", flat=True)]
        note = _("When the slug or the menu changes, the current address redirects to the new one.")
        if old:
            return format_html(
                "{}<br>{} {}<br><small>{}</small>",
                current,
                _("Old addresses that lead here:"),
                format_html_join(", ", "<code>{}</code>", old),
                note,
            )
        return format_html("{}<br><small>{}</small>", current, note)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "owners":  # a handful of groups: boxes to tick, named in Chinese too
            field = forms.ModelMultipleChoiceField(
                queryset=Group.objects.order_by("name"),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
            )
            field.label_from_instance = permissions.group_label
            return field
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        def paths():
            family = Q(section=obj.pk) | Q(section__parent=obj.pk)
            return set(SectionRedirect.objects.filter(family).values_list("path", flat=True))

        before = paths() if change else set()
        super().save_model(request, obj, form, change)
        added = sorted(paths() - before)
        if added:
            self.message_user(
                request,
                format_html(
                    "{} {}",
                    _("These old addresses now redirect to the new ones:"),
                    format_html_join(", ", "<code>/{}/</code>", ((path,) for path in added)),
                ),
                messages.INFO,
            )
