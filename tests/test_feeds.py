"""The RSS 2.0 feeds: valid RSS read by a real XML parser, the right stories in each language, the
cover as an enclosure, links from the lists, the page cache, and a constant number of queries."""

import datetime
import email.utils
import re
import xml.etree.ElementTree as ET
from io import BytesIO
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from portal.models import Article, Section, SiteSettings
from tests.factories import ArticleFactory, EnterpriseFactory

ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 822 (with four-digit years, as RSS 2.0 asks): "Sun, 29 Nov 2026 17:28:18 +0000".
RFC_822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)


def jpeg(width, height, name="cover.jpg"):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name=name)


def section(slug):
    return Section.objects.get(slug=slug)


def read_rss(response):
    """The feed as a parser reads it, checked against RSS 2.0's required elements: an <rss
    version="2.0"> with one <channel> holding title, link and description; each <item> with a title
    or a description; every date in RFC 822. Returns the channel."""
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    channels = root.findall("channel")
    assert len(channels) == 1
    channel = channels[0]
    for required in ("title", "link", "description"):
        element = channel.find(required)
        assert element is not None and element.text, f"<channel> has no <{required}>"
    assert urlsplit(channel.findtext("link")).scheme == "http"
    for date in [channel.findtext("lastBuildDate")] + [
        item.findtext("pubDate") for item in channel.iter("item")
    ]:
        assert RFC_822.match(date), date
        assert email.utils.parsedate_to_datetime(date).tzinfo is not None
    for item in channel.iter("item"):
        assert item.findtext("title") or item.findtext("description")
        for element in item.findall("enclosure"):  # all three attributes are required
            assert element.get("url") and element.get("type")
            assert element.get("length").isdigit()
    return channel


def items(channel):
    return channel.findall("item")


def titles(channel):
    return [item.findtext("title") for item in items(channel)]


def test_the_news_feed_is_valid_rss_with_the_latest_news(client, sections):
    local = ArticleFactory(
        section=section("local"),
        title_en="Guoyuan Port opens a new berth",
        summary_en="A berth for larger ships.",
        cover=jpeg(1600, 900),
        cover_alt_en="The port",
    )
    ArticleFactory(
        section=section("business"),
        title_en="An older business story",
        published_at=timezone.now() - datetime.timedelta(days=2),
    )
    ArticleFactory(section=section("food"), title_en="Hotpot street reopens")  # Living, not News
    channel = read_rss(client.get("/en/news/feed/"))
    assert channel.findtext("title") == "Liangjiang New Area — News"
    assert channel.findtext("link") == "http://testserver/en/news/"
    assert channel.findtext("language") == "en"
    assert channel.find(f"{ATOM}link").get("href") == "http://testserver/en/news/feed/"
    assert titles(channel) == ["Guoyuan Port opens a new berth", "An older business story"]
    first = items(channel)[0]
    assert first.findtext("link") == f"http://testserver{local.get_absolute_url()}"
    assert first.findtext("guid") == first.findtext("link")
    assert first.findtext("description") == "A berth for larger ships."
    published = email.utils.parsedate_to_datetime(first.findtext("pubDate"))
    assert abs(published - local.published_at) < datetime.timedelta(seconds=1)


def test_the_cover_is_an_enclosure_1200_pixels_wide_with_its_length(client, sections):
    ArticleFactory(section=section("local"), cover=jpeg(1600, 900), cover_alt_en="The port")
    ArticleFactory(section=section("local"), cover=jpeg(800, 600, "small.jpg"), cover_alt_en="X")
    ArticleFactory(section=section("local"))  # no cover, no enclosure
    channel = read_rss(client.get("/en/news/local/feed/"))
    enclosures = [item.find("enclosure") for item in items(channel)]
    no_cover, small, large = enclosures
    assert no_cover is None
    for enclosure, width in ((large, 1200), (small, 800)):  # an original no wider is itself
        url = urlsplit(enclosure.get("url"))
        assert (url.scheme, url.netloc) == ("http", "testserver")
        name = url.path.removeprefix("/media/")
        assert int(enclosure.get("length")) == default_storage.size(name)
        with default_storage.open(name) as stored:
            assert Image.open(stored).width == width
    assert large.get("type") == "image/jpeg"
    assert large.get("url").endswith("-1200w.jpg")


