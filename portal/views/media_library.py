"""The media library's picker (issue 8 §2): a page of thumbnails, newest first, 24 a page, searched by
description, that hands the chosen picture back to whoever opened it.

Three ways in, told apart by the address:
- from CKEditor's image dialog ("Browse Server", `filebrowserImageBrowseUrl`): CKEditor adds
  `CKEditorFuncNum` (and `CKEditor`, the editor's field, e.g. `id_body_zh_hans`); a click calls
  CKEditor back with the picture's URL and fills the dialog's alt text with the description in that
  field's language;
- from a cover's "Choose from the media library" (portal/admin/media.py): `target` names the form's
  hidden field; a click sets it, and the cover's description fields that are untouched;
- from the library's list ("Show as a grid"): a click opens the picture's page in the admin.
The clicks are static/portal/admin/media_library.js.
"""

import re

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.images import renditions
from portal.models import MediaImage
from portal.models.media import LANGUAGE_CODES
from portal.permissions import may_upload_images

PER_PAGE = 24
FIELD_ID = re.compile(r"^[A-Za-z][\w-]{0,100}$")


def pick(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    if not may_upload_images(request.user):
        raise PermissionDenied
    query = request.GET.get("q", "").strip()
    images = MediaImage.objects.search(query).newest_first()
    page = Paginator(images, PER_PAGE).get_page(request.GET.get("p"))

    func_num = request.GET.get("CKEditorFuncNum", "")
    target = request.GET.get("target", "")
    if func_num.isdigit():
        mode = "editor"
    elif FIELD_ID.match(target):
        mode = "cover"
    else:
        mode = "browse"
    language = editor_language(request.GET.get("CKEditor", ""))
    context = {
        **admin.site.each_context(request),
        "title": _("Choose a picture") if mode != "browse" else _("Media library"),
        "is_popup": mode != "browse",
        "mode": mode,
        "query": query,
        "page": page,
        "items": [item(image, language) for image in page.object_list],
        "library_url": reverse("admin:portal_mediaimage_changelist"),
        "opts": MediaImage._meta,
    }
    return TemplateResponse(request, "admin/portal/mediaimage/pick.html", context)


def editor_language(field):
    """The language of the editor that asked: its field is `id_body_en`, `id_body_zh_hans`…"""
    for code in LANGUAGE_CODES:
        if field.endswith("_" + code.replace("-", "_")):
            return code
    return None


def item(image, language):
    options = renditions(image.file, image.width, image.height)
    return {
        "image": image,
        "url": image.url,
        "thumb": options[0][0] if options else image.url,
        # The description in the editor's language only: an English body never gets a Chinese alt.
        "alt": (getattr(image, f"alt_{language.replace('-', '_')}") or "")
        if language
        else image.description(),
        "alt_en": image.alt_en or "",
        "alt_zh_hans": image.alt_zh_hans or "",
        "description": image.description(),
        "change_url": reverse("admin:portal_mediaimage_change", args=[image.pk]),
    }
