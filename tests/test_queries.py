"""Every public page costs a fixed number of SQL queries, however much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Section


def make_sections(count, start=0):
    """`count` more sections: menus of ten items each, like the real navigation but larger."""
    made = start
    menu = Section.objects.filter(parent=None).last()
    while made < start + count:
        if made % 10 == 0:
            menu = Section.objects.create(slug=f"menu-{made}", title_en=f"Menu {made}", kind="menu")
        else:
            Section.objects.create(
                parent=menu,
                slug=f"item-{made}",
                title_en=f"Item {made}",
                title_zh_hans=f"栏目 {made}",
            )
        made += 1


def queries_for(client, path, cold=True):
    """The queries of one request; `cold`: right after a content change (a new content version), so
    nothing that is kept per version (the navigation tree, cached fragments) is there yet."""
    if cold:
        from portal.cache import content_changed

        content_changed()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


# The whole navigation tree, shared by the view and the layout; the site settings (footer, sidebar).
SECTION_PAGE_QUERIES = 2


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/menu-0/item-1/", "/zh-hans/menu-0/item-2/"])
def test_section_page_queries_do_not_grow_with_the_navigation(
    client, django_assert_max_num_queries, path
):
    make_sections(3)
    small = queries_for(client, path)
    make_sections(297, start=3)
    assert Section.objects.count() == 300
    with django_assert_max_num_queries(small):
        assert client.get(path).status_code == 200
    assert queries_for(client, path) == small == SECTION_PAGE_QUERIES
    # Until content changes again, this process keeps the tree: the page costs no query at all.
    assert queries_for(client, path, cold=False) == 0


def fill(count, sections_by_slug):
    """`count` published articles in every news and living category, some featured, with photos."""
    from django.core.files.base import ContentFile

    from portal.models import ArticlePhoto
    from tests.factories import ArticleFactory

    for slug in ("local", "photos", "video", "food"):
        for number in range(count):
            article = ArticleFactory(section=sections_by_slug[slug], is_featured=number % 3 == 0)
            if slug == "photos":
                ArticlePhoto.objects.create(
                    article=article, alt_en="A photo", image=ContentFile(b"", name="p.jpg")
                )


ARTICLE_PAGES = {
    # Each cold page also reads the site settings once (footer, sidebar), kept like the navigation.
    "/en/": 4,  # navigation, settings, featured, latest of each news category
    "/zh-hans/": 4,
    "/en/news/": 3,  # navigation, settings, latest of each category
    "/en/living/": 3,
    "/en/news/local/": 4,  # navigation, settings, count, page of articles
    "/zh-hans/news/photos/": 4,
    "/en/news/video/": 4,
    "/en/living/food/": 4,
    "/en/investing/guide/": 2,
}


@pytest.mark.django_db
@pytest.mark.parametrize("path, expected", ARTICLE_PAGES.items())
def test_list_pages_cost_the_same_with_1_or_60_articles(client, sections, path, expected):
    by_slug = {s.slug: s for s in Section.objects.exclude(parent=None)}
    fill(1, by_slug)
    assert queries_for(client, path) == expected
    fill(59, by_slug)
    assert queries_for(client, path) == expected


# What every visitor of these pages sees alike is kept per content version: until the next edit a
# page rendered again (another address, `?utm_source=…`, a visitor the page cache has not served)
# reads nothing but what is its own.
KEPT_UNTIL_AN_EDIT = {"/en/": 0, "/zh-hans/": 0, "/en/news/": 0, "/en/living/": 0}


@pytest.mark.django_db
@pytest.mark.parametrize("path, expected", KEPT_UNTIL_AN_EDIT.items())
def test_home_and_menu_blocks_are_read_once_per_edit(client, sections, path, expected):
    by_slug = {s.slug: s for s in Section.objects.exclude(parent=None)}
    fill(3, by_slug)
    assert queries_for(client, path) == ARTICLE_PAGES[path]
    assert queries_for(client, f"{path}?utm_source=wechat", cold=False) == expected
    # An edit shows on the next view: a new featured story of a news category.
    from portal.models import Article

    menu = "living" if "living" in path else "news"
    newest = Article.objects.filter(section__parent__slug=menu).first()  # the newest of the menu
    newest.title_en = newest.title_zh_hans = "Edited just now"
    newest.is_featured = True
    newest.save()
    assert "Edited just now" in client.get(f"{path}?utm_source=again").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["local", "photos", "video"])
def test_article_page_costs_the_same_with_1_or_60_articles(client, sections, slug):
    by_slug = {s.slug: s for s in Section.objects.exclude(parent=None)}
    fill(1, by_slug)
    from portal.models import Article

    first = Article.objects.filter(section__slug=slug).first()
    expected = 5  # navigation, settings, article, its photos, more from the section
    assert queries_for(client, first.get_absolute_url()) == expected
    fill(59, by_slug)
    assert queries_for(client, first.get_absolute_url()) == expected
    # Another article of the section until the next edit: its "More from" list is kept.
    other = Article.objects.filter(section__slug=slug).exclude(pk=first.pk).first()
    warm = {"navigation", "settings", "more from the section"}
    assert queries_for(client, other.get_absolute_url(), cold=False) == expected - len(warm)


@pytest.mark.django_db
def test_a_list_is_counted_once_per_content_change(client, sections):
    by_slug = {s.slug: s for s in Section.objects.exclude(parent=None)}
    fill(45, by_slug)
    assert queries_for(client, "/en/news/local/") == 4  # navigation, settings, count, page
    # Until the next change: the tree is kept, the count is shared, only the page's rows are read.
    assert queries_for(client, "/en/news/local/?page=2", cold=False) == 1
    assert queries_for(client, "/en/news/local/?page=3", cold=False) == 1


def grow_directory(count, start=0):
    """`count` more enterprises spread over parks and industries, each with a success story (every
    other story is also linked to the industry itself)."""
    from portal.models import IndustrialPark, Industry
    from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory, ParkFactory

    industry = Industry.objects.filter(slug="ind").first() or IndustryFactory(slug="ind")
    park = IndustrialPark.objects.filter(slug="park").first() or ParkFactory(slug="park")
    park.industries.add(industry)
    stories = Section.objects.get(slug="success-stories")
    for number in range(start, start + count):
        extra = IndustryFactory()
        enterprise = EnterpriseFactory(
            slug=f"firm-{number}", park=park, industries=[industry, extra]
        )
        extra_park = ParkFactory()
        extra_park.industries.add(industry)
        story = ArticleFactory(section=stories)
        story.enterprises.add(enterprise)
        if number % 2:
            story.industries.add(industry)


DIRECTORY_PAGES = {
    # Each cold page also reads the site settings once (footer, sidebar), kept like the navigation.
    "/en/investing/industrial-parks/": 3,  # navigation, settings, parks
    # navigation, settings, park, gallery, industries, its first enterprises, their count
    "/en/investing/industrial-parks/park/": 7,
    "/en/investing/industries/": 3,
    # navigation, settings, industry, parks, its first enterprises, their count, news
    "/zh-hans/investing/industries/ind/": 7,
    # navigation, settings, industries, parks, count, page, their industries
    "/en/investing/enterprises/": 7,
    "/en/investing/enterprises/?industry=ind&park=park&origin=CN": 7,
    # navigation, settings, enterprise with park, industries, stories
    "/en/investing/enterprises/firm-0/": 5,
    "/en/about/development-zones/": 3,
    "/en/about/officials/": 3,
    "/en/about/department/": 3,
}


@pytest.mark.django_db
@pytest.mark.parametrize("path, expected", DIRECTORY_PAGES.items())
def test_directory_pages_cost_the_same_with_2_or_40_enterprises(client, sections, path, expected):
    grow_directory(2)
    assert queries_for(client, path) == expected
    grow_directory(38, start=2)
    assert queries_for(client, path) == expected
