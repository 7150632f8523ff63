"""The page cache: what is cached, that no change is ever missed, conditional requests, and Redis."""

import datetime
import shutil
import socket
import subprocess
import time

import pytest
import time_machine
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import cache as page_cache
from portal.models import Article, Section
from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory

LOCAL = "/en/news/local/"


@pytest.fixture
def cached(settings, sections):
    """The page cache on, as in production."""
    settings.PAGE_CACHE_ENABLED = True
    return Section.objects.get(slug="local")


def get(client, path, **headers):
    response = client.get(path, headers=headers)
    return response, response.get("X-Cache")


def test_anonymous_pages_are_served_from_the_cache(client, cached):
    ArticleFactory(section=cached, title_en="Guoyuan Port opens a new berth")
    first, state = get(client, LOCAL)
    assert (first.status_code, state) == (200, "miss")
    with CaptureQueriesContext(connection) as queries:
        second, state = get(client, LOCAL)
    assert (second.status_code, state) == (200, "hit")
    assert len(queries) == 0  # a cached page costs no query
    assert second.content == first.content
    assert "Guoyuan Port opens a new berth" in second.content.decode()
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"]
    assert second["Cache-Control"] == "public, max-age=60, s-maxage=60, stale-while-revalidate=30"


def test_each_language_and_each_url_is_its_own_page(client, cached):
    ArticleFactory(section=cached, title_en="Berth", title_zh_hans="泊位")
    assert get(client, LOCAL)[1] == "miss"
    assert get(client, "/zh-hans/news/local/")[1] == "miss"
    assert "泊位" in get(client, "/zh-hans/news/local/")[0].content.decode()
    assert get(client, LOCAL + "?page=1")[1] == "miss"
    assert get(client, LOCAL)[1] == "hit"


def test_conditional_requests_get_304(client, cached):
    first, _state = get(client, LOCAL)
    not_modified = client.get(LOCAL, headers={"if-none-match": first["ETag"]})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    since = client.get(LOCAL, headers={"if-modified-since": first["Last-Modified"]})
    assert since.status_code == 304
    other = client.get(LOCAL, headers={"if-none-match": '"something-else"'})
    assert other.status_code == 200


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda a: (setattr(a, "title_en", "Renamed story"), a.save()), id="save"),
        pytest.param(
            lambda a: Article.objects.filter(pk=a.pk).update(title_en="Renamed story"), id="update"
        ),
        pytest.param(
            lambda a: ArticleFactory(section=a.section, title_en="Renamed story"), id="create"
        ),
    ],
)
def test_any_change_shows_on_the_next_request(client, cached, change):
    article = ArticleFactory(section=cached, title_en="First title")
    get(client, LOCAL)
    assert get(client, LOCAL)[1] == "hit"
    change(article)
    response, state = get(client, LOCAL)
    assert state == "miss"
    assert "Renamed story" in response.content.decode()


def test_head_requests_share_the_cached_page(client, cached):
    assert client.get(LOCAL)["X-Cache"] == "miss"
    head = client.head(LOCAL)
    assert (head.status_code, head["X-Cache"], head.content) == (200, "hit", b"")


def test_bulk_unpublish_in_the_admin_shows_on_the_next_request(client, cached, admin_user):
    """The admin's actions write with queryset.update(), which sends no signal."""
    article = ArticleFactory(section=cached, title_en="Withdrawn story")
    visitor = type(client)()
    assert "Withdrawn story" in visitor.get(LOCAL).content.decode()
    assert visitor.get(LOCAL)["X-Cache"] == "hit"
    client.force_login(admin_user)
    response = client.post(
        "/admin/portal/article/", {"action": "unpublish", "_selected_action": [article.pk]}
    )
    assert response.status_code == 302
    again = visitor.get(LOCAL)
    assert again["X-Cache"] == "miss"
    assert "Withdrawn story" not in again.content.decode()


def test_a_delete_shows_on_the_next_request(client, cached):
    article = ArticleFactory(section=cached, title_en="Soon gone")
    assert "Soon gone" in get(client, LOCAL)[0].content.decode()
    article.delete()
    assert "Soon gone" not in get(client, LOCAL)[0].content.decode()


def test_a_many_to_many_change_shows_on_the_next_request(client, cached):
    industry = IndustryFactory(slug="robots", name_en="Robots")
    enterprise = EnterpriseFactory(slug="acme", name_en="Acme Robotics")
    path = "/en/investing/industries/robots/"
    assert "Acme Robotics" not in get(client, path)[0].content.decode()
    assert get(client, path)[1] == "hit"
    enterprise.industries.add(industry)  # sends m2m_changed, not post_save
    response, state = get(client, path)
    assert state == "miss"
    assert "Acme Robotics" in response.content.decode()


def test_a_renamed_menu_shows_in_the_cached_header_and_footer(client, cached):
    before = get(client, LOCAL)[0].content.decode()
    assert before.count(">Local<") >= 2  # the menu and the footer
    cached.title_en = "Local news"
    cached.save()
    after = get(client, "/en/news/business/")[0].content.decode()
    assert ">Local news<" in after
    assert ">Local<" not in after


