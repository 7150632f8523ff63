"""A staff member reuses a picture from the media library: in the editor's image dialog ("Browse
Server"), and as an article's cover, its description coming with it each time."""

import re
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image
from playwright.sync_api import Error, expect

from portal.models import Article, MediaImage


@pytest.fixture
def crane(transactional_db):
    buffer = BytesIO()
    Image.new("RGB", (640, 400), "#2e86c1").save(buffer, "PNG")
    name = default_storage.save("uploads/2026/11/crane.png", ContentFile(buffer.getvalue()))
    return MediaImage.objects.create(
        file=name, width=640, height=400, alt_en="Cranes at Guoyuan Port", alt_zh_hans="果园港吊车"
    )


def test_a_library_picture_goes_into_the_text_with_its_description(
    staff_page, live_server, live_sections, crane
):
    page = staff_page
    page.goto(f"{live_server.url}/admin/portal/article/add/")
    page.locator("#cke_id_body_en iframe.cke_wysiwyg_frame").wait_for()
    page.locator("#cke_id_body_en .cke_button__image").click()
    dialog = page.locator(".cke_dialog").last
    expect(dialog).to_be_visible()
    with page.expect_popup() as opened:
        dialog.get_by_role("button", name="Browse Server").click()
    picker = opened.value
    picker.wait_for_url(re.compile(r"/admin/media/pick/\?.*CKEditorFuncNum="))
    choose(picker, "Cranes at Guoyuan Port")

    src = dialog.locator("input.cke_dialog_ui_input_text").first
    expect(src).to_have_value(f"/media/{crane.file}")
    expect(dialog.get_by_label("Alternative Text")).to_have_value("Cranes at Guoyuan Port")
    dialog.locator(".cke_dialog_ui_button_ok").click()
    expect(dialog).to_be_hidden()
    body = page.frame_locator("#cke_id_body_en iframe.cke_wysiwyg_frame")
    placed = body.locator("img[data-widget=image]")
    expect(placed).to_have_attribute("src", f"/media/{crane.file}")
    expect(placed).to_have_attribute("alt", "Cranes at Guoyuan Port")


def test_a_library_picture_becomes_the_cover_without_a_new_upload(
    staff_page, live_server, live_sections, crane
):
    page = staff_page
    page.goto(f"{live_server.url}/admin/portal/article/add/")
    page.select_option("#id_section", label="News › Local")
    page.fill("#id_title_en", "Guoyuan Port is busy")
    with page.expect_popup() as opened:
        page.get_by_role("button", name="Choose from the media library").click()
    picker = opened.value
    picker.wait_for_url(re.compile(r"/admin/media/pick/\?target=id_cover_from_library"))
    choose(picker, "Cranes at Guoyuan Port")

    expect(page.locator("#id_cover_from_library")).to_have_value(str(crane.pk))
    expect(page.locator(".library-chosen img")).to_be_visible()
    expect(page.locator("#id_cover_alt_en")).to_have_value("Cranes at Guoyuan Port")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    article = Article.objects.get(title_en="Guoyuan Port is busy")
    assert article.cover.name == crane.file
    assert (article.cover_alt_en, article.cover_alt_zh_hans) == (
        "Cranes at Guoyuan Port",
        "果园港吊车",
    )


def choose(picker, name):
    """Click a picture in the picker, which answers and closes itself: the close may come before
    the click's own acknowledgement, which Playwright then reports as an error of the click."""
    with picker.expect_event("close"):
        try:
            picker.get_by_role("button", name=re.compile(name)).click(no_wait_after=True)
        except Error as error:
            if "closed" not in str(error):
                raise
