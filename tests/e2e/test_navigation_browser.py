from playwright.sync_api import expect

from tests.labels import MENUS


def test_hovering_news_shows_its_eight_items(page, live_server, live_sections):
    page.goto(f"{live_server.url}/en/")
    news = page.locator(".menu-item.has-sub", has=page.locator(".menu-link", has_text="News"))
    submenu = news.locator(".submenu")
    expect(submenu).to_be_hidden()
    news.locator(".menu-link").hover()
    expect(submenu).to_be_visible()
    links = submenu.locator("a")
    expect(links).to_have_text(MENUS["en"]["News"])
    for index in range(8):
        expect(links.nth(index)).to_be_visible()


def test_keyboard_focus_opens_a_dropdown(page, live_server, live_sections):
    page.goto(f"{live_server.url}/en/")
    about = page.locator(".menu-item.has-sub", has=page.locator(".menu-link", has_text="About"))
    about.locator(".menu-link").focus()
    expect(about.locator(".submenu")).to_be_visible()
    expect(about.locator(".submenu a").first).to_have_text("Introduction")


def test_clicking_the_chinese_switch_stays_on_the_same_page(page, live_server, live_sections):
    page.goto(f"{live_server.url}/en/news/local/")
    page.get_by_role("link", name="中文").click()
    page.wait_for_url(f"{live_server.url}/zh-hans/news/local/")
    expect(page.locator("h1")).to_have_text("本地新闻")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/news/local/")


def test_phone_menu_button_opens_the_menu_and_a_tap_opens_a_dropdown(
    phone, live_server, live_sections
):
    phone.goto(f"{live_server.url}/en/")
    menu = phone.locator("#main-menu")
    expect(menu).to_be_hidden()
    toggle = phone.locator(".nav-toggle")
    expect(toggle).to_be_visible()
    toggle.tap()
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    living = phone.locator(".menu-item.has-sub", has=phone.locator(".menu-link", has_text="Living"))
    expect(living.locator(".submenu")).to_be_hidden()
    living.locator(".sub-toggle").tap()
    expect(living.locator(".submenu a")).to_have_text(MENUS["en"]["Living"])
    living.locator(".submenu a", has_text="Travel").tap()
    phone.wait_for_url(f"{live_server.url}/en/living/travel/")
    # The page fits the phone's width: nothing scrolls sideways.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_admin_translation_tabs_work(staff_page, live_server, live_sections):
    from portal.models import Section

    local = Section.objects.get(slug="local")
    staff_page.goto(f"{live_server.url}/admin/portal/section/{local.pk}/change/")
    tabs = staff_page.locator(".form-language-switch")  # the form's one switch (issue 8 §1)
    expect(tabs).to_be_visible()
    english = staff_page.locator("#id_title_en")
    chinese = staff_page.locator("#id_title_zh_hans")
    expect(english).to_be_visible()
    expect(chinese).to_be_hidden()
    tabs.get_by_role("tab", name="中文").click()
    expect(chinese).to_be_visible()
    expect(chinese).to_have_value("本地新闻")
    expect(english).to_be_hidden()
