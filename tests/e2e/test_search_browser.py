from playwright.sync_api import expect

from portal.models import Section
from tests.factories import ArticleFactory


def test_phone_header_search_highlights_and_the_switch_keeps_the_query(
    phone, live_server, live_sections
):
    local = Section.objects.get(slug="local")
    ArticleFactory(
        section=local,
        title_en="Guoyuan Port opens a new rail berth",
        title_zh_hans="果园港新铁路泊位启用",
        body_zh_hans="<p>果园港今天启用新的铁路泊位。</p>",
    )
    phone.goto(f"{live_server.url}/en/")
    box = phone.locator(".masthead .site-search input[name=q]")
    expect(box).to_be_hidden()  # on a phone it lives in the menu
    phone.locator(".nav-toggle").click()
    expect(box).to_be_visible()
    box.fill("guoyuan port")
    box.press("Enter")
    phone.wait_for_url("**/en/search/?q=guoyuan+port")
    expect(phone.locator(".search-results mark").first).to_have_text("Guoyuan Port")
    expect(phone.locator(".result-kind").first).to_have_text("News story")
    phone.get_by_role("link", name="中文").click()
    phone.wait_for_url("**/zh-hans/search/?q=guoyuan+port")
    expect(phone.locator("#search-q")).to_have_value("guoyuan port")
    expect(phone.locator("html")).to_have_attribute("lang", "zh-hans")
    # In Chinese the same box finds the Chinese story, marked.
    phone.locator("#search-q").fill("果园港")
    phone.locator(".search-form button[type=submit]").click()
    expect(phone.locator(".search-results mark").first).to_have_text("果园港")
