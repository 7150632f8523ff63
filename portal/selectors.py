"""The read side of composite pages: named query bundles, each with a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.functional import SimpleLazyObject

from portal.models import Article, Section, SiteSettings
from portal.models.directory import entry_url


@dataclass
class SectionTree:
    """Every section, loaded in one query and linked in memory: the menus, the header and footer
    links, and look-up by path. Built once per request (see `section_tree`)."""

    sections: list
    by_id: dict = field(init=False)
    children: dict = field(init=False)

    def __post_init__(self):
        self.by_id = {s.pk: s for s in self.sections}
        self.children = defaultdict(list)
        for section in self.sections:
            # Fill the foreign-key caches so get_absolute_url() and breadcrumbs cost no query.
            if section.parent_id:
                section.parent = self.by_id[section.parent_id]
                self.children[section.parent_id].append(section)
            if section.link_to_id:
                section.link_to = self.by_id[section.link_to_id]

    @cached_property
    def roots(self):
        return [s for s in self.sections if s.parent_id is None]

    @cached_property
    def menus(self):
        """The main menus with their visible items: [(menu, [items])]."""
        return [
            (menu, self.items(menu))
            for menu in self.roots
            if menu.placement == Section.Placement.MAIN
        ]

    def items(self, menu):
        return [s for s in self.children[menu.pk] if s.in_menus]

    @cached_property
    def header_links(self):
        return [s for s in self.roots if s.placement == Section.Placement.HEADER]

    @cached_property
    def footer_links(self):
        return [
            s
            for s in self.roots
            if s.placement in (Section.Placement.HEADER, Section.Placement.FOOTER)
        ]

    def find(self, menu_slug, item_slug=None):
        """The section at /<menu>/ or /<menu>/<item>/, or None."""
        menu = next((s for s in self.roots if s.slug == menu_slug), None)
        if menu is None or item_slug is None:
            return menu
        return next((s for s in self.children[menu.pk] if s.slug == item_slug), None)

    def first_of_kind(self, kind):
        """The canonical section of a kind (e.g. the Industrial Parks page), or None."""
        return next((s for s in self.sections if s.kind == kind and s.parent_id), None)

    def attach(self, articles):
        """Link articles to their sections (and menus) from the tree, so their URLs cost no query."""
        articles = list(articles)
        for article in articles:
            article.section = self.by_id[article.section_id]
        return articles

    def url_for(self, entry):
        """The address of a park, industry, enterprise or zone, under its canonical section."""
        section = self.first_of_kind(entry.section_kind)
        return entry_url(section, entry) if section else ""


def section_tree(request=None):
    """The navigation tree, memoised on the request so the view and the templates share it.

    It is built by one query and kept in this process for as long as the shared content version
    (portal/cache.py) stays the same: any edit on any server replaces the version, and the next
    request here builds the tree anew. Sections are read-only once loaded, so requests share them.
    """
    return kept_per_version(
        request,
        "_section_tree",
        lambda: SectionTree(list(Section.objects.order_by("position", "pk"))),
    )


def site_settings(request=None):
    """The site settings (footer, sidebar), kept in this process per content version like the
    navigation tree: one query after a change, none until the next one, on every server.

    Read only: with no row yet, the defaults (the texts the templates had) serve, unsaved, so a
    page view never writes. `SiteSettings.load()` (the admin) creates the row."""
    return kept_per_version(request, "_site_settings", _load_site_settings)


def _load_site_settings():
    found = SiteSettings.objects.filter(pk=SiteSettings.SINGLETON_PK).first()
    return found or SiteSettings(pk=SiteSettings.SINGLETON_PK)


_kept = {}  # what each process keeps for the current content version only: {name: (version, value)}


def kept_per_version(request, name, build):
    """The value `build()` makes, memoised on the request (the view and the templates share it) and
    kept in this process until the shared content version (portal/cache.py) changes: any edit on
    any server makes the next request here build it anew."""
    if request is not None and hasattr(request, name):
        return getattr(request, name)
    from portal.cache import content_version

    version = getattr(request, "content_version", None) or content_version()
    kept_version, value = _kept.get(name, (None, None))
    if kept_version != version:
        value = build()
        _kept[name] = (version, value)
    if request is not None:
        setattr(request, name, value)
    return value


def kept(request, key, build):
    """`build()`'s value for `key`, kept in this process per content version (`kept_per_version`):
    what every visitor of a page sees alike (the home page's blocks, a section's latest articles) is
    read once per edit, not once per page rendered. Scheduled articles replace the version too."""
    table = kept_per_version(request, "_kept_values", dict)
    if key not in table:
        table[key] = build()
    return table[key]


def latest_in_section(request, section, count):
    """The `count` newest public articles of `section` in the page's language (its "More from"
    block), attached to the navigation tree; kept per content version: every article of a section
    shows the same list."""
    from django.utils.translation import get_language

    def build():
        public = Article.objects.public().listing().filter(section=section)
        return section_tree(request).attach(public[:count])

    return kept(request, ("latest", section.pk, get_language(), count), build)


def site_settings_context(request):
    """`site_settings` for templates, read on first use only: a page whose footer and sidebar come
    from cached fragments never asks for it."""
    return {"site_settings": SimpleLazyObject(lambda: site_settings(request))}


def articles_latest_by_section(tree, sections, per_section=4):
    """{section id: [its latest public articles]} for several sections, in one query: one short walk
    of each section's public index (`LIMIT per_section`), joined with UNION ALL, so the cost does not
    grow with the archive (a window function would rank every public article of those sections)."""
    latest = defaultdict(list)
    public = Article.objects.public().listing()
    articles = union_all(public, "section_id", [section.pk for section in sections], per_section)
    for article in tree.attach(articles):
        latest[article.section_id].append(article)
    for articles in latest.values():  # UNION ALL promises no order: keep each section's own
        articles.sort(key=lambda article: (article.published_at, article.pk), reverse=True)
    return latest


_PLACEHOLDER = -73_180_001  # stands for each value in the one compiled part; no id is negative


def union_all(queryset, field, values, limit):
    """The first `limit` rows of `queryset` for each of `values` of `field`, in one query:
    `SELECT * FROM (… WHERE field = v1 … LIMIT n) UNION ALL SELECT * FROM (… v2 …) …`.

    Django's `union()` refuses `LIMIT` in the parts on SQLite; a subquery per part is valid SQL on
    SQLite and PostgreSQL alike. The part is compiled once and repeated with each value.
    """
    if not values:
        return []
    part_sql, part_params = queryset.filter(**{field: _PLACEHOLDER})[:limit].query.sql_with_params()
    sql, params = [], []
    for number, value in enumerate(values):
        sql.append(f"SELECT * FROM ({part_sql}) AS part{number}")
        params.extend(value if param == _PLACEHOLDER else param for param in part_params)
    return queryset.model.objects.raw(" UNION ALL ".join(sql), params)


LISTING_KINDS = (Section.Kind.ARTICLES, Section.Kind.PHOTOS, Section.Kind.VIDEOS)
NEWS_MENU_SLUG = "news"  # the home page shows the latest of this menu's categories


def menu_blocks(tree, menu, per_section=4):
    """A menu's article categories with their latest articles: [(section, [articles])]."""
    if menu is None:
        return []
    categories = [item for item in tree.items(menu) if item.kind in LISTING_KINDS]
    latest = articles_latest_by_section(tree, categories, per_section)
    return [(category, latest.get(category.pk, [])) for category in categories]


def featured_articles(tree, limit=5):
    """The home page's featured stories, newest first."""
    return tree.attach(Article.objects.public().listing().filter(is_featured=True)[:limit])
