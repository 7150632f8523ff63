"""The navigation tree: menus (About, Investing, Living, News), their items, and header/footer pages."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.models.base import ContentQuerySet, WrittenIn
from portal.richtext import RichTextField

# `/en/news/local/feed/` is the category's RSS feed (portal/feeds.py), so no menu item may be
# called `feed`: its page would answer at the menu's feed address.
FEED_SLUG = "feed"
# Top-level addresses the site itself answers (/en/search/): no menu may take them.
RESERVED_SLUGS = {"search"}


class Section(WrittenIn, models.Model):
    """A node of the navigation tree (栏目). Top-level sections are menus or stand-alone pages;
    their children are the menu items. The kind decides how the page renders."""

    class Placement(models.TextChoices):
        MAIN = "main", _("Main menu")
        HEADER = "header", _("Top bar and footer")
        FOOTER = "footer", _("Footer only")
        HIDDEN = "hidden", _("Hidden from menus")

    class Kind(models.TextChoices):
        MENU = "menu", _("Menu overview")
        PAGE = "page", _("Rich-text page")
        ARTICLES = "articles", _("List of articles")
        PHOTOS = "photos", _("Photo stories")
        VIDEOS = "videos", _("Video stories")
        ZONES = "zones", _("Development zones")
        OFFICIALS = "officials", _("Officials")
        DEPARTMENTS = "departments", _("Departments")
        PARKS = "parks", _("Industrial parks")
        INDUSTRIES = "industries", _("Industries")
        ENTERPRISES = "enterprises", _("Enterprises")
        LINK = "link", _("Link to another section")

    title = models.CharField(_("title"), max_length=100)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two shown under the title.")
    )
    body = RichTextField(_("page text"), blank=True, help_text=_("The text of a rich-text page."))
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "The last part of the address, in lower-case English letters, digits and hyphens."
        ),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        verbose_name=_("menu"),
        help_text=_("Leave empty for a menu or a stand-alone page."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    placement = models.CharField(
        _("placement"), max_length=10, choices=Placement.choices, default=Placement.MAIN
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PAGE)
    link_to = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("links to"),
        help_text=_("For the kind “Link to another section”: the page this menu item opens."),
    )

    owners = models.ManyToManyField(
        "auth.Group",
        blank=True,
        related_name="sections",
        verbose_name=_("edited by"),
        help_text=_(
            "The groups whose members edit this section's page text and articles. "
            "A menu's groups also edit all its items."
        ),
    )

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        # The menus' shape (slug, menu, kind, placement, position, link): Site managers'. Section
        # owners change only the texts (portal/permissions.py).
        permissions = [("change_section_structure", _("Can change the menus' structure"))]
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="section_unique_slug_in_menu"),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(parent__isnull=True), name="section_unique_top_slug"
            ),
        ]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent} › {self.title}"
        return self.title

    def save(self, *args, **kwargs):
        """Save, and keep the section's former address (and its items') working: a path that
        changes redirects from the old one."""
        before = {}
        if self.pk:
            before = {s.pk: s.path for s in self._self_and_items()}
        super().save(*args, **kwargs)
        if before and before.get(self.pk) != self.path:
            after = {s.pk: s.path for s in self._self_and_items()}
            SectionRedirect.objects.filter(path__in=after.values()).delete()  # never loop
            for pk, old_path in before.items():
                if after.get(pk, old_path) != old_path:
                    SectionRedirect.objects.update_or_create(
                        path=old_path, defaults={"section_id": pk}
                    )

    def get_absolute_url(self):
        """The page's address; a link item opens the section it points to."""
        if self.kind == self.Kind.LINK and self.link_to is not None:
            return self.link_to.get_absolute_url()
        return self.get_own_url()

    def get_own_url(self):
        """The section's own address in the active language, worked out once per language: the
        navigation tree is shared by the requests of one content version (portal/selectors.py),
        and a page links to the same sections many times."""
        language = get_language()
        urls = self.__dict__.setdefault("_own_urls", {})
        if language not in urls:
            if self.parent_id:
                kwargs = {"menu": self.parent.slug, "item": self.slug}
                urls[language] = reverse("portal:section", kwargs=kwargs)
            else:
                urls[language] = reverse("portal:menu", kwargs={"menu": self.slug})
        return urls[language]

    def _self_and_items(self):
        return Section.objects.filter(Q(pk=self.pk) | Q(parent=self.pk)).select_related("parent")

    @property
    def path(self):
        """`news/local` for an item, `news` for a menu: the address without the language prefix."""
        return f"{self.parent.slug}/{self.slug}" if self.parent_id else self.slug

    @property
    def in_menus(self):
        return self.placement != self.Placement.HIDDEN

    def clean(self):
        super().clean()
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A section cannot be its own menu.")})
        if self.parent is not None and self.parent.parent_id:
            raise ValidationError({"parent": _("Menus have two levels: choose a top-level menu.")})
        if self.kind == self.Kind.LINK:
            if self.link_to is None:
                raise ValidationError({"link_to": _("Choose the section this item links to.")})
            if self.link_to.pk == self.pk or self.link_to.kind == self.Kind.LINK:
                raise ValidationError({"link_to": _("Link to a page, not to a link.")})
        if self.slug and self.parent is None:
            if self.slug in {code for code, _name in settings.LANGUAGES}:
                raise ValidationError({"slug": _("This slug is reserved for a language.")})
            if self.slug in RESERVED_SLUGS:
                raise ValidationError({"slug": _("This slug is reserved for a page of the site.")})
        if self.slug == FEED_SLUG and self.parent is not None:
            raise ValidationError({"slug": _("This slug is reserved for the menu's news feed.")})


class SectionRedirect(models.Model):
    """An address a section had before its slug or its menu changed (`news/local`, no language
    prefix). Requests for it, and for anything below it, are sent on to the section's address now."""

    path = models.CharField(_("former address"), max_length=130, unique=True)
    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="redirects", verbose_name=_("section")
    )

    class Meta:
        verbose_name = _("former address")
        verbose_name_plural = _("former addresses")

    def __str__(self):
        return f"/{self.path}/ → {self.section}"
