"""Tests: SQLite unless DATABASE_URL is set (CI runs the suite on both), fast hashing, plain static storage."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Most tests look at what a view renders; tests/test_cache.py turns the page cache on where it is tested.
PAGE_CACHE_ENABLED = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
DATABASES["default"]["CONN_MAX_AGE"] = 0
