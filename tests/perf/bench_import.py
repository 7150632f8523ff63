"""Benchmark: `import_legacy` on a generated archive of 10,000 old pages, on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lj_bench_import \\
        .venv/bin/python tests/perf/bench_import.py [--pages 10000] [--pictures-every 4]

Writes an old-site mirror (a folder, as `wget --mirror` leaves it) from the fixture corpus's page
templates (tests/fixtures/legacy/build_site.py) with varied ids: English `content_` pages (one story
in 20 split into three pages), `c_` pages and Chinese `WS….html` pages (a third of them in GBK), in
the mapped sections, a small real picture on every 4th story. Then, in a new database made for the
run (Django's test database for DATABASE_URL's name, dropped at the end unless --keep), with the
demo's sections: the import (`--publish`), then the same import again (everything "unchanged").
Prints pages per second and the time of each. The budget: 10,000 pages in under 5 minutes.
`--writer-only` hands the importer the pages as data (no reading, no parsing): the writer's share.
"""

import argparse
import datetime
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "legacy"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liangjiang.settings.test")

import django

django.setup()

import build_site
from django.core.management import call_command
from django.db import connection
from django.test.utils import setup_databases, setup_test_environment, teardown_databases

SECTIONS_EN = ["Liangjiang", "Local", "Business", "Events", "Specials", "Success Stories",
               "Travel", "News"]  # fmt: skip
SECTIONS_ZH = [("两江新闻", "/ljxw/"), ("本地新闻", "/bdxw/"), ("旅游", "/ly/")]
WORDS = ("Liangjiang New Area signed projects in smart manufacturing, logistics at Guoyuan Port, "
         "the Lianglu Cuntan bonded zone and the Jiangbeizui financial district").split()  # fmt: skip
ZH_TEXT = "两江新区果园港智能制造项目签约落地，两路寸滩综合保税区货物吞吐量稳步增长。"


def paragraph(n, words=60):
    return "<p>" + " ".join(WORDS[(n + i) % len(WORDS)] for i in range(words)) + ".</p>"


def generate(folder: Path, pages: int, pictures_every: int):
    """Write about `pages` old pages under `folder`; returns the number written."""
    en, zh = folder / "english.liangjiang.gov.cn", folder / "www.liangjiang.gov.cn"
    written = story = 0
    day0 = datetime.date(2014, 1, 1)
    while written < pages:
        story += 1
        day = day0 + datetime.timedelta(days=story % 4000)
        folder_path = f"{day:%Y-%m}/{day:%d}"
        picture = story % pictures_every == 0
        kind = story % 20
        if kind < 14:  # English content_, one in 20 stories in three pages
            number = 37_000_000 + story
            count = 3 if kind == 0 else 1
            section = SECTIONS_EN[story % len(SECTIONS_EN)]
            title = f"Liangjiang story {story}: projects and parks"
            for n in range(1, count + 1):
                stem = f"content_{number}"
                name = f"{stem}.htm" if n == 1 else f"{stem}_{n}.htm"
                body = "".join(paragraph(story + p) for p in range(4))
                if picture and n == 1:
                    image = f"W{number}.jpg"
                    body += build_site.picture(
                        image, f"Picture {story}. [Photo/liangjiang.gov.cn]", title
                    )
                    build_site.draw(en / folder_path / image, (story % 255, 90, 140), "river")
                pager = build_site.pager(n, count, stem) if count > 1 else ""
                html = build_site.content_page(title, section, day.isoformat(), body, pager=pager)
                build_site.write(en / folder_path / name, html)
                written += 1
        elif kind < 17:  # English c_
            number = 900_000 + story
            section = SECTIONS_EN[story % len(SECTIONS_EN)]
            title = f"Liangjiang brief {story}"
            header = f'<h1>{title}</h1>\n<div class="info">english.liangjiang.gov.cn| Updated: {day}</div>'
            body = "".join(paragraph(story + p) for p in range(3))
            if picture:
                image = f"c{number}.png"
                body += f'<p><img src="{image}"></p>\n<p class="caption">[Photo by Wang Jiaxi]</p>'
                build_site.draw(en / folder_path / image, (40, story % 255, 80), "hills")
            build_site.write(
                en / folder_path / f"c_{number}.htm",
                build_site.c_page(title, section, header, body),
            )
            written += 1
        else:  # Chinese WS….html, a third in GBK
            crumb = SECTIONS_ZH[story % len(SECTIONS_ZH)]
            month = f"{day:%Y%m}/{day:%d}"
            ws = f"WS{story:024x}"
            body = "".join(f"<p>{ZH_TEXT}{story}</p>" for _p in range(4))
            if picture:
                image = f"W{story}.jpg"
                body += f'<p style="text-align: center"><img src="{image}" alt=""></p>\n'
                body += '<p style="text-align: center" class="pic-caption">两江新区。[图/两江新区融媒体中心]</p>'
                build_site.draw(zh / "mixmedia/a" / month / image, (story % 255, 60, 60), "towers")
            charset = "gbk" if story % 3 == 0 else "utf-8"
            html = build_site.ws_page(
                f"两江新区新闻{story}", [("首页", "/"), crumb], f"{day} 09:00", "两江新区融媒体中心",
                body, "李想", charset=charset,
            )  # fmt: skip
            build_site.write(zh / "mixmedia/a" / month / f"{ws}.html", html, encoding=charset)
            written += 1
    return written


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--pictures-every", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the database and the archive")
    parser.add_argument("--writer-only", action="store_true", help="no reading or parsing")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        print("Set DATABASE_URL to a PostgreSQL database (its name gets a test_ prefix).")
    folder = Path(tempfile.mkdtemp(prefix="legacy-bench-"))
    started = time.perf_counter()
    pages = generate(folder, args.pages, args.pictures_every)
    print(f"Generated {pages:,} pages in {time.perf_counter() - started:.1f} s under {folder}")

    setup_test_environment()
    media = Path(tempfile.mkdtemp(prefix="legacy-bench-media-"))
    from django.conf import settings

    settings.MEDIA_ROOT = media
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        from portal.demo.loader import load_sections

        load_sections()
        for run in ("first", "again"):
            started = time.perf_counter()
            if args.writer_only:
                run_writer(folder)
            else:
                report = folder.parent / f"{folder.name}-{run}.csv"
                call_command("import_legacy", str(folder), "--publish", "--report", str(report),
                             verbosity=0)  # fmt: skip
            elapsed = time.perf_counter() - started
            print(f"{run:>6}: {pages:,} pages in {elapsed:6.1f} s = {pages / elapsed:6.1f} pages/s"
                  f"  ({connection.vendor})")  # fmt: skip
        from portal.models import Article, MediaImage, OldAddress

        print(f"Now {Article.objects.count():,} articles, {OldAddress.objects.count():,} old "
              f"addresses, {MediaImage.objects.count():,} pictures.")  # fmt: skip
    finally:
        if not args.keep:
            teardown_databases(databases, verbosity=0)
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(media, ignore_errors=True)


def run_writer(folder):
    from portal.legacy import parsers, sources
    from portal.legacy.importer import Importer
    from portal.legacy.pages import Skipped

    pages = []
    archive = sources.read_sources([folder])
    for document in archive:
        try:
            pages.append(parsers.parse(document))
        except Skipped:
            pass
    opener = getattr(archive, "open_resource", None) or sources.open_resource
    started = time.perf_counter()
    importer = Importer(open_resource=opener, publish=True)
    for page in pages:
        importer.add(page)
    importer.run()
    print(f"  (writer alone: {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
