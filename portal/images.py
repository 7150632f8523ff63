"""Images: checking and re-encoding uploads, and renditions (smaller copies made once and reused).

Every picture staff upload (cover, photo-story image, editor image) goes through `reencode`: Pillow
opens it within size, pixel and frame limits and writes it anew, which drops anything hidden in or
appended to the file. Renditions live under `renditions/<original path>-<width>w.jpg`; the first page
that needs one makes it, under a lock in the shared cache so that two requests racing for it make one
file, and marks it made in that cache: later pages find the mark and touch storage not at all (with
media on S3, a storage look-up is an HTTP request per picture and width).
"""

import hashlib
import logging
import mimetypes
import re
import time
from dataclasses import dataclass
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# An 8000 × 5000 photo; a decompression bomb is refused before it is decoded.
MAX_PIXELS = 40_000_000
MAX_FRAMES = 50
# What re-encoding costs grows with the pixels decoded, and an animation decodes its whole canvas once
# per frame: a 6000 × 6000 GIF of 50 flat frames, a 1.4 MB file, took 70 s and 836 MB. So every frame
# counts against one budget, the size of the largest still image. The worst cases within it (40 GIF
# frames of 1000 × 1000; two WebP frames of 5000 × 4000) take ≈ 2.5 s of CPU and at most 660 MB, as
# the largest still WebP does. 128 million would allow ≈ 10 s and 1 GB: Pillow re-quantises each GIF
# frame after the first and holds every frame until it writes the file.
MAX_DECODED_PIXELS = MAX_PIXELS
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
        # Counting frames reads the frame headers without decoding them (a GIF's n_frames scans the
        # file: ≈ 1 s for the 370,000 tiny frames 10 MB can hold, nothing for real images).
        frames = getattr(image, "n_frames", 1)
        if frames > MAX_FRAMES:
            raise ImageRefused(_("The animation has too many frames (at most 50)."))
        if image.width * image.height * frames > MAX_DECODED_PIXELS:
            raise ImageRefused(
                _("The animation is too large: its frames hold more than 40 million pixels in all.")
            )
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


# Renditions are made once. A made one is marked in the shared cache (Redis in production), so a page
# finds every rendition of a picture in one cache round trip and asks storage nothing; the first page
# that needs a missing one makes it under a lock (cache.add is atomic, across app servers on Redis), so
# requests racing for it make one file, never `…-320w_AbC12xy.jpg` copies. A broken original is marked
# too, for a while, so pages do not retry it on every view.
# A mark that expires costs one storage look-up, then it is set again.
MADE_TIMEOUT = 60 * 60 * 24 * 7
BROKEN_TIMEOUT = 60 * 10
LOCK_TIMEOUT = 60  # if the maker dies, another request takes over after this
LOCK_WAIT = 3.0  # how long a page waits for another request's rendition before showing the original
LOCK_POLL = 0.05


class RenditionUnavailable(OSError):
    """The rendition cannot be had for this page: its original is broken, or another request is
    still making it. The page shows the original instead."""


def rendition_name(name, width):
    """`articles/2026/11/abc.png` → `renditions/articles/2026/11/abc-640w.jpg`. Plain string work:
    a list page asks this for every width of every picture, and pathlib costs ten times more."""
    folder, _slash, filename = name.rpartition("/")
    stem = filename.rsplit(".", 1)[0] if "." in filename[1:] else filename
    return f"renditions/{folder + '/' if folder else ''}{stem}-{width}w.jpg"


def _cache_key(kind, target):
    """A short, safe cache key for a rendition, per storage (a test's or a deployment's media root or
    bucket), so that a mark never speaks for a file in another store."""
    storage = default_storage
    where = f"{getattr(storage, 'bucket_name', '')}:{getattr(storage, 'location', '')}:{target}"
    return f"rendition:{kind}:{hashlib.sha256(where.encode()).hexdigest()[:32]}"


def _cache_call(method, *args):
    """A cache call that never fails a page: with the cache unreachable, renditions fall back to
    asking storage (slower, still correct)."""
    try:
        return getattr(cache, method)(*args)
    except Exception:  # the cache backend's own errors (redis.ConnectionError…): any of them
        logger.warning("Cache unavailable for renditions: %s", method, exc_info=True)
        return None


