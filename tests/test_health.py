"""The load balancer's probes: /healthz (the process answers) and /readyz (database, cache, storage)."""

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage

from tests.dead_database import closed_port, default_connection, postgres_connection


def assert_never_kept(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_healthz_answers_without_the_database(client):
    # No django_db mark: any query would raise. And the database is down anyway.
    with closed_port() as port, default_connection(postgres_connection(port)):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")
    assert_never_kept(response)


@pytest.mark.django_db
def test_readyz_checks_database_cache_and_storage(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert_never_kept(response)


@pytest.mark.django_db
def test_readyz_names_a_dead_database_without_its_address(client, caplog):
    with closed_port() as port, default_connection(postgres_connection(port)):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "failed",
        "checks": {"database": "failed", "cache": "ok", "storage": "ok"},
    }
    assert str(port) not in response.content.decode()
    assert_never_kept(response)
    assert any("Readiness check database failed" in r.getMessage() for r in caplog.records)


@pytest.mark.django_db
@pytest.mark.parametrize("check", ["cache", "storage"])
def test_readyz_names_a_failing_cache_or_storage(client, monkeypatch, check):
    def refuse(*args, **kwargs):
        raise ConnectionError("redis://:hunter2@cache.internal:6379 refused")

    if check == "cache":
        monkeypatch.setattr(cache, "set", refuse)
    else:
        monkeypatch.setattr(default_storage, "exists", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        check: "failed",
    }
    assert "hunter2" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_probes_are_never_served_from_the_page_cache(client, settings, url):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(url)
    second = client.get(url, headers={"if-none-match": first.get("ETag", "*")})
    assert first.status_code == second.status_code == 200
    assert "X-Cache" not in second and "ETag" not in second
    assert_never_kept(second)


def test_probes_refuse_writes(client):
    assert client.post("/healthz").status_code == 405
