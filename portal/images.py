"""Images: checking and re-encoding uploads, and renditions (smaller copies made once and reused).

Every picture staff upload (cover, photo-story image, editor image) goes through `reencode`: Pillow
opens it within size, pixel and frame limits and writes it anew, which drops anything hidden in or
appended to the file. Renditions live under `renditions/<original path>-<width>w.jpg`; the first page
that needs one makes it, every later page finds it in storage.
"""

import logging
import re
from io import BytesIO
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = (
    40_000_000  # an 8000 × 5000 photo; a decompression bomb is refused before it is decoded
)
MAX_FRAMES = 50
FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


class ImageRefused(ValueError):
    """An upload that is not an image we accept; the message tells the uploader why."""


def reencode(upload):
    """A clean copy of an uploaded image, as (bytes, extension, width, height).

    Raises ImageRefused, with a message in the active language, for anything that is not a JPEG,
    PNG, GIF or WebP image within the limits.
    """
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ImageRefused(_("The file is larger than 10 MB."))
    try:
        upload.seek(0)
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
            image = ImageOps.exif_transpose(image)  # and the EXIF data (GPS, camera) is left behind
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
    return buffer.getvalue(), FORMATS[image_format], image.width, image.height


def store_uploaded_image(upload, folder="uploads"):
    """Re-encode an upload and store it under a random name: (name, width, height)."""
    from portal.models.articles import random_name

    data, extension, width, height = reencode(upload)
    name = default_storage.save(random_name(folder, f"image.{extension}"), ContentFile(data))
    return name, width, height


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
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return default_storage.save(target, ContentFile(buffer.getvalue()))


def renditions(name, width, height):
    """[(url, width, height)] for the widths smaller than the original, then the original itself.

    `width` and `height` are the original's, as stored on the model (no file is opened to learn them).
    A missing or broken file yields the original's URL alone: a page never fails for a picture.
    """
    if not name or not width or not height:
        return []
    sizes = []
    for target in WIDTHS:
        if target >= width:
            break
        try:
            rendition = make_rendition(name, target)
        except (OSError, ValueError, Image.DecompressionBombError):
            logger.warning("No rendition of %s at %s px", name, target, exc_info=True)
            break
        sizes.append((default_storage.url(rendition), target, round(height * target / width)))
    sizes.append((default_storage.url(name), width, height))
    return sizes


def choose(options, display):
    """The smallest option at least `display` pixels wide (or the largest there is)."""
    return next((option for option in options if option[1] >= display), options[-1])


IMG_TAG = re.compile(r"<img\b([^>]*)>")
ATTRIBUTE = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
BODY_SIZES = "(max-width: 760px) 100vw, 820px"


def enrich_body_images(html):
    """Give the pictures in rich text what every picture on the site has: width, height, srcset,
    lazy loading and an alt attribute. Run on save, so pages pay nothing for it."""
    if not html or "<img" not in html:
        return html

    def rewrite(match):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        attributes.setdefault("alt", "")
        src = attributes.get("src", "")
        if src.startswith(settings.MEDIA_URL) and "/renditions/" not in src:
            name = src.removeprefix(settings.MEDIA_URL)
            dimensions = _dimensions(name)
            if dimensions:
                options = renditions(name, *dimensions)
                url, width, height = choose(options, 960)
                attributes.update(
                    src=url,
                    width=str(width),
                    height=str(height),
                    srcset=", ".join(f"{u} {w}w" for u, w, _h in options),
                    sizes=BODY_SIZES,
                )
        attributes.update(loading="lazy", decoding="async")
        # Values come from the sanitiser (already escaped) or from storage URLs: no quotes inside.
        return "<img " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + ">"

    return IMG_TAG.sub(rewrite, html)


def _dimensions(name):
    try:
        if not default_storage.exists(name):
            return None
        with default_storage.open(name, "rb") as stored:
            return Image.open(stored).size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


class SafeImageFormField(forms.ImageField):
    """An image upload that is re-encoded by Pillow before anything stores it."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        try:
            content, extension, _width, _height = reencode(upload)
        except ImageRefused as refusal:
            raise forms.ValidationError(str(refusal), code="invalid_image") from refusal
        return ContentFile(content, name=f"image.{extension}")


class SafeImageField(models.ImageField):
    """A model image field whose form re-encodes uploads (see `reencode`)."""

    def formfield(self, **kwargs):
        return super().formfield(**{**kwargs, "form_class": SafeImageFormField})
