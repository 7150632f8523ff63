import pytest

from portal.models import Article, Section
from portal.richtext import sanitize
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
