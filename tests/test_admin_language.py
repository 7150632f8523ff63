"""The admin's language is its user's own choice (or their browser's until they choose): never the
public site's language cookie, and choosing it never moves the public site (issue 8 §1)."""

import pytest
from django.conf import settings
from django.test import Client

from portal.models import StaffProfile
from portal.models.staff import ADMIN_LANGUAGE_SESSION_KEY

PASSWORD = "a-long-password-for-tests-1"
ENGLISH_BROWSER = {"accept-language": "en-US,en;q=0.9"}
CHINESE_BROWSER = {"accept-language": "zh-CN,zh;q=0.9"}


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def signed_in(user, client=None):
    """A new session, signed in through the admin's own sign-in page, as a person does."""
    client = client or Client()
    response = client.post(
        "/admin/login/?next=/admin/", {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return client


def admin_language_of(response):
    assert response.status_code == 200
    return response["Content-Language"]


@pytest.mark.django_db
def test_reading_the_chinese_site_leaves_an_english_admin_english(editor, sections):
    client = signed_in(editor)
    client.get("/zh-hans/", headers=ENGLISH_BROWSER)
    client.get("/zh-hans/news/local/", headers=ENGLISH_BROWSER)
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"  # the public site's

    response = client.get("/admin/", headers=ENGLISH_BROWSER)
    assert admin_language_of(response) == "en"
    html = response.content.decode()
    assert '<html lang="en"' in html and "Site administration" not in html  # our own index title
    assert "Site content" in html and "站点内容" not in html
    assert admin_language_of(client.get("/admin/portal/article/", headers=ENGLISH_BROWSER)) == "en"


@pytest.mark.django_db
def test_until_they_choose_the_admin_follows_the_browser(editor):
    client = signed_in(editor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the public site's cookie says English
    assert admin_language_of(client.get("/admin/", headers=CHINESE_BROWSER)) == "zh-hans"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    assert admin_language_of(client.get("/admin/", headers=ENGLISH_BROWSER)) == "en"
    assert admin_language_of(client.get("/admin/")) == "en"  # no Accept-Language: LANGUAGE_CODE


@pytest.mark.django_db
def test_the_sign_in_page_follows_the_browser_not_the_cookie(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    english = client.get("/admin/login/", headers=ENGLISH_BROWSER)
    assert admin_language_of(english) == "en"
    chinese = client.get("/admin/login/", headers=CHINESE_BROWSER)
    assert admin_language_of(chinese) == "zh-hans"


@pytest.mark.django_db
def test_choosing_chinese_keeps_the_admin_chinese_across_sessions(editor, sections):
    client = signed_in(editor)
    page = client.get("/admin/portal/article/", headers=ENGLISH_BROWSER).content.decode()
    assert 'action="/admin/language/"' in page and "/i18n/setlang/" not in page

    response = client.post(
        "/admin/language/", {"language": "zh-hans", "next": "/admin/portal/article/?q=x"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/portal/article/?q=x"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies  # the public cookie is untouched
    assert StaffProfile.objects.get(user=editor).admin_language == "zh-hans"
    chinese = client.get("/admin/portal/article/", headers=ENGLISH_BROWSER)
    assert admin_language_of(chinese) == "zh-hans"
    assert "两江新区门户网站" in chinese.content.decode()

    # A new sign-in, another browser, English everywhere: still the user's choice.
    other = signed_in(editor)
    other.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert admin_language_of(other.get("/admin/", headers=ENGLISH_BROWSER)) == "zh-hans"

    # And back to English: at once where it was chosen, from the next sign-in everywhere else.
    client.post("/admin/language/", {"language": "en", "next": "/admin/"})
    assert admin_language_of(client.get("/admin/", headers=CHINESE_BROWSER)) == "en"
    again = signed_in(editor)
    assert admin_language_of(again.get("/admin/", headers=CHINESE_BROWSER)) == "en"


@pytest.mark.django_db
def test_choosing_the_admin_language_does_not_move_the_public_site(editor, sections):
    client = signed_in(editor)
    client.post("/admin/language/", {"language": "zh-hans", "next": "/admin/"})
    assert settings.LANGUAGE_COOKIE_NAME not in client.cookies
    root = client.get("/", headers=ENGLISH_BROWSER)
    assert root["Location"] == "/en/"  # where a visitor with this browser goes, as before
    page = client.get("/en/news/local/", headers=ENGLISH_BROWSER)
    assert '<html lang="en">' in page.content.decode()
    # The public switch still works for the same browser, and still leaves the admin alone.
    client.get("/zh-hans/news/local/")
    assert client.get("/", headers=ENGLISH_BROWSER)["Location"] == "/zh-hans/"
    client.post("/admin/language/", {"language": "en", "next": "/admin/"})
    assert admin_language_of(client.get("/admin/", headers=CHINESE_BROWSER)) == "en"
    assert client.get("/", headers=ENGLISH_BROWSER)["Location"] == "/zh-hans/"


@pytest.mark.django_db
def test_each_user_has_their_own_admin_language(editor, django_user_model):
    other_user = django_user_model.objects.create_superuser("writer", "w@example.com", PASSWORD)
    StaffProfile.objects.create(user=other_user, admin_language="zh-hans")
    assert admin_language_of(signed_in(editor).get("/admin/", headers=ENGLISH_BROWSER)) == "en"
    assert admin_language_of(signed_in(other_user).get("/admin/", headers=ENGLISH_BROWSER)) == (
        "zh-hans"
    )


@pytest.mark.django_db
def test_the_language_menu_is_for_signed_in_staff_and_checks_what_it_is_sent(
    editor, client, django_user_model
):
    anonymous = client.post("/admin/language/", {"language": "zh-hans"})
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    visitor = django_user_model.objects.create_user("visitor", "v@example.com", PASSWORD)
    client.force_login(visitor)  # not staff: the admin's sign-in page would refuse them
    refused = client.post("/admin/language/", {"language": "zh-hans"})
    assert refused.status_code == 302 and refused["Location"].startswith("/admin/login/")
    assert not StaffProfile.objects.filter(user=visitor).exists()

    staff = signed_in(editor)
    assert staff.get("/admin/language/").status_code == 405
    assert staff.post("/admin/language/", {"language": "fr"}).status_code == 400
    elsewhere = staff.post(
        "/admin/language/", {"language": "zh-hans", "next": "https://evil.example/"}
    )
    assert elsewhere["Location"] == "/admin/"
    checked = Client(enforce_csrf_checks=True)
    checked.force_login(editor)
    assert checked.post("/admin/language/", {"language": "en"}).status_code == 403
    assert StaffProfile.objects.get(user=editor).admin_language == "zh-hans"


@pytest.mark.django_db
def test_a_session_older_than_the_choice_reads_it_from_the_profile(editor):
    client = signed_in(editor)
    StaffProfile.objects.create(user=editor, admin_language="zh-hans")
    assert admin_language_of(client.get("/admin/", headers=ENGLISH_BROWSER)) == "en"  # as signed in
    session = client.session
    del session[ADMIN_LANGUAGE_SESSION_KEY]  # as in a session from before this release
    session.save()
    assert admin_language_of(client.get("/admin/", headers=ENGLISH_BROWSER)) == "zh-hans"
