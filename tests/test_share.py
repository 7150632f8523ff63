"""Share cards (OpenGraph, Twitter) and structured data (JSON-LD), read from the rendered pages with a
real HTML parser and json.loads, as a sharing site or a search engine reads them."""

import datetime
import json
from html.parser import HTMLParser
from io import BytesIO
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image

from portal.models import Section, SiteSettings
from tests.factories import ArticleFactory, EnterpriseFactory, ParkFactory


def jpeg(width, height, name="cover.jpg"):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name=name)


class Head(HTMLParser):
    """The machine-read parts of a page: meta tags, links, JSON-LD scripts and the h1's text."""

    def __init__(self):
        super().__init__()
        self.meta = {}  # property or name → [content, …]
        self.links = []
        self.json_ld = []
        self.h1 = []
        self.title = ""
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json"
            self.json_ld.append("")
        elif tag == "h1":
            self._in = "h1"
            self.h1.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        if tag in ("script", "h1", "title"):
            self._in = None

    def handle_data(self, data):
        if self._in == "json":
            self.json_ld[-1] += data
        elif self._in == "h1":
            self.h1[-1] += data
        elif self._in == "title":
            self.title += data

    def one(self, key):
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]

    def structured(self):
        return [json.loads(text) for text in self.json_ld]

    def canonical(self):
        (link,) = [link for link in self.links if link.get("rel") == "canonical"]
        return link["href"]


def read(response):
    assert response.status_code == 200
    head = Head()
    head.feed(response.content.decode())
    return head


def rendition_width(url):
    with default_storage.open(urlsplit(url).path.removeprefix("/media/")) as stored:
        return Image.open(stored).width


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.fixture
def article(local):
    return ArticleFactory(
        section=local,
        title_en="Guoyuan Port opens a new berth",
        title_zh_hans="果园港新泊位启用",
        summary_en="A berth for larger ships on the Yangtze.",
        summary_zh_hans="长江上可停靠更大船舶的泊位。",
        cover=jpeg(1600, 900),
        cover_alt_en="Cranes at Guoyuan Port",
        cover_alt_zh_hans="果园港的吊机",
    )


@pytest.mark.parametrize(
    "language, locale, alternate",
    [("en", "en_US", "zh_CN"), ("zh-hans", "zh_CN", "en_US")],
)
def test_an_article_has_a_share_card_in_its_language(client, article, language, locale, alternate):
    url = f"http://testserver/{language}/news/local/{article.pk}/"
    head = read(client.get(url))
    h1 = " ".join(head.h1[0].split())
    assert head.one("og:type") == "article"
    assert head.one("og:title") == head.one("twitter:title") == h1
    assert h1 == {"en": article.title_en, "zh-hans": article.title_zh_hans}[language]
    summary = {"en": article.summary_en, "zh-hans": article.summary_zh_hans}[language]
    assert head.one("og:description") == head.one("description") == summary
    assert head.one("twitter:description") == summary
    assert head.one("og:url") == head.canonical() == url
    assert head.one("og:locale") == locale
    assert head.meta["og:locale:alternate"] == [alternate]
    assert (
        head.one("og:site_name") == {"en": "Liangjiang New Area", "zh-hans": "两江新区"}[language]
    )
    image = head.one("og:image")
    assert image.startswith("http://testserver/media/renditions/") and image.endswith("-1200w.jpg")
    assert rendition_width(image) == 1200
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "675")
    assert (
        head.one("og:image:alt")
        == {"en": "Cranes at Guoyuan Port", "zh-hans": "果园港的吊机"}[language]
    )
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == image
    published = datetime.datetime.fromisoformat(head.one("article:published_time"))
    assert abs(published - article.published_at) < datetime.timedelta(seconds=1)


def test_an_article_is_a_news_article_whose_headline_is_its_h1(client, article):
    head = read(client.get(article.get_absolute_url()))
    (data,) = head.structured()
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == " ".join(head.h1[0].split()) == article.title_en
    assert data["description"] == article.summary_en
    assert data["inLanguage"] == "en"
    assert data["mainEntityOfPage"]["@id"] == data["url"] == head.canonical()
    published = datetime.datetime.fromisoformat(data["datePublished"])
    modified = datetime.datetime.fromisoformat(data["dateModified"])
    assert abs(published - article.published_at) < datetime.timedelta(seconds=1)
    assert modified >= published
    assert data["image"] == [head.one("og:image")]
    publisher = data["publisher"]
    assert publisher["@type"] == "GovernmentOrganization"
    assert publisher["name"] == "Liangjiang New Area"
    assert publisher["logo"]["url"].startswith("http://testserver/static/")
    chinese = read(client.get(f"/zh-hans/news/local/{article.pk}/")).structured()[0]
    assert chinese["inLanguage"] == "zh-Hans"
    assert chinese["headline"] == "果园港新泊位启用"
    assert chinese["publisher"]["name"] == "两江新区"


def test_a_scheduled_article_changed_when_it_was_published(local):
    """Saved last week for today: dateModified is not before datePublished."""
    from portal.share import news_article
    from portal.views.articles import Localized

    article = ArticleFactory(section=local)
    article.updated_at = timezone.now() - datetime.timedelta(days=7)
    request = type("Request", (), {"build_absolute_uri": lambda self, url: url})()
    data = news_article(
        request, article, Localized(article, "en"), "/x/", None, SiteSettings(), "en"
    )
    assert data["dateModified"] == data["datePublished"]


