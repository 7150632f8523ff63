"""Site settings (issue 8 §6): one row, edited in the admin, shown in the footer and the sidebar of
every public page in both languages, fresh on the next request even with the page cache on."""

from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import SiteSettings
from tests.html import links

LIST = "/{language}/news/local/"  # a page with the footer and the sidebar
CHANGE_URL = f"/admin/portal/sitesettings/{SiteSettings.SINGLETON_PK}/change/"

OLD_COPYRIGHT = {
    "en": "Copyright © Chongqing Liangjiang New Area Administrative Committee. All rights reserved.",
    "zh-hans": "版权所有 © 重庆两江新区管理委员会",
}
OLD_BLURB = {
    "en": "China's first inland national-level new area",
    "zh-hans": "中国内陆首个国家级新区",
}
OLD_NAME = {"en": "Liangjiang New Area", "zh-hans": "两江新区"}

FILLED = {
    "site_name_en": "Liangjiang",
    "site_name_zh_hans": "两江",
    "copyright_en": "© Liangjiang New Area Administrative Committee",
    "copyright_zh_hans": "© 两江新区管理委员会 版权所有",
    "icp_number": "渝ICP备12345678号-1",
    "public_security_number": "渝公网安备 50009802000000号",
    "address_en": "No. 1 Huangshan Avenue, Yubei District, Chongqing",
    "address_zh_hans": "重庆市渝北区黄山大道1号",
    "telephone": "+86 23 6789 0000",
    "email": "info@example.gov.cn",
    "sidebar_about_en": "A national new area where two rivers meet.",
    "sidebar_about_zh_hans": "两江交汇处的国家级新区。",
}


def page(client, language):
    response = client.get(LIST.format(language=language))
    assert response.status_code == 200
    return response


def footer(response):
    return unescape(response.content.decode().split('<footer class="site-footer">', 1)[1])


def sidebar(response):
    html = response.content.decode()
    return unescape(html.split('<section class="side-block">', 1)[1].split("</section>", 1)[0])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_without_a_row_the_pages_show_the_texts_they_always_had(client, sections, language):
    response = page(client, language)
    assert OLD_COPYRIGHT[language] in footer(response)
    assert OLD_BLURB[language] in sidebar(response)
    assert f'<h2 class="side-heading">{OLD_NAME[language]}</h2>' in sidebar(response)
    assert "footer-registration" not in footer(response)  # nothing to show until staff fill it
    assert "footer-contact" not in footer(response)
    assert not SiteSettings.objects.exists()  # a page view never writes


@pytest.mark.django_db
def test_a_new_row_starts_with_the_same_texts_in_each_language():
    settings = SiteSettings.load()
    assert settings.pk == SiteSettings.SINGLETON_PK
    assert settings.copyright_en == OLD_COPYRIGHT["en"]
    assert settings.copyright_zh_hans == OLD_COPYRIGHT["zh-hans"]
    assert settings.site_name_zh_hans == OLD_NAME["zh-hans"]
    assert settings.sidebar_about_zh_hans.startswith(OLD_BLURB["zh-hans"])
    assert SiteSettings.load().pk == settings.pk
    SiteSettings(copyright_en="Another").save()  # a second "row" is the same row
    assert SiteSettings.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, words",
    [
        (
            "en",
            [
                "© Liangjiang New Area Administrative Committee",
                "No. 1 Huangshan Avenue, Yubei District, Chongqing",
                "Tel:",
                "E-mail:",
            ],
        ),
        ("zh-hans", ["© 两江新区管理委员会 版权所有", "重庆市渝北区黄山大道1号"]),
    ],
)
def test_footer_and_sidebar_show_the_settings_in_the_page_language(
    client, sections, language, words
):
    SiteSettings.objects.create(**FILLED)
    response = page(client, language)
    text = footer(response)
    for word in [*words, "+86 23 6789 0000", "info@example.gov.cn"]:
        assert word in text
    assert OLD_COPYRIGHT[language] not in text
    about = sidebar(response)
    blurb, name = (
        ("A national new area where two rivers meet.", "Liangjiang")
        if language == "en"
        else ("两江交汇处的国家级新区。", "两江")
    )
    assert f"<p>{blurb}</p>" in about
    assert f'<h2 class="side-heading">{name}</h2>' in about

    by_text = {link["text"]: link for link in links(response)}
    icp = by_text["渝ICP备12345678号-1"]
    assert icp["href"] == "https://beian.miit.gov.cn/"  # the national ICP registry
    assert icp["rel"] == "noreferrer"
    police = by_text["渝公网安备 50009802000000号"]
    assert police["href"] == "https://beian.mps.gov.cn/#/query/webSearch?code=50009802000000"
    assert by_text["info@example.gov.cn"]["href"] == "mailto:info@example.gov.cn"
    assert by_text["+86 23 6789 0000"]["href"] == "tel:+862367890000"


@pytest.mark.django_db
def test_an_empty_chinese_text_falls_back_to_the_english(client, sections):
    SiteSettings.objects.create(
        **{**FILLED, "copyright_zh_hans": "", "address_zh_hans": "", "sidebar_about_zh_hans": ""}
    )
    response = page(client, "zh-hans")
    assert FILLED["copyright_en"] in footer(response)
    assert FILLED["address_en"] in footer(response)
    assert FILLED["sidebar_about_en"] in sidebar(response)


@pytest.mark.django_db
def test_texts_emptied_in_both_languages_are_not_shown(client, sections):
    SiteSettings.objects.create(
        copyright_en="", copyright_zh_hans="", sidebar_about_en="", sidebar_about_zh_hans=""
    )
    response = page(client, "zh-hans")
    assert 'class="copyright"' not in footer(response)
    assert "<p>" not in sidebar(response)
    assert OLD_COPYRIGHT["en"] not in response.content.decode()


