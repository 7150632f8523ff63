"""Benchmark: how long the main public pages take to render, and whether that grows with content.

    .venv/bin/python tests/perf/bench_pages.py [--repeat 30]

Loads the demo content into a throw-away SQLite database (or the DATABASE_URL one's test copy), times
each page with Django's test client (median and 90th percentile of --repeat runs, after a warm-up),
then adds 50 more articles to every category and 400 enterprises, and times them again. The last
column is the ratio large/demo: near 1.0 means the page does not slow down as the site grows.
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
    from portal.models import Article, Enterprise, Section

    sections = Section.objects.filter(kind__in=["articles", "photos", "videos"])
    Article.objects.bulk_create(
        Article(
            section=section,
            title_en=f"Extra story {n} in {section.slug}",
            title_zh_hans=f"补充报道 {n}",
            summary_en="A story added for the benchmark.",
            body_en="<p>Text.</p>" * 10,
            status=Article.Status.PUBLISHED,
        )
        for section in sections
        for n in range(50)
    )
    Enterprise.objects.bulk_create(
        Enterprise(slug=f"bench-{n}", name_en=f"Benchmark Co {n}", name_zh_hans=f"测试企业 {n}")
        for n in range(400)
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
