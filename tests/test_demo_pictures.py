"""The demo pictures match their captions (issue 9 §4): each caption and alt text, in both
languages, names something its scene draws (portal/demo/drawing.py SHOWS), and a database loaded
before the captions were fixed gets the new ones (and the pictures drawn again) on the next run."""

import pytest

from portal.demo import articles as demo_articles
from portal.demo.drawing import _MOTIFS, PALETTES, SHOWS, draw_scene
from portal.demo.loader import load_articles, update_demo_captions
from portal.demo.superseded import FORMER_CAPTIONS
from portal.models import Article, ArticlePhoto


def pictures():
    """(where, scene, language, caption) of every demo picture with a caption."""
    for entry in demo_articles.ARTICLES:
        for language in ("en", "zh_hans"):
            text = entry.get(language) or {}
            if text.get("caption"):
                yield entry["key"], entry["scene"], language, text["caption"]
            for number, photo in enumerate(entry.get("photos", []), start=1):
                if photo.get(language):
                    scene = photo.get("scene", entry["scene"])
                    yield f"{entry['key']} photo {number}", scene, language, photo[language]


def test_every_scene_has_a_motif_a_palette_and_words_for_what_it_draws():
    assert set(SHOWS) == set(_MOTIFS) == set(PALETTES)


@pytest.mark.parametrize("where, scene, language, caption", list(pictures()))
def test_each_caption_names_what_its_picture_draws(where, scene, language, caption):
    english, chinese = SHOWS[scene]
    words = english if language == "en" else chinese
    assert any(word.lower() in caption.lower() for word in words), (
        f"{where}: the {scene} picture shows {words}, the caption says “{caption}”"
    )
    assert caption not in FORMER_CAPTIONS


def test_a_video_storys_poster_is_the_clips_river():
    for entry in demo_articles.ARTICLES:
        if entry["kind"] == "video":
            assert entry["scene"] == "river", entry["key"]  # the clip shows a bridge over a river


def test_a_train_is_drawn_as_a_train_not_as_cars():
    train, cars = draw_scene("train", 1), draw_scene("car", 1)
    assert train.tobytes() != cars.tobytes()


@pytest.mark.django_db
def test_a_database_with_the_former_captions_gets_the_new_ones(sections):
    load_articles(with_images=False)
    entry = next(e for e in demo_articles.ARTICLES if e["key"] == "photos-guoyuan-port-day")
    story = Article.objects.get(legacy_url=f"demo:{entry['key']}")
    old_cover = "Gantry cranes at work at Guoyuan Port."
    old_photo = "A freight train waits beside the quay to take river cargo inland."
    Article.objects.filter(pk=story.pk).update(cover_caption_en=old_cover, cover_alt_en=old_cover)
    ArticlePhoto.objects.filter(article=story, position=2).update(
        caption_en=old_photo, alt_en=old_photo
    )
    edited = ArticlePhoto.objects.get(article=story, position=3)
    edited.caption_en = "Written by an editor."
    edited.save()
    assert update_demo_captions(with_images=False) == 2
    story.refresh_from_db()
    assert story.cover_caption_en == story.cover_alt_en == entry["en"]["caption"]
    train = ArticlePhoto.objects.get(article=story, position=2)
    assert train.caption_en == train.alt_en == entry["photos"][1]["en"]
    assert ArticlePhoto.objects.get(pk=edited.pk).caption_en == "Written by an editor."
    assert update_demo_captions(with_images=False) == 0  # idempotent
