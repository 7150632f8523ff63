"""The decoded-pixel budget: an animation counts its whole canvas once per frame, so a small file of
many big frames (70 s and 836 MB to re-encode, before the budget) is refused before it is decoded."""

from io import BytesIO

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image, ImageFile

from portal.images import MAX_DECODED_PIXELS, ImageRefused, reencode
from portal.models import Article, Section

BUDGET_MESSAGE = "more than 40 million pixels in all"


def animated_gif(size, frames):
    """A GIF of `frames` flat frames: big canvases compress to next to nothing."""
    images = [Image.new("P", size, index % 200) for index in range(frames)]
    for image in images:
        image.putpalette([channel for shade in range(256) for channel in (shade, 90, 255 - shade)])
    buffer = BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=80, loop=0)
    return buffer.getvalue()


OVER_BUDGET = animated_gif((2000, 2000), 11)  # 44 million pixels to decode, from a 20 KB file
NORMAL = animated_gif((320, 240), 12)


def stored_files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def no_decoding(monkeypatch):
    """Decoding is what costs: the refusal must come before any."""

    def refuse(self, *args, **kwargs):
        raise AssertionError("decoded an image the budget refuses")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


def test_the_budget_counts_every_frame(no_decoding):
    assert len(OVER_BUDGET) < 100_000
    assert 2000 * 2000 <= MAX_DECODED_PIXELS < 2000 * 2000 * 11
    with pytest.raises(ImageRefused, match=BUDGET_MESSAGE):
        reencode(BytesIO(OVER_BUDGET))


def test_a_normal_animation_keeps_its_frames():
    data, extension, width, height = reencode(BytesIO(NORMAL))
    assert (extension, width, height) == ("gif", 320, 240)
    assert Image.open(BytesIO(data)).n_frames == 12


def test_a_still_image_may_use_the_whole_budget_in_one_frame(no_decoding):
    # 8000 × 5000, one frame: within the budget, so it gets as far as decoding.
    buffer = BytesIO()
    Image.new("L", (8000, 5000)).save(buffer, "PNG")
    with pytest.raises(AssertionError, match="decoded"):
        reencode(BytesIO(buffer.getvalue()))


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


def cover_form(section, upload):
    return {
        "section": section.pk,
        "title_en": "Animated cover",
        "body_en": "<p>Text</p>",
        "status": "published",
        "published_at_0": "2024-05-01",
        "published_at_1": "10:00:00",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "cover": SimpleUploadedFile("cover.gif", upload, "image/gif"),
        "cover_alt_en": "Moving",
    }


@pytest.mark.django_db
def test_the_admin_refuses_a_cover_over_the_budget_with_a_form_error(
    admin_client, local, media_root
):
    response = admin_client.post("/admin/portal/article/add/", cover_form(local, OVER_BUDGET))
    assert response.status_code == 200
    assert BUDGET_MESSAGE in response.content.decode()
    assert not Article.objects.exists()
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_the_admin_takes_a_normal_animated_cover(admin_client, local):
    response = admin_client.post("/admin/portal/article/add/", cover_form(local, NORMAL))
    assert response.status_code == 302
    article = Article.objects.get()
    with article.cover.open("rb") as stored:
        assert Image.open(stored).n_frames == 12


@pytest.fixture
def editor_client(db, django_user_model):
    user = django_user_model.objects.create_user("editor", password="x-long-pass-1", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_editor_upload_refuses_an_animation_over_the_budget(editor_client, media_root):
    response = editor_client.post(
        "/admin/upload/", {"upload": SimpleUploadedFile("a.gif", OVER_BUDGET, "image/gif")}
    )
    answer = response.json()
    assert answer["uploaded"] == 0
    assert BUDGET_MESSAGE in answer["error"]["message"]
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_the_editor_upload_takes_a_normal_animation(editor_client):
    response = editor_client.post(
        "/admin/upload/", {"upload": SimpleUploadedFile("a.gif", NORMAL, "image/gif")}
    )
    assert response.json()["uploaded"] == 1
