import re

import pytest

from portal.models import Article, Section
from portal.richtext import EDITOR_CONFIG, prepare, sanitize
from tests.factories import ArticleFactory

HOSTILE = (
    '<p onclick="steal()">Hello <strong>world</strong></p>'
    "<script>alert(1)</script>"
    '<img src="/media/a.jpg" onerror="alert(2)" alt="A">'
    '<a href="javascript:alert(3)">bad link</a>'
    '<a href="JaVaScRiPt&#58;alert(4)">encoded</a>'
    '<iframe src="https://evil.example/"></iframe>'
    '<p style="position:fixed;top:0">styled</p>'
    "<style>body{display:none}</style>"
    '<svg onload="alert(5)"><circle/></svg>'
    '<form action="/steal"><input name="x"></form>'
)
FORBIDDEN = ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "style=", "<style",
             "<svg", "<form", "<input", "alert(1)")  # fmt: skip

KEPT = (
    "<h2>Heading</h2><p>Text with <em>emphasis</em> and a "
    '<a href="https://www.liangjiang.gov.cn/">link</a>.</p>'
    "<ul><li>one</li></ul><ol><li>two</li></ol>"
    "<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2010</td></tr></tbody></table>"
    '<figure><img src="/media/uploads/x.jpg" alt="Port" width="640" height="480">'
    "<figcaption>Guoyuan Port</figcaption></figure>"
    "<blockquote><p>Quote</p></blockquote>"
)


def assert_clean(html):
    for needle in FORBIDDEN:
        assert needle not in html.lower(), needle


def test_sanitize_drops_everything_hostile():
    clean = sanitize(HOSTILE)
    assert_clean(clean)
    assert "<strong>world</strong>" in clean
    assert '<img src="/media/a.jpg" alt="A">' in clean


def test_sanitize_keeps_what_editors_write():
    clean = sanitize(KEPT)
    for fragment in ("<h2>Heading</h2>", "<em>emphasis</em>", "<ul><li>one</li></ul>", "<ol>",
                     "<th>Year</th>", "<td>2010</td>", "<figcaption>Guoyuan Port</figcaption>",
                     'src="/media/uploads/x.jpg"', 'alt="Port"', 'width="640"', "<blockquote>",
                     'href="https://www.liangjiang.gov.cn/"'):  # fmt: skip
        assert fragment in clean, fragment


@pytest.mark.django_db
def test_hostile_html_saved_through_the_model_comes_back_clean(sections):
    local = Section.objects.get(slug="local")
    article = ArticleFactory(section=local, body_en=HOSTILE, body_zh_hans=HOSTILE)
    assert_clean(article.body_en)  # the instance itself is cleaned on save
    stored = Article.objects.values("body_en", "body_zh_hans").get(pk=article.pk)
    assert_clean(stored["body_en"])
    assert_clean(stored["body_zh_hans"])


@pytest.mark.django_db
def test_update_and_bulk_create_are_sanitised_too(sections):
    local = Section.objects.get(slug="local")
    article = ArticleFactory(section=local)
    Article.objects.filter(pk=article.pk).update(body_en=HOSTILE)
    assert_clean(Article.objects.get(pk=article.pk).body_en)
    Article.objects.bulk_create([Article(section=local, title_en="Bulk", body_en=HOSTILE)])
    assert_clean(Article.objects.get(title_en="Bulk").body_en)


@pytest.mark.django_db
def test_section_pages_are_sanitised(client, sections):
    Section.objects.filter(slug="guide").update(body_en=HOSTILE)
    html = client.get("/en/investing/guide/").content.decode()
    assert "<strong>world</strong>" in html
    body = html.split('class="article-body"', 1)[1].split("</div>", 1)[0]
    assert_clean(body)


