from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from portal.models import Article, ArticlePhoto, IndustrialPark, ParkPhoto, Section

CATEGORIES = [
    "news/local", "news/business", "news/events", "news/life", "news/photos", "news/specials",
    "news/video", "news/success-stories", "living/food", "living/hotels", "living/travel",
    "living/leisure", "living/info", "living/education",
]  # fmt: skip


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=StringIO())


def snapshot():
    return (
        list(Section.objects.order_by("pk").values_list("pk", "title_en", "body_en")),
        list(
            Article.objects.order_by("pk").values_list("pk", "title_en", "title_zh_hans", "cover")
        ),
        list(ArticlePhoto.objects.order_by("pk").values_list("pk", "image")),
    )


@pytest.mark.django_db
def test_loading_twice_changes_nothing(demo):
    before = snapshot()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert snapshot() == before
    assert "0 new sections, 0 page texts, 0 new articles" in out.getvalue()


@pytest.mark.django_db
def test_every_category_has_at_least_three_articles_in_each_language(demo):
    public = Article.objects.published().select_related("section__parent")
    for language in ("en", "zh-hans"):
        counts = Counter(
            f"{a.section.parent.slug}/{a.section.slug}" for a in public.written_in(language)
        )
        assert {c: counts[c] for c in CATEGORIES if counts[c] < 3} == {}, language


@pytest.mark.django_db
def test_some_articles_exist_in_one_language_only(demo):
    assert (
        Article.objects.written_in("en")
        .exclude(pk__in=Article.objects.written_in("zh-hans"))
        .exists()
    )
    assert (
        Article.objects.written_in("zh-hans")
        .exclude(pk__in=Article.objects.written_in("en"))
        .exists()
    )


@pytest.mark.django_db
def test_the_seed_article_is_there_in_both_languages(demo, client):
    seed = Article.objects.get(title_en="Chongqing, Chengdu cooperate on opening-up highland")
    assert seed.section.slug == "local" and seed.title_zh_hans
    assert "Updated: 2020-03-03" in client.get(seed.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_photo_and_video_stories_have_their_media(demo, client):
    for story in Article.objects.filter(section__slug="photos"):
        assert story.photos.count() >= 3
    video = Article.objects.filter(section__slug="video").exclude(video_file="").first()
    html = client.get(video.get_absolute_url()).content.decode()
    assert "<video controls" in html
    assert client.get(video.video_file.url).status_code == 200


@pytest.mark.django_db
def test_every_single_page_has_text_in_both_languages(demo):
    for section in Section.objects.filter(kind="page"):
        assert section.body_en and section.body_zh_hans, section.slug


@pytest.mark.django_db
def test_park_gallery_photos_are_described_in_both_languages(demo):
    """Issue 9 §4: alt texts say what each drawn picture shows ("…, view 1" said nothing), with a
    caption, in English and Chinese; no two pictures share a description."""
    photos = list(ParkPhoto.objects.select_related("park"))
    assert len(photos) == 3 * IndustrialPark.objects.count()
    for photo in photos:
        for text in (photo.alt_en, photo.alt_zh_hans, photo.caption_en, photo.caption_zh_hans):
            assert text and "view" not in text.lower() and photo.park.name_en not in text
        assert len(photo.alt_en.split()) >= 8, photo.alt_en  # a description, not a label
    for field in ("alt_en", "alt_zh_hans", "caption_en", "caption_zh_hans"):
        assert len({getattr(photo, field) for photo in photos}) == len(photos), field
