"""generate_content: scale content for benchmarks, bulk-inserted, spread over every listing section."""

from io import StringIO

import pytest
from django.core.management import call_command

from portal.models import Article, ArticlePhoto, Enterprise, IndustrialPark, Section
from portal.richtext import sanitize

ARTICLES, ENTERPRISES = 60, 12


def generate(**options):
    out = StringIO()
    call_command(
        "generate_content",
        articles=options.pop("articles", ARTICLES),
        enterprises=options.pop("enterprises", ENTERPRISES),
        stdout=out,
        **options,
    )
    return out.getvalue()


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    """Small pictures and text pools: the same code, in a fraction of the time."""
    from portal.demo import drawing

    def draw_small(scene, seed=0, size=None):
        return drawing.draw_scene(scene, seed, size=(90, 60))

    monkeypatch.setattr("portal.demo.loader.draw_scene", draw_small)
    monkeypatch.setattr("portal.demo.generator.draw_scene", draw_small)
    monkeypatch.setattr("portal.demo.generator.POOL_SIZE", 12)


@pytest.fixture
def changes(monkeypatch):
    """The calls to portal.cache.content_changed (the page cache's "content changed")."""
    calls = []
    monkeypatch.setattr("portal.cache.content_changed", lambda: calls.append(True))
    return calls


@pytest.fixture
def generated(sections, changes):
    return generate()


def listing_sections():
    return Section.objects.filter(kind__in=["articles", "photos", "videos"], parent__isnull=False)


@pytest.mark.django_db
def test_counts_are_reached_and_caches_told(generated, changes):
    assert Article.objects.count() == ARTICLES
    assert Enterprise.objects.count() == ENTERPRISES
    assert f"Generated {ARTICLES} articles, {ENTERPRISES} enterprises" in generated
    assert "articles:" in generated  # a progress line per batch
    assert changes  # bulk inserts send no signals: the command says it itself


@pytest.mark.django_db
def test_every_listing_section_gets_articles(generated):
    for section in listing_sections():
        assert section.articles.exists(), section.slug
    photos = Article.objects.filter(section__kind="photos")
    assert ArticlePhoto.objects.filter(article__in=photos).exists()
    assert not ArticlePhoto.objects.exclude(article__in=photos).exists()
    videos = Article.objects.filter(section__kind="videos")
    assert all(article.video_file or article.video_url for article in videos)


@pytest.mark.django_db
def test_languages_are_mixed(generated):
    english = set(Article.objects.written_in("en").values_list("pk", flat=True))
    chinese = set(Article.objects.written_in("zh-hans").values_list("pk", flat=True))
    assert english - chinese, "no English-only articles"
    assert chinese - english, "no Chinese-only articles"
    assert english & chinese, "no articles in both languages"
    only_chinese = Article.objects.get(pk=min(chinese - english))
    assert only_chinese.title_en == "" and only_chinese.body_en == ""
    assert "两江" in only_chinese.body_zh_hans or "新区" in only_chinese.body_zh_hans


@pytest.mark.django_db
def test_bodies_are_sanitised_rich_text(generated):
    for body in Article.objects.exclude(body_en="").values_list("body_en", flat=True):
        assert sanitize(body) == body
        assert "<h2>" in body and "<ul>" in body and "<a href=" in body
        assert 2000 < len(body) < 5000
    for body in Article.objects.exclude(body_zh_hans="").values_list("body_zh_hans", flat=True):
        assert sanitize(body) == body


@pytest.mark.django_db
def test_the_directory_is_linked(generated):
    enterprise = Enterprise.objects.filter(park__isnull=False).first()
    assert enterprise is not None and enterprise.industries.exists()
    assert all(park.industries.exists() for park in IndustrialPark.objects.all())
    assert len(set(Enterprise.objects.values_list("slug", flat=True))) == ENTERPRISES


@pytest.mark.django_db
def test_running_again_adds_nothing(generated, changes):
    changes.clear()
    articles = list(Article.objects.order_by("pk").values_list("pk", "title_en"))
    output = generate()
    assert list(Article.objects.order_by("pk").values_list("pk", "title_en")) == articles
    assert Enterprise.objects.count() == ENTERPRISES
    assert "Generated 0 articles, 0 enterprises" in output
    assert changes == []  # nothing changed the second time


@pytest.mark.django_db
def test_pages_render_generated_content(client, generated):
    public = Article.objects.published()
    english = public.written_in("en").select_related("section__parent").first()
    chinese_only = public.written_in("zh-hans").exclude(pk__in=public.written_in("en")).first()
    for path in [
        "/en/",
        "/zh-hans/",
        "/en/news/local/",
        "/zh-hans/news/photos/",
        "/en/living/food/",
        "/en/investing/enterprises/",
        english.get_absolute_url(),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
    page = client.get(english.get_absolute_url()).content.decode()
    assert english.title_en in page
    chinese_only.section = Section.objects.select_related("parent").get(pk=chinese_only.section_id)
    response = client.get(chinese_only.get_absolute_url())  # English page of a Chinese story
    assert response.status_code == 200
    assert chinese_only.title_zh_hans in response.content.decode()


@pytest.mark.django_db
def test_demo_content_is_loaded_first_and_only_the_rest_added(changes):
    """With no sections the command loads the demo (51 articles, 38 enterprises) and tops it up."""
    output = generate(articles=55, enterprises=40)
    assert "loading the demo content" in output
    assert Article.objects.count() == 55
    assert Enterprise.objects.count() == 40
    assert Article.objects.filter(legacy_url="/2020-03/03/content_37534041.htm").exists()
