"""The old site (issue 10): which of its sections become which of ours, and where its addresses lead.

`SectionMapping` is the table the importer reads to place an old page: the section name as the old
breadcrumb wrote it ("Liangjiang", "Business", "两江新闻"), in the old page's language, and the
section of ours its articles go to. Migration 0019 pre-fills the old names; Site managers change the
table in the admin. A name with no section is known but not imported: its pages are reported as
skipped until someone chooses a section. A name that is not in the table at all is reported too,
never guessed.

`OldAddress` is the address map: one row per old address (`/2020-03/03/content_37534041_2.htm`,
`/mixmedia/a/202510/23/WS….html`, an old picture's address, an old list page) and what it leads to
now, so that a redirect is one look-up of a unique, indexed column, whatever the size of the archive.
The importer writes the rows of the pages and pictures it imports; an old address typed into an
article by staff (`Article.legacy_url`) gets its row when the article is saved.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

# Sections that hold articles: an old page can only become an article in one of these.
ARTICLE_KINDS = ["articles", "photos", "videos"]


class SectionMappingQuerySet(models.QuerySet):
    def lookup(self):
        """{(old name folded, language): mapping} for every row: the importer reads it once."""
        return {
            (fold_name(m.old_name), m.language): m for m in self.select_related("section__parent")
        }


def fold_name(name):
    """How old names are compared: case and runs of spaces do not matter ("Why  liangjiang")."""
    return " ".join((name or "").split()).casefold()


class SectionMapping(models.Model):
    old_name = models.CharField(
        _("old section name"),
        max_length=100,
        help_text=_(
            "The section as the old site's breadcrumb wrote it, e.g. “Liangjiang” in "
            "“Home > Liangjiang”. Case does not matter."
        ),
    )
    language = models.CharField(
        _("language of the old pages"), max_length=10, choices=settings.LANGUAGES
    )
    section = models.ForeignKey(
        "portal.Section",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind__in": ARTICLE_KINDS},
        verbose_name=_("imported into"),
        help_text=_(
            "The section whose articles the old pages become. Leave it empty to leave them out: "
            "the import then reports them as skipped."
        ),
    )

    objects = SectionMappingQuerySet.as_manager()

    class Meta:
        ordering = ["language", "old_name"]
        verbose_name = _("old-site section")
        verbose_name_plural = _("old-site sections")
        constraints = [
            models.UniqueConstraint(
                fields=["old_name", "language"],
                name="sectionmapping_unique_name",
                violation_error_message=_("This old section name is already mapped."),
            )
        ]

    def __str__(self):
        return f"{self.old_name} ({self.get_language_display()})"


class OldAddress(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article page")
        IMAGE = "image", _("Picture")
        SECTION = "section", _("Section list")

    path = models.CharField(
        _("old address"),
        max_length=300,
        unique=True,
        help_text=_("The address on the old site without its host, e.g. /2020-03/03/c_1.htm."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("The old page's language: it opens in this one. Empty: the visitor's."),
    )
    article = models.ForeignKey(
        "portal.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="old_addresses",
        verbose_name=_("article"),
    )
    image = models.ForeignKey(
        "portal.MediaImage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="old_addresses",
        verbose_name=_("picture"),
    )
    section = models.ForeignKey(
        "portal.Section",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="old_addresses",
        verbose_name=_("section"),
    )
    # The import's own bookkeeping, on the row of a story's first page (its "story address"):
    # what the old story said when it was imported, and when, to tell "unchanged" from "changed
    # on the old site" from "edited here since" (Article.updated_at after imported_at).
    story = models.CharField(_("story"), max_length=300, blank=True, editable=False)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["path"]
        verbose_name = _("old-site address")
        verbose_name_plural = _("old-site addresses")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="article", article__isnull=False)
                | Q(kind="image", image__isnull=False)
                | Q(kind="section", section__isnull=False),
                name="oldaddress_has_its_target",
            )
        ]

    def __str__(self):
        return self.path


@receiver(post_save, sender="portal.Article", dispatch_uid="legacy-typed-address")
def keep_typed_address(sender, instance, raw=False, **kwargs):
    """An old address typed into an article (its `legacy_url`) leads to it, as the importer's do.
    One insert that does nothing when the address is known; an address that led somewhere keeps
    leading there."""
    path = instance.legacy_url
    if raw or not path.startswith("/"):  # the demo's own keys ("demo:…") are not addresses
        return
    OldAddress.objects.bulk_create(
        [OldAddress(path=path, kind=OldAddress.Kind.ARTICLE, article=instance)],
        ignore_conflicts=True,
    )
