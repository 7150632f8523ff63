"""The investment directory and the people pages, as investors and staff use them."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import ProtectedError
from django.utils import timezone, translation

from portal.demo.loader import load_directory
from portal.forms import EnterpriseFilterForm
from portal.models import (
    Article,
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    Official,
    Section,
)
from portal.views.directory import ENTERPRISES_ON_ENTRY
from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory, ParkFactory
from tests.html import breadcrumb, hrefs_for, link_texts, links, visible_text

PARKS = "/en/investing/industrial-parks/"
INDUSTRIES = "/en/investing/industries/"
ENTERPRISES = "/en/investing/enterprises/"


@pytest.fixture
def directory(sections):
    """A small directory: two industries, two parks, enterprises across them."""
    cars, chips = (
        IndustryFactory(slug="cars", name_en="Cars"),
        IndustryFactory(slug="chips", name_en="Chips"),
    )
    yufu = ParkFactory(slug="yufu", name_en="Yufu Park", name_zh_hans="鱼复园区")
    shuitu = ParkFactory(slug="shuitu", name_en="Shuitu Park")
    yufu.industries.set([cars])
    shuitu.industries.set([chips])
    EnterpriseFactory(
        slug="changan", name_en="Changan", park=yufu, industries=[cars], is_fortune500=True
    )
    EnterpriseFactory(slug="ford", name_en="Ford JV", park=yufu, industries=[cars], origin="US")
    EnterpriseFactory(slug="boe", name_en="BOE", park=shuitu, industries=[chips])
    EnterpriseFactory(
        slug="corning",
        name_en="Corning",
        park=shuitu,
        industries=[chips, cars],
        origin="US",
        is_fortune500=True,
    )
    EnterpriseFactory(slug="floating", name_en="No Park Ltd", industries=[])
    return {"cars": cars, "chips": chips, "yufu": yufu, "shuitu": shuitu}


@pytest.mark.django_db
def test_park_links_to_its_enterprises_and_industries_and_back(client, directory):
    park = client.get(f"{PARKS}yufu/")
    assert breadcrumb(park) == ["Home", "Investing", "Industrial Parks", "Yufu Park"]
    assert hrefs_for(park, "Changan") == [f"{ENTERPRISES}changan/"]
    assert hrefs_for(park, "Cars") == [f"{INDUSTRIES}cars/"]
    assert "BOE" not in link_texts(park)
    enterprise = client.get(f"{ENTERPRISES}changan/")
    assert hrefs_for(enterprise, "Yufu Park") == [f"{PARKS}yufu/"]
    assert f"{INDUSTRIES}cars/" in hrefs_for(enterprise, "Cars")


@pytest.mark.django_db
def test_industry_lists_its_parks_enterprises_and_related_news(client, directory):
    story = ArticleFactory(
        section=Section.objects.get(slug="success-stories"), title_en="Corning expands"
    )
    story.enterprises.set([Enterprise.objects.get(slug="corning")])
    other = ArticleFactory(section=Section.objects.get(slug="business"), title_en="Chip output up")
    other.industries.set([directory["chips"]])
    page = client.get(f"{INDUSTRIES}chips/")
    texts = link_texts(page)
    assert hrefs_for(page, "Shuitu Park")[0] == f"{PARKS}shuitu/"
    assert {"BOE", "Corning", "Corning expands", "Chip output up"} <= set(texts)
    assert "Changan" not in texts
    assert hrefs_for(client.get(f"{ENTERPRISES}corning/"), "Corning expands") == [
        story.get_absolute_url()
    ]


@pytest.mark.django_db
def test_parks_list_shows_cards_with_area_and_industries(client, directory):
    IndustrialPark.objects.filter(slug="yufu").update(
        area_km2=12.5, leading_industries_en="Cars, parts"
    )
    text = visible_text(client.get(PARKS))
    assert "Yufu Park" in text and "12.5 km² · Cars, parts" in text


def names(response):
    return [e.name_en for e in response.context["page_obj"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Changan", "Ford JV", "BOE", "Corning", "No Park Ltd"]),
        ("?industry=cars", ["Changan", "Ford JV", "Corning"]),
        ("?industry=cars&park=shuitu", ["Corning"]),
        ("?park=yufu&origin=US", ["Ford JV"]),
        ("?fortune500=on", ["Changan", "Corning"]),
        ("?industry=chips&fortune500=on&origin=US", ["Corning"]),
        ("?industry=chips&park=yufu", []),
    ],
)
def test_enterprise_filters_combine(client, directory, query, expected):
    response = client.get(ENTERPRISES + query)
    assert sorted(names(response)) == sorted(expected)
    if not expected:
        assert "No enterprises match these filters." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["?industry=xx", "?park=%00", "?origin=ZZ", "?industry[]=cars", "?fortune500=maybe",
     "?park=" + "p" * 5000],
)  # fmt: skip
def test_bad_filters_are_ignored_never_a_500(client, directory, query):
    response = client.get(ENTERPRISES + query)
    assert response.status_code == 200
    assert len(names(response)) == 5 or response.context["form"].active


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [ENTERPRISES + "?page=-1", ENTERPRISES + "?page=abc", ENTERPRISES + "?page=99999",
     ENTERPRISES + "?page=0", ENTERPRISES + "?industry=cars&page=2", "/en/news/local/?page=-1",
     "/en/news/local/?page=abc", "/en/news/local/?page=99999"],
)  # fmt: skip
def test_every_list_answers_a_bad_page_number_with_404(client, directory, path):
    """One rule for every list, filtered or not (portal/views/pagination.py)."""
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_an_empty_filtered_list_has_its_first_page(client, directory):
    response = client.get(ENTERPRISES + "?industry=chips&park=yufu&page=1")
    assert response.status_code == 200
    assert names(response) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, clean",
    [("?park=&origin=", ""), ("?industry=cars&park=&origin=", "?industry=cars"),
     ("?industry=xx&industry=", "?industry=xx"), ("?park=&page=2", "?page=2")],
)  # fmt: skip
def test_empty_filter_parameters_redirect_to_the_clean_address(client, directory, query, clean):
    response = client.get(ENTERPRISES + query)
    assert response.status_code == 302
    assert response["Location"] == ENTERPRISES + clean
    assert client.get(ENTERPRISES + "?industry=cars").status_code == 200  # no loop


@pytest.mark.django_db
def test_the_filter_form_says_it_sends_no_empty_fields(client, directory):
    html = client.get(ENTERPRISES).content.decode()
    assert '<form class="filters" method="get" action="" data-drop-empty>' in html


@pytest.mark.django_db
def test_an_unknown_filter_value_is_reported(client, directory):
    response = client.get(ENTERPRISES + "?industry=cars&park=nope")
    assert sorted(names(response)) == ["Changan", "Corning", "Ford JV"]
    assert "No industrial park “nope”: showing enterprises of every park." in visible_text(response)


@pytest.mark.django_db
def test_an_unknown_industry_is_named_in_a_visible_notice_in_both_languages(client, directory):
    response = client.get(ENTERPRISES + "?industry=nope")
    assert sorted(names(response)) == sorted(
        ["Changan", "Ford JV", "BOE", "Corning", "No Park Ltd"]
    )
    html = response.content.decode()
    assert (
        '<p class="notice notice-filter" role="status">'
        "No industry “nope”: showing enterprises of every industry.</p>"
    ) in html
    chinese = client.get("/zh-hans/investing/enterprises/?industry=nope&origin=%3Cb%3E")
    text = visible_text(chinese)
    with translation.override("zh-hans"):
        for msgid, value in [(EnterpriseFilterForm.UNKNOWN["industry"], "nope"),
                             (EnterpriseFilterForm.UNKNOWN["origin"], "<b>")]:  # fmt: skip
            assert str(msgid).format(value=value) in text
    assert "<b>" not in chinese.content.decode().split('class="filters"')[1]  # shown as text


@pytest.mark.django_db
def test_filters_survive_paging_and_the_language_switch(client, directory):
    for number in range(40):
        EnterpriseFactory(slug=f"maker-{number}", industries=[directory["cars"]])
    response = client.get(ENTERPRISES + "?industry=cars")
    assert response.context["page_obj"].paginator.count == 43
    assert len(names(response)) == 30
    html = response.content.decode()
    assert 'href="?industry=cars&amp;page=2"' in html
    assert 'href="http://testserver/zh-hans/investing/enterprises/?industry=cars"' in html
    second = client.get(ENTERPRISES + "?industry=cars&page=2")
    assert len(names(second)) == 13


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [f"{PARKS}nope/", f"{ENTERPRISES}nope/", f"{INDUSTRIES}nope/", "/en/about/development-zones/nope/",
     "/en/about/officials/anyone/", "/en/news/local/some-slug/", "/zh-hans/investing/enterprises/%E4%B8%AD/"],
)  # fmt: skip
def test_unknown_slugs_are_404(client, directory, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_a_park_under_about_redirects_to_the_canonical_page(client, directory):
    response = client.get("/zh-hans/about/industrial-parks/yufu/")
    assert response.status_code == 301
    assert response["Location"] == "/zh-hans/investing/industrial-parks/yufu/"


@pytest.mark.django_db
def test_chinese_pages_show_chinese_names(client, directory):
    response = client.get("/zh-hans/investing/industrial-parks/yufu/")
    assert "鱼复园区" in visible_text(response)
    assert breadcrumb(response) == ["首页", "投资两江", "产业园区", "鱼复园区"]


@pytest.mark.django_db
def test_deleting_a_park_in_use_is_refused(admin_client, directory):
    park = directory["yufu"]
    with pytest.raises(ProtectedError):
        park.delete()
    response = admin_client.post(f"/admin/portal/industrialpark/{park.pk}/delete/", {"post": "yes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "would require deleting the following protected related objects" in html
    assert "Changan" in html
    assert IndustrialPark.objects.filter(pk=park.pk).exists()
    unused = ParkFactory(slug="empty")
    assert (
        admin_client.post(
            f"/admin/portal/industrialpark/{unused.pk}/delete/", {"post": "yes"}
        ).status_code
        == 302
    )
    assert not IndustrialPark.objects.filter(pk=unused.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model",
    ["industry", "industrialpark", "enterprise", "developmentzone", "official", "department"],
)
def test_directory_admin_pages_render(admin_client, directory, model):
    assert admin_client.get(f"/admin/portal/{model}/").status_code == 200
    assert admin_client.get(f"/admin/portal/{model}/add/").status_code == 200
    assert admin_client.get(f"/admin/portal/{model}/?missing=zh_hans&q=x").status_code == 200


@pytest.mark.django_db
def test_enterprise_admin_filters(admin_client, directory):
    response = admin_client.get("/admin/portal/enterprise/?is_fortune500__exact=1&origin__exact=US")
    assert [e.name_en for e in response.context["cl"].result_list] == ["Corning"]
    response = admin_client.get(f"/admin/portal/enterprise/?park__id__exact={directory['yufu'].pk}")
    assert response.context["cl"].result_count == 2
    response = admin_client.get("/admin/portal/enterprise/?q=企业")
    assert response.context["cl"].result_count == 5


@pytest.mark.django_db
def test_people_pages(client, sections):
    Official.objects.create(name_en="Second", name_zh_hans="乙", title_en="Director", position=2)
    Official.objects.create(
        name_en="First", name_zh_hans="甲", title_en="Party Secretary", position=1
    )
    Department.objects.create(
        name_en="Investment Office", phone="+86 23 6757 0000", duties_en="<p>Helps investors.</p>"
    )
    DevelopmentZone.objects.create(
        slug="jiangbei",
        name_en="Jiangbei District",
        kind="district",
        area_km2=220.77,
        population=870000,
    )
    officials = visible_text(client.get("/en/about/officials/"))
    assert officials.index("First") < officials.index("Second")
    assert "Party Secretary" in officials
    department = client.get("/en/about/department/").content.decode()
    assert "Investment Office" in department and 'href="tel:+862367570000"' in department
    zone = visible_text(client.get("/en/about/development-zones/jiangbei/"))
    assert "220.77 km²" in zone and "870,000" in zone and "District" in zone
    assert "甲" in visible_text(client.get("/zh-hans/about/officials/"))


@pytest.mark.django_db
def test_demo_directory_is_complete_in_both_languages(sections):
    load_directory(with_images=False)
    assert IndustrialPark.objects.count() + DevelopmentZone.objects.count() >= 8
    assert Industry.objects.count() >= 8
    assert Enterprise.objects.count() >= 30
    assert Official.objects.exists() and Department.objects.exists()
    for model, fields in [
        (Industry, ("name", "summary", "body")),
        (IndustrialPark, ("name", "summary", "body")),
        (Enterprise, ("name", "summary")),
        (DevelopmentZone, ("name", "summary", "body")),
        (Official, ("name", "title")),
        (Department, ("name", "duties")),
    ]:
        for row in model.objects.all():
            for field in fields:
                assert getattr(row, f"{field}_en") and getattr(row, f"{field}_zh_hans"), (
                    row,
                    field,
                )
    assert load_directory(with_images=False) == 0


@pytest.mark.django_db
def test_demo_directory_pages_open_in_both_languages(client, sections):
    call_command("load_demo_content", stdout=StringIO())
    for language in ("en", "zh-hans"):
        for park in IndustrialPark.objects.all():
            assert (
                client.get(f"/{language}/investing/industrial-parks/{park.slug}/").status_code
                == 200
            )
        for enterprise in Enterprise.objects.all()[:10]:
            assert (
                client.get(f"/{language}/investing/enterprises/{enterprise.slug}/").status_code
                == 200
            )
    assert Enterprise.objects.get(slug="boe").stories.exists()


@pytest.mark.django_db
def test_a_renamed_entry_redirects_from_its_former_slug(client, directory):
    boe = Enterprise.objects.get(slug="boe")
    boe.slug = "boe-technology"
    boe.save()
    response = client.get("/zh-hans/investing/enterprises/boe/")
    assert response.status_code == 301
    assert response["Location"] == "/zh-hans/investing/enterprises/boe-technology/"
    boe.slug = "boe-group"
    boe.save()
    assert client.get(f"{ENTERPRISES}boe/")["Location"] == f"{ENTERPRISES}boe-group/"
    assert client.get(f"{ENTERPRISES}boe-technology/")["Location"] == f"{ENTERPRISES}boe-group/"
    boe.slug = "boe"
    boe.save()
    assert client.get(f"{ENTERPRISES}boe/").status_code == 200  # back to its first slug: no loop
    assert client.get(f"{ENTERPRISES}boe-group/")["Location"] == f"{ENTERPRISES}boe/"
    # A park's former slug is not an enterprise's.
    assert client.get(f"{PARKS}boe-group/").status_code == 404


def enterprise_links(response):
    """The enterprise names the page's enterprise section links to, in order."""
    html = response.content.decode()
    block = html.split('id="enterprises-heading"', 1)[1].split("</section>", 1)[0]
    return [
        " ".join(text.split())
        for text in re.findall(r'<li><a href="/[^"]*/enterprises/[^"]*">([^<]*)</a>', block)
    ]


