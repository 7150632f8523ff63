"""News and features: articles, photo stories (ordered photos) and video stories."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from portal.images import SafeImageField
from portal.models.base import LANGUAGE_CODES, ContentQuerySet, WrittenIn
from portal.richtext import RichTextField


def random_name(folder, filename):
    """Upload paths that reveal nothing and never collide: articles/2026/11/<random>.jpg."""
    suffix = PurePosixPath(filename).suffix.lower()[:8]
    return timezone.now().strftime(f"{folder}/%Y/%m/") + uuid.uuid4().hex + suffix


def upload_cover(instance, filename):
    return random_name("articles", filename)


def upload_photo(instance, filename):
    return random_name("photos", filename)


def upload_video(instance, filename):
    return random_name("videos", filename)


def upload_captions(instance, filename):
    return random_name("captions", filename)


MAX_VIDEO_BYTES = 200 * 1024 * 1024
MAX_CAPTIONS_BYTES = 512 * 1024  # a feature film's subtitles are about 100 KB


def validate_video(upload):
    """An MP4 or WebM file by its content, not only its name, and at most 200 MB."""
    if upload.size > MAX_VIDEO_BYTES:
        raise ValidationError(_("The video is larger than 200 MB."))
    upload.seek(0)
    head = upload.read(12)
    upload.seek(0)
    if not (head.startswith(b"\x1a\x45\xdf\xa3") or head[4:8] == b"ftyp"):
        raise ValidationError(_("Upload an MP4 or WebM video."))


def validate_webvtt(upload):
    """A WebVTT caption file by its content: UTF-8 text that starts with the word WEBVTT (after an
    optional byte order mark), followed by a space, a tab or a line end; at most 512 KB."""
    if upload.size > MAX_CAPTIONS_BYTES:
        raise ValidationError(_("The caption file is larger than 512 KB."))
    upload.seek(0)
    data = upload.read(MAX_CAPTIONS_BYTES + 1)
    upload.seek(0)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("Save the caption file as UTF-8 text.")) from None
    if not (text.startswith("WEBVTT") and text[6:7] in ("", " ", "\t", "\n", "\r")):
        raise ValidationError(_("Upload a WebVTT caption file: its first line is “WEBVTT”."))


class ArticleQuerySet(ContentQuerySet):
    def published(self):
        """Published, and its publish time has come: a future time means scheduled."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def written_in(self, language=None):
        """Articles with a title in `language` (the active one by default). `title > ''` is false for
        NULL and for the empty string, and is the form the partial indexes are built on."""
        column = build_localized_fieldname("title", language or get_language())
        return self.filter(**{f"{column}__gt": ""})

    def public(self):
        """The one rule for visitors: published, and written in the page's language."""
        return self.published().written_in()

    def listing(self):
        """For lists, cards and blocks: everything but the bodies, which only the article page shows."""
        return self.defer(*(build_localized_fieldname("body", code) for code in LANGUAGE_CODES))


