"""One English / 中文 switch per form (issue 8 §1): every translated field follows it, the choice is
remembered for the next form, and modeltranslation's own per-field tabs and page-level select are
gone, so nothing can disagree with it."""

from playwright.sync_api import expect

from tests.e2e.test_editor_browser import editor_frame

TRANSLATED = ("title", "summary", "byline", "source", "cover_alt", "cover_caption", "cover_credit")


def switch(page):
    return page.locator(".form-language-switch")


def test_one_switch_turns_every_field_and_is_remembered(staff_page, live_server, live_sections):
    page = staff_page
    page.goto(f"{live_server.url}/admin/portal/article/add/")
    page.locator("#cke_id_body_en iframe.cke_wysiwyg_frame").wait_for()

    # One control: no per-field strip and no page-level select anywhere on the page.
    expect(switch(page)).to_have_count(1)
    expect(page.locator("#modeltranslation-main-switch")).to_have_count(0)
    expect(page.locator("#content h1 select")).to_have_count(0)
    expect(page.locator(".ui-tabs-nav:visible")).to_have_count(0)
    expect(page.get_by_role("tab")).to_have_count(2)  # English, 中文: only the switch's
    english_tab = switch(page).get_by_role("tab", name="English")
    chinese_tab = switch(page).get_by_role("tab", name="中文")
    expect(english_tab).to_have_attribute("aria-selected", "true")
    # Shared fields above the switch, the text below it.
    top = switch(page).bounding_box()["y"]  # at the top of the page: where it sits
    for shared in ("#id_section", "#id_status"):
        assert page.locator(shared).bounding_box()["y"] < top
    assert page.locator("#id_title_en").bounding_box()["y"] > top

    for field in TRANSLATED:
        expect(page.locator(f"#id_{field}_en")).to_be_visible()
        expect(page.locator(f"#id_{field}_zh_hans")).to_be_hidden()

    chinese_tab.click()
    expect(chinese_tab).to_have_attribute("aria-selected", "true")
    for field in TRANSLATED:
        expect(page.locator(f"#id_{field}_zh_hans")).to_be_visible()
        expect(page.locator(f"#id_{field}_en")).to_be_hidden()
    expect(page.locator("#cke_id_body_zh_hans")).to_be_visible()
    expect(page.locator("#cke_id_body_en")).to_be_hidden()
    # The photo captions of the inline follow too, rows added later included.
    page.locator("#photos-group summary").click()
    page.locator("#photos-group .add-row a").click()
    expect(page.locator("#id_photos-0-caption_zh_hans")).to_be_visible()
    expect(page.locator("#id_photos-0-caption_en")).to_be_hidden()
    expect(page.locator("#photos-group thead")).not_to_contain_text("Chinese")  # names no language
    page.locator("#photos-group .inline-deletelink").first.click()

    # Remembered on the next form, whatever form it is.
    page.goto(f"{live_server.url}/admin/portal/section/add/")
    expect(switch(page).get_by_role("tab", name="中文")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#id_title_zh_hans")).to_be_visible()
    expect(page.locator("#id_title_en")).to_be_hidden()
    page.goto(f"{live_server.url}/admin/portal/article/add/")
    expect(page.locator("#id_title_zh_hans")).to_be_visible()
    expect(page.locator("#id_title_en")).to_be_hidden()

    # Both languages filled in and saved.
    page.select_option("#id_section", label="News › Local")
    page.fill("#id_title_zh_hans", "两江新区新开一条航线")
    page.fill("#id_summary_zh_hans", "果园港每周两班。")
    editor_frame(page, "id_body_zh_hans").locator("body").click()
    page.keyboard.type("新航线连接果园港。")
    switch(page).get_by_role("tab", name="English").click()
    expect(page.locator("#id_title_zh_hans")).to_be_hidden()
    page.fill("#id_title_en", "A new shipping line for Liangjiang")
    page.fill("#id_summary_en", "Two sailings a week from Guoyuan Port.")
    editor_frame(page, "id_body_en").locator("body").click()
    page.keyboard.type("The new line calls at Guoyuan Port.")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    from portal.models import Article

    article = Article.objects.get(title_en="A new shipping line for Liangjiang")
    assert article.title_zh_hans == "两江新区新开一条航线"
    assert article.summary_en == "Two sailings a week from Guoyuan Port."
    assert "新航线连接果园港。" in article.body_zh_hans
    assert "The new line calls at Guoyuan Port." in article.body_en


def test_the_form_opens_in_the_language_with_errors(staff_page, live_server, live_sections):
    """A menu item needs its English title: saved without one while 中文 is the remembered
    choice, the form comes back showing English (its tab marked), and 中文 stays remembered."""
    page = staff_page
    page.goto(f"{live_server.url}/admin/portal/section/add/")
    switch(page).get_by_role("tab", name="中文").click()
    page.fill("#id_title_zh_hans", "新栏目")
    page.fill("#id_slug", "new-item")
    page.click("input[name=_save]")
    expect(page.locator(".errornote")).to_be_visible()
    english_tab = switch(page).get_by_role("tab", name="English")
    expect(english_tab).to_have_attribute("aria-selected", "true")
    expect(english_tab).to_have_class("has-errors")
    expect(page.locator("#id_title_en")).to_be_visible()
    expect(page.locator(".field-title_en .errorlist")).to_be_visible()
    page.goto(f"{live_server.url}/admin/portal/section/add/")
    expect(page.locator("#id_title_zh_hans")).to_be_visible()
