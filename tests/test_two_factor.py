"""Two-factor sign-in for staff (issue 8 §7): turned on with a code from the app, asked for after the
password before any admin page, wrong codes paused as wrong passwords are, required of Site managers
and superusers when ADMIN_REQUIRE_2FA is on, turned off with a current code (portal/two_factor.py)."""

import base64
import datetime
import re
import time
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.models import Section
from portal.permissions import SITE_MANAGERS
from tests.factories import ArticleFactory

PASSWORD = "harbour-lights-2024"
SETUP, VERIFY = "/admin/two-factor/", "/admin/two-factor/verify/"
pytestmark = pytest.mark.django_db


def code(device, seconds_from_now=0):
    """The code the authenticator app shows now (or that many seconds from now)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + seconds_from_now
    return f"{totp.token():06d}"


def wrong_code(device):
    """A code no step the device accepts (the last, this and the next 30 seconds) shows."""
    taken = {code(device, offset) for offset in (-30, 0, 30)}
    return next(f"{n:06d}" for n in range(123456, 10**6) if f"{n:06d}" not in taken)


@pytest.fixture
def clock():
    """Time that stands still until moved: a code is taken once, so each new code needs the next
    30-second step."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


@pytest.fixture
def staff(django_user_model):
    def make(username, **fields):
        return django_user_model.objects.create_user(
            username, password=PASSWORD, is_staff=True, **fields
        )

    return make


def with_device(user):
    return TOTPDevice.objects.create(user=user, name=user.username, confirmed=True)


def sign_in(username, language="en"):
    """The password, through the admin's own sign-in page (django-axes counting), in a new browser."""
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    return client


def error_text(response):
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


# Turning it on ---------------------------------------------------------------------------------


def test_turning_it_on_takes_a_code_from_the_app(staff, clock):
    user = staff("writer")
    client = sign_in("writer")
    page = client.get(SETUP)
    assert page.status_code == 200
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=user)
    assert not device.confirmed
    # The QR code is drawn in the page, and the key is there as text for typing in.
    assert re.search(r'<div class="two-factor-qr"[^>]*><svg[^>]*viewBox', html)
    assert "<img" not in html and '<script src="http' not in html
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    key = re.search(r'id="two-factor-key"[^>]*value="([A-Z2-7 ]+)"', html).group(1)
    assert key.replace(" ", "") == secret
    assert client.get(SETUP).content.decode().count(key) == 1  # a reload shows the same key

    refused = client.post(SETUP, {"code": wrong_code(device)})
    assert refused.status_code == 200
    assert "That code is not right" in error_text(refused)
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert "not right" not in client.post(SETUP, {"code": "12 34"}).content.decode()
    assert "Enter the 6 digits" in error_text(client.post(SETUP, {"code": "12 34"}))

    accepted = client.post(SETUP, {"code": code(device), "next": "/admin/portal/"})
    assert accepted.status_code == 302 and accepted["Location"] == "/admin/portal/"
    assert TOTPDevice.objects.get(user=user).confirmed
    assert client.get("/admin/").status_code == 200  # this session gave its code

    on = client.get(SETUP)  # now the page says it is on, and offers to turn it off
    assert (
        "Two-factor sign-in is on" in error_text(on)
        and 'id="two-factor-key"' not in on.content.decode()
    )


def test_the_user_tools_link_to_it_in_both_languages(staff):
    staff("writer")
    client = sign_in("writer")
    assert f'<a href="{SETUP}">Two-factor sign-in</a>' in client.get("/admin/").content.decode()
    client = sign_in("writer", language="zh-CN,zh;q=0.9")
    html = client.get(SETUP).content.decode()
    assert '<html lang="zh-hans"' in html
    with translation.override("zh-hans"):
        assert f'<a href="{SETUP}">{gettext("Two-factor sign-in")}</a>' in html


# Signing in ------------------------------------------------------------------------------------


