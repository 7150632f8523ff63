"""Benchmark: the search page at demo size and at 100,000 articles, on PostgreSQL.

    DATABASE_URL=postgres://…/lj_search     .venv/bin/python tests/perf/bench_search.py  # demo
    DATABASE_URL=postgres://…/lj_search_big .venv/bin/python tests/perf/bench_search.py  # 100k

Uses the database as it is (fill it with `load_demo_content`, or `generate_content --articles 100000
--enterprises 1000`), renders `/en/search/?q=…` and `/zh-hans/search/?q=…` with Django's test client
and the page cache off (every request runs its queries), a new content version before each request
(so the count is counted too: the cold path), and prints the median and 90th percentile of
--repeat runs and the number of SQL queries of each. `--compare other.json` prints the ratio to an
earlier run saved with `--save`. Figures, not assertions.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liangjiang.settings.test")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

import django

django.setup()

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment

from portal.cache import content_changed
from portal.models import Article

QUERIES = [
    ("en", "Guoyuan Port"),
    ("en", "factories"),
    ("en", "Liangjiang"),
    ("en", "new energy vehicles"),
    ("en", "hotpot"),
    ("en", "zzzqqq"),
    ("zh-hans", "果园港"),
    ("zh-hans", "两江新区"),
    ("zh-hans", "新能源汽车"),
    ("zh-hans", "无水港"),
    ("zh-hans", "火锅"),
    ("zh-hans", "港"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--save")
    parser.add_argument("--compare")
    args = parser.parse_args()
    setup_test_environment()
    settings.PAGE_CACHE_ENABLED = False
    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client()
    print(f"{connection.vendor}, {Article.objects.count():,} articles")
    print(f"{'page':<46} {'median ms':>9} {'p90 ms':>7} {'queries':>7} {'results':>8}")
    figures = {}
    for language, q in QUERIES:
        path = f"/{language}/search/?{urlencode({'q': q})}"
        client.get(path)  # warm-up
        times, counts = [], set()
        for _ in range(args.repeat):
            content_changed()  # the cold path: the count is counted again
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
            counts.add(len(captured))
            assert response.status_code == 200, path
        html = response.content.decode()
        found = html.split('class="result-count" role="status">')[-1].split(" ")[0]
        median = statistics.median(times)
        p90 = statistics.quantiles(times, n=10)[-1]
        figures[path] = median
        label = f"{language} {q}"
        print(
            f"{label:<46} {median:9.1f} {p90:7.1f} {'/'.join(map(str, sorted(counts))):>7} "
            f"{found if found.isdigit() else '-':>8}"
        )
    print(f"median of medians: {statistics.median(figures.values()):.1f} ms")
    if args.save:
        Path(args.save).write_text(json.dumps(figures))
    if args.compare:
        before = json.loads(Path(args.compare).read_text())
        for path, median in figures.items():
            if path in before:
                print(f"{path:<60} {median / before[path]:5.2f}x")


if __name__ == "__main__":
    main()