@pytest.mark.django_db
def test_a_telephone_written_as_free_text_is_not_a_link(client, sections):
    SiteSettings.objects.create(telephone="+86 23 6789 0000 (weekdays 9:00–17:00)")
    text = footer(page(client, "en"))
    assert "+86 23 6789 0000 (weekdays 9:00–17:00)" in text
    assert 'href="tel:' not in text


@pytest.mark.django_db
def test_the_settings_cost_one_query_per_content_change(client, sections):
    from portal.cache import content_changed

    SiteSettings.objects.create(**FILLED)
    content_changed()
    with CaptureQueriesContext(connection) as cold:
        page(client, "en")
    with CaptureQueriesContext(connection) as warm:
        page(client, "zh-hans")  # the footer fragment of another language: rendered, not queried
    read = [q["sql"] for q in cold.captured_queries if "portal_sitesettings" in q["sql"]]
    assert len(read) == 1
    assert not [q for q in warm.captured_queries if "portal_sitesettings" in q["sql"]]


# The admin ---------------------------------------------------------------------------------------


def form_data(**changes):
    return {**FILLED, **changes}


@pytest.fixture
def cached(settings, sections):
    """The page cache on, as in production (as in tests/test_cache.py)."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.mark.django_db
def test_an_admin_edit_shows_on_the_next_request_with_the_page_cache_on(
    client, admin_client, cached
):
    for language in ("en", "zh-hans"):
        assert page(client, language)["X-Cache"] == "miss"
        again = page(client, language)
        assert again["X-Cache"] == "hit"
        assert OLD_COPYRIGHT[language] in footer(again)

    response = admin_client.post(CHANGE_URL, form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors

    english = page(client, "en")
    assert english["X-Cache"] == "miss"
    assert FILLED["copyright_en"] in footer(english)  # the cached footer fragment was replaced too
    assert FILLED["sidebar_about_en"] in sidebar(english)
    assert FILLED["icp_number"] in footer(english)
    chinese = page(client, "zh-hans")
    assert FILLED["copyright_zh_hans"] in footer(chinese)
    assert FILLED["address_zh_hans"] in footer(chinese)
    assert FILLED["sidebar_about_zh_hans"] in sidebar(chinese)
    assert page(client, "zh-hans")["X-Cache"] == "hit"


@pytest.mark.django_db
def test_the_admin_has_one_form_and_no_add_or_delete(admin_client):
    response = admin_client.get("/admin/portal/sitesettings/")
    assert response.status_code == 302
    assert response["Location"] == CHANGE_URL  # no list of one: the form opens
    assert SiteSettings.objects.count() == 1  # made on first opening, with the old texts
    form = admin_client.get(CHANGE_URL)
    assert form.status_code == 200
    html = form.content.decode()
    assert 'name="copyright_zh_hans"' in html
    assert OLD_COPYRIGHT["zh-hans"] in html
    assert "deletelink" not in html
    assert 'name="_addanother"' not in html
    assert admin_client.get("/admin/portal/sitesettings/add/").status_code == 403
    delete = admin_client.post(f"/admin/portal/sitesettings/{SiteSettings.SINGLETON_PK}/delete/")
    assert delete.status_code == 403
    assert SiteSettings.objects.count() == 1
    index = admin_client.get("/admin/").content.decode()
    assert 'href="/admin/portal/sitesettings/"' in index
    assert "/admin/portal/sitesettings/add/" not in index


@pytest.mark.django_db
def test_saving_the_form_keeps_one_row_and_returns_to_it(admin_client):
    response = admin_client.post(CHANGE_URL, form_data(), follow=True)
    assert response.redirect_chain[-1][0] == CHANGE_URL
    assert SiteSettings.objects.count() == 1
    assert SiteSettings.objects.get().address_zh_hans == FILLED["address_zh_hans"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes, field",
    [
        ({"email": "not an address"}, "email"),
        ({"icp_number": "12345678"}, "icp_number"),
        ({"public_security_number": "渝公网安备"}, "public_security_number"),
        ({"site_name_en": ""}, "site_name_en"),
    ],
)
def test_bad_input_is_a_form_error_and_saves_nothing(admin_client, changes, field):
    SiteSettings.load()
    response = admin_client.post(CHANGE_URL, form_data(**changes))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not SiteSettings.objects.get().address_en


@pytest.mark.django_db
def test_registration_numbers_and_contact_details_are_optional(admin_client):
    empty = {
        "icp_number": "",
        "public_security_number": "",
        "telephone": "",
        "email": "",
        "address_en": "",
        "address_zh_hans": "",
        "site_name_zh_hans": "",
    }
    response = admin_client.post(CHANGE_URL, form_data(**empty))
    assert response.status_code == 302
    assert SiteSettings.objects.get().icp_number == ""


@pytest.mark.django_db
def test_only_staff_with_the_change_permission_edit_the_settings(client, django_user_model):
    staff = django_user_model.objects.create_user("writer", password="a-long-password-1")
    staff.is_staff = True
    staff.save()
    client.force_login(staff)
    assert client.get("/admin/portal/sitesettings/").status_code == 403
    assert client.post(CHANGE_URL, form_data()).status_code == 403
    assert not SiteSettings.objects.filter(address_en=FILLED["address_en"]).exists()

    staff.user_permissions.add(Permission.objects.get(codename="change_sitesettings"))
    staff = django_user_model.objects.get(pk=staff.pk)  # permissions are cached on the user
    client.force_login(staff)
    assert client.post(CHANGE_URL, form_data()).status_code == 302
    assert SiteSettings.objects.get().address_en == FILLED["address_en"]