def test_after_the_password_every_admin_page_waits_for_the_code(staff, sections, clock):
    user = staff("writer")
    device = with_device(user)
    client = sign_in("writer")

    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    assert client.get("/admin/portal/article/?q=x")["Location"] == (
        f"{VERIFY}?next=%2Fadmin%2Fportal%2Farticle%2F%3Fq%3Dx"
    )
    assert client.get(SETUP)["Location"].startswith(VERIFY)  # cannot turn it off without a code
    assert client.post("/admin/upload/", {})["Location"] == VERIFY  # nor upload, nor post a form
    assert client.post("/admin/portal/article/add/", {})["Location"] == VERIFY
    # The public site sees a visitor: a draft stays hidden from a password alone.
    draft = ArticleFactory(section=Section.objects.get(slug="local"), status="draft")
    user.user_permissions.add(*_permissions("view_article"))
    assert client.get(draft.get_absolute_url()).status_code == 404

    page = client.get(f"{VERIFY}?next=/admin/portal/")
    assert page.status_code == 200 and 'autocomplete="one-time-code"' in page.content.decode()
    refused = client.post(VERIFY, {"code": wrong_code(device), "next": "/admin/portal/"})
    assert refused.status_code == 200 and "That code is not right" in error_text(refused)
    assert client.get("/admin/").status_code == 302

    accepted = client.post(VERIFY, {"code": code(device), "next": "/admin/portal/"})
    assert accepted.status_code == 302 and accepted["Location"] == "/admin/portal/"
    assert client.get("/admin/").status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 200  # staff preview again
    # A code is taken once: the same one again (another browser, same 30 seconds) is refused.
    other = sign_in("writer")
    assert "That code is not right" in error_text(other.post(VERIFY, {"code": code(device)}))


def test_next_after_the_code_stays_on_this_site(staff, clock):
    device = with_device(staff("writer"))
    client = sign_in("writer")
    response = client.post(VERIFY, {"code": code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_staff_without_a_device_notice_nothing(staff, admin_client):
    client = sign_in(staff("writer").username)
    assert client.get("/admin/").status_code == 200
    assert admin_client.get("/admin/").status_code == 200  # a superuser, ADMIN_REQUIRE_2FA off
    assert client.get(VERIFY)["Location"] == "/admin/"  # nothing to verify


def test_five_wrong_codes_pause_codes_for_fifteen_minutes(staff, clock):
    device = with_device(staff("writer"))
    client = sign_in("writer")
    for _attempt in range(4):
        assert "That code is not right" in error_text(
            client.post(VERIFY, {"code": wrong_code(device)})
        )
    paused = error_text(client.post(VERIFY, {"code": wrong_code(device)}))
    assert "codes are paused for 15 minutes" in paused
    # The right code is refused unchecked while paused, in this browser and any other.
    assert "paused" in error_text(client.post(VERIFY, {"code": code(device)}))
    other = sign_in("writer")  # the password still works: axes counted no failure
    assert "paused" in error_text(other.get(VERIFY))
    assert "paused" in error_text(other.post(VERIFY, {"code": code(device)}))
    assert other.get("/admin/").status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 5  # tries while paused neither count nor restart it

    clock.shift(datetime.timedelta(minutes=14))
    assert "paused for 1 minute." in error_text(other.get(VERIFY))
    clock.shift(datetime.timedelta(minutes=1, seconds=1))
    # After the pause: one wrong code is one failure again, not a new pause.
    assert "That code is not right" in error_text(other.post(VERIFY, {"code": wrong_code(device)}))
    assert other.post(VERIFY, {"code": code(device)})["Location"] == "/admin/"
    assert other.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


# Required (ADMIN_REQUIRE_2FA) ------------------------------------------------------------------


def _permissions(*codenames):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename__in=codenames)


def test_required_of_site_managers_and_superusers_only(settings, staff, clock):
    settings.ADMIN_REQUIRE_2FA = True
    manager = staff("manager")
    manager.groups.add(Group.objects.get(name=SITE_MANAGERS))
    staff("boss", is_superuser=True)
    writer = staff("writer")
    writer.user_permissions.add(*_permissions("change_article", "view_article"))

    for username in ("manager", "boss"):
        client = sign_in(username)
        assert client.get("/admin/")["Location"] == f"{SETUP}?next=%2Fadmin%2F"
        # A forged request to any admin address goes to the setup page too.
        assert client.post("/admin/auth/user/add/", {"username": "x"})["Location"] == SETUP
        assert client.get("/admin/portal/sitesettings/")["Location"].startswith(SETUP)
        page = client.get(SETUP)
        assert page.status_code == 200
        assert "must sign in with a second factor" in error_text(page)
    assert sign_in("writer").get("/admin/").status_code == 200  # no change_sitesettings

    client = sign_in("manager")
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=manager)
    assert client.post(SETUP, {"code": code(device)})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    # Next time: the code, like anyone with a device.
    clock.shift(datetime.timedelta(seconds=30))
    again = sign_in("manager")
    assert again.get("/admin/")["Location"].startswith(VERIFY)
    assert again.post(VERIFY, {"code": code(device)})["Location"] == "/admin/"


