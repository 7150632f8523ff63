"""sitemap.xml: every public page in both languages, with hreflang alternates. Each sitemap loads
its items in one query and links them through one navigation tree, so its cost does not grow per item."""

from functools import cached_property

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.models import Article, DevelopmentZone, Enterprise, IndustrialPark, Industry, Section
from portal.selectors import section_tree


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    @cached_property
    def tree(self):
        return section_tree()


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


class ArticleSitemap(PortalSitemap):
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().order_by("-published_at", "-pk")

    def get_languages_for_item(self, article):
        return article.languages  # an English-only story is listed on the English site only

    def location(self, article):
        article.section = self.tree.by_id[article.section_id]
        return article.get_absolute_url()

    def lastmod(self, article):
        return article.updated_at


class DirectorySitemap(PortalSitemap):
    changefreq = "monthly"

    def items(self):
        entries = []
        for model in (IndustrialPark, Industry, Enterprise, DevelopmentZone):
            entries.extend(model.objects.all())
        return entries

    def location(self, entry):
        return self.tree.url_for(entry)


SITEMAPS = {
    "home": HomeSitemap,
    "sections": SectionSitemap,
    "articles": ArticleSitemap,
    "directory": DirectorySitemap,
}
