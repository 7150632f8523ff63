import pytest

from portal.models import Section
from tests.html import link_texts


@pytest.mark.django_db
def test_changelist_shows_languages_and_filters_missing_chinese(admin_client, sections):
    Section.objects.filter(slug="events").update(title_zh_hans="")
    response = admin_client.get("/admin/portal/section/")
    assert response.status_code == 200
    assert "EN · 中文" in response.content.decode()
    missing = admin_client.get("/admin/portal/section/?missing=zh_hans")
    assert list(missing.context["cl"].result_list) == [Section.objects.get(slug="events")]


@pytest.mark.django_db
def test_change_form_has_english_and_chinese_fields_and_local_jquery_ui(admin_client, sections):
    local = Section.objects.get(slug="local")
    html = admin_client.get(f"/admin/portal/section/{local.pk}/change/").content.decode()
    for name in ("title_en", "title_zh_hans", "intro_en", "intro_zh_hans"):
        assert f'name="{name}"' in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html and "//cdn" not in html


def form_data(section, **changes):
    data = {
        "title_en": section.title_en,
        "title_zh_hans": section.title_zh_hans or "",
        "intro_en": section.intro_en or "",
        "intro_zh_hans": section.intro_zh_hans or "",
        "slug": section.slug,
        "parent": section.parent_id or "",
        "position": section.position,
        "placement": section.placement,
        "kind": section.kind,
        "link_to": section.link_to_id or "",
        "redirects-TOTAL_FORMS": "0",
        "redirects-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_staff_rename_and_hide_an_item_in_the_admin(admin_client, client, sections):
    local = Section.objects.get(slug="local")
    response = admin_client.post(
        f"/admin/portal/section/{local.pk}/change/",
        form_data(local, title_en="Local News", title_zh_hans="本地要闻"),
    )
    assert response.status_code == 302
    assert "Local News" in link_texts(client.get("/en/"))
    assert "本地要闻" in link_texts(client.get("/zh-hans/"))

    local.refresh_from_db()
    admin_client.post(
        f"/admin/portal/section/{local.pk}/change/", form_data(local, placement="hidden")
    )
    assert "Local News" not in link_texts(client.get("/en/"))


@pytest.mark.django_db
def test_staff_add_a_menu_item(admin_client, client, sections):
    news = Section.objects.get(slug="news", parent=None)
    response = admin_client.post(
        "/admin/portal/section/add/",
        {
            "title_en": "Press Releases",
            "title_zh_hans": "新闻发布",
            "intro_en": "",
            "intro_zh_hans": "",
            "slug": "press-releases",
            "parent": news.pk,
            "position": 9,
            "placement": "main",
            "kind": "articles",
            "link_to": "",
            "redirects-TOTAL_FORMS": "0",
            "redirects-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    texts = link_texts(client.get("/en/"))
    assert texts[texts.index("Success Stories") + 1] == "Press Releases"
    assert client.get("/zh-hans/news/press-releases/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes, field",
    [
        ({"slug": "local", "title_en": "Again"}, "__all__"),
        ({"slug": "Not A Slug"}, "slug"),
        ({"title_en": ""}, "title_en"),
        ({"kind": "link", "link_to": ""}, "link_to"),
    ],
)
def test_bad_section_input_is_a_form_error_and_saves_nothing(
    admin_client, sections, changes, field
):
    news = Section.objects.get(slug="news", parent=None)
    before = Section.objects.count()
    data = form_data(Section(parent=news, slug="new-item", title_en="New", position=20), **changes)
    response = admin_client.post("/admin/portal/section/add/", data)
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert Section.objects.count() == before


@pytest.mark.django_db
def test_a_menu_slug_cannot_be_a_language_code(admin_client, sections):
    data = form_data(Section(slug="en", title_en="English pages", kind="page", position=50))
    response = admin_client.post("/admin/portal/section/add/", data)
    assert "slug" in response.context["adminform"].form.errors


@pytest.mark.django_db
def test_changing_a_slug_in_the_admin_keeps_the_old_address(admin_client, client, sections):
    guide = Section.objects.get(slug="guide")
    response = admin_client.post(
        f"/admin/portal/section/{guide.pk}/change/", form_data(guide, slug="investment-guide")
    )
    assert response.status_code == 302
    assert client.get("/en/investing/guide/")["Location"] == "/en/investing/investment-guide/"
    page = admin_client.get(f"/admin/portal/section/{guide.pk}/change/").content.decode()
    assert "investing/guide" in page  # listed under its former addresses