@pytest.mark.django_db
def test_a_park_shows_its_first_enterprises_and_links_to_all_of_them(client, directory):
    yufu = directory["yufu"]
    for number in range(ENTERPRISES_ON_ENTRY + 4):  # 2 in the fixture: 30 in all
        EnterpriseFactory(slug=f"maker-{number:02}", name_en=f"Maker {number:02}", park=yufu)
    response = client.get(f"{PARKS}yufu/")
    shown = enterprise_links(response)
    assert len(shown) == ENTERPRISES_ON_ENTRY
    assert shown == sorted(shown) and shown[0] == "Changan"  # position, then slug
    assert "Maker 27" not in shown
    total = ENTERPRISES_ON_ENTRY + 6
    assert hrefs_for(response, f"All {total} enterprises in this park") == [
        f"{ENTERPRISES}?park=yufu"
    ]
    listed = client.get(f"{ENTERPRISES}?park=yufu")
    assert listed.context["page_obj"].paginator.count == total
    assert {e.park_id for e in listed.context["page_obj"]} == {yufu.pk}
    chinese = client.get("/zh-hans/investing/industrial-parks/yufu/")
    assert "/zh-hans/investing/enterprises/?park=yufu" in [link["href"] for link in links(chinese)]


@pytest.mark.django_db
def test_a_park_with_few_enterprises_lists_them_all_without_a_link(client, directory):
    response = client.get(f"{PARKS}yufu/")
    assert enterprise_links(response) == ["Changan", "Ford JV"]
    assert f"{ENTERPRISES}?park=yufu" not in [link["href"] for link in links(response)]


