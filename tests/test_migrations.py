"""Data migrations, run on data shaped as they found it."""

import importlib
from io import BytesIO

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from PIL import Image

from portal.models import Article, Section
from tests.factories import ArticleFactory

fill_image_sizes = importlib.import_module("portal.migrations.0010_fill_image_sizes")


def png(width, height):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="cover.png")


@pytest.mark.django_db
def test_pictures_stored_without_a_size_get_one(sections):
    article = ArticleFactory(section=Section.objects.get(slug="local"), cover_alt_en="A port")
    article.cover.save("cover.png", png(300, 200))
    missing = ArticleFactory(section=article.section)
    Article.objects.filter(pk=missing.pk).update(cover="articles/gone.png")
    Article.objects.filter(pk__in=[article.pk, missing.pk]).update(
        cover_width=None, cover_height=None
    )

    fill_image_sizes.fill_image_sizes(apps, None)

    assert Article.objects.filter(pk=article.pk).values_list(
        "cover_width", "cover_height"
    ).get() == (
        300,
        200,
    )
    # A file that is gone is left as it was: nothing to measure, and no error.
    assert Article.objects.filter(pk=missing.pk).values_list("cover_width").get() == (None,)
