"""A staff member writes and publishes an illustrated article in CKEditor, in English then Chinese."""

from io import BytesIO

from PIL import Image
from playwright.sync_api import expect


def png_file(tmp_path):
    path = tmp_path / "guoyuan-port.png"
    image = Image.new("RGB", (640, 400), "#2e86c1")
    buffer = BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def editor_frame(page, field):
    """The editing iframe of the CKEditor instance replacing textarea `field`."""
    page.locator(f"#cke_{field} iframe.cke_wysiwyg_frame").wait_for()
    return page.frame_locator(f"#cke_{field} iframe.cke_wysiwyg_frame")


def upload_image_in_dialog(page, field, image_path, alt):
    page.locator(f"#cke_{field} .cke_button__image").click()
    dialog = page.locator(".cke_dialog").last
    expect(dialog).to_be_visible()
    dialog.locator(".cke_dialog_tab", has_text="Upload").click()
    upload_frame = dialog.frame_locator("iframe.cke_dialog_ui_input_file")
    upload_frame.locator("input[type=file]").set_input_files(str(image_path))
    dialog.locator("a.cke_dialog_ui_fileButton").click()
    # The upload answers with the URL; the dialog fills it in and returns to the image tab.
    url_input = dialog.locator("input.cke_dialog_ui_input_text").first
    expect(url_input).to_have_value(__import__("re").compile(r"/media/uploads/.+\.png$"))
    dialog.get_by_label("Alternative Text").fill(alt)
    dialog.locator(".cke_dialog_ui_button_ok").click()
    expect(dialog).to_be_hidden()


def test_staff_write_bold_upload_publish_in_english_then_chinese(
    staff_page, live_server, live_sections, tmp_path
):
    page = staff_page
    page.goto(f"{live_server.url}/admin/portal/article/add/")
    page.select_option("#id_section", label="News › Local")

    page.fill("#id_title_en", "Guoyuan Port opens a new berth")
    body = editor_frame(page, "id_body_en")
    body.locator("body").click()
    page.keyboard.type("Ships now call at the new berth every day.")
    page.keyboard.press("Home")
    for _ in range(5):
        page.keyboard.press("Shift+ArrowRight")  # select "Ships"
    page.locator("#cke_id_body_en .cke_button__bold").click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    upload_image_in_dialog(page, "id_body_en", png_file(tmp_path), "The new berth at Guoyuan Port")

    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(f"{live_server.url}/en/news/local/")
    page.get_by_role("link", name="Guoyuan Port opens a new berth").click()
    article = page.locator("article.article")
    expect(article.locator("h1")).to_have_text("Guoyuan Port opens a new berth")
    expect(article.locator(".article-body strong")).to_have_text("Ships")
    image = article.locator(".article-body img")
    expect(image).to_have_attribute("alt", "The new berth at Guoyuan Port")
    expect(image).to_have_attribute(
        "width", "640"
    )  # filled in on save, with srcset and lazy loading
    expect(image).to_have_attribute("loading", "lazy")
    image.scroll_into_view_if_needed()
    loaded = "(img) => img.complete && img.naturalWidth > 0 && img.currentSrc.includes('/media/')"
    page.wait_for_function(f"({loaded})(document.querySelector('.article-body img'))")
    article_url = page.url

    # Not on the Chinese site yet: it has no Chinese title.
    page.goto(f"{live_server.url}/zh-hans/news/local/")
    expect(page.get_by_role("link", name="Guoyuan Port opens a new berth")).to_have_count(0)

    # Add the Chinese version in the Chinese tab.
    from portal.models import Article

    pk = Article.objects.get(title_en="Guoyuan Port opens a new berth").pk
    page.goto(f"{live_server.url}/admin/portal/article/{pk}/change/")
    # One switch turns every field of the form Chinese (the admin stays English: reading the
    # Chinese site above no longer turns it Chinese, issue 8 §1).
    page.locator(".form-language-switch").get_by_role("tab", name="中文").click()
    expect(page.locator("#id_title_zh_hans")).to_be_visible()
    page.fill("#id_title_zh_hans", "果园港新泊位投用")
    chinese = editor_frame(page, "id_body_zh_hans")
    chinese.locator("body").click()
    page.keyboard.type("新泊位每天都有船舶停靠。")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(f"{live_server.url}/zh-hans/news/local/")
    page.get_by_role("link", name="果园港新泊位投用").click()
    expect(page.locator("article.article h1")).to_have_text("果园港新泊位投用")
    expect(page.locator(".article-body")).to_contain_text("新泊位每天都有船舶停靠。")
    assert page.url == article_url.replace("/en/", "/zh-hans/")
