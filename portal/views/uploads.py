"""Our own endpoint for the editor's image uploads (django-ckeditor's uploader is not installed)."""

from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.images import ImageRefused, store_uploaded_image
from portal.models.media import register
from portal.permissions import may_upload_images


@require_POST
def editor_upload(request):
    """CKEditor's XHR upload: staff with the article permissions, CSRF-checked by the middleware
    (never exempt), the file re-encoded by Pillow, a JSON answer CKEditor shows as it is. The picture
    joins the media library (portal/models/media.py), its uploader named.
    Refusals answer 200 with `uploaded: 0` so the editor shows our message, not a bare HTTP error."""
    if not may_upload_images(request.user):
        return JsonResponse(
            {"uploaded": 0, "error": {"message": _("Log in as staff to upload images.")}},
            status=403,
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"uploaded": 0, "error": {"message": _("Choose an image to upload.")}})
    try:
        name, width, height = store_uploaded_image(upload, folder="uploads")
    except ImageRefused as refusal:
        return JsonResponse({"uploaded": 0, "error": {"message": str(refusal)}})
    register(name, width, height, user=request.user)
    return JsonResponse(
        {"uploaded": 1, "fileName": name.rsplit("/", 1)[-1], "url": default_storage.url(name)}
    )
