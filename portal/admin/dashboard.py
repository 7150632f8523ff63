"""The editors' dashboard on the admin index (issue 8 §5).

For the signed-in staff member: their drafts (those a reviewer sent back first, with the note),
what waits for their review (or, for a writer, their own articles waiting for someone else's),
what is scheduled, what was published lately, and how many items of each kind are missing their
Chinese or English version. Each block is a short list with a count and a link to the list that
shows all of it, filtered as the block is.

Who sees what is the policy's answer (portal/permissions.py): the articles of the sections their
groups own, and the content types they may change. The dashboard costs the same few queries whatever
the size of the archive (tests/test_dashboard.py pins them): one count of every article block, a
short list per block (bodies deferred, section and menu joined), and one count per content type
for the missing translations.
"""

import datetime
import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.core.cache import cache
from django.db.models import Case, Count, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from portal import permissions
from portal.admin.mixins import MissingTranslationFilter
from portal.cache import current_version
from portal.models import (
    Article,
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    Official,
    Section,
)

SHOWN = 6  # items listed in a block; its count and link cover the rest

# The content staff translate, in the order the dashboard lists it.
TRANSLATED_MODELS = (
    Article,
    Section,
    IndustrialPark,
    Industry,
    Enterprise,
    DevelopmentZone,
    Official,
    Department,
)
# MissingTranslationFilter's choices: (its value, the language it names).
MISSING_LANGUAGES = (("zh_hans", "zh-hans"), ("en", "en"))


@dataclass
class Item:
    title: str
    section: str
    state: str
    date: datetime.datetime
    url: str
    note: str = ""  # a reviewer's note, on a draft sent back


@dataclass
class Block:
    name: str  # for the markup's id: dashboard-<name>
    title: str
    count: int
    url: str  # the changelist, filtered as the block is
    empty: str  # said when there is nothing to list
    items: list[Item] = field(default_factory=list)
    sent_back: int = 0  # drafts only: how many came back from a reviewer
    sent_back_url: str = ""


@dataclass
class MissingCount:
    count: int
    url: str  # "" for a count of 0: nothing to open


@dataclass
class MissingRow:
    name: str  # the content type, as the app list names it
    url: str
    counts: list[MissingCount]  # Chinese, then English (MISSING_LANGUAGES)


def dashboard(request, site=None):
    """The dashboard's data for `request.user`: {"blocks": [Block], "missing": [MissingRow],
    "note_label": …}. Empty lists for a staff member who may see none of it."""
    site = site or admin.site
    article_admin = _model_admin(site, Article)
    blocks, counted = [], {}
    if article_admin is not None and article_admin.has_view_or_change_permission(request):
        # The articles' missing translations are counted with the blocks: one pass over them.
        missing_filter = _missing_filter(article_admin)
        blocks, counted[Article] = _article_blocks(
            request.user,
            _changelist_url(site, Article),
            _missing_counts(missing_filter.field) if missing_filter else {},
        )
    return {
        "blocks": blocks,
        "missing": _missing_translations(request, site, counted),
        "note_label": capfirst(Article._meta.get_field("review_note").verbose_name),
    }


