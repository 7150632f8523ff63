"""Issue 9 §4 in a real browser: the phone menu does not flash open, the phone home page shows the
menus once, and a park's gallery opens its pictures in a dialog."""

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from portal.demo.drawing import draw_scene, jpeg
from portal.models import ParkPhoto
from tests.factories import ParkFactory

MAIN_JS = "**/static/js/main*.js"

# Sums the page's layout shifts (those not caused by input), as Lighthouse's CLS does.
LAYOUT_SHIFTS = """
window.__shifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (!entry.hadRecentInput) {
      window.__shifts.push({
        value: entry.value,
        nodes: entry.sources.map(function (s) { return s.node ? s.node.nodeName + "." + s.node.className : "?"; })
      });
    }
  });
}).observe({type: "layout-shift", buffered: true});
"""


def layout_shift(page):
    page.wait_for_timeout(100)  # observers report asynchronously
    shifts = page.evaluate("window.__shifts")
    return sum(shift["value"] for shift in shifts), shifts


def test_the_phone_menu_is_closed_from_the_first_paint(phone, live_server, live_sections):
    """A slow connection: the page is drawn before js/main.js arrives. The menu must already be
    closed then, and nothing may move when the script runs."""
    phone.add_init_script(LAYOUT_SHIFTS)
    phone.route(MAIN_JS, lambda route: route.abort())  # the script has not arrived
    phone.goto(f"{live_server.url}/en/")
    phone.wait_for_load_state("load")
    menu = phone.locator("#main-menu")
    expect(menu).to_be_hidden()
    expect(phone.locator(".nav-toggle")).to_be_visible()
    height = phone.evaluate("document.documentElement.scrollHeight")
    main_top = phone.evaluate("document.getElementById('main').getBoundingClientRect().top")

    # Now the script arrives and runs.
    src = phone.locator("script[src*='js/main']").get_attribute("src")
    phone.unroute(MAIN_JS)
    phone.add_script_tag(url=src)
    phone.wait_for_function("document.documentElement.classList.contains('js')")
    assert phone.evaluate("document.documentElement.scrollHeight") == height
    assert phone.evaluate("document.getElementById('main').getBoundingClientRect().top") == main_top
    cls, shifts = layout_shift(phone)
    assert cls < 0.01, shifts
    expect(menu).to_be_hidden()

    # And the button works.
    phone.locator(".nav-toggle").click()
    expect(menu).to_be_visible()
    expect(phone.locator(".nav-toggle")).to_have_attribute("aria-expanded", "true")


def test_no_layout_shift_from_the_menus_on_a_normal_load(phone, live_server, live_sections):
    phone.add_init_script(LAYOUT_SHIFTS)
    for path in ("/en/", "/zh-hans/", "/en/news/local/"):
        phone.goto(f"{live_server.url}{path}")
        phone.wait_for_load_state("load")
        cls, shifts = layout_shift(phone)
        assert cls < 0.01, (path, shifts)


def test_without_javascript_the_phone_menu_shows_open(browser, live_server, live_sections):
    """No script at all: no button that does nothing, the menu and its items below the header."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/")
        expect(page.locator("#main-menu")).to_be_visible()
        expect(page.locator("#submenu-news")).to_be_visible()
        expect(page.locator(".nav-toggle")).to_be_hidden()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_phone_home_page_shows_the_menus_once(
    browser, phone, live_server, live_sections, language
):
    """The menu blocks were there three times on a phone (the menu, the quick links, the footer's
    menus): the demo's English home page measured 5,294 px at 390 px wide, 4,026 px without them."""
    phone.goto(f"{live_server.url}/{language}/")
    expect(phone.locator(".home-menus")).to_be_hidden()
    expect(phone.locator(".footer-menus")).to_be_hidden()
    expect(phone.locator(".footer-links")).to_be_visible()  # terms, privacy, contact stay
    phone.locator(".nav-toggle").click()
    expect(phone.locator("#main-menu")).to_be_visible()
    phone.locator(".nav-toggle").click()
    hidden = phone.evaluate(
        "Array.from(document.querySelectorAll('.home-menus, .footer-menus'))"
        ".map(e => e.getBoundingClientRect().height)"
    )
    assert hidden == [0, 0]

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        desktop = context.new_page()
        desktop.goto(f"{live_server.url}/{language}/")
        expect(desktop.locator(".home-menus")).to_be_visible()
        expect(desktop.locator(".footer-menus")).to_be_visible()
    finally:
        context.close()


