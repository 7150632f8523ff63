"""An article on paper: its text without the site's menus, and its address after the text."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.factories import ArticleFactory


@pytest.fixture
def article(live_sections):
    from portal.models import Section

    return ArticleFactory(
        section=Section.objects.get(slug="local"),
        title_en="Guoyuan Port opens a new berth",
        title_zh_hans="果园港新泊位启用",
        body_en='<p>Read the <a href="https://example.gov.cn/port">port notice</a>.</p>',
        body_zh_hans='<p>详见<a href="https://example.gov.cn/port">港口公告</a>。</p>',
    )


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_an_article_prints_without_menus_and_with_its_address(page, live_server, article, language):
    with translation.override(language):
        label = translation.gettext("Address of this article:")
    url = f"{live_server.url}/{language}/news/local/{article.pk}/"
    page.goto(url)
    printed = page.locator(".print-url")
    expect(printed).to_be_hidden()  # on screen, the address bar says it
    expect(page.locator(".site-header")).to_be_visible()
    page.emulate_media(media="print")
    for hidden in (".site-header", ".main-nav", ".breadcrumbs", ".sidebar", ".site-footer"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    expect(printed).to_be_visible()
    expect(printed).to_have_text(f"{label} {url}")
    # The address comes after the text; a link in the text is followed by where it leads.
    body_bottom = page.locator(".article-body").bounding_box()
    assert printed.bounding_box()["y"] >= body_bottom["y"] + body_bottom["height"]
    after = page.evaluate(
        "getComputedStyle(document.querySelector('.article-body a'), '::after').content"
    )
    assert "https://example.gov.cn/port" in after
    assert page.pdf(format="A4")[:4] == b"%PDF"
