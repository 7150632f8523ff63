"""Renditions are made once: racing requests make one file, and pages after the first ask storage
nothing (with media on S3, each question would be an HTTP request per picture and width)."""

import logging
import threading
import time
from collections import Counter
from io import BytesIO

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from portal import images
from portal.images import make_rendition, renditions


@pytest.fixture
def stored_jpeg(media_root):
    buffer = BytesIO()
    Image.new("RGB", (1200, 800), "navy").save(buffer, "JPEG")
    return default_storage.save("articles/2026/11/picture.jpg", ContentFile(buffer.getvalue()))


@pytest.fixture
def storage_calls(monkeypatch):
    """Every call to the storage's file methods, counted by name."""
    calls = Counter()
    for method in ("exists", "open", "save", "delete", "size", "listdir"):
        original = getattr(default_storage, method)

        def counted(*args, _original=original, _method=method, **kwargs):
            calls[_method] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(default_storage, method, counted)
    return calls


def rendition_files(media_root):
    return sorted(path.name for path in (media_root / "renditions").rglob("*") if path.is_file())


def test_a_page_after_the_first_asks_storage_nothing(stored_jpeg, media_root, storage_calls):
    first = renditions(stored_jpeg, 1200, 800)
    assert [width for _url, width, _h in first] == [320, 640, 960, 1200]
    assert storage_calls["save"] == 3
    storage_calls.clear()
    assert renditions(stored_jpeg, 1200, 800) == first
    assert storage_calls == Counter()


@pytest.mark.django_db
def test_a_second_article_page_asks_storage_nothing(client, sections, media_root, storage_calls):
    from portal.models import Section
    from tests.factories import ArticleFactory

    article = ArticleFactory.build(section=Section.objects.get(slug="local"))
    buffer = BytesIO()
    Image.new("RGB", (1200, 800), "teal").save(buffer, "JPEG")
    article.cover.save("cover.jpg", ContentFile(buffer.getvalue()), save=False)
    article.cover_alt_en = "A cover"
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert len(rendition_files(media_root)) == 3
    storage_calls.clear()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and "-320w.jpg 320w" in response.content.decode()
    assert storage_calls == Counter()


def test_requests_racing_for_a_rendition_make_one_file(stored_jpeg, media_root, monkeypatch):
    drawn = Counter()
    draw = images._draw

    def slow_draw(name, width):
        drawn[width] += 1
        time.sleep(0.3)  # long enough for every racer to arrive while the first one draws
        return draw(name, width)

    monkeypatch.setattr(images, "_draw", slow_draw)
    start, results = threading.Barrier(4), []

    def racer():
        start.wait()
        results.append(make_rendition(stored_jpeg, 320))

    threads = [threading.Thread(target=racer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["renditions/articles/2026/11/picture-320w.jpg"] * 4
    assert drawn == Counter({320: 1})
    assert rendition_files(media_root) == ["picture-320w.jpg"]  # no picture-320w_AbC12xy.jpg


def test_a_page_waits_briefly_for_another_requests_rendition_then_shows_the_original(
    stored_jpeg, monkeypatch
):
    monkeypatch.setattr(images, "LOCK_WAIT", 0.2)
    target = images.rendition_name(stored_jpeg, 320)
    lock = images._cache_key("lock", target)
    cache.add(lock, 1, 60)  # another request is making it, and slowly
    try:
        started = time.monotonic()
        options = renditions(stored_jpeg, 1200, 800)
        assert time.monotonic() - started < 1
    finally:
        cache.delete(lock)
    assert [width for _url, width, _h in options] == [1200]


def test_a_rendition_in_storage_but_not_in_the_cache_is_not_made_again(
    stored_jpeg, media_root, storage_calls
):
    renditions(stored_jpeg, 1200, 800)
    cache.clear()  # a restarted Redis, an expired mark
    storage_calls.clear()
    renditions(stored_jpeg, 1200, 800)
    assert storage_calls == Counter({"exists": 3})
    assert len(rendition_files(media_root)) == 3


def test_a_broken_original_shows_alone_and_is_not_retried_on_every_page(
    media_root, storage_calls, caplog
):
    name = default_storage.save("articles/2026/11/broken.jpg", ContentFile(b"not a picture"))
    with caplog.at_level(logging.WARNING, logger="portal.images"):
        assert [w for _u, w, _h in renditions(name, 1200, 800)] == [1200]
    assert "No rendition of articles/2026/11/broken.jpg" in caplog.text
    storage_calls.clear()
    assert [w for _u, w, _h in renditions(name, 1200, 800)] == [1200]
    assert storage_calls == Counter()


@pytest.mark.parametrize("failure", ["raises", "answers no"])
def test_with_the_cache_down_renditions_come_from_storage_without_waiting(
    stored_jpeg, media_root, monkeypatch, failure
):
    """A Redis that is down either raises or (portal.cache's resilient one) answers "no" to all."""

    def down(default):
        def method(*args, **kwargs):
            if failure == "raises":
                raise ConnectionError("Redis is down")
            return default

        return method

    for method, default in (("get", None), ("get_many", {}), ("add", False), ("set", None)):
        monkeypatch.setattr(cache, method, down(default))
    monkeypatch.setattr(cache, "delete", down(False))
    started = time.monotonic()
    assert [w for _u, w, _h in renditions(stored_jpeg, 1200, 800)] == [320, 640, 960, 1200]
    assert [w for _u, w, _h in renditions(stored_jpeg, 1200, 800)] == [320, 640, 960, 1200]
    assert time.monotonic() - started < images.LOCK_WAIT
    assert len(rendition_files(media_root)) == 3


def test_a_picture_saved_from_bare_bytes_keeps_its_size_so_pages_need_not_open_it(media_root):
    """Django measures the content given to save(); a ContentFile without a name measured as no file,
    left the width and height empty, and every page then opened the file to measure it."""
    from portal.models import Article

    buffer = BytesIO()
    Image.new("RGB", (1200, 800), "olive").save(buffer, "JPEG")
    article = Article()
    article.cover.save("cover.jpg", ContentFile(buffer.getvalue()), save=False)
    assert (article.cover_width, article.cover_height) == (1200, 800)