def _draw(name, width):
    """The JPEG bytes of stored image `name` scaled to `width` pixels."""
    with default_storage.open(name, "rb") as source:
        image = Image.open(source)
        # A JPEG decodes at 1/2, 1/4 or 1/8 scale for next to nothing: ask for at least twice the
        # rendition's size (as thumbnail() does), before exif_transpose() decodes it at full size.
        image.draft(None, (width * 2, width * 2))
        image = ImageOps.exif_transpose(image)
        image.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
        if image.mode not in ("RGB", "L"):
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def make_rendition(name, width):
    """Make the rendition of stored image `name` at `width` pixels, unless it exists. Its name.

    Under the lock, storage is asked whether the file exists (made by a request whose mark has since
    expired), and only then is it drawn and saved. Raises RenditionUnavailable when another request
    holds the lock beyond LOCK_WAIT, and OSError (or Pillow's errors) for a missing or broken original.
    """
    target = rendition_name(name, width)
    made_key, lock_key = _cache_key("made", target), _cache_key("lock", target)
    deadline = time.monotonic() + LOCK_WAIT
    # add() is True (the lock is ours), False (another request holds it) or None (the cache raised).
    # With the cache unreachable, the exists() check alone guards against duplicates, as it did
    # before there was a lock; portal.cache's Redis answers False to everything while Redis is down,
    # which is told from a held lock by the lock not being there to read.
    lock_seen_free = False
    while (locked := _cache_call("add", lock_key, 1, LOCK_TIMEOUT)) is False:
        if _cache_call("get", lock_key) is None:
            if lock_seen_free:
                break  # nobody holds it, yet add() refuses it: the cache is down
            lock_seen_free = True  # or its holder released it a moment ago: try once more
            continue
        time.sleep(LOCK_POLL)
        made = _cache_call("get", made_key)
        if made is True:
            return target
        if made is False:
            raise RenditionUnavailable(f"{name} is broken")
        if time.monotonic() > deadline:
            raise RenditionUnavailable(f"{target} is being made by another request")
    try:
        if not default_storage.exists(target):
            try:
                data = _draw(name, width)
            except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
                _cache_call("set", made_key, False, BROKEN_TIMEOUT)
                raise
            saved = default_storage.save(target, ContentFile(data))
            if saved != target:  # only if the lock expired under a very slow maker
                logger.warning("Rendition %s was made twice; keeping the first", target)
                default_storage.delete(saved)
            else:
                _cache_call("set", _cache_key("bytes", target), len(data), MADE_TIMEOUT)
        _cache_call("set", made_key, True, MADE_TIMEOUT)
    finally:
        if locked:
            _cache_call("delete", lock_key)
    return target


def renditions(name, width, height):
    """[(url, width, height)] for the widths smaller than the original, then the original itself.

    `width` and `height` are the original's, as stored on the model (no file is opened to learn them),
    and renditions already made are known from the cache (no storage is asked either).
    A missing or broken file yields the original's URL alone: a page never fails for a picture.
    """
    if not name or not width or not height:
        return []
    targets = [target for target in WIDTHS if target < width]
    keys = [_cache_key("made", rendition_name(name, target)) for target in targets]
    made = (_cache_call("get_many", keys) if keys else None) or {}
    sizes = []
    for target, key in zip(targets, keys, strict=True):
        if made.get(key) is False:
            break  # the original is broken (marked a moment ago): don't try again on every page
        try:
            rendition = (
                rendition_name(name, target) if made.get(key) else make_rendition(name, target)
            )
        except RenditionUnavailable:
            break
        except Exception:  # a broken file, or storage unreachable (boto's errors are not OSErrors)
            logger.warning("No rendition of %s at %s px", name, target, exc_info=True)
            break
        sizes.append((default_storage.url(rendition), target, round(height * target / width)))
    sizes.append((default_storage.url(name), width, height))
    return sizes


# Share cards (OpenGraph, Twitter) and feed enclosures ask for a picture 1200 pixels wide. It is a
# rendition like the others (made once, under the lock, marked made in the cache), but not one of
# WIDTHS: pages' srcsets have no use for it, so only pictures that are shared get the file.
SHARE_WIDTH = 1200


@dataclass(frozen=True)
class SharedImage:
    """A picture as a share card or a feed shows it: its URL (as storage gives it: the caller makes
    it absolute), size in pixels, size in bytes (a feed enclosure must give it) and type."""

    url: str
    width: int
    height: int
    length: int
    mime_type: str


