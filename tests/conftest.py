import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run under a
# running loop unless told it is safe (it is: the loop belongs to Playwright, not to our code).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LANGUAGES = ["en", "zh-hans"]


def pytest_collection_modifyitems(config, items):
    """Leave out what this run cannot or need not do, as deselected tests, never as skips (CI fails
    on a skip): PostgreSQL-only tests when the suite runs on SQLite, and the stack's tests when
    SKIP_STACK_TESTS is set (.ci/run runs them once, in its first pass; they use PostgreSQL anyway)."""
    from django.db import connection

    def left_out(item):
        if "postgresql" in item.keywords and connection.vendor != "postgresql":
            return True
        return "stack" in item.keywords and os.environ.get("SKIP_STACK_TESTS")

    deselected = [item for item in items if left_out(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not left_out(item)]


@pytest.fixture(autouse=True)
def english_first():
    """Each test starts in English: a request in Chinese leaves its language active in the thread,
    and get_absolute_url() follows the active language."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Every test writes uploads and renditions into its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture
def sections(db):
    """The portal's whole navigation, as the demo content command creates it."""
    from portal.demo.loader import load_sections
    from portal.models import Section

    load_sections()
    return Section.objects.all()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: pages and fragments cached by an earlier test describe
    a database that test has rolled back."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