@pytest.mark.django_db
def test_hostile_html_saved_through_the_admin_comes_back_clean(admin_client, client, sections):
    local = Section.objects.get(slug="local")
    response = admin_client.post(
        "/admin/portal/article/add/",
        {
            "section": local.pk,
            "title_en": "Admin story",
            "body_en": HOSTILE,
            "body_zh_hans": HOSTILE,
            "status": "published",
            "published_at_0": "2024-05-01",
            "published_at_1": "10:00:00",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(title_en="Admin story")
    assert_clean(article.body_en)
    assert_clean(article.body_zh_hans)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<strong>world</strong>" in page
    assert_clean(page.split('class="article-body"', 1)[1].split("</article>", 1)[0])


# Pictures placed by the editor (issue 8 §2): its alignment classes survive, no other class does.
PLACED = (
    '<p><img class="image-left" src="/media/a.jpg" alt="A" width="300" height="200"></p>'
    '<p class="image-center"><img src="/media/b.jpg" alt="B"></p>'
    '<p><img class="image-right" src="/media/c.jpg" alt="C"></p>'
    '<p><img class="image-full" src="/media/d.jpg" alt="D"></p>'
    '<figure class="image-captioned image-right"><img src="/media/e.jpg" alt="E">'
    "<figcaption>E</figcaption></figure>"
    '<figure class="image-captioned image-center"><img src="/media/f.jpg" alt="F"></figure>'
    '<figure class="image-captioned image-left"><img src="/media/g.jpg" alt="G"></figure>'
    '<figure class="image-captioned image-full"><img src="/media/h.jpg" alt="H"></figure>'
)


def test_the_editors_alignment_classes_survive_the_sanitiser():
    assert sanitize(PLACED) == PLACED


def test_the_editor_places_pictures_only_with_classes_the_sanitiser_keeps():
    """The classes EDITOR_CONFIG hands CKEditor are the ones kept: else an alignment chosen in the
    dialog would vanish on save, as it did (image2_alignClasses was empty)."""
    classes = [*EDITOR_CONFIG["image2_alignClasses"], EDITOR_CONFIG["image2_captionedClass"]]
    assert len(classes) == 4
    for name in classes:
        html = f'<figure class="{name}"><img src="/media/a.jpg" alt="A"></figure>'
        assert sanitize(html) == html, name
    for name in ("image-left", "image-right", "image-full"):
        assert f"({name})" in EDITOR_CONFIG["extraAllowedContent"] or name in classes
        html = f'<img class="{name}" src="/media/a.jpg" alt="A">'
        assert sanitize(html) == html, name


@pytest.mark.parametrize(
    "html, expected",
    [
        # Any other class goes, beside a kept one or alone (with its attribute).
        ('<img class="image-left wp-image-7" src="/a.jpg">', '<img class="image-left" src="/a.jpg">'),
        ('<img class="MsoNormal" src="/a.jpg">', '<img src="/a.jpg">'),
        ('<figure class="x image-captioned"></figure>', '<figure class="image-captioned"></figure>'),
        # A class is kept only where the editor puts it.
        ('<p class="image-left">t</p>', "<p>t</p>"),
        ('<img class="image-center" src="/a.jpg">', '<img src="/a.jpg">'),
        ('<h2 class="image-right">t</h2>', "<h2>t</h2>"),
        ('<a class="image-full" href="/x">t</a>', '<a href="/x" rel="noopener noreferrer">t</a>'),
        ('<table class="image-full"><tbody><tr><td>t</td></tr></tbody></table>',
         "<table><tbody><tr><td>t</td></tr></tbody></table>"),
        # Text that looks like an attribute is text.
        ('<p>class="" stays</p>', '<p>class="" stays</p>'),
    ],
)  # fmt: skip
def test_other_classes_are_dropped(html, expected):
    assert sanitize(html) == expected


@pytest.fixture
def wide_upload(media_root):
    from io import BytesIO

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (1600, 1000), "teal").save(buffer, "PNG")
    return default_storage.url(
        default_storage.save("uploads/wide.png", ContentFile(buffer.getvalue()))
    )


def test_a_placed_picture_keeps_its_class_and_the_size_the_editor_gave_it(wide_upload):
    body = prepare(
        f'<p><img class="image-right" src="{wide_upload}" alt="Quay" width="820" height="512"></p>'
    )
    img = re.search(r"<img [^>]*>", body).group(0)
    assert 'class="image-right"' in img
    assert 'width="820"' in img and 'height="512"' in img  # the text column, in proportion
    assert "srcset=" in img and "/renditions/" in img
    assert prepare(body) == body  # and saving it again changes nothing


def test_a_picture_is_never_wider_than_its_file_and_keeps_its_proportions(wide_upload):
    body = prepare(f'<img src="{wide_upload}" alt="Quay" width="3000" height="10">')
    assert 'width="1600" height="1000"' in body
    body = prepare(
        f'<img class="image-left" src="{wide_upload}" alt="Quay" width="300" height="9">'
    )
    assert 'width="300" height="188"' in body
