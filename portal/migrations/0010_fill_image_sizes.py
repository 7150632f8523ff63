"""Store the width and height of pictures saved without them.

Until this release, a picture saved from content without a name (the demo loader did this) was
stored with empty width and height. Django then opens the file to measure it every time such a row
is loaded: on every page that lists it, and with media in an object store that is a download per
picture per page. This measures each such picture once and stores its size. Files that are missing
or unreadable are left as they are (the pages already show those without a size).
"""

from django.core.files.storage import default_storage
from django.db import migrations
from PIL import Image

PICTURES = [  # (model, image field, width field, height field)
    ("Article", "cover", "cover_width", "cover_height"),
    ("ArticlePhoto", "image", "width", "height"),
    ("Industry", "image", "image_width", "image_height"),
    ("IndustrialPark", "cover", "cover_width", "cover_height"),
    ("ParkPhoto", "image", "width", "height"),
    ("Enterprise", "logo", "logo_width", "logo_height"),
    ("DevelopmentZone", "cover", "cover_width", "cover_height"),
    ("Official", "photo", "photo_width", "photo_height"),
]


def measure(name):
    try:
        with default_storage.open(name, "rb") as stored:
            return Image.open(stored).size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def fill_image_sizes(apps, schema_editor):
    for model_name, image, width, height in PICTURES:
        model = apps.get_model("portal", model_name)
        missing = (
            model.objects.filter(**{f"{width}__isnull": True})
            .exclude(**{image: ""})
            .values_list("pk", image)
        )
        for pk, name in missing.iterator():
            size = measure(name)
            if size:
                model.objects.filter(pk=pk).update(**{width: size[0], height: size[1]})


class Migration(migrations.Migration):
    dependencies = [("portal", "0009_search_and_directory_indexes")]

    operations = [migrations.RunPython(fill_image_sizes, migrations.RunPython.noop, elidable=True)]
