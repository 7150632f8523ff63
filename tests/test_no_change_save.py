"""Saving without a change changes nothing (issue 8 §1): the stored body stays byte for byte the same,
whatever way the editor writes it back, and the history names only the fields that changed, in the
admin's language ("正文（英文）", not "Body [en]")."""

import json
import re
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.utils import translation
from modeltranslation.translator import translator
from PIL import Image

from portal.models import Article, Section
from portal.richtext import EDITOR_CONFIG, prepare, reading, sanitize
from tests.factories import ArticleFactory


class _Form(HTMLParser):
    """The fields a browser would submit from a form, as rendered (no file inputs, no buttons)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value", "on")))
                return
            self.fields.append((name, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            name, value = self._textarea
            self.fields.append((name, value.removeprefix("\n")))  # as browsers read a textarea
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_as_rendered(response, form_id):
    """{name: [values]} of the form `form_id` exactly as the admin rendered it."""
    html = response.content.decode()
    html = html[html.index(f'id="{form_id}"') :]
    parser = _Form()
    parser.feed(html[: html.index("</form>")])
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


def as_ckeditor_writes(html):
    """What CKEditor 4 sends back for stored HTML it did not change (seen in Chromium): a blank line
    after each block, attributes in alphabetical order, `<img … />`."""

    def image(match):
        attributes = sorted(re.findall(r'([a-z-]+)="([^"]*)"', match.group(1)))
        return "<img " + " ".join(f'{name}="{value}"' for name, value in attributes) + " />"

    html = re.sub(r"<img\b([^>]*)>", image, html)
    return re.sub(r"</(p|h2|h3|h4|ul|ol|blockquote|table|figure)>", r"</\1>\n\n", html).strip()


def png(size=(1600, 1000)):
    buffer = BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def article(sections, media_root):
    name = default_storage.save("uploads/2026/11/port.png", SimpleUploadedFile("p.png", png()))
    return ArticleFactory(
        section=Section.objects.get(slug="local"),
        body_en=(
            f'<p>Ships call <strong>every day</strong>.</p><p><img src="/media/{name}" alt="Port">'
            "</p><h2>Trade</h2><ul><li>Cars</li><li>Laptops</li></ul>"
        ),
        body_zh_hans=f'<p>船舶每天停靠。</p><p><img src="/media/{name}" alt="港口"></p>',
    )


def stored(article):
    """Every column of the article as stored, but the time of the last save, and the untranslated
    columns (title, body…) that django-modeltranslation fills with the saving admin's language and
    nothing reads (pages read title_en, title_zh_hans…)."""
    row = model_to_dict(Article.objects.get(pk=article.pk))
    for name in ("updated_at", *translator.get_options_for_model(Article).fields):
        row.pop(name, None)
    return row


def change_url(article):
    return f"/admin/portal/article/{article.pk}/change/"


def history(article):
    return [
        json.loads(entry.change_message)
        for entry in LogEntry.objects.filter(object_id=str(article.pk)).order_by("pk")
    ]


def choose_chinese(client):
    """中文, chosen in the admin's language menu."""
    assert client.post("/admin/language/", {"language": "zh-hans"}).status_code == 302


@pytest.mark.django_db
def test_the_stored_body_is_complete_and_the_sanitiser_keeps_it(article):
    body = Article.objects.get(pk=article.pk).body_en
    img = re.search(r"<img [^>]*>", body).group(0)
    for attribute in ("srcset=", "sizes=", 'loading="lazy"', 'decoding="async"', 'width="960"'):
        assert attribute in img, attribute
    assert sanitize(body) == body  # nothing our enrichment adds is dropped by the sanitiser
    assert prepare(body) == body  # stored HTML prepares to itself


