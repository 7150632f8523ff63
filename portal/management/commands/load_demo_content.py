"""`python manage.py load_demo_content`: fill the site with demo content. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.demo import loader


class Command(BaseCommand):
    help = "Load the demo content in English and Chinese. Running it again changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            sections = loader.load_sections()
            pages = loader.load_pages()
            articles = loader.load_articles()
            directory = loader.load_directory()
            loader.link_stories()
            loader.update_demo_captions()
            loader.load_video_captions()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {sections} new sections, {pages} page texts, {articles} new articles,"
                f" {directory} new directory entries."
            )
        )