def test_an_article_in_the_other_language_only_says_so(client, local):
    article = ArticleFactory(section=local, title_en="", title_zh_hans="仅中文", summary_en="")
    head = read(client.get(f"/en/news/local/{article.pk}/"))
    data = head.structured()[0]
    assert data["headline"] == " ".join(head.h1[0].split()) == "仅中文"
    assert data["inLanguage"] == "zh-Hans"
    assert head.canonical() == f"http://testserver/zh-hans/news/local/{article.pk}/"
    assert data["url"] == head.one("og:url") == head.canonical()


def test_structured_data_cannot_close_its_script(client, local):
    article = ArticleFactory(
        section=local, title_en='Ports </script><script>alert("x")</script> & more'
    )
    html = client.get(article.get_absolute_url()).content.decode()
    head = read(client.get(article.get_absolute_url()))
    assert head.structured()[0]["headline"] == article.title_en
    assert "</script><script>" not in html


def test_an_article_without_a_cover_has_a_small_card(client, local):
    article = ArticleFactory(section=local, summary_en="")
    head = read(client.get(article.get_absolute_url()))
    assert "og:image" not in head.meta
    assert head.one("twitter:card") == "summary"
    assert "image" not in head.structured()[0]
    # No summary: the site's own description, never an empty one.
    assert head.one("description").startswith("The official portal of Chongqing Liangjiang")


def test_a_small_cover_is_shared_as_it_is(client, local):
    article = ArticleFactory(section=local, cover=jpeg(900, 600), cover_alt_en="Small")
    head = read(client.get(article.get_absolute_url()))
    image = head.one("og:image")
    assert "/renditions/" not in image and image.startswith("http://testserver/media/articles/")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("900", "600")


def test_the_home_page_describes_the_publisher(client, sections):
    site = SiteSettings.load()
    site.address_en = "No. 1 Yuelai Avenue, Yubei District, Chongqing"
    site.address_zh_hans = "重庆市渝北区悦来大道1号"
    site.telephone = "+86 23 6789 0000"
    site.email = "info@example.gov.cn"
    site.save()
    head = read(client.get("/en/"))
    (data,) = head.structured()
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == site.site_name_en
    assert data["url"] == "http://testserver/en/"
    assert data["logo"]["url"].startswith("http://testserver/static/")
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "No. 1 Yuelai Avenue, Yubei District, Chongqing",
    }
    assert data["telephone"] == "+86 23 6789 0000"
    assert data["email"] == "info@example.gov.cn"
    assert head.one("description") == " ".join(site.sidebar_about_en.split())
    assert head.one("og:title") == "Chongqing Liangjiang New Area"
    chinese = read(client.get("/zh-hans/")).structured()[0]
    assert chinese["name"] == "两江新区"
    assert chinese["address"]["streetAddress"] == "重庆市渝北区悦来大道1号"


def test_directory_entries_share_their_picture(client, sections):
    ParkFactory(slug="guoyuan", cover=jpeg(2000, 1000), summary_en="A port park.")
    EnterpriseFactory(slug="changan", logo=jpeg(1300, 400, "logo.jpg"))
    park = read(client.get("/en/investing/industrial-parks/guoyuan/"))
    assert rendition_width(park.one("og:image")) == 1200
    assert park.one("og:description") == "A port park."
    assert park.one("twitter:card") == "summary_large_image"
    enterprise = read(client.get("/en/investing/enterprises/changan/"))
    assert enterprise.one("og:image").endswith("-1200w.jpg")


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/zh-hans/",
        "/en/news/",
        "/en/news/local/",
        "/zh-hans/living/food/",
        "/en/about/introduction/",
        "/en/investing/industrial-parks/",
        "/en/investing/enterprises/",
        "/en/about/officials/",
        "/zh-hans/contact-us/",
    ],
)
def test_every_public_page_has_a_share_card(client, sections, path):
    head = read(client.get(path))
    url = f"http://testserver{path}"
    assert head.one("og:url") == head.canonical() == url
    assert head.one("og:title") and head.one("twitter:title")
    assert head.one("og:description") == head.one("description") != ""
    assert head.one("og:locale") == ("zh_CN" if path.startswith("/zh-hans/") else "en_US")
    assert head.one("og:type") == "website"
    assert head.one("twitter:card") in ("summary", "summary_large_image")
    assert head.title.split(" | ")[0] == head.one("og:title") or path in ("/en/", "/zh-hans/")


def test_the_page_not_found_has_a_share_card_too(client, sections):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    head = Head()
    head.feed(response.content.decode())
    assert head.one("og:locale") == "en_US"


def test_an_article_prints_its_address_after_the_text(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'rel="stylesheet" href="/static/css/print.css" media="print"' in html
    body_end = html.index('class="article-body"')
    printed = html.index('class="print-only print-url"')
    assert printed > body_end
    assert f"http://testserver/en/news/local/{article.pk}/</p>" in html[printed:]