def test_ensure_admin_says_when_a_second_factor_will_be_asked_for(settings, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    assert "two-factor" not in out.getvalue()
    settings.ADMIN_REQUIRE_2FA = True
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    assert "asked to set up two-factor sign-in" in out.getvalue()


# Turning it off --------------------------------------------------------------------------------


def test_turning_it_off_takes_a_current_code(staff, clock):
    user = staff("writer")
    device = with_device(user)
    client = sign_in("writer")
    client.post(VERIFY, {"code": code(device)})
    clock.shift(datetime.timedelta(seconds=30))

    refused = client.post(SETUP, {"code": wrong_code(device)})
    assert refused.status_code == 200 and "That code is not right" in error_text(refused)
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()

    response = client.post(SETUP, {"code": code(device)}, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert "Two-factor sign-in is off." in error_text(response)
    assert sign_in("writer").get("/admin/").status_code == 200  # the password alone again


def test_turned_off_where_required_asks_for_a_new_one_at_once(settings, staff, clock):
    settings.ADMIN_REQUIRE_2FA = True
    user = staff("boss", is_superuser=True)
    device = with_device(user)
    client = sign_in("boss")
    client.post(VERIFY, {"code": code(device)})
    clock.shift(datetime.timedelta(seconds=30))
    client.post(SETUP, {"code": code(device)})
    assert client.get("/admin/")["Location"].startswith(SETUP)


# The devices in the admin ----------------------------------------------------------------------


def test_a_site_manager_removes_a_lost_phones_device(staff, clock):
    writer = staff("writer")
    with_device(writer)
    TOTPDevice.objects.create(user=staff("other"), name="other", confirmed=False)  # begun only
    manager = staff("manager")
    manager.groups.add(Group.objects.get(name=SITE_MANAGERS))
    client = sign_in("manager")
    listing = client.get("/admin/otp_totp/totpdevice/")
    assert listing.status_code == 200
    # Both, the unfinished one marked as such: it is a row that its owner's page links to.
    assert listing.context["cl"].result_count == 2 and "writer" in listing.content.decode()
    assert [row.confirmed for row in listing.context["cl"].result_list] == [False, True]
    assert "key" not in listing.context["cl"].list_display
    device = TOTPDevice.objects.get(user=writer)
    delete = f"/admin/otp_totp/totpdevice/{device.pk}/delete/"
    assert client.post(delete, {"post": "yes"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=writer).exists()
    assert sign_in("writer").get("/admin/").status_code == 200
    # Writers do not see others' devices.
    assert sign_in("writer").get("/admin/otp_totp/totpdevice/").status_code == 403
