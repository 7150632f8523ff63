"""The article form fits a screen (issue 8 §1): shared fields first, one language switch for the
text, autocomplete for related enterprises and industries, the rarely used parts folded away."""

from html.parser import HTMLParser

import pytest

from portal.models import Article, Section
from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory


class _Form(HTMLParser):
    """The ids of the form's fields in page order, and the classes of the fieldsets holding each
    one ("<details>" too when one of them is folded: Django folds a `collapse` fieldset without
    errors in a <details> element, closed)."""

    def __init__(self):
        super().__init__()
        self.order = []
        self.classes = {}
        self.selects = {}
        self._open = []  # [tag, classes] of the fieldsets and inline groups we are inside

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "fieldset":
            self._open.append([tag, classes])
        elif tag == "details":
            self._open.append([tag, ["<details>"]])
        elif tag == "div":
            self._open.append([tag, None])
        if tag in ("input", "select", "textarea") and attrs.get("id"):
            self.order.append(attrs["id"])
            self.classes[attrs["id"]] = {c for _, group in self._open if group for c in group}
            if tag == "select":
                self.selects[attrs["id"]] = classes

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index]
                break


def read_form(response):
    assert response.status_code == 200
    parser = _Form()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.mark.django_db
def test_the_article_form_puts_shared_fields_first_and_folds_the_rest(admin_client, local):
    html = admin_client.get("/admin/portal/article/add/").content.decode()
    form = read_form(admin_client.get("/admin/portal/article/add/"))
    order = form.order
    # Section, status and date above the text in either language.
    for shared in ("id_section", "id_status", "id_published_at_0", "id_is_featured"):
        assert order.index(shared) < order.index("id_title_en") < order.index("id_title_zh_hans")
    for text in ("id_title_en", "id_summary_en", "id_body_en", "id_byline_en", "id_source_en"):
        assert not {"collapse", "<details>"} & form.classes[text]
    # Video, relations, the old address and the photos folded away.
    for folded in (
        "id_video_file", "id_video_url", "id_enterprises", "id_industries", "id_legacy_url",
        "id_photos-__prefix__-caption_en", "id_photos-__prefix__-image",
    ):  # fmt: skip
        assert {"collapse", "<details>"} <= form.classes[folded], folded
    # The one language switch and its styles are on the page.
    assert "portal/admin/tabs.js" in html and "portal/admin/tabs.css" in html


@pytest.mark.django_db
def test_related_enterprises_and_industries_are_autocompleted(admin_client, local):
    form = read_form(admin_client.get("/admin/portal/article/add/"))
    html = admin_client.get("/admin/portal/article/add/").content.decode()
    assert "selectfilter" not in html  # no two-box picker
    for field in ("id_enterprises", "id_industries"):
        assert "admin-autocomplete" in form.selects[field]

    IndustryFactory(name_en="Smart vehicles", name_zh_hans="智能汽车")
    EnterpriseFactory(name_en="Changan Automobile", name_zh_hans="长安汽车")
    for field, term, name in (
        ("industries", "智能", "Smart vehicles"),
        ("enterprises", "changan", "Changan Automobile"),
    ):
        found = admin_client.get(
            "/admin/autocomplete/",
            {"app_label": "portal", "model_name": "article", "field_name": field, "term": term},
        )
        assert found.status_code == 200
        assert [result["text"] for result in found.json()["results"]] == [name]


@pytest.mark.django_db
def test_saving_with_autocompleted_relations(admin_client, local):
    industry = IndustryFactory()
    enterprise = EnterpriseFactory()
    response = admin_client.post(
        "/admin/portal/article/add/",
        {
            "section": local.pk,
            "title_en": "Cars roll off the line",
            "title_zh_hans": "新车下线",
            "body_en": "<p>Text</p>",
            "body_zh_hans": "<p>正文</p>",
            "status": "published",
            "published_at_0": "2024-05-01",
            "published_at_1": "10:00:00",
            "industries": [industry.pk],
            "enterprises": [enterprise.pk],
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get(title_en="Cars roll off the line")
    assert article.title_zh_hans == "新车下线"
    assert list(article.industries.all()) == [industry]
    assert list(article.enterprises.all()) == [enterprise]


@pytest.mark.django_db
def test_an_error_in_a_folded_group_opens_it(admin_client, local):
    ArticleFactory(section=local, legacy_url="/2020-03/03/content_1.htm")
    response = admin_client.post(
        "/admin/portal/article/add/",
        {
            "section": local.pk,
            "title_en": "Same old address",
            "status": "draft",
            "published_at_0": "2024-05-01",
            "published_at_1": "10:00:00",
            "legacy_url": "/2020-03/03/content_1.htm",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "<details>" not in read_form(response).classes["id_legacy_url"]


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["enterprise", "industrialpark"])
def test_directory_industries_are_autocompleted(admin_client, model):
    response = admin_client.get(f"/admin/portal/{model}/add/")
    assert "selectfilter" not in response.content.decode()
    assert "admin-autocomplete" in read_form(response).selects["id_industries"]
