import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from tests.html import visible_text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "accept_language, target",
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "/zh-hans/"),
        ("zh-cn", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("zh", "/zh-hans/"),
        ("en-US,en;q=0.9", "/en/"),
        ("en-GB", "/en/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("de", "/en/"),
        ("", "/en/"),
        ("garbage;;q=x", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, sections, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.django_db
@pytest.mark.parametrize(
    "cookie, accept_language, target",
    [("zh-hans", "en-US", "/zh-hans/"), ("en", "zh-CN", "/en/"), ("xx", "zh-CN", "/zh-hans/")],
)
def test_root_redirect_prefers_the_language_cookie(
    client, sections, cookie, accept_language, target
):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    response = client.get("/", headers={"accept-language": accept_language})
    assert response["Location"] == target


@pytest.mark.django_db
def test_reading_a_page_remembers_its_language_for_the_next_visit(client, sections):
    client.get("/zh-hans/news/local/")
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    response = client.get("/", headers={"accept-language": "en-US"})
    assert response["Location"] == "/zh-hans/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("path", ["", "news/", "news/local/", "contact-us/", "no-such-page/"])
def test_html_lang_follows_the_url(client, sections, language, path):
    html = client.get(f"/{language}/{path}").content.decode()
    assert f'<html lang="{language}">' in html


@pytest.mark.django_db
def test_hreflang_alternates_and_canonical(client, sections):
    html = client.get("/en/news/local/?utm=x").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/news/local/">' in html
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/news/local/?utm=x">' in html
    )
    assert (
        '<link rel="alternate" hreflang="zh-hans" href="http://testserver/zh-hans/news/local/?utm=x">'
        in html
    )


@pytest.mark.django_db
def test_the_switch_keeps_the_query_string(client, sections):
    html = client.get("/zh-hans/news/local/?page=2").content.decode()
    assert 'href="http://testserver/en/news/local/?page=2"' in html


def test_catalogue_is_compiled_and_found():
    with translation.override("zh-hans"):
        assert gettext("Skip to main content") == "跳到主要内容"
        assert gettext("Page not found") == "页面未找到"
        assert gettext("Liangjiang New Area") == "两江新区"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["", "news/", "news/local/", "contact-us/", "no-such-page/"])
def test_a_chinese_page_has_no_english_left(client, sections, path):
    """Every interface string is translated: the only Latin word on a Chinese page is the switch."""
    text = visible_text(client.get(f"/zh-hans/{path}"))
    english_words = set(re.findall(r"[A-Za-z]{2,}", text)) - {"English"}
    assert english_words == set()


@pytest.mark.django_db
def test_the_admin_speaks_chinese(admin_client):
    response = admin_client.get("/admin/portal/section/", headers={"accept-language": "zh-CN"})
    html = response.content.decode()
    assert "栏目" in html
    assert "两江新区门户网站" in html
