"""Settings shared by every mode. Everything that differs between machines comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# templates/ and static/: beside liangjiang/ in a checkout, inside it once installed by pip (setup.py
# copies them into the wheel), so that an installed site works outside the checkout.
_PACKAGE_DIR = Path(__file__).resolve().parent.parent
SITE_DIR = _PACKAGE_DIR if (_PACKAGE_DIR / "templates").is_dir() else BASE_DIR


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, so its translated fields reach the admin forms
    # Django's admin, whose lists refuse hostile query strings calmly (portal/admin_site.py).
    "portal.admin_site.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "portal.signin.AxesConfig",  # django-axes (sign-in lockout), under a translated name
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "ckeditor",
    "reversion",  # versions of content saved in the admin: history, compare, restore
    "django_otp",  # two-factor sign-in for staff (portal/two_factor.py)
    "django_otp.plugins.otp_totp",  # its authenticator-app devices (TOTP)
    "portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After Session (the admin keeps its language there), before Common (Django's documented order).
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.RememberLanguageMiddleware",
    # After the language is known, before anything that looks at the user: see portal/cache.py.
    "portal.cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # user.is_verified(): this session has given a two-factor code (django-otp); then the admin
    # asks for that code, or for a device where one is required, before any admin page
    # (portal/two_factor.py).
    "django_otp.middleware.OTPMiddleware",
    "portal.two_factor.TwoFactorMiddleware",
    # After Authentication: /admin/ speaks the user's chosen language, never the public site's cookie.
    "portal.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Turns a sign-in refused for too many failures into the lockout page (portal/signin.py).
    "axes.middleware.AxesMiddleware",
    # Last, so its process_exception sees a view's database error first: the 503 page (portal/health.py).
    "portal.health.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "liangjiang.urls"
WSGI_APPLICATION = "liangjiang.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "portal.cache.context",
                "portal.selectors.site_settings_context",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL names another database (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
# A database that is down or hangs costs a request seconds, not minutes; the 503 page follows
# (portal/health.py). PostgreSQL gives up connecting after 2 s: libpq's connect_timeout covers the whole
# handshake, so it also ends the wait on a server that accepts and never answers, and a request that
# tries twice still answers within 5 s. In the web server only (liangjiang/wsgi.py sets
# DJANGO_WEB_SERVER), PostgreSQL cancels any statement after DATABASE_STATEMENT_TIMEOUT_MS (0: never);
# the limit travels in the connection's startup options, so it costs no query. migrate and the
# management commands (generate_content; an index build on a big table) run without it.
# SQLite's own `timeout` (5 s) is how long to wait for a lock: left as it is.
DATABASE_STATEMENT_TIMEOUT_MS = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT_MS") or 5000)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options.setdefault("connect_timeout", 2)
    if env_bool("DJANGO_WEB_SERVER") and DATABASE_STATEMENT_TIMEOUT_MS > 0:
        _options["options"] = (
            f"{_options.get('options', '')} -c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
        ).strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A shared Redis when REDIS_URL is set (several app servers), otherwise this process's memory.
# Redis being down or slow never takes a page down (portal.cache.ResilientRedisCache): short socket
# timeouts, then pages are served uncached until it answers again.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (portal/cache.py): anonymous public pages, kept until content changes.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 24 * 60 * 60))  # an upper bound
# What browsers and a CDN may keep: briefly, then they revalidate with the ETag.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", 60))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", 60))
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE", 30))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Signing in (django-axes). Failed sign-ins are counted in the database (axes' default handler), so
# every app server sees the same count. 5 failures lock the username, whatever address tries it, and
# lock the address, whichever usernames it tries, each for 15 minutes: other users and addresses sign
# in as usual. A try while locked is refused before any password check; it neither counts nor
# restarts the 15 minutes the lockout page promises. A success does not wipe the failures (an
# address could otherwise reset its count by signing in to an account of its own between guesses).
# Site managers lift a lock in the admin ("Sign-in security", access attempts: delete the attempt).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked users and addresses
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "portal.signin.lockout_response"  # the page, 429 with Retry-After

# Two-factor sign-in (portal/two_factor.py): any staff member may turn it on; with ADMIN_REQUIRE_2FA
# Site managers and superusers must (portal.permissions.requires_two_factor). Wrong codes pause a
# device's codes as wrong passwords pause signing in (AXES_FAILURE_LIMIT, AXES_COOLOFF_TIME), so
# django-otp's own back-off (1, 2, 4… seconds between tries) is off.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", False)
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_TOTP_ISSUER = "Liangjiang New Area"  # the name authenticator apps show beside the username


def client_address_settings(proxies):
    """Where axes (through django-ipware) finds the client's address, given how many proxies of our
    own stand in front of the app servers: (AXES_IPWARE_META_PRECEDENCE_ORDER, AXES_IPWARE_PROXY_COUNT).

    With none, the connecting address (REMOTE_ADDR) is the client, and X-Forwarded-For, which anyone
    can send, is ignored. Behind our nginx (deploy/liangjiang.conf.template), which replaces X-Forwarded-For with
    the address that connected to it, that header holds the client alone. ipware's proxy count is the
    number of proxy addresses *listed in* the header, which the last proxy (REMOTE_ADDR) is not: so one
    proxy of ours is ipware's 0, and a chain that does not have exactly that shape (a forged header that
    reached the app servers some other way) falls back to REMOTE_ADDR instead of trusting it.
    """
    if proxies <= 0:
        return ("REMOTE_ADDR",), None
    return ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"), proxies - 1


# TRUSTED_PROXY_COUNT: our proxies in front of the app servers; 1 (nginx) in production (prod.py).
AXES_IPWARE_META_PRECEDENCE_ORDER, AXES_IPWARE_PROXY_COUNT = client_address_settings(
    int(os.environ.get("TRUSTED_PROXY_COUNT") or 0)
)

# Languages: English is the portal's first language; the Chinese site is its twin.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("zh-hans", _("Simplified Chinese"))]
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "zh-hans")


def translated_field_label(verbose_name, language):
    """How a field's English or Chinese column is named wherever Django names it (form labels, error
    messages, the history): "body (English)", "正文（英文）", in the language of the page that shows
    it. django-modeltranslation's own "body [en]" leaves a language code in the Chinese admin."""
    from django.utils.translation import gettext

    # The same words as the version comparison's (portal/admin/versions.py LANGUAGE_LABELS).
    labels = {"en": gettext("%(field)s (English)"), "zh-hans": gettext("%(field)s (Chinese)")}
    return labels.get(language, f"%(field)s [{language}]") % {"field": verbose_name}


MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = translated_field_label

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads live on disk under MEDIA_ROOT (the default), or with MEDIA_STORAGE=s3 in an S3-compatible
# object store that every app server shares (SeaweedFS in `make stack`, any S3 in production). Either
# way a file's URL is MEDIA_URL + its name, served by the web server in front (deploy/), and computing
# it makes no request to the store (portal/storage.py).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "disk")
if MEDIA_STORAGE == "s3":
    MEDIA_BACKEND = {
        "BACKEND": "portal.storage.MediaStorage",
        # The keys: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by django-storages and boto3.
        "OPTIONS": {
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,  # None: Amazon S3 itself
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", ""),
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "path"),
            "default_acl": None,  # private objects: only the web server's proxy reads them
            "querystring_auth": False,
            "file_overwrite": False,  # as on disk: a name already taken gets a suffix, never replaced
        },
    }
elif MEDIA_STORAGE == "disk":
    MEDIA_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"MEDIA_STORAGE is 'disk' or 's3', not {MEDIA_STORAGE!r}.")
STORAGES = {
    "default": MEDIA_BACKEND,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve uploaded media from Django (with nosniff) where no web server sits in front; files on disk only.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# django-modeltranslation's tabbed admin loads jQuery UI from a public CDN unless told otherwise;
# that CDN is out of reach here and unreliable from mainland China, so it comes from our static files.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"  # the admin's CKEditor dialogs use same-origin frames
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# django-ckeditor bundles CKEditor 4, unsupported upstream (ckeditor.W001). The customer chose it; we
# accept the warning because nothing the editor sends is trusted: portal/richtext.py sanitises every
# save with nh3, our own view handles uploads, and the bundled sample pages are not served.
SILENCED_SYSTEM_CHECKS = ["ckeditor.W001"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "portal.staticfiles.SafeAppDirectoriesFinder",  # leaves out CKEditor's sample and test pages
]
