import subprocess
import sys

import pytest
from django.conf import settings

from tests.html import breadcrumb


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, language",
    [
        ("/en/no-such-page/", "en"),
        ("/en/news/no-such-item/", "en"),
        ("/en/no-such-menu/local/", "en"),
        ("/en/news/local/extra/deeper/", "en"),
        ("/zh-hans/no-such-page/", "zh-hans"),
        ("/zh-hans/news/no-such-item/", "zh-hans"),
        ("/en/news/Local%20News/", "en"),
        ("/en/%00/", "en"),
        ("/en/news/%E4%B8%AD%E6%96%87/", "en"),
    ],
)
def test_unknown_paths_give_a_styled_404_in_the_visitors_language(client, sections, path, language):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    if language == "zh-hans":
        assert "页面未找到" in html
        assert breadcrumb(response) == ["首页", "页面未找到"]
    else:
        assert "Page not found" in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/news/local/", "/zh/news/", "/de/", "/xx/yy/zz/"])
def test_unknown_language_prefixes_end_in_a_404(client, sections, path):
    response = client.get(path, follow=True, headers={"accept-language": "zh-CN"})
    assert response.status_code == 404
    assert '<html lang="zh-hans">' in response.content.decode()


@pytest.mark.django_db
def test_unknown_path_without_prefix_uses_the_visitors_language(client, sections):
    response = client.get("/no-such-page/", follow=True, headers={"accept-language": "zh-CN"})
    assert response.status_code == 404
    assert "页面未找到" in response.content.decode()


def test_server_error_page_needs_no_database(rf):
    from portal.views.errors import server_error

    response = server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert "服务器出错" in response.content.decode()


def test_debug_is_off_unless_set():
    code = "import liangjiang.settings.dev as s; print(s.DEBUG)"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR)}
    off = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    on = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
    )
    assert (off.stdout.strip(), on.stdout.strip()) == ("False", "True")


def test_production_refuses_to_start_without_a_secret_key():
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR)}
    result = subprocess.run(
        [sys.executable, "-c", "import liangjiang.settings.prod"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_redis_url_selects_the_shared_cache():
    code = "import liangjiang.settings.dev as s; c = s.CACHES['default']; print(c['BACKEND'], c.get('LOCATION'))"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR)}
    shared = subprocess.run(
        [sys.executable, "-c", code], env={**env, "REDIS_URL": "redis://127.0.0.1:6379/1"},
        capture_output=True, text=True,
    )  # fmt: skip
    local = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert shared.stdout.split() == [
        "portal.cache.ResilientRedisCache",
        "redis://127.0.0.1:6379/1",
    ]
    assert local.stdout.split()[0] == "django.core.cache.backends.locmem.LocMemCache"
