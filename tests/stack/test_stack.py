"""The production shape, end to end (deploy/stack.sh): nginx in front of two gunicorn app servers
with prod settings, PostgreSQL, Redis and SeaweedFS below. What one server does, the other and nginx
see on the next request; slow clients and a stopped server do not hurt anyone else.

The tests run in this order and the last one stops an app server."""

import io
import os
import re
import select
import signal
import socket
import time
import uuid

import pytest
from PIL import Image

from tests.stack.client import AdminSession, get, request

pytestmark = pytest.mark.stack


def article_ids(port, count):
    """Ids of the first `count` articles listed in News > Local."""
    page = get(port, "/en/news/local/")
    assert page.status == 200
    ids = list(dict.fromkeys(re.findall(r'href="/en/news/local/(\d+)/', page.text)))
    assert len(ids) >= count, "News > Local lists too few articles"
    return ids[:count]


def new_title():
    return f"Stack test {uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="module")
def admin(stack):
    """An admin session through the first app server, logged in with the stack's ADMIN_PASSWORD."""
    session = AdminSession(stack.app_servers[0])
    session.log_in("admin", stack.admin_password)
    return session


def picture(format_, size=(1400, 900)):
    image = Image.new("RGB", size, (40, 110, 170))
    image.paste((230, 180, 40), (100, 100, 700, 500))
    buffer = io.BytesIO()
    image.save(buffer, format_)
    return buffer.getvalue()


def test_nginx_serves_precompressed_immutable_static_files(stack):
    page = get(stack.nginx, "/en/")
    assert page.status == 200
    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', page.text).group(1)
    for encoding in ("br", "gzip"):
        response = get(stack.nginx, stylesheet, {"Accept-Encoding": encoding})
        assert response.status == 200
        assert response.headers.get("content-encoding") == encoding
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "accept-encoding" in response.headers.get("vary", "").lower()


def test_a_video_seeks_through_nginx(stack):
    """The object store answers byte ranges through nginx: 206, and 416 past the end."""
    listing = get(stack.nginx, "/en/news/video/")
    story = re.search(r'href="(/en/news/video/\d+/)"', listing.text).group(1)
    video = re.search(r'src="(/media/videos/[^"]+)"', get(stack.nginx, story).text).group(1)
    whole = get(stack.nginx, video)
    assert whole.status == 200
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["x-content-type-options"] == "nosniff"
    assert whole.headers["content-security-policy"] == "default-src 'none'"
    part = get(stack.nginx, video, {"Range": "bytes=100-199"})
    assert part.status == 206
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole.body)}"
    assert part.body == whole.body[100:200]
    assert get(stack.nginx, video, {"Range": f"bytes={len(whole.body)}-"}).status == 416
    # The bucket is read by name only: no listing, through nginx or otherwise.
    assert get(stack.nginx, "/media/").status == 404
    assert get(stack.nginx, "/media/videos/?list-type=2").status == 404


def test_an_edit_through_one_server_shows_on_the_other_and_through_nginx(stack, admin):
    (article,) = article_ids(stack.nginx, 1)
    path = f"/en/news/local/{article}/"
    title = new_title()
    admin.change_article(article, {"title_en": title})
    for port in (stack.app_servers[1], stack.nginx, stack.app_servers[0]):
        page = get(port, path)
        assert page.status == 200
        assert title in page.text, f"the new title is not on :{port}{path}"


def test_a_cached_page_is_invalidated_on_every_server(stack, admin):
    """Pages cached on both servers (and through nginx) show an edit on the next request: the
    content version lives in the shared Redis, not in either server's memory."""
    article = article_ids(stack.nginx, 2)[1]
    listing = "/en/news/local/"
    ports = (*stack.app_servers, stack.nginx)
    for _ in range(2):  # the second request of each is served from the page cache
        for port in ports:
            assert get(port, listing).status == 200
    title = new_title()
    admin.change_article(article, {"title_en": title})
    for port in ports:
        page = get(port, listing)
        assert page.status == 200
        assert title in page.text, f"the cached list on :{port} still shows the old title"


