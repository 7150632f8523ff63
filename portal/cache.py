"""The page cache and the content version: the one place that decides what is cached, under which key,
for how long, and when it is stale.

Pages are never deleted from the cache; they are outgrown. Every cache key carries the *content
version*, a token kept in the shared cache (Redis in production). Any change to public content
(a save, a delete, a many-to-many change, a queryset update or bulk write, an admin action) replaces
the token, so every app server builds new keys on its next request and the old pages simply expire:
correct across servers, one Redis read per request, no key scans (django CMS does the same).

A scheduled article needs no change to appear: the version remembers when the next scheduled
article goes public, and the first request after that moment replaces the token.

What is cached: anonymous GET and HEAD of public pages, per language and full URL, when the response
is a 200 that sets no cookie and is not marked private (and the old site's redirects, which views mark
with `@cache_redirects`). Never: a visitor with a session (staff, previews), POST, errors, the admin.
"""

import hashlib
import logging
import secrets
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

logger = logging.getLogger(__name__)

VERSION_KEY = "portal:content-version"
NEXT_PUBLISH_KEY = "portal:next-publish:{version}"  # a timestamp, or 0 when nothing is scheduled
PAGE_KEY = "portal:page:{version}:{language}:{url}"
NEVER_CACHED_PATHS = ("/admin/", "/i18n/", "/jsi18n/", "/healthz", "/readyz")
CACHED_STATUSES = (200,)
REDIRECT_STATUSES = (301, 302)
DATABASE_RETRY_SECONDS = 5


# The content version ----------------------------------------------------------------------------


