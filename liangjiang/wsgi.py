"""WSGI entry point for gunicorn: `gunicorn liangjiang.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liangjiang.settings.prod")
# Before the settings load: requests get PostgreSQL's statement timeout, commands don't (settings/base.py).
os.environ.setdefault("DJANGO_WEB_SERVER", "1")

application = get_wsgi_application()
