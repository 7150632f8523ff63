"""The article admin as staff use it: lists, filters, covers, photos and previews."""

import datetime
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from portal.admin.articles import ArticleAdmin
from portal.admin.articles import PublishedYearFilter as YearFilter
from portal.models import Article, ArticlePhoto, Section
from tests.factories import ArticleFactory


def png(size=(800, 500)):
    buffer = BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


def article_form(section, **fields):
    data = {
        "section": section.pk,
        "title_en": "Cover story",
        "body_en": "<p>Text</p>",
        "status": "published",
        "published_at_0": "2024-05-01",
        "published_at_1": "10:00:00",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
    }
    data.update(fields)
    return data


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.mark.django_db
def test_changelist_shows_thumbnail_state_languages_and_filters(admin_client, local):
    with_cover = ArticleFactory(section=local, title_en="Has cover", title_zh_hans="")
    with_cover.cover.save("c.png", SimpleUploadedFile("c.png", png()), save=True)
    ArticleFactory(section=local, title_en="A draft", status=Article.Status.DRAFT)
    response = admin_client.get("/admin/portal/article/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "/media/renditions/" in html and "A draft" in html and ">EN<" in html
    missing = admin_client.get("/admin/portal/article/?missing=zh_hans")
    assert [a.title_en for a in missing.context["cl"].result_list] == ["Has cover"]
    drafts = admin_client.get("/admin/portal/article/?state=draft")
    assert [a.title_en for a in drafts.context["cl"].result_list] == ["A draft"]
    found = admin_client.get("/admin/portal/article/?q=两江新闻")
    assert found.context["cl"].result_count == 1


@pytest.mark.django_db
def test_a_cover_with_html_appended_is_re_encoded(admin_client, local):
    hostile = png() + b"<script>alert(1)</script>"
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(
            local, cover=SimpleUploadedFile("x.png", hostile, "image/png"), cover_alt_en="Port"
        ),
    )
    assert response.status_code == 302
    article = Article.objects.get(title_en="Cover story")
    assert (article.cover_width, article.cover_height) == (800, 500)
    assert "x.png" not in article.cover.name
    with default_storage.open(article.cover.name) as stored:
        assert b"<script" not in stored.read()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("x.png", b"<html>not an image</html>", "image/png"), "Upload a valid image"),
        (SimpleUploadedFile("x.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"), "Upload a valid image"),
    ],
)  # fmt: skip
def test_a_cover_that_is_not_an_image_is_a_form_error(admin_client, local, upload, message):
    response = admin_client.post(
        "/admin/portal/article/add/", article_form(local, cover=upload, cover_alt_en="x")
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_cover_needs_alt_text(admin_client, local):
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(local, cover=SimpleUploadedFile("x.png", png(), "image/png")),
    )
    assert response.status_code == 200
    assert "Describe the cover image" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_photo_story_is_added_with_its_photos(admin_client, client, local):
    photos = Section.objects.get(slug="photos")
    data = article_form(photos, title_en="Port at dawn")
    data.update(
        {
            "photos-TOTAL_FORMS": "2",
            "photos-0-image": SimpleUploadedFile("a.png", png(), "image/png"),
            "photos-0-alt_en": "Cranes",
            "photos-0-caption_en": "Cranes at dawn",
            "photos-0-position": "2",
            "photos-1-image": SimpleUploadedFile("b.png", png(), "image/png"),
            "photos-1-alt_zh_hans": "集装箱",
            "photos-1-caption_en": "Containers",
            "photos-1-position": "1",
        }
    )
    assert admin_client.post("/admin/portal/article/add/", data).status_code == 302
    story = Article.objects.get(title_en="Port at dawn")
    assert [p.caption_en for p in story.photos.all()] == ["Containers", "Cranes at dawn"]
    html = client.get(story.get_absolute_url()).content.decode()
    assert html.index("Containers") < html.index("Cranes at dawn")


@pytest.mark.django_db
def test_a_photo_without_any_alt_text_is_refused(admin_client, local):
    data = article_form(local, title_en="No alt")
    data.update(
        {
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": SimpleUploadedFile("a.png", png(), "image/png"),
            "photos-0-position": "1",
        }
    )
    response = admin_client.post("/admin/portal/article/add/", data)
    assert response.status_code == 200
    assert "Describe the picture" in response.content.decode()
    assert not Article.objects.exists() and not ArticlePhoto.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content, accepted",
    [("clip.webm", b"\x1a\x45\xdf\xa3" + b"\0" * 64, True),
     ("clip.mp4", b"\0\0\0\x18ftypmp42" + b"\0" * 64, True),
     ("clip.mp4", b"<html>not a video</html>", False),
     ("clip.avi", b"RIFF....AVI ", False)],
)  # fmt: skip
def test_video_files_are_checked_by_content(admin_client, local, name, content, accepted):
    video = Section.objects.get(slug="video")
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(video, video_file=SimpleUploadedFile(name, content)),
    )
    assert (response.status_code == 302) is accepted
    assert Article.objects.exists() is accepted


@pytest.mark.django_db
def test_preview_links_and_view_on_site(admin_client, local):
    draft = ArticleFactory(section=local, status=Article.Status.DRAFT, title_zh_hans="")
    html = admin_client.get(f"/admin/portal/article/{draft.pk}/change/").content.decode()
    assert f'href="/en/news/local/{draft.pk}/"' in html
    assert f'href="/zh-hans/news/local/{draft.pk}/"' not in html  # it has no Chinese yet
    assert admin_client.get(f"/en/news/local/{draft.pk}/").status_code == 200


