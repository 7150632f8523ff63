"""`python manage.py rebuild_search_index`: empty the search index and fill it from the content.

Saves, deletes and queryset writes keep the index current by themselves (portal/search.py); this is
for after a raw import (`loaddata`, SQL) or a change to what is indexed.
"""

import sys
import time

from django.core.management.base import BaseCommand

from portal import search

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Empty the search index and index every article, page and directory entry again."

    def handle(self, *args, verbosity, **options):
        self.verbosity = verbosity
        self.started = time.perf_counter()
        self.tty = sys.stdout.isatty()
        search.rebuild(progress=self.progress)
        from portal.models import SearchEntry

        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {SearchEntry.objects.count():,} entries "
                f"in {time.perf_counter() - self.started:.1f} s."
            )
        )

    def progress(self, label, done, total):
        """A progress bar per model: redrawn in place on a terminal, a line per step elsewhere."""
        if self.verbosity < 1:
            return
        share = done / total if total else 1
        filled = round(share * BAR_WIDTH)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        line = (
            f"  {label:<24} [{bar}] {done:>7,}/{total:,}"
            f"  {time.perf_counter() - self.started:6.1f} s"
        )
        finished = done >= total
        if self.tty:
            self.stdout.write("\r" + line, ending="\n" if finished else "")
            self.stdout.flush()
        elif finished or done % (search.BATCH * 10) == 0:
            self.stdout.write(line)
