"""Error pages and media serving. 404 renders in the site's layout and the visitor's language;
500 renders a standalone page that needs neither the database nor context processors, and so does
503 when the database is unavailable (portal/health.py)."""

import re
import sys

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.static import serve

from portal.health import (
    DATABASE_UNAVAILABLE,
    database_unavailable_response,
    is_database_unavailable,
)
from portal.views.legacy import LANGUAGE_PREFIXES, address_words, old_address_redirect


def page_not_found(request, exception=None):
    """The site's 404 page; for an address of the old site the address map knows, its redirect
    instead (portal/views/legacy.py), and for one it does not, a search for the address's words."""
    try:
        moved = old_address_redirect(request)
        if moved is not None:
            return moved
        ours = request.path.startswith(LANGUAGE_PREFIXES)
        context = {"search_words": "" if ours else address_words(request.path)}
        return render(request, "404.html", context, status=404)  # its menus come from the database
    except DATABASE_UNAVAILABLE as error:
        return database_unavailable_response(request, error)


def server_error(request):
    # A database outage outside a view (in a middleware, say) ends here too: it gets the 503 page.
    error = sys.exc_info()[1]
    if is_database_unavailable(error):
        return database_unavailable_response(request, error)
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())


MEDIA_CSP = "default-src 'none'"  # as nginx sends for /media/ (deploy/): an upload is never a page
# One range of bytes (RFC 9110 §14.1.2): "bytes=0-499", "bytes=500-", "bytes=-500". At most 18
# digits, so an absurd number is a malformed header (the whole file), never an error.
BYTE_RANGE = re.compile(r"bytes=(\d{0,18})-(\d{0,18})", re.IGNORECASE)


class RangeNotSatisfiable(ValueError):
    pass


def serve_media(request, path):
    """Uploaded files on disk, where no web server sits in front (SERVE_MEDIA, as in `make run`).

    SecurityMiddleware adds `X-Content-Type-Options: nosniff` and we add a `default-src 'none'` CSP,
    so a browser never reads an upload as anything but its type. One byte range is answered with 206
    (Django's own `serve` has none): a video seeks in every browser, and Safari plays nothing
    without it. Media in an object store is never served from here: the web server proxies it.
    """
    if not isinstance(default_storage, FileSystemStorage):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response.headers["Content-Security-Policy"] = MEDIA_CSP
    if response.status_code != 200:
        return response  # 304 Not Modified
    response.headers["Accept-Ranges"] = "bytes"
    header = request.headers.get("Range")
    if_range = request.headers.get("If-Range")
    if (
        request.method != "GET"
        or not header
        or (if_range and if_range != response["Last-Modified"])
    ):
        return response  # no range asked, or the file changed since the client's first part
    size = int(response["Content-Length"])
    try:
        byte_range = parse_byte_range(header, size)
    except RangeNotSatisfiable:
        response.close()
        refusal = HttpResponse(status=416)
        refusal.headers["Content-Range"] = f"bytes */{size}"
        return refusal
    if byte_range is None:
        return response
    start, end = byte_range
    partial = FileResponse(
        FileSlice(response.file_to_stream, start, end - start + 1),
        status=206,
        content_type=response["Content-Type"],
    )
    for name in ("Last-Modified", "Content-Encoding", "Content-Security-Policy", "Accept-Ranges"):
        if name in response:
            partial.headers[name] = response[name]
    partial.headers["Content-Length"] = str(end - start + 1)
    partial.headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return partial


def parse_byte_range(header, size):
    """(first, last) byte, both included, of the one range a Range header asks of `size` bytes.

    None means "send the whole file": a malformed header, or several ranges, which a server may
    answer in full (RFC 9110 §14.2). A range that starts past the end raises RangeNotSatisfiable.
    """
    match = BYTE_RANGE.fullmatch(header.strip())
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        if last and int(last) < start:
            return None
        if start >= size:
            raise RangeNotSatisfiable(header)
        return start, min(int(last), size - 1) if last else size - 1
    suffix = int(last)  # the last `suffix` bytes
    if suffix == 0 or size == 0:
        raise RangeNotSatisfiable(header)
    return max(size - suffix, 0), size - 1


class FileSlice:
    """`length` bytes of an open file from `start`: what FileResponse streams (and closes) for 206."""

    def __init__(self, file, start, length):
        file.seek(start)
        self.file, self.remaining = file, length

    def read(self, size=-1):
        size = self.remaining if size < 0 else min(size, self.remaining)
        data = self.file.read(size)
        self.remaining -= len(data)
        return data

    def close(self):
        self.file.close()
