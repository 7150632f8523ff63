"""Benchmark: how long the main public pages take to render, and whether that grows with content.

    .venv/bin/python tests/perf/bench_pages.py [--repeat 30]

Loads the demo content into a throw-away SQLite database (or the DATABASE_URL one's test copy), times
each page with Django's test client (median and 90th percentile of --repeat runs, after a warm-up),
then grows the content to ten times the demo's articles and 400 more enterprises
(portal/demo/generator.py), and times them again. The last column is the ratio large/demo: near 1.0
means the page does not slow down as the site grows. `make bench` (bench_server.py) is the full
benchmark: gunicorn, PostgreSQL, Redis, 100,000 articles.
Figures, not assertions: a timed test would break on a noisy machine.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liangjiang.settings.test")

import django

django.setup()

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import setup_test_environment

PAGES = [
    "/en/",
    "/zh-hans/",
    "/en/news/",
    "/en/news/local/",
    "/zh-hans/news/photos/",
    "/en/investing/industrial-parks/",
    "/en/investing/enterprises/",
    "/en/investing/enterprises/?industry=electronics",
    "/zh-hans/investing/industries/electronics/",
]


def timings(client, path, repeat):
    client.get(path)  # warm-up: renditions, template cache
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        runs.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    runs.sort()
    return statistics.median(runs), runs[int(len(runs) * 0.9) - 1]


def grow():
    """Ten times the demo's articles and 400 more enterprises, as generate_content makes them."""
    from portal.demo import generator
    from portal.models import Article, Enterprise

    generator.generate(
        articles=Article.objects.count() * 10, enterprises=Enterprise.objects.count() + 400
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    settings.MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="bench-media-"))
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo_content", verbosity=0)
        client = Client()
        demo = {path: timings(client, path, args.repeat) for path in PAGES}
        grow()
        large = {path: timings(client, path, args.repeat) for path in PAGES}
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(f"{connection.vendor}, {args.repeat} runs a page; milliseconds (median / p90)")
    print(f"{'page':52} {'demo':>15} {'large':>15} {'ratio':>6}")
    for path in PAGES:
        (m1, p1), (m2, p2) = demo[path], large[path]
        print(f"{path:52} {m1:7.1f} /{p1:6.1f} {m2:7.1f} /{p2:6.1f} {m2 / m1:6.2f}")


if __name__ == "__main__":
    main()
