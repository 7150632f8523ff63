"""Production: gunicorn behind a TLS proxy, PostgreSQL, Redis, WhiteNoise. Secrets have no defaults."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import client_address_settings, env_bool

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY in the environment.")

SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# Load balancers and orchestrators probe over plain http on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Cookies only over https; DJANGO_SECURE_COOKIES=0 for plain http on localhost (`make stack`) only.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = env_bool(
    "DJANGO_SECURE_COOKIES", True
)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0"))
SECURE_REFERRER_POLICY = "same-origin"
# Behind our nginx (deploy/): the sign-in lockout counts per client address from its X-Forwarded-For.
AXES_IPWARE_META_PRECEDENCE_ORDER, AXES_IPWARE_PROXY_COUNT = client_address_settings(
    int(os.environ.get("TRUSTED_PROXY_COUNT") or 1)
)