@pytest.mark.django_db
def test_posting_the_form_back_as_rendered_changes_nothing(admin_client, article):
    before = stored(article)
    data = form_as_rendered(admin_client.get(change_url(article)), "article_form")
    assert data["body_en"] == [before["body_en"]]
    response = admin_client.post(change_url(article), {**data, "_save": "Save"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert stored(article) == before  # byte for byte: the bodies, the dates, everything
    assert history(article) == [[]]
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert entry.get_change_message() == "No fields changed."
    with translation.override("zh-hans"):
        assert entry.get_change_message() == "没有字段被修改。"


@pytest.mark.django_db
def test_the_editor_rewriting_an_unchanged_body_is_not_a_change(admin_client, article):
    """CKEditor rewrites the body it was given; only the status was changed by the editor."""
    choose_chinese(admin_client)
    before = stored(article)
    data = form_as_rendered(admin_client.get(change_url(article)), "article_form")
    rewritten = as_ckeditor_writes(before["body_en"])
    assert rewritten != before["body_en"] and reading(rewritten) == reading(before["body_en"])
    data.update(body_en=[rewritten], body_zh_hans=[as_ckeditor_writes(before["body_zh_hans"])])
    data["status"] = ["draft"]
    response = admin_client.post(change_url(article), {**data, "_save": "Save"})
    assert response.status_code == 302
    after = stored(article)
    assert after.pop("status") == "draft" and before.pop("status") == "published"
    assert after == before
    assert history(article) == [[{"changed": {"fields": ["Status"]}}]]  # 状态, when read in Chinese


@pytest.mark.django_db
def test_an_editor_that_drops_srcset_does_not_damage_the_body(admin_client, article):
    """An editor that drops the attributes our enrichment adds (CKEditor did, before its content
    filter allowed them) changed nothing; and where the body did change, they come back."""
    before = stored(article)
    stripped = re.sub(r' (srcset|sizes|loading|decoding)="[^"]*"', "", before["body_en"])
    assert "srcset" not in stripped
    data = form_as_rendered(admin_client.get(change_url(article)), "article_form")
    data["body_en"] = [stripped]
    admin_client.post(change_url(article), {**data, "_save": "Save"})
    assert stored(article) == before
    assert history(article) == [[]]

    data["body_en"] = [stripped.replace("Cars", "Cars and vans")]
    admin_client.post(change_url(article), {**data, "_save": "Save"})
    body = stored(article)["body_en"]
    assert "Cars and vans" in body
    assert body == before["body_en"].replace("Cars", "Cars and vans")  # srcset and all, as before
    assert history(article)[-1] == [{"changed": {"fields": ["Body (English)"]}}]


@pytest.mark.django_db
def test_a_real_change_is_named_in_each_readers_language(admin_client, article, client):
    choose_chinese(admin_client)
    data = form_as_rendered(admin_client.get(change_url(article)), "article_form")
    data["body_en"] = [data["body_en"][0].replace("every day", "every hour")]
    data["title_zh_hans"] = ["两江新闻：港口"]
    admin_client.post(change_url(article), {**data, "_save": "Save"})
    assert "every hour" in Article.objects.get(pk=article.pk).body_en
    # Stored in one language whoever saved, as Django stores its own labels…
    assert history(article) == [[{"changed": {"fields": ["Title (Chinese)", "Body (English)"]}}]]
    # …and worded in the language of whoever reads the history: the Chinese admin that saved,
    page = admin_client.get(f"/admin/portal/article/{article.pk}/history/").content.decode()
    assert "已修改标题（中文） 和 正文（英文）。" in page and "[en]" not in page
    assert "Title (Chinese)" not in page
    # and a colleague whose admin is in English.
    colleague = User.objects.create_superuser("colleague", password="a-long-password-for-tests-1")
    client.force_login(colleague)
    page = client.get(f"/admin/portal/article/{article.pk}/history/").content.decode()
    assert "Changed Title (Chinese) and Body (English)." in page and "标题" not in page


@pytest.mark.django_db
def test_translated_fields_are_labelled_with_their_language(admin_client, article):
    english = admin_client.get(change_url(article)).content.decode()
    assert "Body (English)" in english and "Title (Chinese)" in english and "[en]" not in english
    choose_chinese(admin_client)
    chinese = admin_client.get(change_url(article)).content.decode()
    assert "正文（英文）" in chinese and "标题（中文）" in chinese
    assert "[en]" not in chinese and "[zh-hans]" not in chinese


def test_the_editor_keeps_what_our_enrichment_adds():
    """CKEditor's content filter drops attributes it was not told about: without this, srcset and
    sizes were gone the moment a saved article was opened again."""
    allowed = EDITOR_CONFIG["extraAllowedContent"]
    for attribute in ("srcset", "sizes", "loading", "decoding"):
        assert attribute in allowed
