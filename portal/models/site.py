"""Site settings: the one row of site-wide text that staff edit in the admin (footer, sidebar, the
registration numbers every site in mainland China must show, contact details)."""

import re

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.models.base import ContentQuerySet

ICP_REGISTRY_URL = "https://beian.miit.gov.cn/"
PUBLIC_SECURITY_REGISTRY_URL = "https://beian.mps.gov.cn/#/query/webSearch?code={code}"

# Until staff edit them, the texts the templates showed before there were settings. The defaults are
# lazy: modeltranslation works out each language's column default in that language, so a new row
# starts with the English text in English and the catalogue's Chinese in Chinese.
DEFAULT_SITE_NAME = _("Liangjiang New Area")
DEFAULT_COPYRIGHT = _(
    "Copyright © Chongqing Liangjiang New Area Administrative Committee. All rights reserved."
)
DEFAULT_SIDEBAR_ABOUT = _(
    "China's first inland national-level new area, set up in 2010 where the Yangtze and Jialing "
    "rivers meet in Chongqing."
)

_TELEPHONE = re.compile(r"\+?[\d\s().-]{5,}")


class SiteSettings(models.Model):
    """Site-wide text: one row (pk 1), read through `load()` (the admin) or
    `portal.selectors.site_settings` (public pages, kept per content version)."""

    SINGLETON_PK = 1

    site_name = models.CharField(
        _("site name"),
        max_length=100,
        default=DEFAULT_SITE_NAME,
        help_text=_("The short name of the site. It heads the “about” box beside the pages."),
    )
    copyright = models.CharField(
        _("copyright line"),
        max_length=200,
        blank=True,
        default=DEFAULT_COPYRIGHT,
        help_text=_("The line at the very bottom of every page."),
    )
    sidebar_about = models.TextField(
        _("about the area (sidebar)"),
        blank=True,
        default=DEFAULT_SIDEBAR_ABOUT,
        help_text=_(
            "A sentence or two about the area, shown in the box beside lists and articles. "
            "Plain text: an empty line starts a new paragraph."
        ),
    )
    icp_number = models.CharField(
        _("ICP registration number"),
        max_length=60,
        blank=True,
        validators=[
            RegexValidator(
                r"(?i)ICP.*\d",
                _("Write the ICP number as issued, for example 渝ICP备12345678号."),
            )
        ],
        help_text=_(
            "The site's ICP filing number (ICP备案号), exactly as issued, for example "
            "渝ICP备12345678号-1. It is shown at the bottom of every page and links to the "
            "national registry (beian.miit.gov.cn). Leave empty to show nothing."
        ),
    )
    public_security_number = models.CharField(
        _("public security registration number"),
        max_length=60,
        blank=True,
        validators=[
            RegexValidator(
                r"\d{6,}",
                _(
                    "Write the number as issued, with its digits, "
                    "for example 渝公网安备 50009802000000号."
                ),
            )
        ],
        help_text=_(
            "The site's public security filing number (公安备案号), for example "
            "渝公网安备 50009802000000号. It is shown at the bottom of every page and links to "
            "its record at beian.mps.gov.cn. Leave empty to show nothing."
        ),
    )
    address = models.CharField(
        _("address"),
        max_length=300,
        blank=True,
        help_text=_("The postal address shown at the bottom of every page. Leave empty to hide."),
    )
    telephone = models.CharField(
        _("phone"),
        max_length=100,
        blank=True,
        help_text=_(
            "As visitors should read it, for example +86 23 6789 0000. Leave empty to hide."
        ),
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("A contact address for visitors. Leave empty to hide."),
    )

    objects = ContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(_("Site settings"))

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_PK  # there is only ever one row
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The settings row, created with the default texts when there is none yet."""
        settings, _created = cls.objects.get_or_create(pk=cls.SINGLETON_PK)
        return settings

    @property
    def icp_url(self):
        return ICP_REGISTRY_URL if self.icp_number else ""

    @property
    def public_security_code(self):
        """The record's digits, which the registry's search takes (渝公网安备 500…号 → 500…)."""
        return "".join(re.findall(r"\d", self.public_security_number))

    @property
    def public_security_url(self):
        code = self.public_security_code
        return PUBLIC_SECURITY_REGISTRY_URL.format(code=code) if code else ""

    @property
    def telephone_href(self):
        """A tel: link when the text is one telephone number; free text stays plain."""
        text = self.telephone.strip()
        if not _TELEPHONE.fullmatch(text):
            return ""
        return "tel:" + ("+" if text.startswith("+") else "") + "".join(re.findall(r"\d", text))

    @property
    def has_contact(self):
        return bool(self.address or self.telephone or self.email)