def _article_blocks(user, changelist, also):
    """The four blocks, and the counts of `also` (aggregates over the articles the user sees)."""
    now = timezone.now()
    visible = permissions.articles.visible(user, Article.objects.all())
    waiting = permissions.articles.waiting_for(user, Article.objects.all())
    mine = Q(status=Article.Status.DRAFT, author=user.pk)
    scheduled = Q(status=Article.Status.PUBLISHED, published_at__gt=now)
    reviewer = permissions.articles.may_publish(user)
    # The counts read every article the user sees (about 65 ms at 100,000 on PostgreSQL): kept for
    # the content version (any edit, or a scheduled article going live, makes a new one) and for
    # what this user sees (their sections and their role).
    key = counts_key(user, reviewer, sorted(also))
    counts = cache.get(key)
    if counts is None:
        counts = visible.aggregate(
            drafts=Count("pk", filter=mine),
            sent_back=Count("pk", filter=mine & ~Q(review_note="")),
            waiting=Count("pk", filter=Q(pk__in=waiting.values("pk"))),
            scheduled=Count("pk", filter=scheduled),
            published=Count("pk", filter=Q(status=Article.Status.PUBLISHED, published_at__lte=now)),
            **also,
        )
        cache.set(key, counts, COUNTS_SECONDS)
    rows = visible.listing().select_related("section", "section__parent")
    me = {"author__id__exact": user.pk}  # the same rows as the block (the list allows this lookup)
    blocks = [
        Block(
            name="drafts",
            title=_("My drafts"),
            count=counts["drafts"],
            url=_filtered(changelist, state="draft", **me),
            empty=_("You have no drafts."),
            # Sent back first: a reviewer is waiting for them.
            items=_items(
                rows.filter(mine).order_by(
                    Case(When(review_note="", then=Value(1)), default=Value(0)), "-updated_at"
                ),
                "updated_at",
            ),
            sent_back=counts["sent_back"],
            sent_back_url=_filtered(changelist, state="sent-back", **me),
        ),
        Block(
            name="waiting",
            title=_("Waiting for my review") if reviewer else _("Mine, waiting for review"),
            count=counts["waiting"],
            url=_filtered(changelist, state="review", **({} if reviewer else me)),
            empty=(
                _("Nothing is waiting for your review.")
                if reviewer
                else _("None of your articles is waiting for review.")
            ),
            # The longest waiting first.
            items=_items(
                permissions.articles.waiting_for(user, rows).order_by("updated_at"), "updated_at"
            ),
        ),
        Block(
            name="scheduled",
            title=_("Scheduled"),
            count=counts["scheduled"],
            url=_filtered(changelist, state="scheduled"),
            empty=_("No articles are scheduled."),
            # The next to appear first.
            items=_items(rows.filter(scheduled).order_by("published_at", "pk"), "published_at"),
        ),
        Block(
            name="published",
            title=_("Recently published"),
            count=counts["published"],
            url=_filtered(changelist, state="public"),
            empty=_("Nothing has been published yet."),
            items=_items(rows.published().order_by("-published_at", "-pk"), "published_at"),
        ),
    ]
    return blocks, {name: counts[name] for name in also}


COUNTS_SECONDS = 600


def counts_key(user, reviewer, names):
    """The cache key of a user's dashboard counts: the content version after scheduled articles
    went live (portal.cache.current_version), the user, their role and the sections they see."""
    sections = "all" if user.is_superuser else permissions.section_ids(user)
    seen = hashlib.sha1(repr((reviewer, sections, names)).encode()).hexdigest()[:16]
    return f"portal:dashboard:{user.pk}:{seen}:{current_version()}"


def _items(queryset, date_field):
    return [
        Item(
            title=str(article),  # in the admin's language, or the one the article has
            section=str(article.section),
            state=str(article.state_label),
            date=getattr(article, date_field),
            url=reverse("admin:portal_article_change", args=[article.pk]),
            note=article.review_note if article.is_sent_back else "",
        )
        for article in queryset[:SHOWN]
    ]


def _missing_translations(request, site, counted):
    """One row per content type the user may change whose list filters by missing translation:
    how many of the rows that list shows them miss each language (one query per type, unless
    `counted` has its counts already)."""
    rows = []
    for model in TRANSLATED_MODELS:
        model_admin = _model_admin(site, model)
        if model_admin is None or not model_admin.has_change_permission(request):
            continue  # only what they can translate: a writer views industries, to link to them
        missing_filter = _missing_filter(model_admin)
        if missing_filter is None:
            continue
        counts = counted.get(model) or model_admin.get_queryset(request).aggregate(
            **_missing_counts(missing_filter.field)
        )
        changelist = _changelist_url(site, model)
        rows.append(
            MissingRow(
                name=capfirst(model._meta.verbose_name_plural),
                url=changelist,
                counts=[
                    MissingCount(
                        counts[value],
                        _filtered(changelist, **{missing_filter.parameter_name: value})
                        if counts[value]
                        else "",
                    )
                    for value, _language in MISSING_LANGUAGES
                ],
            )
        )
    return rows


def _missing_counts(field_name):
    """Aggregates: {filter value: the number of rows missing that language}."""
    return {
        value: Count("pk", filter=_missing(field_name, language))
        for value, language in MISSING_LANGUAGES
    }


def _missing(field_name, language):
    """The rows MissingTranslationFilter lists for `language`: its column empty or NULL."""
    column = build_localized_fieldname(field_name, language)
    return Q(**{f"{column}__isnull": True}) | Q(**{column: ""})


def _missing_filter(model_admin):
    for list_filter in model_admin.list_filter:
        if isinstance(list_filter, type) and issubclass(list_filter, MissingTranslationFilter):
            return list_filter
    return None


def _model_admin(site, model):
    try:
        return site.get_model_admin(model)
    except NotRegistered:
        return None


def _changelist_url(site, model):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist", current_app=site.name)


def _filtered(url, **parameters):
    return f"{url}?{urlencode(parameters)}"
