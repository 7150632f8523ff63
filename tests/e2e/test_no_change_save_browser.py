"""Saving an article in the real editor without touching its body keeps the body byte for byte
(issue 8 §1). CKEditor rewrites the HTML it is given (one block a line, attributes sorted, `<img />`)
and, before its content filter allowed them, dropped the srcset and sizes that our enrichment adds,
so every re-save lost them and the history said "Changed Body [en]"."""

import json
from io import BytesIO

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from playwright.sync_api import expect


def test_saving_in_the_editor_without_a_change_keeps_the_body(
    staff_page, live_server, live_sections
):
    from django.contrib.admin.models import LogEntry

    from portal.models import Article, Section
    from tests.factories import ArticleFactory

    buffer = BytesIO()
    Image.new("RGB", (1600, 1000), "teal").save(buffer, "PNG")
    name = default_storage.save("uploads/port.png", SimpleUploadedFile("p.png", buffer.getvalue()))
    article = ArticleFactory(
        section=Section.objects.get(slug="local"),
        body_en=(
            f'<p>Ships call <strong>every day</strong>.</p><p><img src="/media/{name}" alt="Port">'
            "</p><ul><li>Cars</li><li>Laptops</li></ul>"
        ),
    )
    stored = Article.objects.get(pk=article.pk).body_en
    assert "srcset=" in stored

    page = staff_page
    page.goto(f"{live_server.url}/admin/portal/article/{article.pk}/change/")
    page.locator("#cke_id_body_en iframe.cke_wysiwyg_frame").wait_for()
    page.wait_for_function("CKEDITOR.instances.id_body_en.status === 'ready'")
    written = page.evaluate("CKEDITOR.instances.id_body_en.getData()")
    assert "srcset=" in written and written != stored  # kept, though written its own way
    page.select_option("#id_status", "draft")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    assert Article.objects.get(pk=article.pk).body_en == stored
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert json.loads(entry.change_message) == [{"changed": {"fields": ["Status"]}}]
