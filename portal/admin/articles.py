import json

from django.contrib import admin, messages
from django.db import models
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override
from modeltranslation.admin import TranslationTabularInline

from portal import permissions
from portal.admin.media import CoverFromLibraryAdmin
from portal.admin.mixins import (
    MissingTranslationFilter,
    TranslatedAdmin,
    languages_column,
    thumbnail_column,
)
from portal.admin.versions import BEFORE, stored_label
from portal.models import Article, ArticlePhoto, Section
from portal.views.pagination import IndexPaginator


class ArticlePhotoInline(TranslationTabularInline):
    model = ArticlePhoto
    extra = 0
    fields = ("preview", "image", "alt", "caption", "credit", "position")
    readonly_fields = ("preview",)
    ordering = ("position", "pk")
    classes = ("collapse",)  # folded away for the common story without photos (issue 8 §1)

    preview = thumbnail_column("image", "width", "height", _("preview"))


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("sent-back", _("Sent back")),
            ("review", _("Waiting for review")),
            ("scheduled", _("Scheduled")),
            ("public", _("Published and public")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "draft":
            return queryset.filter(status=Article.Status.DRAFT)
        if self.value() == "sent-back":
            return queryset.filter(status=Article.Status.DRAFT).exclude(review_note="")
        if self.value() == "review":
            return queryset.filter(status=Article.Status.REVIEW)
        if self.value() == "scheduled":
            return queryset.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
        if self.value() == "public":
            return queryset.filter(status=Article.Status.PUBLISHED, published_at__lte=now)
        return queryset


class PublishedYearFilter(admin.SimpleListFilter):
    """Articles published in one year, newest year first. In place of a date hierarchy, which finds
    the years that have articles by reading every row of the list (the whole archive, or every row
    a search matched): these years run from the oldest article to the newest, two index probes."""

    title = _("publish year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dates = Article.objects.aggregate(first=Min("published_at"), last=Max("published_at"))
        if dates["first"] is None:
            return []
        first, last = (timezone.localtime(dates[end]).year for end in ("first", "last"))
        return [(str(year), str(year)) for year in range(last, first - 1, -1)]

    def queryset(self, request, queryset):
        year = self.value()
        if year and year.isdigit() and 1 < int(year) < 9999:  # anything else is ignored
            return queryset.filter(published_at__year=int(year))  # a range on the date index
        return queryset


class SectionFilter(admin.RelatedFieldListFilter):
    """The article sections, named "Menu › Item" from one query (the default filter names each
    section by loading its menu: one query per section)."""

    def field_choices(self, field, request, model_admin):
        ordering = self.field_admin_ordering(field, request, model_admin) or ("pk",)
        sections = (
            Section.objects.complex_filter(field.get_limit_choices_to())
            .select_related("parent")
            .order_by(*ordering)
        )
        return [(section.pk, str(section)) for section in sections]


@admin.register(Article)
class ArticleAdmin(CoverFromLibraryAdmin, TranslatedAdmin):  # a cover from the media library
    list_display = (
        "cover_thumbnail", "__str__", "section", "state", "published_at", "languages", "is_featured",
        "author",
    )  # fmt: skip
    list_display_links = ("cover_thumbnail", "__str__")
    list_filter = (
        StatusFilter, ("section", SectionFilter), PublishedYearFilter, MissingTranslationFilter,
        "is_featured",
    )  # fmt: skip
    list_select_related = ("section", "section__parent", "author")
    # Titles and summaries, each with a trigram index on PostgreSQL (migration 0009), so a search
    # reads the index, not the archive. Bodies are for the public search and its full-text index.
    search_fields = ("title_en", "title_zh_hans", "summary_en", "summary_zh_hans")
    search_help_text = _(
        "Searches titles and summaries in English and Chinese (not the body text). "
        "Three or more letters or characters give the quickest results."
    )
    show_full_result_count = False  # "N results (Show all)": no second count of the whole table
    list_per_page = 50
    actions = ("publish", "unpublish")
    inlines = (ArticlePhotoInline,)
    # The common case fits a screen (issue 8 §1): the fields both languages share first, then the
    # text under the one English / 中文 switch (static/portal/admin/tabs.js), and what most stories
    # do without (video, relations, the old address, photos) folded away. Related enterprises and
    # industries are searched as typed (their admins have search_fields), not two-box pickers.
    autocomplete_fields = ("enterprises", "industries")
    readonly_fields = ("preview_links", "author", "created_at", "updated_at")
    fieldsets = (
        (
            _("Publishing"),
            {
                "fields": (
                    "section",
                    ("status", "published_at"),
                    "review_note",
                    "is_featured",
                    "preview_links",
                ),
            },
        ),
        (None, {"fields": ("title", "summary", "body", "byline", "source")}),
        (
            _("Cover image"),
            {"fields": ("cover", "cover_alt", "cover_caption", "cover_credit")},
        ),
        (
            _("Video"),
            {
                "classes": ("collapse",),
                "fields": ("video_file", "video_url", "captions"),
                "description": _(
                    "For a video story. The cover image is the video's poster; a caption file "
                    "(WebVTT) in each language lets viewers read what is said."
                ),
            },
        ),
        (_("Related"), {"classes": ("collapse",), "fields": ("enterprises", "industries")}),
        (capfirst(_("old address")), {"classes": ("collapse",), "fields": ("legacy_url",)}),
        (
            _("History"),
            {"classes": ("collapse",), "fields": ("author", "created_at", "updated_at")},
        ),
    )
    languages = languages_column()
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    cover_thumbnail = thumbnail_column("cover", "cover_width", "cover_height", _("cover"))

    @admin.display(description=_("status"), ordering="status")
    def state(self, article):
        return article.state_label

    # Who may do what (portal/permissions.py): the list, the forms, the section and status
    # choices and the actions all ask the policy, so a forged request gets no further than a
    # form would let it.

    def get_queryset(self, request):
        return permissions.articles.visible(request.user, super().get_queryset(request))

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return permissions.articles.may_change(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return super().has_delete_permission(request)
        return permissions.articles.may_delete(request.user, obj)

    def has_publish_permission(self, request):
        return permissions.articles.may_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not permissions.articles.may_publish(request.user):
            # The home page's choice and the reviewer's note are the editors'; a writer reads it.
            fields = (*fields, "is_featured", "review_note")
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            kwargs["queryset"] = permissions.articles.sections(request.user).select_related(
                "parent"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status":
            allowed = permissions.articles.statuses(request.user)
            kwargs["choices"] = [(status.value, status.label) for status in allowed]
            if Article.Status.PUBLISHED not in allowed:
                kwargs["help_text"] = _(
                    "Choose “Waiting for review” when the article is ready: "
                    "an editor reviews and publishes it."
                )
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not (obj.review_note or permissions.articles.may_publish(request.user)):
            # No note to read, nor the right to write one: the field is left out.
            fieldsets = [
                (name, {**options, "fields": _without(options["fields"], "review_note")})
                for name, options in fieldsets
            ]
        return fieldsets

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        if obj.status == Article.Status.PUBLISHED:
            obj.review_note = ""  # the review is over
        super().save_model(request, obj, form, change)

    @admin.display(description=_("preview"))
    def preview_links(self, article):
        """The page as visitors will see it, in each language it exists in (drafts too, for staff)."""
        if not article.pk:
            return _("Save the article to preview it.")
        links = []
        for code, label in (("en", "English"), ("zh-hans", "中文")):
            if code in article.languages:
                with override(code):
                    links.append((article.get_absolute_url(), label))
        return format_html_join(
            " · ", '<a href="{}" target="_blank" rel="noopener">{}</a>', links
        ) or _("Give the article a title first.")

    def view_on_site(self, article):
        with override(article.languages[0] if article.languages else "en"):
            return article.get_absolute_url()

    @admin.action(description=_("Publish the selected articles"), permissions=["publish"])
    def publish(self, request, queryset):
        count = self._set_status(request, queryset, Article.Status.PUBLISHED, review_note="")
        self.message_user(
            request,
            ngettext("%(count)d article published.", "%(count)d articles published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected articles"), permissions=["publish"])
    def unpublish(self, request, queryset):
        count = self._set_status(request, queryset, Article.Status.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d article set back to draft.",
                "%(count)d articles set back to draft.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def _set_status(self, request, queryset, status, **also):
        """The actions' change, kept in each article's history as a change form's would be: the
        state before (if none is recorded yet) and after, with a log entry naming the status."""
        changed = list(queryset.exclude(status=status).values_list("pk", flat=True))
        before = Article.objects.filter(pk__in=changed)
        self._keep(before, BEFORE, always=False)
        Article.objects.filter(pk__in=changed).update(status=status, **also)
        message = [{"changed": {"fields": [stored_label(Article._meta.get_field("status"))]}}]
        for article in Article.objects.filter(pk__in=changed).select_related("section__parent"):
            self.log_change(request, article, message)
            self._keep([article], json.dumps(message), user=request.user)
        return len(changed)

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        """The site's paginator: a deep page walks the ids in the index (article_newest_first),
        and only the rows shown are fetched, where an OFFSET would fetch every row before them."""
        return IndexPaginator(
            queryset, per_page, orphans=orphans, allow_empty_first_page=allow_empty_first_page
        )

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("published_at", timezone.now())
        return initial


def _without(fields, name):
    """A fieldset's fields (names, or tuples of names on one line) without `name`."""
    kept = []
    for field in fields:
        if isinstance(field, (tuple, list)):
            field = tuple(f for f in field if f != name)
            if field:
                kept.append(field)
        elif field != name:
            kept.append(field)
    return tuple(kept)
