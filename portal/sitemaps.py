"""The sitemaps: every public page in both languages, with hreflang alternates.

`/sitemap.xml` is always an index (the protocol allows an index of one file) naming one file per
kind of page, and more than one file for the long lists: articles and enterprises are split by
primary-key range, so each file reads only its own rows, with one indexed range query, whatever
the size of the archive, and an item stays in the same file as the archive grows. Every file loads
its items in one query and links them through the navigation tree, so no item costs a query."""

from functools import cached_property

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max, Min
from django.urls import reverse

from portal.models import Article, DevelopmentZone, Enterprise, IndustrialPark, Industry, Section
from portal.models.directory import entry_url
from portal.selectors import section_tree


class KeyRangePaginator(Paginator):
    """Pages of a queryset by primary-key range: page n holds the rows whose key lies in
    [first + (n - 1) × per_page, first + n × per_page). Finding a page costs a range scan of the
    primary key, where an OFFSET would step over every row before it, and counting the pages
    costs the lowest and highest key (two index probes), where a count would visit every row.

    A page holds at most `per_page` rows, fewer where keys are missing (deleted or unpublished
    rows). `expand` turns a page's rows into the page's entries (see PortalSitemap)."""

    def __init__(self, queryset, per_page, expand=list):
        super().__init__(queryset.order_by("pk"), per_page)
        self.expand = expand

    @cached_property
    def bounds(self):
        keys = self.object_list.aggregate(first=Min("pk"), last=Max("pk"))
        return keys["first"], keys["last"]

    @cached_property
    def num_pages(self):
        first, last = self.bounds
        return 1 if first is None else (last - first) // self.per_page + 1  # an empty first page

    def page(self, number):
        number = self.validate_number(number)  # not a number, or past the end: the view's 404
        first, _last = self.bounds
        rows = self.object_list.none()
        if first is not None:
            start = first + (number - 1) * self.per_page
            rows = self.object_list.filter(pk__gte=start, pk__lt=start + self.per_page)
        return self._get_page(self.expand(rows), number, self)


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    @cached_property
    def tree(self):
        return section_tree()

    def _pairs(self, items):
        """(item, language) for each language an item is listed in: what Django's i18n sitemap
        pages through, so one item gives one <url> per language."""
        return [(item, code) for item in items for code in self.get_languages_for_item(item)]


class KeyRangeSitemap(PortalSitemap):
    """A sitemap split into files by primary-key range (see KeyRangePaginator).

    `limit` counts items, not <url> entries: an item yields one <url> per language it is in (two
    at most), each with its alternates. So a file holds at most 2 × 1,000 = 2,000 <url> entries
    (the protocol allows 50,000) of at most about 1.5 KB each, even with a long domain and long
    slugs (about 230 bytes of markup with lastmod, changefreq and three alternates, and four
    addresses): under 3 MB a file (the protocol allows 10 MB). The size is chosen for the time to
    build a file, about 0.1 ms an entry, rather than for the protocol's limits."""

    limit = 1000

    @cached_property
    def paginator(self):
        return KeyRangePaginator(self.items(), self.limit, expand=self._pairs)

    def get_latest_lastmod(self):
        """None: the index gives no lastmod for these files. Django's default would load every
        item to find the newest, and each <url> carries its own lastmod anyway."""
        return None


class HomeSitemap(PortalSitemap):
    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["portal:home"]

    def location(self, item):
        return reverse(item)


class SectionSitemap(PortalSitemap):
    changefreq = "weekly"

    def items(self):
        return [s for s in self.tree.sections if s.kind != Section.Kind.LINK]

    def location(self, section):
        return section.get_own_url()


class ArticleSitemap(KeyRangeSitemap):
    changefreq = "monthly"

    def items(self):
        # Only what the entries need: the language columns, the section, the last change.
        return Article.objects.published().only(
            "id", "section_id", "title_en", "title_zh_hans", "updated_at"
        )

    def get_languages_for_item(self, article):
        return article.languages  # an English-only story is listed on the English site only

    def location(self, article):
        article.section = self.tree.by_id[article.section_id]
        return article.get_absolute_url()

    def lastmod(self, article):
        return article.updated_at


class EnterpriseSitemap(KeyRangeSitemap):
    changefreq = "monthly"

    def items(self):
        return Enterprise.objects.only("id", "slug")

    @cached_property
    def section(self):
        return self.tree.first_of_kind(Section.Kind.ENTERPRISES)  # once, not once an address

    def location(self, enterprise):
        return entry_url(self.section, enterprise) if self.section else ""


class DirectorySitemap(PortalSitemap):
    """Parks, industries and zones: a few dozen entries, in one file."""

    changefreq = "monthly"

    def items(self):
        entries = []
        for model in (IndustrialPark, Industry, DevelopmentZone):
            entries.extend(model.objects.only("id", "slug"))
        return entries

    def location(self, entry):
        return self.tree.url_for(entry)


SITEMAPS = {
    "home": HomeSitemap,
    "sections": SectionSitemap,
    "directory": DirectorySitemap,
    "enterprises": EnterpriseSitemap,
    "articles": ArticleSitemap,
}