def share_images(pictures):
    """{name: SharedImage} for [(name, width, height)] of stored pictures: a rendition 1200 pixels
    wide, or the original itself when it is no wider (the nearest there is).

    One cache round trip for them all: whether each rendition is made, and each file's size in
    bytes, which is kept in the cache when the rendition is made (or when storage was asked once).
    Storage is asked only for what the cache does not know. A picture whose file is missing is left
    out; a rendition that cannot be had now (broken, or being made) gives way to the original.
    """
    plans = []
    for name, width, height in pictures:
        if not (name and width and height):
            continue
        if width > SHARE_WIDTH:
            target = rendition_name(name, SHARE_WIDTH)
            size = (SHARE_WIDTH, round(height * SHARE_WIDTH / width))
        else:
            target, size = name, (width, height)
        plans.append((name, target, size, (width, height)))
    if not plans:
        return {}
    keys = [_cache_key(kind, target) for _n, target, _s, _o in plans for kind in ("made", "bytes")]
    known = _cache_call("get_many", keys) or {}
    shared = {}
    for name, target, size, original in plans:
        if target != name and not known.get(_cache_key("made", target)):
            try:
                if known.get(_cache_key("made", target)) is False:
                    raise RenditionUnavailable(f"{name} is broken")
                make_rendition(name, SHARE_WIDTH)
            except Exception:  # broken, being made, storage unreachable: share the original
                logger.warning("No share rendition of %s", name, exc_info=True)
                target, size = name, original
        length = known.get(_cache_key("bytes", target)) or _stored_size(target)
        if length is None:
            continue
        mime_type = "image/jpeg" if target != name else _mime_type(name)
        shared[name] = SharedImage(default_storage.url(target), *size, length, mime_type)
    return shared


def _stored_size(name):
    """The size of a stored file in bytes, asked of storage once and kept in the cache; None when
    there is no such file."""
    key = _cache_key("bytes", name)
    length = _cache_call("get", key)
    if length is None:
        try:
            length = default_storage.size(name)
        except Exception:  # missing, or storage unreachable (boto's errors are not OSErrors)
            logger.warning("Cannot tell the size of %s", name, exc_info=True)
            return None
        _cache_call("set", key, length, MADE_TIMEOUT)
    return length


def _mime_type(name):
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def choose(options, display):
    """The smallest option at least `display` pixels wide (or the largest there is)."""
    return next((option for option in options if option[1] >= display), options[-1])


IMG_TAG = re.compile(r"<img\b([^>]*)>")
ATTRIBUTE = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
BODY_SIZES = "(max-width: 760px) 100vw, 820px"
BODY_COLUMN = 820  # the article text column at desktop width, in CSS pixels (static/css/main.css)


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
                url, chosen_width, _height = choose(options, 960)
                width, height = _display_size(attributes, *dimensions, chosen_width)
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


def _display_size(attributes, natural_width, natural_height, chosen_width):
    """The width and height a body picture is shown at, in the picture's own proportions.

    The editor's width is kept, within the picture's own: the image dialog fits a new picture to the
    text column (BODY_COLUMN, static/portal/admin/editor.js), and staff may make it smaller by
    dragging its corner. Without a width (a body written elsewhere, or a picture saved before the
    editor sized them) the picture's is that of the file `src` names, as it always was, so that a
    stored body prepares to itself."""
    given = attributes.get("width", "")
    width = min(int(given), natural_width) if given.isdigit() and int(given) else chosen_width
    return width, max(1, round(natural_height * width / natural_width))


def _dimensions(name):
    """The size of stored image `name`, or None when there is no such picture to measure.

    A name that storage refuses to look up (`/media//x.jpg` gives "/x.jpg", `/media/../x` gives
    "../x": SuspiciousFileOperation on disk, SuspiciousOperation from S3) is such a case: the image
    is left as it was written, and the article is saved all the same."""
    try:
        if not default_storage.exists(name):
            return None
        with default_storage.open(name, "rb") as stored:
            return Image.open(stored).size
    except (OSError, ValueError, Image.DecompressionBombError, SuspiciousOperation):
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


class SafeImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        # Django measures the content handed to save() for the width and height fields, and content
        # without a name (a bare ContentFile, as the demo loader passes) measures as no file at all:
        # the dimensions were stored empty, and every later load of the row opened the file to measure
        # it again (a storage read per picture per page; a GET of the whole image on S3).
        if not getattr(content, "name", None):
            content.name = name
        super().save(name, content, save)

    save.alters_data = True


class SafeImageField(models.ImageField):
    """A model image field whose form re-encodes uploads (see `reencode`)."""

    attr_class = SafeImageFieldFile

    def formfield(self, **kwargs):
        return super().formfield(**{**kwargs, "form_class": SafeImageFormField})
