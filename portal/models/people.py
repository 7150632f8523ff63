"""About the area: development zones, officials and departments."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.images import SafeImageField
from portal.models.base import ContentQuerySet, WrittenIn
from portal.models.directory import DirectoryEntry, WithCover, upload_directory
from portal.models.sections import Section
from portal.richtext import RichTextField


class DevelopmentZone(WithCover, DirectoryEntry):
    """A district or functional zone of the new area, with its profile (in `body`)."""

    section_kind = Section.Kind.ZONES

    class Kind(models.TextChoices):
        DISTRICT = "district", _("District")
        FUNCTIONAL = "functional", _("Functional zone")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.FUNCTIONAL)
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("development zone")
        verbose_name_plural = _("development zones")


class Official(WrittenIn, models.Model):
    title_field = "name"

    name = models.CharField(_("name"), max_length=120)
    title = models.CharField(_("position"), max_length=250, help_text=_("e.g. Party Secretary"))
    photo = SafeImageField(
        _("photo"),
        upload_to=upload_directory,
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    biography = RichTextField(_("biography"), blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("official")
        verbose_name_plural = _("officials")

    def __str__(self):
        return self.name or f"#{self.pk}"  # in the active language, falling back to English


class Department(WrittenIn, models.Model):
    title_field = "name"

    name = models.CharField(_("name"), max_length=200)
    duties = RichTextField(_("duties"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return self.name or f"#{self.pk}"  # in the active language, falling back to English
