import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Section
from tests.factories import ArticleFactory, EnterpriseFactory, ParkFactory


@pytest.mark.django_db
def test_sitemap_lists_pages_in_their_languages_with_alternates(client, sections):
    local = Section.objects.get(slug="local")
    both = ArticleFactory(section=local)
    english = ArticleFactory(section=local, title_zh_hans="")
    ParkFactory(slug="yufu")
    EnterpriseFactory(slug="boe")
    xml = client.get("/sitemap.xml").content.decode()
    for loc in (
        "/en/news/local/", "/zh-hans/news/local/", f"/en/news/local/{both.pk}/",
        f"/zh-hans/news/local/{both.pk}/", f"/en/news/local/{english.pk}/",
        "/en/investing/industrial-parks/yufu/", "/zh-hans/investing/enterprises/boe/",
    ):  # fmt: skip
        assert f"<loc>http://testserver{loc}</loc>" in xml, loc
    assert f"<loc>http://testserver/zh-hans/news/local/{english.pk}/</loc>" not in xml
    assert "/about/industrial-parks/</loc>" not in xml  # the link item is not a page of its own
    assert 'hreflang="zh-hans" href="http://testserver/zh-hans/news/local/' in xml


@pytest.mark.django_db
def test_sitemap_queries_do_not_grow_with_content(client, sections):
    local = Section.objects.get(slug="local")
    ArticleFactory(section=local)
    EnterpriseFactory()
    with CaptureQueriesContext(connection) as small:
        client.get("/sitemap.xml")
    ArticleFactory.create_batch(30, section=local)
    for _ in range(30):
        EnterpriseFactory()
    with CaptureQueriesContext(connection) as large:
        client.get("/sitemap.xml")
    assert len(small) == len(large)


def test_robots_txt_names_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text and "Sitemap: http://testserver/sitemap.xml" in text
