"""The sitemaps protocol: /sitemap.xml is an index of files, each file a slice of its list."""

import datetime
import re
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.models import Article, Section
from portal.sitemaps import SITEMAPS, ArticleSitemap, EnterpriseSitemap
from tests.factories import ArticleFactory, EnterpriseFactory, ParkFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
MAX_URLS, MAX_BYTES = 50_000, 10 * 1024 * 1024  # per file, by the protocol


def index_files(client):
    """The files /sitemap.xml names, as paths: ["/sitemap-home.xml", "/sitemap-articles.xml?p=2"…]."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    return [
        loc.text.removeprefix("http://testserver") for loc in root.findall("s:sitemap/s:loc", NS)
    ]


def urlset(client, path):
    """One sitemap file, parsed (so well-formed), checked against the protocol's limits."""
    response = client.get(path)
    assert response.status_code == 200, path
    assert len(response.content) <= MAX_BYTES
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}urlset"
    assert len(root) <= MAX_URLS
    return root


def locations(root):
    return [url.find("s:loc", NS).text.removeprefix("http://testserver") for url in root]


def everything(client):
    """Every <url> of every file the index names, and the raw XML of all of them."""
    urls, xml = [], ""
    for path in index_files(client):
        root = urlset(client, path)
        urls += locations(root)
        xml += client.get(path).content.decode()
    return urls, xml


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.mark.django_db
def test_sitemap_lists_pages_in_their_languages_with_alternates(client, local):
    both = ArticleFactory(section=local)
    english = ArticleFactory(section=local, title_zh_hans="")
    draft = ArticleFactory(section=local, status=Article.Status.DRAFT)
    scheduled = ArticleFactory(
        section=local, published_at=timezone.now() + datetime.timedelta(days=1)
    )
    ParkFactory(slug="yufu")
    EnterpriseFactory(slug="boe")
    urls, xml = everything(client)
    for loc in (
        "/en/", "/zh-hans/", "/en/news/local/", "/zh-hans/news/local/", f"/en/news/local/{both.pk}/",
        f"/zh-hans/news/local/{both.pk}/", f"/en/news/local/{english.pk}/",
        "/en/investing/industrial-parks/yufu/", "/zh-hans/investing/enterprises/boe/",
    ):  # fmt: skip
        assert loc in urls, loc
    assert f"/zh-hans/news/local/{english.pk}/" not in urls  # English only: listed in English only
    assert not {f"/en/news/local/{draft.pk}/", f"/en/news/local/{scheduled.pk}/"} & set(urls)
    assert "/en/about/industrial-parks/" not in urls  # the link item is not a page of its own
    assert len(urls) == len(set(urls))
    alternates = (
        f'<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/news/local/{both.pk}/"/>'
        f'<xhtml:link rel="alternate" hreflang="zh-hans" href="http://testserver/zh-hans/news/local/{both.pk}/"/>'
        f'<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/news/local/{both.pk}/"/>'
    )  # fmt: skip
    assert xml.count(alternates) == 2  # on the English <url> and on the Chinese one
    assert (
        f'hreflang="zh-hans" href="http://testserver/zh-hans/news/local/{english.pk}/"' not in xml
    )
    assert re.search(rf"/en/news/local/{both.pk}/</loc><lastmod>\d{{4}}-\d\d-\d\d</lastmod>", xml)


