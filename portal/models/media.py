"""The media library (issue 8 §2): every picture staff have uploaded, found again and reused.

A `MediaImage` names a file already in storage (the name Article.cover, ArticlePhoto.image and the
editor's uploads store, e.g. `uploads/2026/11/<hex>.jpg`) with its size and its description. Reusing
one never uploads it again: a cover chosen from the library stores the same name, and an image
placed in the editor links the same URL.

Pictures join the library as they are uploaded: the editor's upload endpoint registers its own
(portal/views/uploads.py), and an article's cover and photos register when the article or photo is
saved, by any path (admin, importer, demo loader), with the description they were given. The
description travels both ways: an image with no description in a language takes the one the article
gave it (its cover's alt, a photo's alt, the alt of the picture in the body).

Where a picture is used is read from the content (`uses`), not kept in a table of its own, so it is
never out of date; the library's delete page lists it. Deleting a library entry never deletes the
file: pages, old versions kept for recovery, and anything the search cannot see may still show it.
"""

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from portal.images import ATTRIBUTE, IMG_TAG
from portal.models.base import ContentQuerySet

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = ("alt", "caption")  # portal/translation.py


class MediaImageQuerySet(ContentQuerySet):
    def newest_first(self):
        return self.order_by("-created_at", "-pk")

    def search(self, query):
        """Images whose description or caption, in either language, holds every word of `query`."""
        from portal.admin_site import shortened_search  # what a list's search accepts, here too

        queryset = self
        for word in shortened_search(query or "").split():
            matches = models.Q()
            for field in TRANSLATED:
                for code in LANGUAGE_CODES:
                    matches |= models.Q(
                        **{f"{build_localized_fieldname(field, code)}__icontains": word}
                    )
            queryset = queryset.filter(matches)
        return queryset