@pytest.mark.django_db
def test_images_in_the_body_get_size_srcset_and_lazy_loading(local, media_root):
    name = default_storage.save(
        "uploads/2026/11/abc.png", SimpleUploadedFile("abc.png", png((1600, 1000)))
    )
    article = ArticleFactory(section=local, body_en=f'<p>Text</p><img src="/media/{name}">')
    img = article.body_en.split("<img", 1)[1]
    for attribute in (
        'width="960"',
        'height="600"',
        'alt=""',
        'loading="lazy"',
        "srcset=",
        "1600w",
    ):
        assert attribute in img, attribute


def titles(response):
    return sorted(a.title_en or a.title_zh_hans for a in response.context["cl"].result_list)


@pytest.mark.django_db
def test_search_finds_titles_and_summaries_in_both_languages_not_bodies(admin_client, local):
    ArticleFactory(section=local, title_en="Chongqing port opens", title_zh_hans="")
    ArticleFactory(section=local, title_en="", title_zh_hans="重庆港口开放")
    ArticleFactory(section=local, title_en="Trade fair", summary_en="Held in CHONGQING again.")
    ArticleFactory(section=local, title_en="Food", summary_zh_hans="重庆小面的做法。")
    ArticleFactory(section=local, title_en="Only the body", body_en="<p>Chongqing 重庆</p>")
    found = admin_client.get("/admin/portal/article/?q=chongqing")
    assert titles(found) == ["Chongqing port opens", "Trade fair"]  # any case
    assert titles(admin_client.get("/admin/portal/article/?q=重庆")) == ["Food", "重庆港口开放"]
    assert titles(admin_client.get("/admin/portal/article/?q=port+opens")) == [
        "Chongqing port opens"
    ]  # every word, anywhere
    html = found.content.decode()
    assert "Searches titles and summaries in English and Chinese (not the body text)." in html
    assert "2 results" in html and "total)" not in html  # no count of the whole table


@pytest.mark.django_db
def test_the_year_filter_lists_the_years_and_picks_one(admin_client, local):
    tz = timezone.get_current_timezone()
    for year in (2009, 2012, 2024):
        ArticleFactory(
            section=local,
            title_en=f"Story of {year}",
            published_at=datetime.datetime(year, 1, 1, 0, 30, tzinfo=tz),  # the local New Year
        )
    response = admin_client.get("/admin/portal/article/?year=2012")
    assert titles(response) == ["Story of 2012"]
    choices = next(f for f in response.context["cl"].filter_specs if isinstance(f, YearFilter))
    assert [value for value, _label in choices.lookup_choices] == [
        str(year) for year in range(2024, 2008, -1)
    ]
    for bad in ("abc", "0", "99999", "-1", "2012.5"):
        assert titles(admin_client.get(f"/admin/portal/article/?year={bad}")) == [
            "Story of 2009", "Story of 2012", "Story of 2024",
        ]  # fmt: skip


@pytest.mark.django_db
def test_the_section_filter_names_menu_and_item(admin_client, local):
    ArticleFactory(section=local, title_en="Local story")
    ArticleFactory(section=Section.objects.get(slug="food"), title_en="Food story")
    response = admin_client.get(f"/admin/portal/article/?section__id__exact={local.pk}")
    assert titles(response) == ["Local story"]
    assert "News › Local" in response.content.decode()


def changelist_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["", "?q=news", "?p=2", "?q=两江&p=2", "?year=2020&section__id__exact=1&state=public"]
)
def test_the_changelist_costs_the_same_with_60_or_180_articles(admin_client, local, path):
    """Session, user, the section filter's choices, the year filter's range, the count, the page."""
    ArticleFactory.create_batch(60, section=local)
    assert changelist_queries(admin_client, "/admin/portal/article/" + path) == 6
    ArticleFactory.create_batch(120, section=Section.objects.get(slug="food"))
    assert changelist_queries(admin_client, "/admin/portal/article/" + path) == 6


@pytest.mark.django_db
def test_deep_pages_list_the_right_articles(admin_client, local):
    now = timezone.now()
    for number in range(120):
        ArticleFactory(
            section=local,
            title_en=f"Story {number:03}",
            published_at=now - datetime.timedelta(hours=number),
        )
    last = admin_client.get("/admin/portal/article/?p=3")
    assert [a.title_en for a in last.context["cl"].result_list] == [
        f"Story {number:03}" for number in range(100, 120)
    ]


@pytest.mark.django_db
@pytest.mark.postgresql  # trigram indexes are PostgreSQL's
def test_the_search_can_use_the_trigram_indexes(local):
    """Django's `icontains` SQL must be the expression the indexes are built on: with scans of
    the table (or of other indexes) priced out, the planner reads each searched column through
    its trigram index."""
    queryset, _ = ArticleAdmin(Article, None).get_search_results(
        None, Article.objects.order_by(), "chongqing"
    )
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = queryset.explain()
    for column in ("title_en", "title_zh_hans", "summary_en", "summary_zh_hans"):
        assert f"article_{column}_trgm" in plan, plan