@pytest.mark.django_db
def test_an_industry_shows_its_first_enterprises_and_links_to_all_of_them(client, directory):
    cars = directory["cars"]
    for number in range(ENTERPRISES_ON_ENTRY):
        EnterpriseFactory(slug=f"maker-{number:02}", park=directory["shuitu"], industries=[cars])
    response = client.get(f"{INDUSTRIES}cars/")
    assert len(enterprise_links(response)) == ENTERPRISES_ON_ENTRY
    total = ENTERPRISES_ON_ENTRY + 3  # Changan, Ford JV and Corning are in cars too
    assert hrefs_for(response, f"All {total} enterprises in this industry") == [
        f"{ENTERPRISES}?industry=cars"
    ]
    assert f"{PARKS}shuitu/" in hrefs_for(response, "Shuitu Park")  # each enterprise's park
    listed = client.get(f"{ENTERPRISES}?industry=cars")
    assert listed.context["page_obj"].paginator.count == total


@pytest.mark.django_db
def test_industry_news_are_the_latest_stories_about_it_or_its_enterprises(client, directory):
    now = timezone.now()
    chips, corning = directory["chips"], Enterprise.objects.get(slug="corning")
    business = Section.objects.get(slug="business")

    def story(title, days_ago, **fields):
        return ArticleFactory(
            section=business,
            title_en=title,
            published_at=now - datetime.timedelta(days=days_ago),
            **fields,
        )

    for days_ago in range(1, 5):
        story(f"Chips {days_ago}", days_ago).industries.set([chips])
    both = story("Chips and Corning", 5)  # linked both ways: listed once
    both.industries.set([chips])
    both.enterprises.set([corning])
    story("Corning 6", 6).enterprises.set([corning])
    story("Draft", 0, status=Article.Status.DRAFT).industries.set([chips])
    story("Scheduled", -1).industries.set([chips])
    story("", 0, title_zh_hans="只有中文").industries.set([chips])  # not on the English page
    story("Cars", 0).industries.set([directory["cars"]])
    response = client.get(f"{INDUSTRIES}chips/")
    assert [a.title_en for a in response.context["news"]] == [
        "Chips 1", "Chips 2", "Chips 3", "Chips 4", "Chips and Corning",
    ]  # fmt: skip
    chinese = client.get("/zh-hans/investing/industries/chips/").context["news"]
    assert [a.title_zh_hans for a in chinese][0] == "只有中文"
    stories = client.get(f"{ENTERPRISES}corning/").context["news"]
    assert [a.title_en for a in stories] == ["Chips and Corning", "Corning 6"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_entry_addresses_are_those_of_the_entry_route(sections, language):
    """entry_url() builds the address from its section's without reverse(): the same one."""
    from django.urls import reverse
    from django.utils import translation

    from portal.models.directory import entry_url

    section = Section.objects.get(slug="enterprises")
    with translation.override(language):
        expected = reverse(
            "portal:entry", kwargs={"menu": "investing", "item": "enterprises", "slug": "acme"}
        )
        assert entry_url(section, "acme") == expected


@pytest.mark.django_db
def test_park_gallery_thumbnails_link_to_the_full_picture(client, directory):
    """Issue 9 §4: each thumbnail opens its picture (a link; js/gallery.js makes it a dialog), its
    alt text describes it and its caption describes the link."""
    from django.core.files.base import ContentFile

    from portal.demo.drawing import draw_scene, jpeg
    from portal.models import ParkPhoto

    park = directory["yufu"]
    plain = client.get(f"{PARKS}yufu/").content.decode()
    assert "gallery-dialog" not in plain and "js/gallery" not in plain  # no photos, no dialog
    photo = ParkPhoto(
        park=park, position=1, alt_en="Three factory halls under a red sun", caption_en="The halls"
    )
    photo.image.save("halls.jpg", ContentFile(jpeg(draw_scene("factory", 1))), save=False)
    photo.save()
    html = client.get(f"{PARKS}yufu/").content.decode()
    gallery = html.split('class="gallery"', 1)[1].split("</section>", 1)[0]
    link = re.search(r"<a class=\"gallery-link\" ([^>]*)>(.*?)</a>", gallery, flags=re.S)
    assert f'href="{photo.image.url}"' in link.group(1)
    assert f'aria-describedby="gallery-caption-{photo.pk}"' in link.group(1)
    assert 'alt="Three factory halls under a red sun"' in link.group(2)
    assert (
        f'<figcaption class="caption" id="gallery-caption-{photo.pk}">The halls</figcaption>'
        in gallery
    )
    assert '<dialog class="lightbox" id="gallery-dialog"' in gallery
    assert '<button class="lightbox-close button" type="submit">Close</button>' in gallery
    assert re.search(r'<script src="/static/js/gallery[^"]*\.js" defer></script>', html)


@pytest.mark.parametrize("value", ["a&b", "", None, 3, "2"])
def test_the_quick_select_writes_what_django_s_select_writes(value):
    """The filter forms' selects are written in Python (portal/forms.py): the same options,
    values, labels, attributes and selection as Django's templates, escaped the same."""
    from django import forms as django_forms

    from portal.forms import QuickSelect

    choices = [("", "All <types>"), ("a&b", "A & b"), (3, "三"), ("G<1>", [("1", "x"), ("2", "y")])]
    attrs = {"id": "id_f", "required": True, "disabled": False, "data-q": 'x"y'}
    django_html = django_forms.Select(choices=choices).render("f", value, attrs)
    ours = QuickSelect(choices=choices).render("f", value, attrs)
    assert re.sub(r"\n\s*\n", "\n", django_html) == ours