def content_version():
    """The current content version token (made on first use, and again if the cache lost it)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_token(), timeout=None)  # one server's token wins
        # With no cache at all, each request gets a token of its own: nothing is kept, all is fresh.
        version = cache.get(VERSION_KEY) or _new_token()
    return version


def content_changed():
    """Public content changed: every server serves newly rendered pages from its next request on.

    Called by the signals below and by `ContentQuerySet`'s bulk writes. Inside a transaction the
    token is replaced now and once more when the transaction commits, because until then another
    server could still read (and cache) the old rows under the new token.
    """
    _replace_version()
    if connection.in_atomic_block and not _queued_on_commit():
        transaction.on_commit(_replace_version_on_commit)


def _replace_version():
    cache.set(VERSION_KEY, _new_token(), timeout=None)


def _replace_version_on_commit():
    _replace_version()


def _queued_on_commit():
    """Whether this transaction already replaces the version when it commits (one bump suffices)."""
    return any(entry[1] is _replace_version_on_commit for entry in connection.run_on_commit)


def _new_token():
    return f"{time.time_ns():x}{secrets.token_hex(2)}"


def current_version():
    """The content version for this request, after publishing what was scheduled until now."""
    version = content_version()
    key = NEXT_PUBLISH_KEY.format(version=version)
    next_publish = cache.get(key)
    if next_publish is None:
        try:
            next_publish = _next_publish_time()
        except DatabaseError:  # the database is down: pages already cached can still be served,
            # and for a few seconds no request waits for the database here before its view does.
            logger.warning("Could not read the next publish time", exc_info=True)
            cache.set(key, 0, timeout=DATABASE_RETRY_SECONDS)
            return version
        cache.set(key, next_publish, timeout=settings.PAGE_CACHE_SECONDS)
    if next_publish and time.time() >= next_publish:
        _replace_version()  # a scheduled article's time has come: it joins every page now
        version = content_version()
    return version


def _next_publish_time():
    """When the next scheduled article goes public (a timestamp), or 0 when none is scheduled."""
    from django.db.models import Min
    from django.utils import timezone

    from portal.models import Article

    upcoming = Article.objects.filter(
        status=Article.Status.PUBLISHED, published_at__gt=timezone.now()
    ).aggregate(first=Min("published_at"))["first"]
    return upcoming.timestamp() if upcoming else 0


def versioned_key(request, *parts):
    """A cache key that is valid for this content version only: for what a page computes once per
    change and shares (a list's length), never stale after an edit."""
    version = getattr(request, "content_version", None) or content_version()
    return ":".join(["portal", *map(str, parts), version])


def connect_signals():
    """Every save, delete and many-to-many change of a portal model changes public content."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    def changed(sender, **kwargs):
        if kwargs.get("raw"):  # loaddata: the command that loads says when it is done
            return
        content_changed()

    for model in apps.get_app_config("portal").get_models():
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"cache-save-{model}")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"cache-del-{model}")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                changed,
                sender=field.remote_field.through,
                weak=False,
                dispatch_uid=f"cache-{field}",
            )


def context(request):
    """`content_version` for templates: the header, menus and footer are cached fragments keyed by it."""
    version = getattr(request, "content_version", None)
    return {"content_version": version or content_version()}


# The page cache --------------------------------------------------------------------------------


def cache_redirects(view):
    """Mark a view whose redirects may be cached (the old site's addresses: permanent, and many)."""
    view.cache_redirects = True
    return view


class PageCacheMiddleware:
    """Serve anonymous public pages from the shared cache, with ETag, Last-Modified and 304s.

    It sits after the locale middlewares (the language is known, and the language cookie they set is
    not part of the cached page) and before CSRF, authentication and messages.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.never_cached = (*NEVER_CACHED_PATHS, settings.STATIC_URL, settings.MEDIA_URL)

    def __call__(self, request):
        if not self.may_serve_from_cache(request):
            request.content_version = content_version()
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # What a signed-in editor sees (previews, drafts) is never kept by a shared cache.
                patch_cache_control(response, private=True)
            return response
        request.content_version = version = current_version()
        key = page_key(request, version)
        entry = cache.get(key)
        if entry is not None:
            response = restore(entry)
            response["X-Cache"] = "hit"
        else:
            response = self.get_response(request)
            if not self.may_keep(request, response):
                return response
            entry = keep(response)
            cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            response = restore(entry)
            response["X-Cache"] = "miss"
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=entry["modified"], response=response
        )

    def may_serve_from_cache(self, request):
        return (
            settings.PAGE_CACHE_ENABLED
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(self.never_cached)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
        )

    def may_keep(self, request, response):
        if response.status_code not in CACHED_STATUSES:
            match = getattr(request, "resolver_match", None)
            redirect_ok = response.status_code in REDIRECT_STATUSES and getattr(
                getattr(match, "func", None), "cache_redirects", False
            )
            if not redirect_ok:
                return False
        cache_control = response.get("Cache-Control", "")
        return not (
            response.streaming
            or response.cookies
            or "Cookie" in response.get("Vary", "")
            or any(word in cache_control for word in ("private", "no-store", "no-cache"))
        )


def page_key(request, version):
    url = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return PAGE_KEY.format(version=version, language=language, url=url)


def keep(response):
    """What the cache keeps of a response: status, headers (but cookies) and body, with its ETag."""
    content = response.content
    headers = {name: value for name, value in response.items() if name.lower() != "set-cookie"}
    headers["ETag"] = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
    modified = int(time.time())  # HTTP dates have whole seconds
    headers["Last-Modified"] = http_date(modified)
    headers["Cache-Control"] = public_cache_control()
    return {
        "status": response.status_code,
        "headers": headers,
        "content": content,
        "modified": modified,
    }


def restore(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"].items():
        response[name] = value
    return response


def public_cache_control():
    """What browsers and a CDN may do with a public page: keep it briefly, then ask again (ETag)."""
    parts = [
        "public",
        f"max-age={settings.PAGE_CACHE_MAX_AGE}",
        f"s-maxage={settings.PAGE_CACHE_S_MAXAGE}",
    ]
    if settings.PAGE_CACHE_STALE_WHILE_REVALIDATE:
        parts.append(f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE}")
    return ", ".join(parts)


# A cache that never takes the site down ----------------------------------------------------------


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, except that Redis being down or slow is logged, not shown: reads miss,
    writes are dropped, and pages are rendered as if nothing were cached.

    After a failure the process leaves Redis alone for `RETRY_AFTER` seconds (so a dead Redis costs
    one timeout, not one per request), then tries again: it recovers without a restart.
    """

    RETRY_AFTER = 5.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0

    def _resilient(method, default=None):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._down_until:
                return default() if callable(default) else default
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # redis raises its own ConnectionError, TimeoutError, …
                if not _is_redis_error(error):
                    raise
                self._down_until = time.monotonic() + self.RETRY_AFTER
                logger.error("Cache unavailable, serving uncached pages: %s", error)
                return default() if callable(default) else default

        return wrapper

    get_many = _resilient(RedisCache.get_many, default=dict)
    set = _resilient(RedisCache.set)
    set_many = _resilient(RedisCache.set_many, default=list)
    add = _resilient(RedisCache.add, default=False)
    touch = _resilient(RedisCache.touch, default=False)
    delete = _resilient(RedisCache.delete, default=False)
    delete_many = _resilient(RedisCache.delete_many)
    has_key = _resilient(RedisCache.has_key, default=False)
    clear = _resilient(RedisCache.clear, default=False)

    _get = _resilient(RedisCache.get)

    def get(self, key, default=None, version=None):
        value = self._get(key, version=version)
        return default if value is None else value

    del _resilient


def _is_redis_error(error):
    try:
        import redis
    except ImportError:  # pragma: no cover - RedisCache needs it installed
        return False
    return isinstance(error, redis.exceptions.RedisError | OSError)