def test_the_header_marks_the_page_it_is_on(client, cached):
    """The header is a cached fragment per active item: each page marks its own."""
    local = get(client, LOCAL)[0].content.decode()
    business = get(client, "/en/news/business/")[0].content.decode()
    assert f'href="{LOCAL}" aria-current="page"' in local
    assert 'href="/en/news/business/" aria-current="page"' in business
    assert f'href="{LOCAL}" aria-current="page"' not in business


def test_a_scheduled_article_appears_at_its_time_on_cached_pages(client, cached):
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        ArticleFactory(
            section=cached,
            title_en="Embargoed story",
            published_at=now + datetime.timedelta(hours=2),
        )
        assert "Embargoed story" not in get(client, LOCAL)[0].content.decode()
        assert get(client, LOCAL)[1] == "hit"
    with time_machine.travel(now + datetime.timedelta(hours=2, seconds=1), tick=False):
        response, state = get(client, LOCAL)
        assert state == "miss"
        assert "Embargoed story" in response.content.decode()
        assert "Embargoed story" in get(client, "/en/")[0].content.decode()


def test_signed_in_staff_are_never_served_or_stored(client, cached, admin_user):
    ArticleFactory(section=cached, title_en="Public story")
    client.force_login(admin_user)
    response, state = get(client, LOCAL)
    assert response.status_code == 200
    assert state is None
    assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert get(client, LOCAL)[1] == "miss"  # the staff member's page was not kept


def test_a_draft_preview_is_private(client, cached, admin_user):
    draft = ArticleFactory(section=cached, status=Article.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(admin_user)
    preview = client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert "private" in preview["Cache-Control"]
    assert "X-Cache" not in preview


def test_errors_posts_and_the_admin_are_not_cached(client, cached):
    assert get(client, "/en/no-such-menu/")[0].status_code == 404
    assert get(client, "/en/no-such-menu/")[1] is None
    assert client.post(LOCAL).get("X-Cache") is None
    assert get(client, "/admin/login/")[1] is None


def test_the_language_cookie_is_set_but_not_kept_in_the_page(client, cached):
    first = client.get(LOCAL)
    assert first["X-Cache"] == "miss"
    assert first.cookies["django_language"].value == "en"
    fresh = type(client)()
    again = fresh.get("/zh-hans/news/local/")
    assert again.cookies["django_language"].value == "zh-hans"
    hit = fresh.get(LOCAL)
    assert hit["X-Cache"] == "hit"
    assert hit.cookies["django_language"].value == "en"  # set on a cached page too


def test_old_site_redirects_are_cached(client, cached):
    ArticleFactory(section=cached, legacy_url="/2020-03/03/content_37534041.htm")
    first = client.get("/2020-03/03/content_37534041.htm")
    assert (first.status_code, first["X-Cache"]) == (301, "miss")
    second = client.get("/2020-03/03/content_37534041.htm")
    assert (second.status_code, second["X-Cache"]) == (301, "hit")
    assert second["Location"] == first["Location"]


@pytest.mark.django_db
def test_changes_in_a_transaction_replace_the_version_once_more_at_commit(
    django_capture_on_commit_callbacks,
):
    from tests.factories import SectionFactory

    before = page_cache.content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article = ArticleFactory(section=SectionFactory())
        article.title_en = "Changed twice"
        article.save()
        during = page_cache.content_version()
    assert during != before
    assert len(callbacks) == 1
    assert page_cache.content_version() != during


# Redis: the shared cache, and what happens when it is down -----------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_server():
    """A Redis server of the test's own, on a free port, that the test may stop and start again."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")  # .ci/run installs it
    port = free_port()
    command = [
        binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
    ]

    class Server:
        url = f"redis://127.0.0.1:{port}/0"

        def start(self):
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                    return
                except OSError:
                    time.sleep(0.05)
            raise RuntimeError("redis-server did not start")

        def stop(self):
            self.process.terminate()
            self.process.wait(10)

    server = Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings, redis_server, monkeypatch):
    monkeypatch.setattr(page_cache.ResilientRedisCache, "RETRY_AFTER", 0.2)
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    yield redis_server
    caches["default"].close()


def test_pages_are_shared_through_redis(client, cached, redis_cache):
    ArticleFactory(section=cached, title_en="Kept in Redis")
    assert get(client, LOCAL)[1] == "miss"
    assert get(client, LOCAL)[1] == "hit"
    keys = subprocess.run(
        ["redis-cli", "-u", redis_cache.url, "--scan", "--pattern", "*portal:page:*"],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert len(keys) == 1


def test_redis_down_serves_pages_uncached_and_recovers(client, cached, redis_cache, caplog):
    ArticleFactory(section=cached, title_en="Still readable")
    assert get(client, LOCAL)[1] == "miss"
    redis_cache.stop()
    caches["default"].close()
    for _ in range(3):
        response, state = get(client, LOCAL)
        assert response.status_code == 200
        assert "Still readable" in response.content.decode()
    assert "Cache unavailable" in caplog.text
    redis_cache.start()
    time.sleep(0.3)  # RETRY_AFTER, shortened for the test
    assert get(client, LOCAL)[1] == "miss"
    assert get(client, LOCAL)[1] == "hit"
