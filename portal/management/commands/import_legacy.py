"""`python manage.py import_legacy SOURCE… [--pairs CSV] [--update] [--dry-run] [--publish]`:
the old site's saved pages and web archives become articles, and their addresses lead to them.

SOURCE is a folder of saved pages (as `wget --mirror` leaves them) or a WARC file, any number and
mix. The parsers (portal/legacy/parsers.py) read the pages; the importer (portal/legacy/importer.py)
writes them. A report of every story (imported, updated, unchanged, changed, kept, skipped, and why)
is printed in short and saved as CSV (`--report`, by default legacy-import-report.csv here).
README.md, "Moving the old site over", says how to use it.
"""

import csv
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from portal.legacy.importer import OUTCOMES, Importer, summary

REPORT_COLUMNS = ["old address", "outcome", "reason", "article", "title", "language", "pages",
                  "problems"]  # fmt: skip
BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import the old site's pages (folders of saved pages or WARC files) as articles; their old "
        "addresses redirect to them. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="SOURCE", help="a folder or a WARC file")
        parser.add_argument(
            "--pairs",
            metavar="CSV",
            help="old English and Chinese addresses of one story, a pair a line: one article",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="refresh articles whose old page changed, unless staff edited them since",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would happen; write nothing"
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish the imported articles (by default they are drafts for staff to review)",
        )
        parser.add_argument(
            "--report",
            metavar="PATH",
            default="legacy-import-report.csv",
            help="where to save the report (default: legacy-import-report.csv)",
        )

    def handle(self, *args, sources, pairs, update, dry_run, publish, report, verbosity, **opts):
        from portal.legacy import parsers
        from portal.legacy import sources as reading
        from portal.legacy.pages import SectionListPage, Skipped

        started = time.perf_counter()
        paths = [Path(source) for source in sources]
        for path in paths:
            if not path.exists():
                raise CommandError(_("No such folder or file: %(path)s") % {"path": path})
        pair_list = read_pairs(pairs) if pairs else []
        report_path = Path(report)
        if not report_path.parent.is_dir():
            raise CommandError(
                _("Cannot save the report in %(folder)s: no such folder.")
                % {"folder": report_path.parent}
            )
        self.verbosity = verbosity
        self.started = started
        importer = Importer(
            pairs=pair_list,
            publish=publish,
            update=update,
            dry_run=dry_run,
            progress=self.progress,
        )
        # Records that are no documents (a WARC's revisits, 404s, redirects) are reported too.
        archive = reading.read_sources(paths, on_skip=importer.skip)
        importer.open_resource = archive.open_resource
        read = 0
        try:
            for document in archive:
                read += 1
                try:
                    importer.add(parsers.parse(document))
                except SectionListPage as listed:
                    importer.section_list(listed.address, listed.section_name, str(listed))
                except Skipped as reason:
                    importer.skip(document.address, str(reason))
        except OSError as error:
            raise CommandError(
                _("Cannot read the sources: %(error)s") % {"error": error}
            ) from error
        self.stdout.write(
            _("Read %(documents)s documents: %(pages)s pages of %(stories)s old stories.")
            % {
                "documents": f"{read:,}",
                "pages": f"{sum(len(pages) for pages in importer.pages.values()):,}",
                "stories": f"{len(importer.pages):,}",
            }
        )
        outcomes = importer.run()
        try:
            write_report(report_path, outcomes)
        except OSError as error:
            raise CommandError(
                _("Cannot save the report to %(path)s: %(error)s")
                % {"path": report_path, "error": error}
            ) from error
        counts = summary(outcomes)
        elapsed = time.perf_counter() - started
        self.stdout.write("")
        for outcome in OUTCOMES:
            self.stdout.write(f"  {outcome:<10} {counts[outcome]:>7,}")
        # What was left out or left alone, and why: the first few here, all in the report.
        for kind in ("kept", "skipped"):
            listed = [o for o in outcomes if o.outcome == kind]
            for outcome in listed[:10]:
                self.stdout.write(f"  {kind} {outcome.address}: {outcome.reason}")
            if len(listed) > 10:
                self.stdout.write(
                    "  "
                    + _("… and %(count)s more: see the report.")
                    % {"count": f"{len(listed) - 10:,}"}
                )
        what = _("Dry run: nothing was written.") if dry_run else _("Done.")
        self.stdout.write(
            self.style.SUCCESS(
                f"{what} {elapsed:.1f} s. "
                + _("The report is in %(path)s.") % {"path": report_path}
            )
        )

    def progress(self, done, total):
        """A bar on a terminal, a line every tenth otherwise (a log stays readable)."""
        if self.verbosity < 1 or not total:
            return
        elapsed = time.perf_counter() - self.started
        filled = BAR_WIDTH * done // total
        line = (
            f"  [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done:>7,}/{total:,} articles"
            f"  {elapsed:6.1f} s"
        )
        if getattr(self.stdout, "isatty", lambda: False)() or sys.stdout.isatty():
            self.stdout.write("\r" + line, ending="" if done < total else "\n")
            self.stdout.flush()
        elif done == total or done % max(1, total // 10) == 0:
            self.stdout.write(line)


def read_pairs(path):
    """[(old English address, old Chinese address)] from a CSV of two columns (a header line
    naming them is allowed). Addresses are paths, or full URLs whose host is dropped."""
    from urllib.parse import urlsplit

    try:
        with open(path, newline="", encoding="utf-8-sig") as file:
            rows = list(csv.reader(file))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CommandError(
            _("Cannot read the pairs file %(path)s: %(error)s") % {"path": path, "error": error}
        ) from error
    pairs = []
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row if cell.strip()]
        if not cells:
            continue
        if number == 1 and not cells[0].startswith(("/", "http")):
            continue  # the header
        if len(cells) != 2:
            raise CommandError(
                _(
                    "%(path)s, line %(line)s: expected two addresses (English, Chinese), found %(n)s."
                )
                % {"path": path, "line": number, "n": len(cells)}
            )
        english, chinese = (urlsplit(cell).path or cell for cell in cells)
        pairs.append((english, chinese))
    return pairs


def write_report(path, outcomes):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(REPORT_COLUMNS)
        for o in outcomes:
            writer.writerow(
                [o.address, o.outcome, o.reason, o.article_id or "", o.title, o.language,
                 o.pages, "; ".join(o.problems)]
            )  # fmt: skip
