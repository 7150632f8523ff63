"""Image renditions: smaller copies of uploaded pictures, made once with Pillow and reused.

A rendition lives beside nothing it could overwrite (`renditions/<original path>-<width>w.jpg`); the
first page that needs it makes it, every later page finds it in storage.
"""

import logging
from io import BytesIO
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)


def rendition_name(name, width):
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}w.jpg")


def make_rendition(name, width):
    """Write the rendition of stored image `name` at `width` pixels, unless it exists. Its name."""
    target = rendition_name(name, width)
    if default_storage.exists(target):
        return target
    with default_storage.open(name, "rb") as source:
        image = ImageOps.exif_transpose(Image.open(source))
        image.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
            image = background
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return default_storage.save(target, ContentFile(buffer.getvalue()))


def renditions(field_file, width, height):
    """[(url, width, height)] for the widths smaller than the original, plus the original itself.

    `width` and `height` are the original's, as stored on the model (no file is opened to learn them).
    A missing or broken file yields the original's URL alone: a page never fails for a picture.
    """
    if not field_file or not width or not height:
        return []
    sizes = []
    for target in WIDTHS:
        if target >= width:
            break
        try:
            name = make_rendition(field_file.name, target)
        except (OSError, ValueError, Image.DecompressionBombError):
            logger.warning("No rendition of %s at %s px", field_file.name, target, exc_info=True)
            break
        sizes.append((default_storage.url(name), target, round(height * target / width)))
    sizes.append((field_file.url, width, height))
    return sizes


class ImageRefused(ValueError):
    """An upload that is not an image we accept; the message tells the uploader why."""


MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 8000 × 5000 photo; a decompression bomb is refused before it is decoded
MAX_FRAMES = 50
FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def store_uploaded_image(upload, folder="uploads"):
    """Check an uploaded file is a real image, re-encode it with Pillow and store it under a random
    name. Re-encoding drops anything hidden in or appended to the file (scripts, HTML, metadata).
    Returns (name, width, height); raises ImageRefused with a message for the uploader."""
    from django.utils.translation import gettext as _

    from portal.models.articles import random_name

    if upload.size > MAX_UPLOAD_BYTES:
        raise ImageRefused(_("The file is larger than 10 MB."))
    try:
        image = Image.open(upload)
        image_format = image.format
        if image_format not in FORMATS:
            raise ImageRefused(_("Upload a JPEG, PNG, GIF or WebP image."))
        if image.width * image.height > MAX_PIXELS:
            raise ImageRefused(_("The image has too many pixels (at most 40 million)."))
        frames = getattr(image, "n_frames", 1)
        if frames > MAX_FRAMES:
            raise ImageRefused(_("The animation has too many frames (at most 50)."))
        image.load()
        buffer = BytesIO()
        if frames > 1:
            image.save(buffer, image_format, save_all=True)
        else:
            image = ImageOps.exif_transpose(image)
            if image_format == "JPEG":
                image.convert("RGB").save(buffer, "JPEG", quality=88, optimize=True)
            else:
                image.save(buffer, image_format)
    except ImageRefused:
        raise
    except Image.DecompressionBombError as error:
        raise ImageRefused(_("The image has too many pixels (at most 40 million).")) from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise ImageRefused(_("This file is not an image we can read.")) from error
    name = random_name(folder, f"image.{FORMATS[image_format]}")
    stored = default_storage.save(name, ContentFile(buffer.getvalue()))
    return stored, image.width, image.height
