"""A story through review, in a real browser (issue 8 §8): a writer writes and submits it; a News
editor compares the versions and sends it back with a note; the writer reads the note, fixes the
story and submits it again; the editor publishes it, and it is on the public site in both
languages; the editor then restores the version before the last edit."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from portal.permissions import NEWS_EDITORS, WRITERS

PASSWORD = "a-long-password-for-tests-1"


def sign_in(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def type_in_editor(page, field, text):
    frame = page.frame_locator(f"#cke_{field} iframe.cke_wysiwyg_frame")
    page.locator(f"#cke_{field} iframe.cke_wysiwyg_frame").wait_for()
    body = frame.locator("body")
    body.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def show_language(page, label):
    """The form's one English / 中文 switch (static/portal/admin/tabs.js)."""
    page.get_by_role("tab", name=label).first.click()


@pytest.fixture
def staff(transactional_db, django_user_model, live_sections):
    writer = django_user_model.objects.create_user("wang", password=PASSWORD, is_staff=True)
    writer.groups.add(Group.objects.get(name=WRITERS))
    editor = django_user_model.objects.create_user("li", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name=NEWS_EDITORS))
    return writer, editor


def test_write_review_send_back_fix_publish_and_restore(browser, live_server, staff):
    writer = sign_in(browser, live_server, "wang")
    writer.goto(f"{live_server.url}/admin/portal/article/add/")
    writer.select_option("#id_section", label="News › Local")
    writer.fill("#id_title_en", "Guoyuan Port adds a rail link")
    type_in_editor(writer, "id_body_en", "Trains now reach the quay.")
    show_language(writer, "中文")
    writer.fill("#id_title_zh_hans", "果园港新增铁路专线")
    type_in_editor(writer, "id_body_zh_hans", "火车现在可以直达码头。")
    expect(writer.locator("#id_status option")).to_have_count(2)  # draft, waiting for review
    writer.select_option("#id_status", "review")
    writer.click("input[name=_save]")
    expect(writer.locator(".messagelist .success")).to_be_visible()
    expect(writer.locator("#result_list")).to_contain_text("Waiting for review")

    # The editor finds it waiting, changes the English title, and sends it back with a note.
    editor = sign_in(browser, live_server, "li")
    editor.goto(f"{live_server.url}/admin/portal/article/?state=review")
    editor.get_by_role("link", name="Guoyuan Port adds a rail link").click()
    editor.fill("#id_title_en", "Guoyuan Port opens a rail link")
    editor.select_option("#id_status", "draft")
    editor.fill("#id_review_note", "Say when the first train ran.")
    editor.click("input[name=_continue]")
    expect(editor.locator(".messagelist .success")).to_be_visible()
    change_url = editor.url

    # It compares the writer's version with its own: both sides, both languages.
    editor.goto(change_url.replace("/change/", "/history/"))
    editor.get_by_role("button", name="Compare the chosen versions").click()
    table = editor.locator("table.versions-compare")
    expect(table).to_contain_text("Guoyuan Port adds a rail link")
    expect(table).to_contain_text("Guoyuan Port opens a rail link")

    # The writer reads the note, fixes the story and submits it again.
    writer.goto(f"{live_server.url}/admin/portal/article/?state=sent-back")
    writer.get_by_role("link", name="Guoyuan Port opens a rail link").click()
    expect(writer.locator(".field-review_note")).to_contain_text("Say when the first train ran.")
    show_language(writer, "English")  # the form remembered 中文, the last language chosen
    type_in_editor(writer, "id_body_en", "The first train reached the quay on 3 March.")
    writer.select_option("#id_status", "review")
    writer.click("input[name=_save]")
    expect(writer.locator(".messagelist .success")).to_be_visible()

    # The editor publishes it; it is on the site in English and in Chinese.
    editor.goto(change_url)
    editor.select_option("#id_status", "published")
    editor.click("input[name=_continue]")
    expect(editor.locator(".messagelist .success")).to_be_visible()
    editor.goto(f"{live_server.url}/en/news/local/")
    editor.get_by_role("link", name="Guoyuan Port opens a rail link").click()
    expect(editor.locator("article.article h1")).to_have_text("Guoyuan Port opens a rail link")
    expect(editor.locator(".article-body")).to_contain_text("3 March")
    editor.goto(f"{live_server.url}/zh-hans/news/local/")
    editor.get_by_role("link", name="果园港新增铁路专线").click()
    expect(editor.locator("article.article h1")).to_have_text("果园港新增铁路专线")

    # The editor restores the version it sent back (newest first: published, resubmitted, sent
    # back…): its text comes back; the restore form is a change form, so it stays published.
    editor.goto(change_url.replace("/change/", "/history/"))
    editor.locator("table a").filter(has_text=re.compile(r"\d{4}-\d\d-\d\d")).nth(2).click()
    expect(editor.locator("#cke_id_body_en")).to_be_visible()
    expect(editor.locator("#id_status")).to_have_value("draft")
    editor.select_option("#id_status", "published")
    editor.click("input[name=_save]")
    expect(editor.locator(".messagelist .success")).to_be_visible()
    editor.goto(f"{live_server.url}/en/news/local/")
    editor.get_by_role("link", name="Guoyuan Port opens a rail link").click()
    expect(editor.locator(".article-body")).not_to_contain_text("3 March")
    expect(editor.locator(".article-body")).to_contain_text("Trains now reach the quay.")