@pytest.fixture
def park_with_gallery(live_sections):
    park = ParkFactory(slug="guoyuan", name_en="Guoyuan Port", name_zh_hans="果园港")
    texts = [
        ("Containers stacked on a quay beside an orange crane", "Containers on the quay"),
        ("An orange crane over the river at sunrise", ""),
    ]
    for position, (alt, caption) in enumerate(texts, start=1):
        photo = ParkPhoto(park=park, position=position, alt_en=alt, caption_en=caption)
        photo.image.save("g.jpg", ContentFile(jpeg(draw_scene("port", position))), save=False)
        photo.save()
    return park


def test_a_gallery_thumbnail_opens_the_full_picture_in_a_dialog(
    page, live_server, park_with_gallery
):
    page.goto(f"{live_server.url}/en/investing/industrial-parks/guoyuan/")
    dialog = page.locator("#gallery-dialog")
    expect(dialog).to_be_hidden()
    first = page.locator("a[data-gallery]").first
    expect(first.locator("img")).to_have_attribute(
        "alt", "Containers stacked on a quay beside an orange crane"
    )
    first.click()
    expect(dialog).to_be_visible()
    big = dialog.locator("img")
    expect(big).to_have_attribute("alt", "Containers stacked on a quay beside an orange crane")
    expect(dialog.locator("figcaption")).to_have_text("Containers on the quay")
    expect(dialog).to_have_accessible_name("Containers on the quay")
    page.wait_for_function("document.querySelector('#gallery-dialog img').complete")
    assert big.evaluate("img => img.naturalWidth") > 640  # larger than the thumbnail's rendition
    assert big.evaluate("img => img.getBoundingClientRect().width") > 900
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(first).to_be_focused()  # back where the visitor was

    # The keyboard alone: Tab to the second picture, Enter, then the Close button.
    second = page.locator("a[data-gallery]").nth(1)
    second.focus()
    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    expect(dialog.locator("img")).to_have_attribute(
        "alt", "An orange crane over the river at sunrise"
    )
    expect(dialog.locator("figcaption")).to_be_hidden()  # no caption: the alt names the dialog
    expect(dialog).to_have_accessible_name("An orange crane over the river at sunrise")
    page.keyboard.press("Enter")  # on the focused Close button
    expect(dialog).to_be_hidden()
    expect(second).to_be_focused()

    # The dialog's "close" event comes a moment after it closes: focus that has moved on by then
    # (the browser's own return to the thumbnail, then the visitor's next Tab) is not taken back.
    first.click()
    expect(dialog).to_be_visible()
    page.evaluate(
        """() => {
            document.getElementById("gallery-dialog").close();
            document.querySelectorAll("a[data-gallery]")[1].focus();
        }"""
    )
    page.wait_for_timeout(100)  # the close event's task has run
    expect(second).to_be_focused()


def test_without_javascript_a_thumbnail_links_to_the_picture(
    browser, live_server, park_with_gallery
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/investing/industrial-parks/guoyuan/")
        href = page.locator("a[data-gallery]").first.get_attribute("href")
        assert href.startswith("/media/") and href.endswith(".jpg")
        response = page.request.get(f"{live_server.url}{href}")
        assert response.status == 200 and response.headers["content-type"] == "image/jpeg"
    finally:
        context.close()
