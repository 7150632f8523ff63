"""In a real browser (issue 9 §4): the video player offers the story's caption tracks, and the
enterprise filters send no empty parameters."""

import pytest
from django.core.files import File
from playwright.sync_api import expect

from portal.demo.loader import DEMO_CAPTIONS, DEMO_VIDEO
from portal.models import Section
from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory


@pytest.fixture
def live_video(live_sections):
    story = ArticleFactory(section=Section.objects.get(slug="video"), title_en="Bridge clip")
    with DEMO_VIDEO.open("rb") as clip:
        story.video_file.save("clip.webm", File(clip), save=False)
    for suffix, path in DEMO_CAPTIONS.items():
        with path.open("rb") as track:
            getattr(story, f"captions_{suffix}").save(path.name, File(track), save=False)
    story.save()
    return story


def test_the_player_offers_both_caption_tracks_and_shows_the_pages_own(
    page, live_server, live_video
):
    page.goto(f"{live_server.url}/zh-hans{live_video.get_absolute_url()[3:]}")
    video = page.locator("video")
    assert video.evaluate("v => v.textTracks.length") == 2
    tracks = video.evaluate(
        "v => Array.from(v.textTracks, t => [t.language, t.label, t.kind, t.mode])"
    )
    assert tracks == [
        ["en", "English", "captions", "disabled"],
        ["zh-hans", "中文", "captions", "showing"],
    ]
    # The default track loads: its cues are the demo's Chinese captions.
    page.wait_for_function(
        "() => { const t = document.querySelector('video').textTracks[1];"
        " return t.cues && t.cues.length > 0; }"
    )
    first = video.evaluate("v => v.textTracks[1].cues[0].text")
    assert first.startswith("一座斜拉桥")


def test_the_filter_form_sends_no_empty_fields(page, live_server, live_sections):
    cars = IndustryFactory(slug="automobiles", name_en="Automobiles", name_zh_hans="汽车")
    EnterpriseFactory(slug="changan", name_en="Changan Automobile", industries=[cars])
    page.goto(f"{live_server.url}/en/investing/enterprises/")
    page.select_option("#id_industry", label="Automobiles")
    page.get_by_role("button", name="Show results").click()
    page.wait_for_url(f"{live_server.url}/en/investing/enterprises/?industry=automobiles")
    expect(page.locator(".result-count")).to_have_text("1 enterprise")
    # Back to "All" everywhere: the plain list, with no `?industry=&park=&origin=`.
    page.select_option("#id_industry", label="All")
    page.get_by_role("button", name="Show results").click()
    page.wait_for_url(f"{live_server.url}/en/investing/enterprises/")
