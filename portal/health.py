"""Health: the probes a load balancer asks (`/healthz`, `/readyz`), and the calm answer when the
database is down or hanging (the bilingual 503 page, with Retry-After, in seconds not minutes).

One place knows what "the database is unavailable" looks like: an OperationalError (refused, reset,
timed out connecting, or a statement cancelled by PostgreSQL's statement_timeout) or an InterfaceError
(a connection that is already gone). Django wraps psycopg2's and sqlite3's errors in its own; the
driver's own classes are listed too, for code that talks to a raw connection.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

try:
    import psycopg2
except ImportError:  # pragma: no cover - psycopg2-binary is a dependency
    DRIVER_ERRORS = ()
else:
    DRIVER_ERRORS = (psycopg2.OperationalError, psycopg2.InterfaceError)

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError, *DRIVER_ERRORS)
RETRY_AFTER = 30  # seconds: what the 503 asks browsers, crawlers and the CDN to wait


def is_database_unavailable(error):
    return isinstance(error, DATABASE_UNAVAILABLE)


def _language(request):
    """The visitor's language for the 503 page: the address's prefix, else the language cookie, else
    the browser's Accept-Language; None when none of them names one of ours (the page is in both).
    LocaleMiddleware's choice cannot tell "asked for English" from "asked for nothing"."""
    language = translation.get_language_from_path(request.path_info)
    if language:
        return language
    wanted = [request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or ""]
    wanted += [
        code for code, _q in parse_accept_lang_header(request.headers.get("Accept-Language", ""))
    ]
    for code in wanted:
        if code and code != "*":
            try:
                return translation.get_supported_language_variant(code)
            except LookupError:
                continue
    return None


def unavailable(request):
    """The branded 503 page: standalone (no database, no context processors), in the visitor's
    language, or in English and Chinese when we cannot tell which."""
    language = _language(request)
    codes = [language] if language else [code for code, _name in settings.LANGUAGES]
    html = loader.get_template("503.html").render(
        {"languages": codes, "lang": codes[0], "retry": request.get_full_path()}
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"  # neither the page cache nor a CDN keeps an outage
    if language:
        response["Content-Language"] = language
    return response


def _drop_broken_connections():
    """Close the connections this request opened, so the next request connects afresh rather than
    reusing a dead one (CONN_MAX_AGE keeps them otherwise). A connection inside a transaction is left
    to the code that opened it (its atomic block rolls back and closes it)."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            try:
                connection.close()
            except Exception:  # closing a dead connection may itself fail: it is gone either way
                logger.debug("Closing %s failed", connection.alias, exc_info=True)


def _one_line(error):
    """`OperationalError: connection to server … failed: Connection refused`, for the log."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def database_unavailable_response(request, error):
    """Log the outage (one line, no traceback: during an outage every request has the same one) and
    answer with the 503 page. The visitor sees no error text: it may hold host names."""
    logger.error(
        "Database unavailable for %s %s: %s", request.method, request.path, _one_line(error)
    )
    _drop_broken_connections()
    return unavailable(request)


class DatabaseUnavailableMiddleware:
    """Turn a database outage raised by a view (or while its template renders: querysets are lazy)
    into the 503 page, for the public site and the admin alike. Failures outside views (another
    middleware, the 404 handler) reach `portal.views.errors`, which answers the same way."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return database_unavailable_response(request, exception)
        return None


@never_cache
@require_safe
def healthz(request):
    """Liveness: the process answers. Touches nothing else, so a database outage never makes the
    load balancer restart healthy app servers."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def _check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _check_cache():
    key, token = "health:readyz", uuid.uuid4().hex
    cache.set(key, token, 30)
    return cache.get(key) == token


def _check_storage():
    default_storage.exists("health-probe")  # S3: a HEAD request; answers False, or raises
    return True


CHECKS = {"database": _check_database, "cache": _check_cache, "storage": _check_storage}


@never_cache
@require_safe
def readyz(request):
    """Readiness: can this server answer pages? The database (SELECT 1), the cache (a write read
    back) and media storage (a look-up), each "ok" or "failed". 503 if any failed. The answer names
    the check only: error texts can hold host names or connection strings, so they go to the log."""
    results = {}
    for name, check in CHECKS.items():
        try:
            ok = check()
        except Exception as error:  # whatever the backend raises: the probe reports, never fails
            logger.error("Readiness check %s failed: %s", name, _one_line(error))
            if name == "database":
                _drop_broken_connections()
            ok = False
        results[name] = "ok" if ok else "failed"
    ready = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "failed", "checks": results}, status=200 if ready else 503
    )
