"""`pip install .` gives a working site outside the checkout: the deploy recipe, run from a temporary
folder against the installed package (not the checkout), with production settings and SQLite.

    .venv/bin/python tests/install_check.py      # about a minute; pip fetches what it has not cached

Not a pytest test (it builds a wheel and a virtualenv): CI runs it as a step of its own. It checks
that the templates, static files, compiled Chinese catalogue and demo media are in the package:
migrate, collectstatic, load_demo_content and check --deploy succeed, and the home page, an article
(with its renditions) and a static file answer 200, in English and in Chinese.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent

PAGES = """
import django
django.setup()
import liangjiang
from django.test import Client
from portal.models import Article
assert "site-packages" in liangjiang.__file__, liangjiang.__file__
client = Client()
home, zh = client.get("/en/", secure=True), client.get("/zh-hans/", secure=True)
assert home.status_code == zh.status_code == 200, (home.status_code, zh.status_code)
assert "首页" in zh.content.decode(), "the Chinese catalogue is missing"
article = Article.objects.exclude(cover="").first()
page = client.get(article.get_absolute_url(), secure=True)
assert page.status_code == 200 and "-320w.jpg" in page.content.decode(), "no renditions"
css = home.content.decode().split('href="/static/css/main', 1)[1].split('"', 1)[0]
assert client.get("/static/css/main" + css, secure=True).status_code == 200, "static files"
assert Article.objects.exclude(video_file="").exists(), "the demo video is missing"
"""


def run(command, **kwargs):
    shown = [str(part) if part is not PAGES else "<the page checks>" for part in command]
    sys.stdout.write(f"$ {' '.join(shown)}\n")
    subprocess.run(command, check=True, **kwargs)


def main():
    with tempfile.TemporaryDirectory(prefix="liangjiang-install-") as folder:
        folder = Path(folder)
        venv = folder / "venv"
        run([sys.executable, "-m", "venv", venv])
        run([venv / "bin" / "pip", "install", "-q", CHECKOUT])
        env = {
            "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
            "HOME": os.environ.get("HOME", str(folder)),
            "DJANGO_SETTINGS_MODULE": "liangjiang.settings.prod",
            "DJANGO_SECRET_KEY": "install-check-only-" + "x" * 40,
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
        }
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["collectstatic", "--noinput", "-v0"],
            ["load_demo_content"],
            ["check", "--deploy", "--fail-level", "ERROR"],
        ):
            run([venv / "bin" / "django-admin", *command], cwd=folder, env=env)
        run([venv / "bin" / "python", "-c", PAGES], cwd=folder, env=env)
    sys.stdout.write("The installed site works outside the checkout.\n")


if __name__ == "__main__":
    main()
