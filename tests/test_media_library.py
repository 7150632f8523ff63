"""The media library (issue 8 §2): pictures uploaded once are found again and reused, their description
with them, and one in use is not deleted without saying where."""

import datetime
import importlib
from io import BytesIO

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from portal.models import Article, ArticlePhoto, MediaImage, Section
from portal.models.media import body_images, uses
from tests.factories import ArticleFactory

migration = importlib.import_module("portal.migrations.0015_media_library")


def png(size=(800, 500), color="teal"):
    buffer = BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def stored(name, size=(800, 500)):
    return default_storage.save(name, SimpleUploadedFile("p.png", png(size)))


def library_image(name, **fields):
    return MediaImage.objects.create(file=stored(name), width=800, height=500, **fields)


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        "editor", password="a-long-password-1", is_staff=True
    )
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_article", "change_article"])
    )
    return user


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def article_form(section, **fields):
    data = {
        "section": section.pk,
        "title_en": "Cover story",
        "body_en": "<p>Text</p>",
        "status": "draft",
        "published_at_0": "2024-05-01",
        "published_at_1": "10:00:00",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
    }
    data.update(fields)
    return data


# Pictures join the library as they are uploaded --------------------------------------------------


@pytest.mark.django_db
def test_an_editor_upload_joins_the_library_with_its_uploader(editor_client, editor):
    response = editor_client.post(
        "/admin/upload/", {"upload": SimpleUploadedFile("My photo.png", png((64, 48)))}
    )
    url = response.json()["url"]
    image = MediaImage.objects.get()
    assert url == f"/media/{image.file}" and image.file.startswith("uploads/")
    assert (image.width, image.height) == (64, 48)
    assert image.uploaded_by == editor


@pytest.mark.django_db
def test_a_refused_upload_joins_nothing(editor_client):
    editor_client.post("/admin/upload/", {"upload": SimpleUploadedFile("a.png", b"not an image")})
    assert not MediaImage.objects.exists()