def test_the_enclosure_length_is_kept_so_feeds_ask_storage_nothing(client, sections, monkeypatch):
    ArticleFactory(section=section("local"), cover=jpeg(1600, 900), cover_alt_en="The port")
    client.get("/en/news/local/feed/")
    asked = []
    for method in ("exists", "open", "save", "size"):
        original = getattr(default_storage, method)
        monkeypatch.setattr(
            default_storage,
            method,
            lambda *args, _m=method, _o=original, **kwargs: asked.append(_m) or _o(*args, **kwargs),
        )
    channel = read_rss(client.get("/zh-hans/news/local/feed/"))
    assert items(channel)[0].find("enclosure") is not None
    assert asked == []


def test_each_language_has_its_own_feed(client, sections):
    local = section("local")
    ArticleFactory(section=local, title_en="Both languages", title_zh_hans="双语")
    ArticleFactory(section=local, title_en="English only", title_zh_hans="")
    ArticleFactory(section=local, title_en="", title_zh_hans="仅中文", summary_zh_hans="中文摘要")
    english = read_rss(client.get("/en/news/local/feed/"))
    chinese = read_rss(client.get("/zh-hans/news/local/feed/"))
    assert sorted(titles(english)) == ["Both languages", "English only"]
    assert sorted(titles(chinese)) == ["仅中文", "双语"]
    assert chinese.findtext("language") == "zh-cn"
    assert chinese.findtext("title") == "两江新区 — 本地新闻"
    assert all("/zh-hans/news/local/" in item.findtext("link") for item in items(chinese))
    assert "中文摘要" in [item.findtext("description") for item in items(chinese)]


def test_the_feed_title_uses_the_site_name_in_each_language(client, sections):
    settings_row = SiteSettings.load()
    settings_row.site_name_en = "Liangjiang Portal"
    settings_row.site_name_zh_hans = "两江门户"
    settings_row.save()
    assert read_rss(client.get("/en/news/feed/")).findtext("title") == "Liangjiang Portal — News"
    assert read_rss(client.get("/zh-hans/news/feed/")).findtext("title") == "两江门户 — 新闻"


def test_a_feed_has_the_latest_20_public_articles_newest_first(client, sections):
    local = section("local")
    now = timezone.now()
    for hours in range(1, 26):
        ArticleFactory(
            section=local,
            title_en=f"Story {hours}",
            published_at=now - datetime.timedelta(hours=hours),
        )
    ArticleFactory(section=local, title_en="Draft", status=Article.Status.DRAFT)
    ArticleFactory(
        section=local, title_en="Scheduled", published_at=now + datetime.timedelta(hours=1)
    )
    channel = read_rss(client.get("/en/news/local/feed/"))
    assert titles(channel) == [f"Story {hours}" for hours in range(1, 21)]


@pytest.mark.parametrize(
    "path",
    [
        "/en/news/photos/feed/",
        "/en/news/video/feed/",
        "/en/living/food/feed/",
        "/zh-hans/living/travel/feed/",
        "/en/living/feed/",
    ],
)
def test_every_news_and_living_category_has_a_feed(client, sections, path):
    slug = path.rstrip("/").split("/")[-2]
    if slug != "living":
        ArticleFactory(section=section(slug), title_en="In the category", title_zh_hans="栏目内")
    channel = read_rss(client.get(path))
    assert titles(channel) in (["In the category"], ["栏目内"], [])


@pytest.mark.parametrize(
    "path",
    [
        "/en/about/feed/",  # a menu without news
        "/en/about/introduction/feed/",  # a page
        "/en/investing/industrial-parks/feed/",  # the directory
        "/en/investing/guide/feed/",  # a page under a menu without news
        "/en/news/no-such-category/feed/",
        "/en/nowhere/feed/",
        "/en/nowhere/at-all/feed/",
        "/en/contact-us/feed/",  # a stand-alone page
    ],
)
def test_a_feed_of_anything_but_news_is_a_404(client, sections, path):
    assert client.get(path).status_code == 404