class MediaImage(models.Model):
    file = models.CharField(
        _("stored file"),
        max_length=255,  # the length of a FileField's name
        unique=True,
        help_text=_("The name of the picture in storage. Reusing it never uploads it again."),
    )
    width = models.PositiveIntegerField(_("width"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True, editable=False)
    alt = models.CharField(
        _("description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. "
            "It is filled in wherever the picture is reused."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("photo credit"), max_length=120, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
        editable=False,
    )
    # A default, not auto_now_add: pictures registered from existing content (migration 0015) take
    # the date of the content that showed them, so the library's order means something from day one.
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)

    objects = MediaImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = "created_at"
        verbose_name = _("library image")
        verbose_name_plural = _("media library")
        # The library and the picker, newest first: every page an index walk.
        indexes = [models.Index(fields=["-created_at", "-id"], name="mediaimage_newest_first")]

    def __str__(self):
        return self.description() or self.file.rsplit("/", 1)[-1]

    @property
    def url(self):
        return default_storage.url(self.file)

    def description(self, language=None):
        """The alt text in `language` (the active one), else in the other language."""
        return self.translated("alt", language)

    def translated(self, field, language=None):
        from django.utils.translation import get_language

        first = language or get_language()
        for code in [first, *LANGUAGE_CODES]:
            if code in LANGUAGE_CODES and (value := getattr(self, f"{field}_{_suffix(code)}")):
                return value
        return ""


def _suffix(code):
    return code.replace("-", "_")


# Registering --------------------------------------------------------------------------------------


def register(name, width=None, height=None, user=None, **texts):
    """Put stored picture `name` in the library, or complete its entry: the size and the texts it
    lacks (`alt_en="…"`, `caption_zh_hans="…"`…) are filled, nothing written is replaced.
    The entry, or None for no name."""
    if not name:
        return None
    texts = {key: value for key, value in texts.items() if value}
    image, created = MediaImage.objects.get_or_create(
        file=name, defaults={"width": width, "height": height, "uploaded_by": user, **texts}
    )
    if not created:
        missing = {key: value for key, value in texts.items() if not getattr(image, key)}
        if width and not image.width:
            missing.update(width=width, height=height)
        if missing:
            for key, value in missing.items():
                setattr(image, key, value)
            image.save(update_fields=list(missing))
    return image


def body_images(html):
    """The stored pictures a rich-text body shows: [(name, width, height, alt)].

    A saved body shows a rendition (`renditions/uploads/…-960w.jpg`) and lists the original last in
    its srcset with its width (portal.images.enrich_body_images); a body not yet enriched shows the
    original itself. Pictures from elsewhere (another site, a rendition whose original is unknown) are
    left out. The height is the original's width scaled as the shown picture is."""
    found = []
    for match in IMG_TAG.finditer(html or ""):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        candidates = []
        for entry in attributes.get("srcset", "").split(","):
            url, _space, descriptor = entry.strip().partition(" ")
            if descriptor.endswith("w") and descriptor[:-1].isdigit():
                candidates.append((int(descriptor[:-1]), url))
        src = attributes.get("src", "")
        width = height = None
        if candidates:
            width, src = max(candidates)
            shown_w, shown_h = attributes.get("width", ""), attributes.get("height", "")
            if shown_w.isdigit() and shown_h.isdigit() and int(shown_w):
                height = round(width * int(shown_h) / int(shown_w))
            else:
                width = None
        if not src.startswith(settings.MEDIA_URL):
            continue
        name = src.removeprefix(settings.MEDIA_URL)
        if not name or name.startswith("renditions/") or ".." in name.split("/"):
            continue
        found.append((name, width, height, attributes.get("alt", "")))
    return found


def stem(name):
    """What the original and every rendition of `name` have in their addresses: `uploads/2026/11/abc`
    (a rendition is `renditions/uploads/2026/11/abc-640w.jpg`)."""
    folder, _slash, filename = name.rpartition("/")
    base = filename.rsplit(".", 1)[0] if "." in filename[1:] else filename
    return f"{folder}/{base}" if folder else base


# Where a picture is used ------------------------------------------------------------------------


def uses(image):
    """Where stored picture `image` (a MediaImage or a name) appears: [(object, what)], the object
    being the one an editor opens (a photo's article), `what` naming the field ("cover image",
    "body (English)"). Every image field and rich-text field of the portal's models is read: one
    query per field, on the delete page only."""
    from django.apps import apps

    from portal.images import SafeImageField
    from portal.richtext import RichTextField

    name = getattr(image, "file", image)
    found = []
    for model in apps.get_app_config("portal").get_models():
        if model is MediaImage:
            continue
        translated = {
            f.translated_field.name for f in model._meta.fields if hasattr(f, "translated_field")
        }
        for field in model._meta.concrete_fields:
            if isinstance(field, SafeImageField):
                lookup = {field.name: name}
            elif isinstance(field, RichTextField) and field.name not in translated:
                # The picture's original or any of its renditions, by its unique random name.
                lookup = {f"{field.name}__contains": stem(name)}
            else:
                continue
            for obj in model._default_manager.filter(**lookup).order_by("pk")[:50]:
                found.append((_owner(obj), field.verbose_name))
    return found


def _owner(obj):
    """What an editor opens to see `obj`: a photo of a story or a park is edited in its parent."""
    for parent in ("article", "park"):
        if hasattr(obj, f"{parent}_id") and obj._meta.model_name.endswith("photo"):
            return getattr(obj, parent)
    return obj


# Signals: pictures saved with content join the library -------------------------------------------


def _texts(obj, mapping):
    """{"alt_en": obj.cover_alt_en, …} for mapping {"alt": "cover_alt", …}, each language."""
    return {
        f"{target}_{_suffix(code)}": getattr(obj, f"{source}_{_suffix(code)}", "") or ""
        for target, source in mapping.items()
        for code in LANGUAGE_CODES
    }


@receiver(post_save, sender="portal.Article", dispatch_uid="media-library-article")
def register_article_images(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if instance.cover:
        register(
            instance.cover.name,
            instance.cover_width,
            instance.cover_height,
            credit=instance.cover_credit_en or instance.cover_credit_zh_hans,
            **_texts(instance, {"alt": "cover_alt", "caption": "cover_caption"}),
        )
    _register_body_images(instance, "body")


@receiver(post_save, sender="portal.ArticlePhoto", dispatch_uid="media-library-photo")
def register_article_photo(sender, instance, raw=False, **kwargs):
    if raw or not instance.image:
        return
    texts = _texts(instance, {"alt": "alt", "caption": "caption"})
    register(instance.image.name, instance.width, instance.height, credit=instance.credit, **texts)


@receiver(post_save, sender="portal.Section", dispatch_uid="media-library-section")
def register_section_images(sender, instance, raw=False, **kwargs):
    if not raw:
        _register_body_images(instance, "body")


def _register_body_images(instance, field):
    """The pictures of a body that are in the library get the description the body gives them,
    in the body's language, where they have none; pictures not in it yet join it."""
    for code in LANGUAGE_CODES:
        html = getattr(instance, build_localized_fieldname(field, code), "") or ""
        if "<img" not in html:
            continue
        for name, width, height, alt in body_images(html):
            register(name, width, height, **{f"alt_{_suffix(code)}": alt})