@pytest.mark.django_db
def test_a_cover_uploaded_in_the_admin_joins_the_library_with_its_description(admin_client, local):
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(
            local,
            cover=SimpleUploadedFile("c.png", png()),
            cover_alt_en="Cranes at Guoyuan Port",
            cover_alt_zh_hans="果园港的吊车",
            cover_credit_en="Li Ming",
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    image = MediaImage.objects.get(file=article.cover.name)
    assert (image.alt_en, image.alt_zh_hans) == ("Cranes at Guoyuan Port", "果园港的吊车")
    assert (image.width, image.height, image.credit) == (800, 500, "Li Ming")


@pytest.mark.django_db
def test_a_photo_joins_the_library_and_a_body_gives_its_pictures_their_description(local):
    article = ArticleFactory(section=local)
    photo = ArticlePhoto.objects.create(
        article=article, image=stored("photos/p.png"), alt_en="A berth", alt_zh_hans="泊位"
    )
    assert MediaImage.objects.get(file=photo.image.name).alt_zh_hans == "泊位"

    uploaded = library_image("uploads/2026/11/abc.png")  # from the editor: no description yet
    article.body_zh_hans = f'<p><img src="/media/{uploaded.file}" alt="新泊位"></p>'
    article.save()
    uploaded.refresh_from_db()
    assert (uploaded.alt_zh_hans, uploaded.alt_en) == ("新泊位", None)
    assert MediaImage.objects.count() == 2  # the body's rendition is not a picture of its own


# The library in the admin ------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_library_is_searched_in_both_languages_newest_first_and_paged(admin_client):
    now = timezone.now()
    for number in range(35):
        library_image(
            f"uploads/2026/11/{number}.png",
            alt_en=f"Harbour crane {number}",
            alt_zh_hans=f"港口吊车 {number}",
            created_at=now - datetime.timedelta(minutes=number),
        )
    library_image("uploads/2026/11/bridge.png", alt_en="A bridge", created_at=now)

    english = admin_client.get("/admin/portal/mediaimage/?q=crane")
    assert english.context["cl"].result_count == 35
    shown = [image.alt_en for image in english.context["cl"].result_list]
    assert len(shown) == 30 and shown[:2] == ["Harbour crane 0", "Harbour crane 1"]
    assert "/media/renditions/uploads/2026/11/0-320w.jpg" in english.content.decode()

    second = admin_client.get("/admin/portal/mediaimage/?q=crane&p=2")
    assert [image.alt_en for image in second.context["cl"].result_list] == [
        f"Harbour crane {number}" for number in range(30, 35)
    ]
    chinese = admin_client.get("/admin/portal/mediaimage/?q=吊车 34")
    assert [image.alt_zh_hans for image in chinese.context["cl"].result_list] == ["港口吊车 34"]


@pytest.mark.django_db
def test_a_picture_in_use_is_deleted_from_the_library_only_with_a_warning_listing_where(
    admin_client, local
):
    image = library_image("uploads/2026/11/port.png", alt_en="Port")
    cover = ArticleFactory(section=local, title_en="Cover user", cover=image.file, cover_alt_en="P")
    in_body = ArticleFactory(
        section=local,
        title_en="Body user",
        body_en=f'<p><img src="/media/{image.file}" alt="Port"></p>',
    )
    ArticleFactory(section=local, title_en="Not a user")
    # Saved, the body shows a rendition and lists the original in srcset: still found.
    assert "renditions/uploads/2026/11/port-" in Article.objects.get(pk=in_body.pk).body_en

    page = admin_client.get(f"/admin/portal/mediaimage/{image.pk}/delete/")
    html = page.content.decode()
    assert "This picture is in use." in html
    assert f'href="/admin/portal/article/{cover.pk}/change/"' in html and "Cover user" in html
    assert f'href="/admin/portal/article/{in_body.pk}/change/"' in html and "Body user" in html
    assert "Not a user" not in html

    response = admin_client.post(f"/admin/portal/mediaimage/{image.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not MediaImage.objects.exists()
    assert default_storage.exists(image.file)  # the pages still show it


@pytest.mark.django_db
def test_a_picture_not_in_use_has_no_warning(admin_client):
    image = library_image("uploads/2026/11/spare.png")
    assert uses(image) == []
    html = admin_client.get(f"/admin/portal/mediaimage/{image.pk}/delete/").content.decode()
    assert "This picture is in use." not in html


@pytest.mark.django_db
def test_a_picture_can_be_added_to_the_library_directly(admin_client):
    response = admin_client.post(
        "/admin/portal/mediaimage/add/",
        {"upload": SimpleUploadedFile("a.png", png((300, 200))), "alt_en": "A park"},
    )
    assert response.status_code == 302
    image = MediaImage.objects.get()
    assert image.file.startswith("uploads/") and default_storage.exists(image.file)
    assert (image.width, image.height, image.alt_en) == (300, 200, "A park")


# The picker --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_picker_is_for_staff_who_may_upload(client, django_user_model, editor_client):
    anonymous = client.get("/admin/media/pick/?CKEditorFuncNum=1")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    visitor = django_user_model.objects.create_user("visitor", password="a-long-password-1")
    client.force_login(visitor)
    assert client.get("/admin/media/pick/").status_code == 403
    staff = django_user_model.objects.create_user("staff", is_staff=True)
    client.force_login(staff)  # staff, but editing nothing with pictures
    assert client.get("/admin/media/pick/").status_code == 403
    assert editor_client.get("/admin/media/pick/").status_code == 200


@pytest.mark.django_db
def test_the_picker_lists_newest_first_24_a_page_and_searches(editor_client):
    now = timezone.now()
    for number in range(30):
        library_image(
            f"uploads/2026/11/{number}.png",
            alt_en=f"Crane {number}",
            alt_zh_hans=f"吊车 {number}",
            created_at=now - datetime.timedelta(minutes=number),
        )
    params = "CKEditor=id_body_zh_hans&CKEditorFuncNum=3&langCode=zh-cn"
    first = editor_client.get(f"/admin/media/pick/?{params}")
    items = first.context["items"]
    assert len(items) == 24 and items[0]["image"].alt_en == "Crane 0"
    assert items[0]["alt"] == "吊车 0"  # the description in the editor's language
    html = first.content.decode()
    assert 'data-url="/media/uploads/2026/11/0.png"' in html and 'data-alt="吊车 0"' in html
    assert "CKEditorFuncNum=3" in html and "p=2" in html  # the next page keeps the callback
    second = editor_client.get(f"/admin/media/pick/?{params}&p=2")
    assert [item["image"].alt_en for item in second.context["items"]][-1] == "Crane 29"
    found = editor_client.get(f"/admin/media/pick/?{params}&q=吊车 29")
    assert [item["image"].alt_en for item in found.context["items"]] == ["Crane 29"]
    english = editor_client.get("/admin/media/pick/?CKEditor=id_body_en&CKEditorFuncNum=3&q=7")
    assert english.context["items"][0]["alt"] == "Crane 7"


@pytest.mark.django_db
def test_the_picker_speaks_chinese(editor_client, editor):
    from portal.models import StaffProfile
    from portal.models.staff import ADMIN_LANGUAGE_SESSION_KEY

    StaffProfile.objects.create(user=editor, admin_language="zh-hans")
    session = editor_client.session
    session[ADMIN_LANGUAGE_SESSION_KEY] = "zh-hans"
    session.save()
    html = editor_client.get("/admin/media/pick/?target=id_cover_from_library").content.decode()
    assert '<html lang="zh-hans"' in html


# A cover chosen from the library ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_cover_chosen_from_the_library_is_the_same_file_with_its_description(admin_client, local):
    image = library_image(
        "uploads/2026/11/crane.png", alt_en="A crane", alt_zh_hans="吊车", caption_en="Busy"
    )
    form = admin_client.get("/admin/portal/article/add/").content.decode()
    assert 'name="cover_from_library"' in form and "Choose from the media library" in form

    response = admin_client.post(
        "/admin/portal/article/add/", article_form(local, cover_from_library=image.pk)
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.cover.name == "uploads/2026/11/crane.png"  # no new upload
    assert (article.cover_width, article.cover_height) == (800, 500)
    assert (article.cover_alt_en, article.cover_alt_zh_hans) == ("A crane", "吊车")
    assert article.cover_caption_en == "Busy"
    assert default_storage.listdir("uploads/2026/11")[1] == ["crane.png"]
    assert not default_storage.exists("articles")  # where a cover upload would have gone
    assert MediaImage.objects.count() == 1


@pytest.mark.django_db
def test_a_description_written_in_the_form_wins_over_the_librarys(admin_client, local):
    image = library_image("uploads/2026/11/crane.png", alt_en="A crane", alt_zh_hans="吊车")
    admin_client.post(
        "/admin/portal/article/add/",
        article_form(local, cover_from_library=image.pk, cover_alt_en="My words"),
    )
    article = Article.objects.get()
    assert (article.cover_alt_en, article.cover_alt_zh_hans) == ("My words", "吊车")


@pytest.mark.django_db
def test_uploading_and_choosing_a_cover_at_once_is_refused(admin_client, local):
    image = library_image("uploads/2026/11/crane.png", alt_en="A crane")
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(
            local,
            cover_from_library=image.pk,
            cover=SimpleUploadedFile("c.png", png()),
            cover_alt_en="x",
        ),
    )
    assert response.status_code == 200
    assert "not both" in str(response.context["adminform"].form.errors)
    assert not Article.objects.exists()


# The library on an existing site (migration 0015) ------------------------------------------------


def test_body_images_finds_originals_behind_renditions():
    html = (
        '<p><img src="/media/renditions/uploads/a-960w.jpg" width="960" height="600" alt="A" '
        'srcset="/media/renditions/uploads/a-320w.jpg 320w, /media/uploads/a.png 1600w">'
        '<img src="/media/uploads/b.jpg" alt="B"><img src="https://example.com/c.jpg">'
        '<img src="/media/../etc/passwd"></p>'
    )
    assert body_images(html) == [
        ("uploads/a.png", 1600, 1000, "A"),
        ("uploads/b.jpg", None, None, "B"),
    ]


@pytest.mark.django_db
def test_the_migration_registers_the_pictures_already_in_use(local):
    old = timezone.now() - datetime.timedelta(days=400)
    with_cover = ArticleFactory(
        section=local, published_at=old, cover=stored("articles/c.png"), cover_alt_en="A cover"
    )
    ArticlePhoto.objects.create(
        article=with_cover, image=stored("photos/p.png"), alt_zh_hans="照片"
    )
    in_body = stored("uploads/b.png", (1600, 1000))
    ArticleFactory(section=local, body_en=f'<p><img src="/media/{in_body}" alt="Body"></p>')
    local.body_zh_hans = '<p><img src="/media/uploads/s.png" alt="栏目图"></p>'
    Section.objects.filter(pk=local.pk).update(body_zh_hans=local.body_zh_hans)
    MediaImage.objects.all().delete()  # as before the library existed

    migration.register_images_in_use(apps, None)
    migration.register_images_in_use(apps, None)  # twice: nothing twice

    library = {image.file: image for image in MediaImage.objects.all()}
    assert sorted(library) == ["articles/c.png", "photos/p.png", "uploads/b.png", "uploads/s.png"]
    assert library["articles/c.png"].alt_en == "A cover"
    assert library["articles/c.png"].created_at == with_cover.published_at
    assert library["photos/p.png"].alt_zh_hans == "照片"
    assert (library["uploads/b.png"].width, library["uploads/b.png"].height) == (1600, 1000)
    assert library["uploads/b.png"].alt_en == "Body"
    assert library["uploads/s.png"].alt_zh_hans == "栏目图"
