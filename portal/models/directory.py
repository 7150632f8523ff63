"""The investment directory: industries, industrial parks (with their galleries) and enterprises.
Cross-linked: a park lists its industries and enterprises, an industry its parks and enterprises,
an enterprise its park, industries and success stories."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.images import SafeImageField
from portal.models.articles import random_name
from portal.models.base import ContentQuerySet, WrittenIn
from portal.models.sections import Section
from portal.richtext import RichTextField


def upload_directory(instance, filename):
    return random_name("directory", filename)


class DirectoryEntry(WrittenIn, models.Model):
    """What every directory entry has: a name, an ASCII slug shared by both languages, a summary,
    a body, and a place in its section's list. `section_kind` says which section it lives under."""

    section_kind = None
    title_field = "name"  # written in a language when it is named in it (portal.models.base)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_(
            "The last part of the address, in lower-case English letters, digits and hyphens."
        ),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name or self.slug  # in the active language, falling back to English

    def save(self, *args, **kwargs):
        """Save, and keep a renamed entry's former address working (see EntryRedirect)."""
        former = None
        if self.pk:
            former = type(self).objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        super().save(*args, **kwargs)
        if former and former != self.slug:
            EntryRedirect.remember(self.section_kind, former, self.slug)

    def get_absolute_url(self):
        section = (
            Section.objects.select_related("parent")
            .filter(kind=self.section_kind, parent__isnull=False)
            .first()
        )
        if section is None:
            return ""
        return entry_url(section, self)


class EntryRedirect(models.Model):
    """A slug a directory entry had before it was renamed: /…/enterprises/<old>/ → /…/<new>/."""

    kind = models.CharField(_("kind"), max_length=20, choices=Section.Kind.choices)
    old_slug = models.SlugField(_("former slug"), max_length=80)
    new_slug = models.SlugField(_("slug"), max_length=80)

    class Meta:
        verbose_name = _("former address")
        verbose_name_plural = _("former addresses")
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_slug"], name="entry_redirect_unique_slug")
        ]

    def __str__(self):
        return f"{self.old_slug} → {self.new_slug}"

    @classmethod
    def remember(cls, kind, old_slug, new_slug):
        """Point `old_slug` (and every older slug) at `new_slug`; the new slug is no redirect."""
        cls.objects.filter(kind=kind, old_slug=new_slug).delete()
        cls.objects.filter(kind=kind, new_slug=old_slug).update(new_slug=new_slug)
        cls.objects.update_or_create(kind=kind, old_slug=old_slug, defaults={"new_slug": new_slug})


class WithCover(models.Model):
    """A cover picture whose size is stored, so pages set width and height without opening it."""

    cover = SafeImageField(
        _("cover image"),
        upload_to=upload_directory,
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True


def entry_url(section, entry_or_slug):
    """The address of a directory entry (or of a slug) under `section`."""
    slug = getattr(entry_or_slug, "slug", entry_or_slug)
    # The `portal:entry` route, built from the section's own address (worked out once per section
    # and language) rather than by a reverse() per link: directory lists link to hundreds.
    return f"{section.get_own_url()}{slug}/"


class Industry(DirectoryEntry):
    section_kind = Section.Kind.INDUSTRIES

    image = SafeImageField(
        _("image"),
        upload_to=upload_directory,
        blank=True,
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("industry")
        verbose_name_plural = _("industries")


class IndustrialPark(WithCover, DirectoryEntry):
    section_kind = Section.Kind.PARKS

    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    established = models.PositiveSmallIntegerField(_("year established"), null=True, blank=True)
    district = models.CharField(_("location / district"), max_length=120, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    leading_industries = models.CharField(
        _("leading industries"),
        max_length=250,
        blank=True,
        help_text=_("A short line for the park's card, e.g. “Automobiles, electronics”."),
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="parks", verbose_name=_("industries")
    )
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("industrial park")
        verbose_name_plural = _("industrial parks")


class ParkPhoto(models.Model):
    """One picture of a park's gallery."""

    park = models.ForeignKey(
        IndustrialPark, on_delete=models.CASCADE, related_name="photos", verbose_name=_("park")
    )
    image = SafeImageField(
        _("image"), upload_to=upload_directory, width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    alt = models.CharField(
        _("description (alt text)"),
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery")

    def __str__(self):
        return self.caption or self.alt


class Enterprise(DirectoryEntry):
    section_kind = Section.Kind.ENTERPRISES

    class Origin(models.TextChoices):
        CHINA = "CN", _("Chinese mainland")
        HONG_KONG = "HK", _("Hong Kong, China")
        TAIWAN = "TW", _("Taiwan, China")
        UNITED_STATES = "US", _("United States")
        GERMANY = "DE", _("Germany")
        JAPAN = "JP", _("Japan")
        SOUTH_KOREA = "KR", _("South Korea")
        SWITZERLAND = "CH", _("Switzerland")
        UNITED_KINGDOM = "GB", _("United Kingdom")
        FRANCE = "FR", _("France")
        SINGAPORE = "SG", _("Singapore")
        AUSTRALIA = "AU", _("Australia")
        MEXICO = "MX", _("Mexico")
        OTHER = "XX", _("Other")

    logo = SafeImageField(
        _("logo or picture"),
        upload_to=upload_directory,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="enterprises", verbose_name=_("industries")
    )
    park = models.ForeignKey(
        IndustrialPark,
        on_delete=models.PROTECT,  # a park in use cannot be deleted: move its enterprises first
        null=True,
        blank=True,
        related_name="enterprises",
        verbose_name=_("industrial park"),
    )
    origin = models.CharField(
        _("country or region of origin"), max_length=2, choices=Origin.choices, default=Origin.CHINA
    )
    is_fortune500 = models.BooleanField(_("Fortune Global 500"), default=False)
    established = models.PositiveSmallIntegerField(_("year established"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta(DirectoryEntry.Meta):
        ordering = ["position", "slug"]
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        indexes = [
            # The enterprise list's order, so a page (even the last) is read from the index rather
            # than by sorting every enterprise; `id` (a key column: SQLite has no INCLUDE) serves
            # the paginator's id look-up.
            models.Index(fields=["position", "slug", "id"], name="enterprise_order"),
            # A park's enterprises in that order: its page shows the first ones, ?park= the rest.
            models.Index(fields=["park", "position", "slug"], name="enterprise_park_order"),
        ]
