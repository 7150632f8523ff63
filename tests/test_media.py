"""Media served by Django where no web server sits in front (SERVE_MEDIA, `make run`): byte ranges,
so videos seek in every browser, and the same security headers nginx sends (deploy/). Media in an
object store: URLs without any request to the store."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

VIDEO = bytes(range(256)) * 40  # 10,240 bytes that differ from one position to the next
SIZE = len(VIDEO)
URL = "/media/videos/2026/01/clip.webm"

# Media needs no database, but the 404 page reads the menus, and every finished request lets Django
# check its connections.
pytestmark = pytest.mark.django_db


@pytest.fixture
def video(media_root):
    path = Path(media_root) / "videos" / "2026" / "01" / "clip.webm"
    path.parent.mkdir(parents=True)
    path.write_bytes(VIDEO)
    return path


def body(response):
    try:
        return b"".join(response.streaming_content) if response.streaming else response.content
    finally:
        response.close()


def test_whole_file_says_it_accepts_ranges_and_is_never_a_page(client, video):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/webm"
    assert response["Content-Length"] == str(SIZE)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert body(response) == VIDEO


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-0", 0, 0),
        ("bytes=100-1099", 100, 1099),
        ("bytes=10000-", 10000, SIZE - 1),  # from a position to the end (how browsers seek)
        ("bytes=0-", 0, SIZE - 1),  # Chrome's first request for a video
        ("bytes=-240", SIZE - 240, SIZE - 1),  # the last 240 bytes
        ("bytes=-99999", 0, SIZE - 1),  # a suffix longer than the file: all of it
        ("bytes=10200-99999", 10200, SIZE - 1),  # an end past the file: up to its end
        ("Bytes=5-9", 5, 9),  # the unit is case-insensitive
    ],
)
def test_one_range_is_answered_with_206(client, video, header, start, end):
    response = client.get(URL, headers={"range": header})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{SIZE}"
    assert response["Content-Length"] == str(end - start + 1)
    assert response["Content-Type"] == "video/webm"
    assert response["Accept-Ranges"] == "bytes"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "Last-Modified" in response
    assert body(response) == VIDEO[start : end + 1]


@pytest.mark.parametrize("header", [f"bytes={SIZE}-", f"bytes={SIZE + 5}-{SIZE + 10}", "bytes=-0"])
def test_a_range_past_the_end_is_416(client, video, header):
    response = client.get(URL, headers={"range": header})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{SIZE}"


@pytest.mark.parametrize(
    "header",
    [
        "bytes=0-1,5-6",  # several ranges: a server may send the whole file instead
        "bytes=9-2",  # last before first: invalid, so ignored
        "bytes=-",
        "bytes=a-b",
        "items=0-10",
        "bytes=" + "9" * 5000 + "-",  # no 500 for an absurd number
        "",
    ],
)
def test_other_range_headers_get_the_whole_file(client, video, header):
    response = client.get(URL, headers={"range": header})
    assert response.status_code == 200
    assert body(response) == VIDEO


def test_if_range_resumes_only_the_same_file(client, video):
    last_modified = body_and_header(client.get(URL), "Last-Modified")
    same = client.get(URL, headers={"range": "bytes=10-19", "if-range": last_modified})
    assert same.status_code == 206
    assert body(same) == VIDEO[10:20]
    changed = client.get(
        URL, headers={"range": "bytes=10-19", "if-range": "Thu, 01 Jan 2015 00:00:00 GMT"}
    )
    assert changed.status_code == 200
    assert body(changed) == VIDEO


def body_and_header(response, name):
    body(response)
    return response[name]


def test_unmodified_file_is_304(client, video):
    last_modified = body_and_header(client.get(URL), "Last-Modified")
    response = client.get(URL, headers={"if-modified-since": last_modified, "range": "bytes=0-9"})
    assert response.status_code == 304


def test_missing_files_and_paths_outside_media_are_404(
    client, video, db
):  # the 404 page reads the menus
    assert client.get("/media/videos/2026/01/other.webm").status_code == 404
    assert client.get("/media/../pyproject.toml").status_code in (400, 404)  # suspicious: 400


def test_media_in_an_object_store_is_never_served_by_django(client, video, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert client.get(URL).status_code == 404


def test_object_store_urls_are_media_url_and_name_without_a_request():
    """MEDIA_STORAGE=s3 selects portal.storage.MediaStorage; its URLs are /media/<name>, made
    without a request (the endpoint is a closed port: any request would fail)."""
    code = (
        "from django.conf import settings\n"
        "from django.core.files.storage import default_storage as s\n"
        "print(s.__class__.__name__, s.bucket_name, s.client_config.s3['addressing_style'])\n"
        "print(s.url('uploads/2026/01/a b.jpg'))\n"
        "print(s.url('renditions/articles/x-320w.jpg'))\n"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "liangjiang.settings.prod",
        "DJANGO_SECRET_KEY": "test",
        "MEDIA_STORAGE": "s3",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9",
        "AWS_STORAGE_BUCKET_NAME": "media-bucket",
        "AWS_ACCESS_KEY_ID": "key",
        "AWS_SECRET_ACCESS_KEY": "secret",
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "MediaStorage media-bucket path",
        "/media/uploads/2026/01/a%20b.jpg",
        "/media/renditions/articles/x-320w.jpg",
    ]
