"""`python manage.py generate_content --articles N --enterprises M`: content at a real portal's size.

Leaves at least N articles and M enterprises in all (with K already there it adds N-K), for benchmarks
and load tests. Loads the demo content first when the sections are missing. See portal/demo/generator.py.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from portal.demo import generator


class Command(BaseCommand):
    help = (
        "Add generated articles and enterprises until there are at least --articles and "
        "--enterprises in all (bulk inserts; for benchmarks). Loads the demo content first if needed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, default=1000, help="articles in all, at least (default 1000)"
        )
        parser.add_argument(
            "--enterprises",
            type=int,
            default=100,
            help="enterprises in all, at least (default 100)",
        )
        parser.add_argument(
            "--seed", type=int, default=2026, help="random seed: the same seed, the same content"
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=generator.BATCH_SIZE,
            help=f"rows per bulk insert (default {generator.BATCH_SIZE})",
        )

    def handle(self, *args, articles, enterprises, seed, batch_size, verbosity, **options):
        if articles < 0 or enterprises < 0 or batch_size < 1:
            raise CommandError("--articles and --enterprises are counts; --batch-size at least 1.")
        start = time.perf_counter()
        if generator.needs_demo_content():
            self.stdout.write("No listing sections yet: loading the demo content first.")
            generator.load_demo_content()
        self.started = time.perf_counter()
        self.verbosity = verbosity
        summary = generator.generate(
            articles, enterprises, seed=seed, batch_size=batch_size, progress=self.progress
        )
        statistics = f" {summary.statistics} done." if summary.statistics else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {summary.articles} articles, {summary.enterprises} enterprises and "
                f"{summary.directory} parks and industries in {time.perf_counter() - start:.1f} s."
                f"{statistics} Now {generator.totals()}."
            )
        )

    def progress(self, what, done, total):
        if self.verbosity >= 1:
            self.stdout.write(
                f"  {what}: {done:>7,}/{total:,} ({done * 100 // total:3d}%)"
                f"  {time.perf_counter() - self.started:6.1f} s"
            )