def test_an_image_uploaded_through_one_server_is_served_everywhere(stack, admin):
    # The editor's upload through the first server, read back through nginx from the object store.
    answer = admin.upload_image(picture("PNG", (64, 48)))
    assert answer["uploaded"] == 1, answer
    url = answer["url"]
    assert url.startswith("/media/uploads/")
    image = get(stack.nginx, url)
    assert image.status == 200
    assert image.headers["content-type"] == "image/png"
    assert image.headers["x-content-type-options"] == "nosniff"
    assert image.headers["content-security-policy"] == "default-src 'none'"
    assert Image.open(io.BytesIO(image.body)).size == (64, 48)

    # A cover uploaded through the first server; the second renders the page (its renditions read
    # the original from the store), and every picture on that page comes through nginx.
    article = article_ids(stack.nginx, 3)[2]
    path = f"/en/news/local/{article}/"
    before = set(re.findall(r"/media/[^\"' ,]+", get(stack.app_servers[1], path).text))
    admin.change_article(
        article,
        {"cover_alt_en": "A test picture: an orange square on blue"},
        files={"cover": ("cover.jpg", picture("JPEG"), "image/jpeg")},
    )
    page = get(stack.app_servers[1], path)
    assert page.status == 200
    pictures = set(re.findall(r"/media/[^\"' ,]+", page.text)) - before
    assert any("/articles/" in url for url in pictures), "the new cover is not on the page"
    for url in pictures:
        response = get(stack.nginx, url)
        assert response.status == 200, url
        assert response.headers["content-type"] == "image/jpeg", url


def test_slow_clients_do_not_delay_anyone_else(stack):
    """Twenty clients that send a request body at one byte a second hold nginx's connections, not
    the app servers': a normal page through nginx still answers within a second."""
    assert get(stack.nginx, "/en/news/").status == 200  # warm: the timing below is the page's own
    slow = []
    try:
        for _ in range(20):
            client = socket.create_connection(("127.0.0.1", stack.nginx), timeout=5)
            client.sendall(
                f"POST /en/ HTTP/1.1\r\nHost: 127.0.0.1:{stack.nginx}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n".encode()
            )
            slow.append(client)
        deadline = time.monotonic() + 6  # bounded: six seconds of trickling, five pages timed
        timings = []
        next_page = time.monotonic() + 1
        while time.monotonic() < deadline:
            for client in slow:
                client.sendall(b"a")
            if time.monotonic() >= next_page and len(timings) < 5:
                started = time.monotonic()
                page = get(stack.nginx, "/en/news/", timeout=5)
                timings.append(time.monotonic() - started)
                assert page.status == 200
                next_page = time.monotonic() + 0.5
            time.sleep(max(0.0, min(1.0, deadline - time.monotonic())))
        assert len(timings) == 5
        assert max(timings) < 1.0, f"pages took {timings} s while slow clients were sending"
        # nginx has answered none of the slow requests: it is still waiting for their bodies.
        readable, _w, _x = select.select(slow, [], [], 0)
        assert not readable
    finally:
        for client in slow:
            client.close()


def test_nginx_keeps_answering_with_one_app_server_stopped(stack):
    """One app server stopped in the middle of a burst of requests, then gone: every request is
    answered by the other, none fails."""
    pidfile = stack.app_pidfile(stack.app_servers[1])
    pid = int(pidfile.read_text())
    paths = ["/en/", "/zh-hans/", "/en/news/", "/en/news/local/", "/en/about/introduction/"]
    statuses = []
    for number in range(40):
        if number == 10:
            os.kill(pid, signal.SIGTERM)  # gunicorn finishes what it has, then closes
        response = request(stack.nginx, "GET", paths[number % len(paths)], timeout=10)
        statuses.append(response.status)
    for _ in range(50):  # bounded: at most 10 s for the server to go
        if not process_alive(pid):
            break
        time.sleep(0.2)
    assert not process_alive(pid), "the app server did not stop"
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", stack.app_servers[1]), timeout=2).close()
    for number in range(30):
        statuses.append(request(stack.nginx, "GET", paths[number % len(paths)], timeout=10).status)
    assert statuses == [200] * 70


def process_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