def test_a_directory_entry_called_feed_still_answers(client, sections):
    EnterpriseFactory(slug="feed", name_en="Feed Mill Co.")
    response = client.get("/en/investing/enterprises/feed/")
    assert response.status_code == 200
    assert "Feed Mill Co." in response.content.decode()


def test_a_menu_item_cannot_be_called_feed(sections):
    item = Section(parent=section("news"), slug="feed", title_en="Feed", kind="articles")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "slug" in error.value.message_dict
    Section(slug="feed", title_en="A menu called feed", kind="menu").full_clean()  # a menu may


def test_an_item_called_feed_under_a_menu_without_feeds_still_answers(client, sections):
    """Made before the rule (or by code): `/en/about/feed/` is not a feed, so the page answers."""
    Section.objects.create(parent=section("about"), slug="feed", title_en="Feedback", kind="page")
    response = client.get("/en/about/feed/")
    assert response.status_code == 200
    assert "Feedback" in response.content.decode()


def test_a_former_address_of_a_category_redirects_to_its_feed(client, sections):
    local = section("local")
    local.slug = "local-news"
    local.save()
    response = client.get("/en/news/local/feed/")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/local-news/feed/"
    news = section("news")
    news.slug = "newsroom"
    news.save()
    response = client.get("/en/news/feed/")
    assert response.status_code == 301
    assert response["Location"] == "/en/newsroom/feed/"


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/en/news/local/", ["/en/news/local/feed/", "/en/news/feed/"]),
        ("/zh-hans/news/photos/", ["/zh-hans/news/photos/feed/", "/zh-hans/news/feed/"]),
        ("/en/news/", ["/en/news/feed/"]),
        ("/en/living/food/", ["/en/living/food/feed/", "/en/living/feed/"]),
        ("/en/", ["/en/news/feed/"]),
        ("/en/about/introduction/", []),
        ("/en/investing/industrial-parks/", []),
    ],
)
def test_lists_link_to_their_feeds(client, sections, path, expected):
    html = client.get(path).content.decode()
    found = re.findall(
        r'<link rel="alternate" type="application/rss\+xml" title="([^"]+)" '
        r'href="([^"]+)">',
        html,
    )
    assert [urlsplit(href).path for _title, href in found] == expected
    assert all(href.startswith("http://testserver/") for _title, href in found)
    assert all(title.startswith(("Liangjiang New Area — ", "两江新区 — ")) for title, _ in found)


def test_an_article_links_to_its_category_feed(client, sections):
    article = ArticleFactory(section=section("local"))
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="http://testserver/en/news/local/feed/"' in html


@pytest.fixture
def cached(settings, sections):
    """The page cache on, as in production (tests/test_cache.py)."""
    settings.PAGE_CACHE_ENABLED = True
    return section("local")


def test_feeds_are_cached_like_pages_and_an_edit_shows_next_time(client, cached):
    article = ArticleFactory(section=cached, title_en="First title")
    path = "/en/news/local/feed/"
    first = client.get(path)
    assert first["X-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(path)
    assert (second["X-Cache"], len(queries)) == ("hit", 0)
    assert second["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Last-Modified"]
    assert client.get(path, headers={"if-none-match": first["ETag"]}).status_code == 304
    article.title_en = "Renamed title"
    article.save()
    third = client.get(path)
    assert third["X-Cache"] == "miss"
    assert titles(read_rss(third)) == ["Renamed title"]


# The navigation tree and the site settings (both kept per content version), and the articles.
FEED_QUERIES = 3


@pytest.mark.parametrize("path", ["/en/news/feed/", "/zh-hans/news/local/feed/"])
def test_a_feed_costs_the_same_queries_with_1_or_30_articles(client, sections, path):
    from tests.test_queries import queries_for

    local = section("local")
    ArticleFactory(section=local, cover=jpeg(1600, 900), cover_alt_en="A")
    assert queries_for(client, path) == FEED_QUERIES
    for number in range(29):
        ArticleFactory(
            section=local if number % 2 else section("events"),
            cover=jpeg(1300, 700, f"c{number}.jpg") if number % 3 else "",
            cover_alt_en="A",
        )
    assert queries_for(client, path) == FEED_QUERIES
    in_feed = 20 if path.endswith("/news/feed/") else 15  # the news: local and events
    assert len(items(read_rss(client.get(path)))) == in_feed
