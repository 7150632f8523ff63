"""Directory entries, people and sections written in one language only (issue 9 §4): listed on the
other language's pages with their language marked (`lang`), and their own page says which language
it is in, with a link to that page. The rule lives in one place (portal.models.base.WrittenIn)."""

import re

import pytest
from django.utils import translation

from portal.models import Department, DevelopmentZone, Official, Section
from tests.factories import EnterpriseFactory, IndustryFactory, ParkFactory
from tests.html import visible_text

ENTERPRISES = "/investing/enterprises/"


def english_only(factory, **kwargs):
    return factory(name_zh_hans="", **kwargs)


@pytest.fixture
def mixed(sections):
    """An English-only park, industry and enterprise beside bilingual ones."""
    park = english_only(ParkFactory, slug="lonely-park", name_en="Lonely Park")
    industry = english_only(IndustryFactory, slug="robots", name_en="Robots")
    both = ParkFactory(slug="both-park", name_en="Both Park", name_zh_hans="双语园区")
    EnterpriseFactory(slug="bilingual", name_en="Bilingual Ltd", name_zh_hans="双语公司", park=both)
    english_only(
        EnterpriseFactory,
        slug="acme",
        name_en="Acme Robotics",
        summary_en="Robots for car plants.",
        park=park,
        industries=[industry],
    )
    return {"park": park, "industry": industry}


def tag_with(html, text, tag=r"\w+"):
    """The opening tag of the first element (in <body>) whose text starts with `text`."""
    body = html[html.index("<body") :]
    match = re.search(rf"(<{tag}\b[^>]*>)\s*" + re.escape(text), body)
    assert match, text
    return match.group(1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model, field, values",
    [
        (Official, "name", {"name_en": "Li Ming", "title_en": "Director"}),
        (Department, "name", {"name_en": "Planning Bureau"}),
        (DevelopmentZone, "name", {"name_en": "Zone", "slug": "zone"}),
        (Section, "title", {"title_en": "Page", "slug": "page"}),
    ],
)
def test_the_rule_is_the_name_or_title_in_that_language(model, field, values):
    item = model.objects.create(**values)
    assert item.languages == ["en"]
    with translation.override("zh-hans"):
        assert getattr(item, field) == values[f"{field}_en"]  # falls back to English…
        assert item.foreign_language == "en"  # …and says so
        assert item.content_language() == "en"
    with translation.override("en"):
        assert item.foreign_language == ""
    setattr(item, f"{field}_zh_hans", "中文")
    assert item.languages == ["en", "zh-hans"]
    with translation.override("zh-hans"):
        assert item.foreign_language == ""


@pytest.mark.django_db
def test_a_chinese_list_marks_the_english_only_enterprise_and_its_links(client, mixed):
    html = client.get("/zh-hans" + ENTERPRISES).content.decode()
    assert tag_with(html, "Acme Robotics").endswith(' lang="en">')
    assert tag_with(html, "Robots for car plants.").endswith(' lang="en">')
    assert tag_with(html, "Lonely Park").endswith(' lang="en">')
    assert tag_with(html, "Robots").endswith(' lang="en">')
    assert "lang" not in tag_with(html, "双语公司")
    assert "lang" not in tag_with(html, "双语园区")
    english = client.get("/en" + ENTERPRISES).content.decode()
    assert "lang" not in tag_with(english, "Acme Robotics")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, name",
    [
        ("/investing/enterprises/acme/", "Acme Robotics"),
        ("/investing/industrial-parks/lonely-park/", "Lonely Park"),
        ("/investing/industries/robots/", "Robots"),
    ],
)
def test_an_english_only_page_says_so_on_the_chinese_site(client, mixed, path, name):
    response = client.get("/zh-hans" + path)
    html = response.content.decode()
    with translation.override("zh-hans"):
        notice = translation.gettext("This page is available in English only.")
        link = translation.gettext("Read it on the English site")
    assert notice in visible_text(response)
    assert f'<a href="/en{path}" hreflang="en">{link}</a>' in html
    assert tag_with(html, name, "h1") == '<h1 class="page-title" lang="en">'
    assert f'<link rel="canonical" href="http://testserver/en{path}">' in html
    english = client.get("/en" + path)
    assert "This page is available in English only." not in visible_text(english)
    assert tag_with(english.content.decode(), name, "h1") == '<h1 class="page-title">'


@pytest.mark.django_db
def test_a_bilingual_entry_has_no_notice(client, mixed):
    response = client.get("/zh-hans/investing/industrial-parks/both-park/")
    html = response.content.decode()
    assert "notice-language" not in html
    assert tag_with(html, "双语园区", "h1") == '<h1 class="page-title">'


@pytest.mark.django_db
def test_zones_officials_and_departments_are_marked_on_chinese_pages(client, sections):
    DevelopmentZone.objects.create(slug="east", name_en="East Zone")
    Official.objects.create(name_en="Li Ming", title_en="Director")
    Official.objects.create(name_en="Wang Fang", name_zh_hans="王芳", title_en="Deputy")
    Department.objects.create(name_en="Planning Bureau", address_en="1 Road")
    zones = client.get("/zh-hans/about/development-zones/").content.decode()
    assert tag_with(zones, "East Zone").endswith(' lang="en">')
    zone = client.get("/zh-hans/about/development-zones/east/")
    assert "notice-language" in zone.content.decode()
    officials = client.get("/zh-hans/about/officials/").content.decode()
    assert tag_with(officials, '<h2 class="person-name">Li Ming').endswith(' lang="en">')
    assert 'class="person-text">\n      <h2 class="person-name">王芳' in officials
    departments = client.get("/zh-hans/about/department/").content.decode()
    assert tag_with(departments, "Planning Bureau") == '<h2 lang="en">'


@pytest.mark.django_db
def test_a_section_without_a_chinese_title_is_marked_and_its_page_says_so(client, sections):
    guide = Section.objects.get(parent__slug="investing", slug="guide")
    guide.title_zh_hans = ""
    guide.body_en = "<p>How to invest.</p>"
    guide.save()
    response = client.get("/zh-hans/investing/guide/")
    html = response.content.decode()
    assert tag_with(html, guide.title_en, "h1") == '<h1 class="page-title" lang="en">'
    assert 'class="article-body" lang="en"' in html
    assert 'href="/en/investing/guide/" hreflang="en"' in html
    # A list section (its articles are Chinese) marks its title only: no notice.
    local = Section.objects.get(parent__slug="news", slug="local")
    local.title_zh_hans = ""
    local.save()
    listing = client.get("/zh-hans/news/local/").content.decode()
    assert tag_with(listing, local.title_en, "h1") == '<h1 class="page-title" lang="en">'
    assert "notice-language" not in listing
    # With its Chinese title back, nothing is marked.
    guide.title_zh_hans = "投资指南"
    guide.save()
    html = client.get("/zh-hans/investing/guide/").content.decode()
    assert "notice-language" not in html and 'lang="en">' + guide.title_en not in html
