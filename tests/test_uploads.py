"""The editor's image upload endpoint, attacked the ways django-ckeditor's own uploader falls to."""

import json
from io import BytesIO

import pytest
from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

URL = "/admin/upload/"


def image_bytes(fmt="PNG", size=(64, 48), color="red", **save):
    buffer = BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt, **save)
    return buffer.getvalue()


def upload(client, name, content, content_type="image/png"):
    return client.post(
        URL, {"upload": SimpleUploadedFile(name, content, content_type=content_type)}
    )


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        "editor", password="a-long-password-1", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    return user


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def stored_files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.mark.django_db
def test_a_real_image_is_stored_re_encoded_under_a_random_name(editor_client, media_root):
    response = upload(editor_client, "My Photo.png", image_bytes())
    answer = response.json()
    assert response.status_code == 200
    assert answer["uploaded"] == 1
    assert answer["url"].startswith("/media/uploads/")
    assert "My Photo" not in answer["url"] and answer["url"].endswith(".png")
    with default_storage.open(answer["url"].removeprefix("/media/")) as stored:
        assert Image.open(stored).size == (64, 48)


@pytest.mark.django_db
def test_the_uploaded_image_is_served_with_nosniff(editor_client, client):
    url = upload(editor_client, "a.jpg", image_bytes("JPEG"), "image/jpeg").json()["url"]
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "image/jpeg"


@pytest.mark.django_db
def test_html_appended_to_a_png_is_dropped(editor_client, media_root):
    hostile = image_bytes() + b"<html><script>alert(document.cookie)</script></html>"
    answer = upload(editor_client, "a.png", hostile).json()
    assert answer["uploaded"] == 1
    with default_storage.open(answer["url"].removeprefix("/media/")) as stored:
        assert b"<script" not in stored.read()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("notes.txt", b"just some text", "text/plain"),
        ("page.png", b"<html><script>alert(1)</script></html>", "image/png"),
        (
            "icon.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "image/svg+xml",
        ),
        ("doc.pdf", b"%PDF-1.4 fake", "application/pdf"),
        ("broken.jpg", image_bytes("JPEG")[:200], "image/jpeg"),
        ("empty.png", b"", "image/png"),
    ],
)
def test_non_images_are_refused_with_a_message(
    editor_client, media_root, name, content, content_type
):
    response = upload(editor_client, name, content, content_type)
    answer = response.json()
    assert response.status_code == 200
    assert answer["uploaded"] == 0
    assert answer["error"]["message"]
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_a_decompression_bomb_is_refused_before_it_is_decoded(editor_client, media_root):
    buffer = BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, "PNG")  # 400 million pixels in a few KB
    assert len(buffer.getvalue()) < 200_000
    answer = upload(editor_client, "bomb.png", buffer.getvalue()).json()
    assert answer["uploaded"] == 0
    assert "pixels" in answer["error"]["message"]
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_the_refusal_speaks_the_editors_language(editor_client):
    """The admin's language (the editor's choice, or the browser's until they choose), never the
    public site's language cookie."""
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "zh-CN,zh;q=0.9"
    answer = upload(editor_client, "notes.txt", b"text", "text/plain").json()
    assert answer["error"]["message"] == "无法识别该文件，请上传图片。"


@pytest.mark.django_db
def test_anonymous_visitors_cannot_upload(client, media_root):
    response = upload(client, "a.png", image_bytes())
    assert response.status_code == 403
    assert json.loads(response.content)["uploaded"] == 0
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_staff_without_article_permissions_cannot_upload(django_user_model, media_root):
    user = django_user_model.objects.create_user(
        "viewer", password="x-long-password-2", is_staff=True
    )
    client = Client()
    client.force_login(user)
    assert upload(client, "a.png", image_bytes()).status_code == 403
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_an_upload_without_a_csrf_token_is_refused(editor, media_root):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert upload(client, "a.png", image_bytes()).status_code == 403
    assert stored_files(media_root) == []
    # The editor's way: the page's token in the X-CSRFToken header.
    client.get("/admin/portal/article/add/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        URL, {"upload": SimpleUploadedFile("a.png", image_bytes())}, headers={"X-CSRFToken": token}
    )
    assert response.json()["uploaded"] == 1


@pytest.mark.django_db
def test_get_is_not_an_upload(editor_client):
    assert editor_client.get(URL).status_code == 405


@pytest.mark.django_db
def test_the_callback_parameter_is_never_echoed(editor_client):
    response = editor_client.post(
        URL + "?CKEditorFuncNum=alert(1)//",
        {"upload": SimpleUploadedFile("a.txt", b"x", content_type="text/plain")},
    )
    assert response["Content-Type"] == "application/json"
    assert b"alert(1)" not in response.content


@pytest.mark.django_db
def test_django_ckeditors_own_upload_and_browse_views_are_not_installed(admin_client):
    assert admin_client.get("/ckeditor/browse/", follow=True).status_code == 404
    assert admin_client.post("/ckeditor/upload/", follow=True).status_code == 404


def test_ckeditors_sample_and_test_pages_are_not_found():
    from django.contrib.staticfiles import finders

    assert finders.find("ckeditor/ckeditor/ckeditor.js")
    for path in (
        "ckeditor/ckeditor/plugins/exportpdf/tests/manual/integration.html",
        "ckeditor/ckeditor/samples/index.html",
        "ckeditor/ckeditor/plugins/preview/preview.html",
        "ckeditor/ckeditor/README.md",
    ):
        assert finders.find(path) is None, path


@pytest.mark.django_db
def test_ckeditors_test_pages_are_not_served(client):
    path = "/static/ckeditor/ckeditor/plugins/exportpdf/tests/manual/integration.html"
    assert client.get(path).status_code == 404
    assert client.get("/static/ckeditor/ckeditor/ckeditor.js").status_code == 200
