"""Caption tracks for video stories (issue 9 §4): a WebVTT file per language, uploaded in the
admin's Video group, checked by its content, offered by the page's player, served as text/vtt."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from portal.demo.loader import DEMO_CAPTIONS
from portal.models import Article, Section
from portal.models.articles import MAX_CAPTIONS_BYTES, validate_webvtt
from tests.factories import ArticleFactory
from tests.test_admin_articles import article_form

VTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nA bridge over the river.\n"


@pytest.mark.parametrize(
    "content",
    [
        VTT,
        b"\xef\xbb\xbf" + VTT,
        b"WEBVTT - the clip\r\n\r\n",
        b"WEBVTT",
        "WEBVTT\n\n中文".encode(),
    ],
)
def test_webvtt_files_are_accepted(content):
    validate_webvtt(ContentFile(content, name="clip.vtt"))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"1\n00:00:00,000 --> 00:00:02,000\nAn SRT file\n", "WEBVTT"),
        (b"WEBVTTX\n", "WEBVTT"),
        (b"\x1a\x45\xdf\xa3" + b"\0" * 64, "WEBVTT"),
        ("WEBVTT\n\nÉté".encode("latin-1"), "UTF-8"),
        (b"WEBVTT\n" + b"x" * MAX_CAPTIONS_BYTES, "512 KB"),
    ],
)
def test_other_files_are_refused(content, message):
    with pytest.raises(ValidationError, match=message):
        validate_webvtt(ContentFile(content, name="clip.vtt"))


@pytest.fixture
def video_section(sections):
    return Section.objects.get(slug="video")


@pytest.mark.django_db
def test_the_admin_takes_a_caption_file_per_language(admin_client, video_section):
    form = admin_client.get("/admin/portal/article/add/").content.decode()
    assert 'name="captions_en"' in form and 'name="captions_zh_hans"' in form
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(
            video_section,
            captions_en=SimpleUploadedFile("en.vtt", VTT),
            captions_zh_hans=SimpleUploadedFile("zh.vtt", "WEBVTT\n\n桥".encode()),
        ),
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.captions_en.read() == VTT
    assert article.captions_zh_hans.name.endswith(".vtt")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content",
    [("clip.vtt", b"<html>not captions</html>"), ("clip.srt", VTT), ("clip.vtt", b"\xff\xfe\0")],
)
def test_a_file_that_is_not_webvtt_is_a_form_error_and_nothing_is_saved(
    admin_client, video_section, name, content
):
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(video_section, captions_en=SimpleUploadedFile(name, content)),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["captions_en"]
    assert not Article.objects.exists()


def video_story(section, **captions):
    story = ArticleFactory(section=section)
    story.video_file.save("clip.webm", ContentFile(b"\x1aE\xdf\xa3fake"), save=False)
    for suffix, content in captions.items():
        getattr(story, f"captions_{suffix}").save(f"{suffix}.vtt", ContentFile(content), save=False)
    story.save()
    return story


@pytest.mark.django_db
def test_the_player_offers_each_track_with_the_pages_language_by_default(client, video_section):
    story = video_story(video_section, en=VTT, zh_hans="WEBVTT\n\n桥".encode())
    en, zh = story.captions_en.url, story.captions_zh_hans.url
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'<track kind="captions" srclang="en" label="English" src="{en}" default>' in html
    assert f'<track kind="captions" srclang="zh-hans" label="中文" src="{zh}">' in html
    chinese = client.get(story.get_absolute_url().replace("/en/", "/zh-hans/")).content.decode()
    assert f'<track kind="captions" srclang="en" label="English" src="{en}">' in chinese
    assert f'<track kind="captions" srclang="zh-hans" label="中文" src="{zh}" default>' in chinese


@pytest.mark.django_db
def test_a_story_without_captions_offers_no_track(client, video_section):
    story = video_story(video_section)
    assert "<track" not in client.get(story.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_caption_files_are_served_as_text_vtt(client, video_section):
    story = video_story(video_section, en=VTT)
    response = client.get(story.captions_en.url)
    assert response["Content-Type"].startswith("text/vtt")
    assert b"".join(response.streaming_content) == VTT


def test_the_demo_tracks_are_webvtt_and_fit_the_clip():
    for path in DEMO_CAPTIONS.values():
        validate_webvtt(ContentFile(path.read_bytes(), name=path.name))
        cues = [line for line in path.read_text().splitlines() if "-->" in line]
        assert cues and cues[-1].endswith("00:00:04.000")  # the clip lasts four seconds


@pytest.mark.django_db
def test_the_demo_video_stories_get_their_tracks_once(sections, media_root):
    call_command("load_demo_content", stdout=None)
    videos = Article.objects.filter(section__kind="videos").exclude(video_file="")
    assert videos.exists()
    for story in videos:
        for suffix in ("en", "zh_hans"):
            has_text = bool(getattr(story, f"title_{suffix}"))
            assert bool(getattr(story, f"captions_{suffix}")) is has_text
    names = sorted(videos.values_list("captions_en", flat=True))
    # A database loaded before captions existed gets them on the next run; a third run adds none.
    Article.objects.filter(pk=videos[0].pk).update(captions_en="", captions_zh_hans="")
    call_command("load_demo_content", stdout=None)
    assert Article.objects.get(pk=videos[0].pk).captions_en
    again = sorted(Article.objects.filter(pk__in=videos).values_list("captions_en", flat=True))
    call_command("load_demo_content", stdout=None)
    assert (
        sorted(Article.objects.filter(pk__in=videos).values_list("captions_en", flat=True)) == again
    )
    assert len(names) == len(again)
