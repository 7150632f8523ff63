"""Our own endpoint for the editor's image uploads (django-ckeditor's uploader is not installed)."""

from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.images import ImageRefused, store_uploaded_image

UPLOAD_PERMISSIONS = ("portal.add_article", "portal.change_article")


def can_upload(user):
    return user.is_active and user.is_staff and any(user.has_perm(p) for p in UPLOAD_PERMISSIONS)


@require_POST
def editor_upload(request):
    """CKEditor's XHR upload: staff with the article permissions, CSRF-checked by the middleware
    (never exempt), the file re-encoded by Pillow, a JSON answer CKEditor shows as it is.
    Refusals answer 200 with `uploaded: 0` so the editor shows our message, not a bare HTTP error."""
    if not can_upload(request.user):
        return JsonResponse(
            {"uploaded": 0, "error": {"message": _("Log in as staff to upload images.")}},
            status=403,
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"uploaded": 0, "error": {"message": _("Choose an image to upload.")}})
    try:
        name, _width, _height = store_uploaded_image(upload, folder="uploads")
    except ImageRefused as refusal:
        return JsonResponse({"uploaded": 0, "error": {"message": str(refusal)}})
    return JsonResponse(
        {"uploaded": 1, "fileName": name.rsplit("/", 1)[-1], "url": default_storage.url(name)}
    )
