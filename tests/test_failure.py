"""Calm failure: a database that is down or hangs answers the branded 503 page with Retry-After, in
seconds, in the visitor's language; the site recovers when the database does, without a restart."""

import json
import logging
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.http import HttpResponse
from django.urls import path
from django.utils import translation

from tests.dead_database import (
    closed_port,
    default_connection,
    postgres_connection,
    silent_server,
)

TEXT = "The site is temporarily unavailable"


def slow_page(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")
    return HttpResponse("finished")


# The statement timeout test routes to this module (ROOT_URLCONF).
urlpatterns = [path("slow/", slow_page)]


def in_chinese(text):
    with translation.override("zh-hans"):
        return translation.gettext(text)


def database_options(*entry, **env):
    """DATABASES['default']['OPTIONS'] as a fresh process on PostgreSQL gets them: `entry` is the
    module it imports first (liangjiang.wsgi for gunicorn)."""
    code = (
        "import json, os; "
        + "".join(f"import {module}; " for module in entry)
        + "from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    )
    environment = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(settings.BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "liangjiang.settings.test",
        "DATABASE_URL": "postgres://portal:secret@db.example:5432/liangjiang",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def web_options():
    """The connection options of the web server (gunicorn imports liangjiang.wsgi)."""
    return database_options("liangjiang.wsgi")


def test_the_web_server_connects_within_3_s_and_limits_statements_to_5_s(web_options):
    assert 0 < web_options["connect_timeout"] <= 3
    assert web_options["options"] == "-c statement_timeout=5000"


def test_commands_run_without_a_statement_timeout_but_connect_within_3_s():
    options = database_options()  # manage.py migrate, generate_content: settings without wsgi
    assert 0 < options["connect_timeout"] <= 3
    assert "statement_timeout" not in options.get("options", "")


def test_the_statement_timeout_is_configurable_and_can_be_turned_off():
    faster = database_options("liangjiang.wsgi", DATABASE_STATEMENT_TIMEOUT_MS="2500")
    off = database_options("liangjiang.wsgi", DATABASE_STATEMENT_TIMEOUT_MS="0")
    assert faster["options"] == "-c statement_timeout=2500"
    assert "options" not in off


@pytest.mark.django_db
def test_a_refused_database_gives_the_503_page_with_retry_after(client, sections, caplog):
    with closed_port() as port, default_connection(postgres_connection(port)):
        response = client.get("/en/news/")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert '<html lang="en">' in html and TEXT in html
    assert '<section lang="zh-hans">' not in html
    # Nothing of the error reaches the visitor (it names hosts and ports); the log has one line.
    assert "127.0.0.1" not in html and "refused" not in html and "Error" not in html
    logged = [r for r in caplog.records if r.name == "portal.health"]
    assert [r.levelno for r in logged] == [logging.ERROR]
    assert "Connection refused" in logged[0].getMessage() and logged[0].exc_info is None


@pytest.mark.django_db
def test_a_hanging_database_gives_the_503_page_within_5_s(client, sections, web_options):
    """A server that accepts the connection and never answers: libpq's connect_timeout covers the
    whole handshake, so the request ends after it (without it: for as long as TCP waits, minutes)."""
    with silent_server() as port, default_connection(postgres_connection(port, web_options)):
        started = time.monotonic()
        response = client.get("/en/")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert elapsed < 5


@pytest.mark.django_db
def test_the_503_page_is_in_the_language_of_the_address(client, sections):
    with closed_port() as port, default_connection(postgres_connection(port)):
        response = client.get("/zh-hans/news/local/")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Content-Language"] == "zh-hans"
    assert '<html lang="zh-hans">' in html
    assert in_chinese(TEXT) in html and "两江新区" in html
    assert '<section lang="en">' not in html


@pytest.mark.django_db
def test_the_admin_gets_the_same_503_in_the_browsers_language_or_in_both(admin_client):
    with closed_port() as port, default_connection(postgres_connection(port)):
        chinese = admin_client.get("/admin/portal/article/", headers={"accept-language": "zh-CN"})
        unknown = admin_client.get("/admin/portal/article/", headers={"accept-language": "fr"})
    assert chinese.status_code == unknown.status_code == 503
    assert chinese["Retry-After"] == unknown["Retry-After"] == "30"
    assert chinese["Content-Language"] == "zh-hans"
    both = unknown.content.decode()
    assert '<section lang="en">' in both and '<section lang="zh-hans">' in both
    assert TEXT in both and "Liangjiang New Area · 两江新区" in both


@pytest.mark.django_db
def test_a_404_whose_menus_need_the_database_gives_the_503_page(client, sections):
    with closed_port() as port, default_connection(postgres_connection(port)):
        response = client.get("/en/no/such/page/at/all/")
    assert response.status_code == 503
    assert TEXT in response.content.decode()


def test_a_database_error_outside_a_view_gives_the_503_page_not_the_500(rf):
    from portal.views.errors import server_error

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(rf.get("/zh-hans/"))  # Django calls it from its own except block
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert in_chinese(TEXT) in response.content.decode()


@pytest.mark.django_db
def test_the_site_recovers_without_a_restart(client, sections):
    with closed_port() as port, default_connection(postgres_connection(port)):
        assert client.get("/en/news/").status_code == 503
    response = client.get("/en/news/")  # the database is back
    assert response.status_code == 200
    assert "Retry-After" not in response


@pytest.mark.django_db
@pytest.mark.postgresql
def test_the_same_connection_recovers_when_postgresql_answers_again(client):
    live = connection.settings_dict
    with closed_port() as port, default_connection(postgres_connection(port)) as dead:
        assert client.get("/readyz").status_code == 503
        # PostgreSQL is back where the connection points: no restart, no new settings object.
        dead.settings_dict.update(
            {key: live[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")}
        )
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["database"] == "ok"


@pytest.mark.django_db
@pytest.mark.postgresql
def test_a_statement_over_the_timeout_is_cancelled_and_gives_the_503_page(client, settings):
    settings.ROOT_URLCONF = __name__
    live = connection.settings_dict
    limited = postgres_connection(
        live["PORT"] or 5432,
        options={"connect_timeout": 2, "options": "-c statement_timeout=200"},
        **{key: live[key] for key in ("NAME", "USER", "PASSWORD", "HOST")},
    )
    with default_connection(limited):
        started = time.monotonic()
        response = client.get("/slow/")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert elapsed < 2  # cancelled at 0.2 s, not slept for 2
