"""RSS 2.0 feeds of the news, in each language: all of a menu's stories (`/en/news/feed/`) and each
category's (`/en/news/local/feed/`, `/zh-hans/living/food/feed/`).

A feed has the latest 20 public articles in the feed's language, newest first, with absolute links,
publish dates, summaries and the cover as an enclosure (the 1200-pixel rendition the share cards use,
with its size in bytes, which the cache keeps: see `portal.images.share_images`). It costs the same
queries whatever the archive's size: the navigation tree and the site settings (both kept per
content version) and one query for the articles. The page cache keeps feeds as it keeps pages.

`feed/` after a menu or a category that has no feed is not ours: the request goes on to the page
views, so a directory entry whose slug is `feed` still answers, a former address still redirects,
and anything else is a 404. A menu item cannot take the slug `feed` (Section.clean).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import selectors
from portal.images import share_images
from portal.models import Article, Section
from portal.models.sections import FEED_SLUG
from portal.selectors import section_tree, site_settings
from portal.views import pages
from portal.views.articles import Localized

ITEMS = 20
# The menus whose stories have feeds: all of the menu's, and each of its article categories'.
FEED_MENUS = (selectors.NEWS_MENU_SLUG, "living")
# RSS 2.0 takes a language code from its list (RSS Advisory Board), which has zh-cn, not zh-hans.
RSS_LANGUAGES = {"en": "en", "zh-hans": "zh-cn"}


def has_feed(section):
    """Whether `section` is a feed menu, or an article, photo or video category of one."""
    if section.parent_id is None:
        return section.kind == Section.Kind.MENU and section.slug in FEED_MENUS
    return section.kind in selectors.LISTING_KINDS and section.parent.slug in FEED_MENUS


def feed_url(section):
    return f"{section.get_own_url()}{FEED_SLUG}/"


def feed_title(section, site):
    """ "Liangjiang New Area — News", in the active language, with the site's own name."""
    return _("%(site)s — %(section)s") % {"site": site.site_name, "section": section.title}


def feeds_for(section):
    """The feeds a page of `section` links to: its own and its menu's, [(section, url)]."""
    if section is None:
        return []
    candidates = [section] if section.parent_id is None else [section, section.parent]
    return [(s, feed_url(s)) for s in candidates if has_feed(s)]


def menu_feed(request, menu):
    """/<menu>/feed/: every story of the menu's article categories."""
    tree = section_tree(request)
    section = tree.find(menu)
    if section is None:  # a former address of the menu: /en/old-news/feed/ → /en/news/feed/
        return pages.follow_former_address(menu, None, FEED_SLUG)
    if not has_feed(section):  # perhaps a menu item whose slug is "feed", or a 404
        return pages.section_page(request, menu, FEED_SLUG)
    return SectionFeed(tree, section)(request)


def section_feed(request, menu, item):
    """/<menu>/<item>/feed/: the stories of one category."""
    tree = section_tree(request)
    section = tree.find(menu, item)
    if section is None or not has_feed(section):  # an entry whose slug is "feed", or a 404
        return pages.entry_page(request, menu, item, FEED_SLUG)
    return SectionFeed(tree, section)(request)


class SectionFeed(Feed):
    """The feed of a menu or a category, in the request's language. Made per request."""

    feed_type = Rss201rev2Feed

    def __init__(self, tree, section):
        super().__init__()
        self.tree = tree
        self.section = section
        self.language = RSS_LANGUAGES.get(get_language(), get_language())

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.site = site_settings(request)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.section

    def title(self, section):
        return feed_title(section, self.site)

    def link(self, section):
        return section.get_own_url()

    def description(self, section):
        if section.intro:
            return " ".join(section.intro.split())
        return _("The latest stories of %(section)s on the %(site)s portal.") % {
            "section": section.title,
            "site": self.site.site_name,
        }

    def feed_copyright(self, section):
        return self.site.copyright

    def items(self, section):
        if section.parent_id is None:
            categories = [s.pk for s in self.tree.items(section) if has_feed(s)]
        else:
            categories = [section.pk]
        articles = self.tree.attach(
            Article.objects.public().listing().filter(section__in=categories)[:ITEMS]
        )
        covers = share_images(
            (article.cover.name, article.cover_width, article.cover_height)
            for article in articles
            if article.cover
        )
        for article in articles:
            article.shared_cover = covers.get(article.cover.name) if article.cover else None
        return articles

    def item_title(self, article):
        # RSS titles may hold HTML: a plain-text title is escaped once more, as Django's default.
        return escape(Localized(article, get_language()).title)

    def item_description(self, article):
        # The summary in the feed's language only (no fallback to the other language's).
        return escape(Localized(article, get_language()).summary)

    def item_link(self, article):
        return article.get_absolute_url()

    def item_guid_is_permalink(self, article):
        return True

    def item_pubdate(self, article):
        return article.published_at

    def item_categories(self, article):
        return [article.section.title]

    def item_enclosures(self, article):
        image = article.shared_cover
        if image is None:
            return []
        url = self.request.build_absolute_uri(image.url)
        return [Enclosure(url, str(image.length), image.mime_type)]
