"""Non-localised routes first (admin, uploads, media), then the public site under /en/ and /zh-hans/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog

from portal.sitemaps import SITEMAPS
from portal.views import legacy, meta
from portal.views.errors import serve_media
from portal.views.uploads import editor_upload

urlpatterns = [
    path("admin/upload/", editor_upload, name="editor_upload"),  # the rich-text editor's images
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("favicon.ico", meta.favicon),
    path("robots.txt", meta.robots_txt),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    re_path(
        legacy.OLD_ARTICLE_PATH, legacy.old_article
    ),  # the old site's article addresses  # set_language, used by the admin's switch
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]
if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media, name="media")
    ]

urlpatterns += i18n_patterns(path("", include("portal.urls")))

handler404 = "portal.views.errors.page_not_found"
handler500 = "portal.views.errors.server_error"
