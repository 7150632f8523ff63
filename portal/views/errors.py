"""Error pages and media serving. 404 renders in the site's layout and the visitor's language;
500 renders a standalone page that needs neither the database nor context processors."""

from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.static import serve


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())


def serve_media(request, path):
    """Uploaded files, where no web server sits in front (SERVE_MEDIA). SecurityMiddleware adds
    `X-Content-Type-Options: nosniff`, so a browser never reads an upload as anything but its type."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