@pytest.mark.django_db
def test_the_index_names_one_file_per_kind_and_more_for_long_lists(client, local, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    monkeypatch.setattr(EnterpriseSitemap, "limit", 2)
    articles = ArticleFactory.create_batch(7, section=local)
    for _ in range(3):
        EnterpriseFactory()
    files = index_files(client)
    assert files == [
        "/sitemap-home.xml", "/sitemap-sections.xml", "/sitemap-directory.xml",
        "/sitemap-enterprises.xml", "/sitemap-enterprises.xml?p=2",
        "/sitemap-articles.xml", "/sitemap-articles.xml?p=2", "/sitemap-articles.xml?p=3",
    ]  # fmt: skip
    assert list(SITEMAPS) == ["home", "sections", "directory", "enterprises", "articles"]
    pages = [locations(urlset(client, path)) for path in files if "articles" in path]
    assert [len(page) for page in pages] == [6, 6, 2]  # 3, 3 and 1 articles, in both languages
    listed = [loc for page in pages for loc in page]
    assert sorted(listed) == sorted(
        f"/{language}/news/local/{article.pk}/"
        for article in articles
        for language in ("en", "zh-hans")
    )


@pytest.mark.django_db
def test_a_file_is_a_range_of_keys_and_stays_put_as_the_archive_grows(client, local, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    first = ArticleFactory.create_batch(3, section=local)
    before = locations(urlset(client, "/sitemap-articles.xml"))
    gone = first[1].pk
    first[1].delete()  # a gap: the file holds fewer, the others do not move
    ArticleFactory.create_batch(5, section=local)
    after = locations(urlset(client, "/sitemap-articles.xml"))
    assert after == [loc for loc in before if f"/{gone}/" not in loc]
    assert len(locations(urlset(client, "/sitemap-articles.xml?p=3"))) == 4  # 8 keys: 3, 3, 2


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["4", "0", "-1", "x", "9" * 30])
def test_a_page_that_does_not_exist_is_a_404(client, local, monkeypatch, page):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    ArticleFactory.create_batch(7, section=local)
    assert client.get(f"/sitemap-articles.xml?p={page}").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


@pytest.mark.django_db
def test_an_empty_archive_still_has_a_valid_index_and_files(client, sections):
    files = index_files(client)
    assert "/sitemap-articles.xml" in files and "/sitemap-articles.xml?p=2" not in files
    assert locations(urlset(client, "/sitemap-articles.xml")) == []
    assert locations(urlset(client, "/sitemap-enterprises.xml")) == []


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_sitemap_queries_do_not_grow_with_content(client, local, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 10)
    monkeypatch.setattr(EnterpriseSitemap, "limit", 10)
    ArticleFactory(section=local)
    EnterpriseFactory()
    paths = ["/sitemap.xml", "/sitemap-articles.xml", "/sitemap-enterprises.xml"]
    small = {path: queries(client, path) for path in paths}
    ArticleFactory.create_batch(35, section=local)
    for _ in range(25):
        EnterpriseFactory()
    large = {path: queries(client, path) for path in paths}
    large["last articles file"] = queries(client, "/sitemap-articles.xml?p=4")
    large["last enterprises file"] = queries(client, "/sitemap-enterprises.xml?p=3")
    # Each list file: the range of keys, then its own rows; the navigation tree comes from memory.
    assert small == {path: large[path] for path in paths}
    assert large["last articles file"] == large["/sitemap-articles.xml"] <= 3
    assert large["last enterprises file"] == large["/sitemap-enterprises.xml"] <= 3


@pytest.mark.django_db
def test_a_full_file_stays_within_the_protocols_limits(client, local, monkeypatch):
    """A file of `limit` bilingual articles at addresses longer than a real site's: one article's
    entries measured here, each address lengthened by a long domain and 40 more characters of
    path (longer slugs, bigger ids), times the limit, with half the protocol's room to spare."""
    limit = ArticleSitemap.limit
    monkeypatch.setattr(ArticleSitemap, "limit", 1)
    ArticleFactory(section=Section.objects.get(slug="success-stories"))
    xml = client.get("/sitemap-articles.xml").content.decode()
    entries = xml[xml.index("<url>") : xml.rindex("</url>") + len("</url>")]
    assert entries.count("<url>") == 2  # English and Chinese
    longer = len("https://english.liangjiang.gov.cn.mirror.example.org") - len("http://testserver")
    worst = len(entries.encode()) + entries.count("http://testserver") * (longer + 40)
    assert limit * 2 <= MAX_URLS
    assert limit * worst <= MAX_BYTES // 2


def test_robots_txt_names_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text and "Sitemap: http://testserver/sitemap.xml" in text