class Article(WrittenIn, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("Waiting for review")
        PUBLISHED = "published", _("Published")

    section = models.ForeignKey(
        "portal.Section",
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("section"),
        limit_choices_to={"kind__in": ["articles", "photos", "videos"]},
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True)
    byline = models.CharField(_("byline"), max_length=200, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    cover = SafeImageField(
        _("cover image"),
        upload_to=upload_cover,
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_alt = models.CharField(
        _("cover image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Required with a cover image."
        ),
    )
    cover_caption = models.CharField(_("cover caption"), max_length=300, blank=True)
    cover_credit = models.CharField(
        _("photo credit"), max_length=120, blank=True, help_text=_("Shown as [Photo/credit].")
    )
    video_file = models.FileField(
        _("video file"),
        upload_to=upload_video,
        blank=True,
        validators=[FileExtensionValidator(["mp4", "webm"]), validate_video],
        help_text=_("An MP4 or WebM file that plays in the page."),
    )
    captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to=upload_captions,
        blank=True,
        max_length=200,
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
        help_text=_(
            "A .vtt caption file for the video, in this language. The player offers it to viewers."
        ),
    )
    video_url = models.URLField(
        _("video link"), blank=True, help_text=_("Or a link to the video on another site.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publish date"),
        default=timezone.now,
        db_index=True,
        help_text=_("Shown as “Updated”. A future date schedules the article."),
    )
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    industries = models.ManyToManyField(
        "portal.Industry",
        blank=True,
        related_name="articles",
        verbose_name=_("related industries"),
        help_text=_("The story appears on these industries' pages."),
    )
    enterprises = models.ManyToManyField(
        "portal.Enterprise",
        blank=True,
        related_name="stories",
        verbose_name=_("related enterprises"),
        help_text=_("The story appears on these enterprises' pages as a success story."),
    )
    legacy_url = models.CharField(
        _("old address"),
        max_length=300,
        blank=True,
        db_index=True,
        help_text=_(
            "The article's address on the old site, e.g. /2020-03/03/content_37534041.htm."
        ),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("author"),
        help_text=_("The staff member who created the article."),
    )
    review_note = models.TextField(
        _("note from the reviewer"),
        blank=True,
        help_text=_("What to change before the article can be published. The writer sees it."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        get_latest_by = "published_at"
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        # Writers may add and change their own drafts; publishing (and reviewing others' work) is
        # this permission's (portal/permissions.py).
        permissions = [("publish_article", _("Can publish, review and send back articles"))]
        indexes = [
            models.Index(fields=["section", "status", "-published_at"]),
            # A section's public list, and its count, in each language: an index-only walk of the
            # section's own entries, newest first, whatever the size of the archive.
            *(
                models.Index(
                    fields=["section", "-published_at", "-id"],
                    condition=Q(status="published", **{f"title_{suffix}__gt": ""}),
                    name=f"article_public_{suffix}",
                )
                for suffix in ("en", "zh_hans")
            ),
            # The home page's featured stories.
            models.Index(
                fields=["-published_at"],
                condition=Q(status="published", is_featured=True),
                name="article_featured",
            ),
            # The admin's list, newest first: its pages, the last included, are an index-only walk.
            models.Index(fields=["-published_at", "-id"], name="article_newest_first"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(title_en__isnull=False) & ~Q(title_en=""))
                | (Q(title_zh_hans__isnull=False) & ~Q(title_zh_hans="")),
                name="article_has_a_title",
                violation_error_message=_("Give the article a title in English or in Chinese."),
            ),
            # One article per old-site address (many may have none). The admin's form names the
            # other article (clean_fields); this message is for any other path.
            models.UniqueConstraint(
                fields=["legacy_url"],
                condition=~Q(legacy_url=""),
                name="article_unique_legacy_url",
                violation_error_message=_("Another article already has this old address."),
            ),
        ]

    def __str__(self):
        """The title in the admin's language, or in the language the article has."""
        language = self.content_language()
        return getattr(self, build_localized_fieldname("title", language)) or f"#{self.pk}"

    def get_absolute_url(self):
        """`/en/news/local/<id>/`: under the section's address (the `portal:article` route), built
        from it without a reverse() per article, since lists link to many."""
        return f"{self.section.get_own_url()}{self.pk}/"

    def clean_fields(self, exclude=None):
        """The fields' own checks, and an old address that another article already has: an error
        on the field naming that article, with a link to it (the unique constraint's own message,
        skipped for a field with an error, could not say which)."""
        errors = {}
        try:
            super().clean_fields(exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.legacy_url and "legacy_url" not in errors and "legacy_url" not in (exclude or ()):
            other = Article.objects.exclude(pk=self.pk).filter(legacy_url=self.legacy_url).first()
            if other is not None:
                errors["legacy_url"] = [legacy_url_taken(other)]
        if errors:
            raise ValidationError(errors)

    def clean(self):
        super().clean()
        if not self.languages:
            raise ValidationError(
                {"title_en": _("Give the article a title in English or in Chinese.")}
            )
        if self.cover and not (self.cover_alt_en or self.cover_alt_zh_hans):
            raise ValidationError(
                {"cover_alt_en": _("Describe the cover image for people who cannot see it.")}
            )

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    @property
    def is_sent_back(self):
        """A draft a reviewer returned with a note for the writer."""
        return self.status == self.Status.DRAFT and bool(self.review_note)

    @property
    def state_label(self):
        """Where the article stands, as staff read it: draft, sent back, waiting for review,
        scheduled or published."""
        if self.is_sent_back:
            return _("Sent back")
        if self.status == self.Status.PUBLISHED:
            return _("Scheduled") if self.is_scheduled else _("Published")
        return self.get_status_display()


def legacy_url_taken(other):
    """The form error for an old address that `other` already has: its title, linked to it."""
    link = format_html(
        '<a href="{}">{}</a>', reverse("admin:portal_article_change", args=[other.pk]), other
    )
    return format_html(
        _(
            "This old address already belongs to the article “{article}”. "
            "Change or clear it there first."
        ),
        article=link,
    )


class ArticlePhoto(models.Model):
    """One picture of a photo story, in the story's order."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="photos", verbose_name=_("article")
    )
    image = SafeImageField(
        _("image"), upload_to=upload_photo, width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    alt = models.CharField(
        _("description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("photo credit"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.alt

    def clean(self):
        super().clean()
        if not (self.alt_en or self.alt_zh_hans):
            raise ValidationError(
                {"alt_en": _("Describe the picture for people who cannot see it.")}
            )
