from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import articles, directory, legacy, media, sections, site, users  # noqa: F401  (registers the model admins)

admin.site.site_header = _("Liangjiang New Area portal")
admin.site.site_title = _("Liangjiang portal admin")
admin.site.index_title = _("Site content")
