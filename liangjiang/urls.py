"""Non-localised routes first (admin, uploads, media), then the public site under /en/ and /zh-hans/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog

from portal import health, two_factor
from portal.sitemaps import SITEMAPS
from portal.views import legacy, meta
from portal.views.admin_language import admin_language
from portal.views.errors import serve_media
from portal.views.media_library import pick as media_library_pick
from portal.views.uploads import editor_upload

urlpatterns = [
    # Probes for the load balancer: the process answers; the database, cache and storage answer.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/upload/", editor_upload, name="editor_upload"),  # the rich-text editor's images
    path("admin/media/pick/", media_library_pick, name="media_library_pick"),  # reuse a picture
    path("admin/language/", admin_language, name="admin_language"),  # the admin's own menu
    # Two-factor sign-in: turning it on or off, and the code after the password.
    path("admin/two-factor/", two_factor.manage_view, name="two_factor"),
    path("admin/two-factor/verify/", two_factor.verify_view, name="two_factor_verify"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("favicon.ico", meta.favicon),
    path("robots.txt", meta.robots_txt),
    # An index of sitemap files (always: an index of one file is valid too), each file a range.
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    # The old site's article addresses (its pictures and list pages: the 404 handler asks).
    re_path(legacy.OLD_ARTICLE_PATH, legacy.old_article),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]
if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media, name="media")
    ]

urlpatterns += i18n_patterns(path("", include("portal.urls")))

handler404 = "portal.views.errors.page_not_found"
handler500 = "portal.views.errors.server_error"
