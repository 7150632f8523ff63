"""Drafts, scheduling and languages: what a visitor may see, and when."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from portal.models import Article, Section
from tests.factories import ArticleFactory
from tests.html import link_texts

NOW = datetime.datetime(2026, 11, 20, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.mark.django_db
def test_a_draft_is_invisible_to_visitors(client, local):
    draft = ArticleFactory(section=local, status=Article.Status.DRAFT, title_en="Secret draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "Secret draft" not in link_texts(client.get("/en/news/local/"))
    assert "Secret draft" not in link_texts(client.get("/en/"))
    assert "Secret draft" not in link_texts(client.get("/en/news/"))


@pytest.mark.django_db
def test_staff_preview_a_draft_in_either_language(admin_client, local):
    draft = ArticleFactory(
        section=local, status=Article.Status.DRAFT, title_en="Draft", title_zh_hans="草稿"
    )
    english = admin_client.get(f"/en/news/local/{draft.pk}/")
    chinese = admin_client.get(f"/zh-hans/news/local/{draft.pk}/")
    assert english.status_code == chinese.status_code == 200
    assert "this article is a draft and is not visible to visitors" in english.content.decode()
    assert '<h1 class="article-title">草稿</h1>' in chinese.content.decode()
    assert "草稿，访客看不到" in chinese.content.decode()


@pytest.mark.django_db
def test_a_scheduled_article_appears_by_itself_when_its_time_comes(client, local):
    with time_machine.travel(NOW, tick=False):
        article = ArticleFactory(
            section=local, title_en="Tomorrow's news", published_at=NOW + datetime.timedelta(days=1)
        )
        assert client.get(article.get_absolute_url()).status_code == 404
        assert "Tomorrow's news" not in link_texts(client.get("/en/news/local/"))
    with time_machine.travel(NOW + datetime.timedelta(days=1, seconds=1), tick=False):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert "Tomorrow's news" in link_texts(client.get("/en/news/local/"))
        assert "Tomorrow's news" in link_texts(client.get("/en/"))


@pytest.mark.django_db
def test_staff_see_a_scheduled_article_with_its_date(admin_client, local):
    with time_machine.travel(NOW, tick=False):
        article = ArticleFactory(section=local, published_at=NOW + datetime.timedelta(days=2))
        html = admin_client.get(article.get_absolute_url()).content.decode()
    assert "scheduled for 2026-11-22 18:00" in html  # shown in Chongqing time


@pytest.mark.django_db
def test_listings_show_only_articles_written_in_the_page_language(client, local):
    ArticleFactory(section=local, title_en="English only", title_zh_hans="")
    ArticleFactory(section=local, title_en="", title_zh_hans="只有中文")
    ArticleFactory(section=local, title_en="Both languages", title_zh_hans="双语")
    english = link_texts(client.get("/en/news/local/"))
    chinese = link_texts(client.get("/zh-hans/news/local/"))
    assert "English only" in english and "Both languages" in english and "只有中文" not in english
    assert "只有中文" in chinese and "双语" in chinese and "English only" not in chinese


@pytest.mark.django_db
def test_an_article_opened_in_the_language_it_lacks_shows_the_one_it_has(client, local):
    article = ArticleFactory(
        section=local,
        title_en="Guoyuan Port grows",
        title_zh_hans="",
        body_en="<p>Rail and river.</p>",
    )
    response = client.get(f"/zh-hans/news/local/{article.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="zh-hans">' in html
    assert '<article class="article" lang="en">' in html
    assert "Guoyuan Port grows" in html and "Rail and river." in html
    assert "本文仅有英文版本。" in html
    assert f'href="/en/news/local/{article.pk}/" hreflang="en"' in html
    assert f'<link rel="canonical" href="http://testserver/en/news/local/{article.pk}/">' in html
    assert "更新时间：" in html  # the interface stays in the visitor's language


@pytest.mark.django_db
def test_a_chinese_only_article_on_the_english_site(client, local):
    article = ArticleFactory(section=local, title_en="", title_zh_hans="果园港")
    html = client.get(f"/en/news/local/{article.pk}/").content.decode()
    assert '<article class="article" lang="zh-hans">' in html
    assert "This article is only available in Chinese." in html
    assert "果园港" in html


@pytest.mark.django_db
def test_an_article_without_any_title_is_refused_and_nothing_is_saved(admin_client, local):
    before = Article.objects.count()
    response = admin_client.post(
        "/admin/portal/article/add/",
        {
            "section": local.pk,
            "title_en": "",
            "title_zh_hans": "",
            "body_en": "<p>Words</p>",
            "status": "published",
            "published_at_0": "2024-05-01",
            "published_at_1": "10:00:00",
            "photos-TOTAL_FORMS": "1",
            "photos-INITIAL_FORMS": "0",
            "photos-0-alt_en": "A photo",
            "photos-0-position": "1",
        },
    )
    assert response.status_code == 200
    assert "Give the article a title in English or in Chinese." in response.content.decode()
    assert Article.objects.count() == before


@pytest.mark.django_db
def test_the_database_refuses_an_article_without_a_title(local):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(section=local, title_en="", title_zh_hans="")


@pytest.mark.django_db
def test_publish_and_unpublish_actions(admin_client, client, local):
    draft = ArticleFactory(section=local, status=Article.Status.DRAFT)
    admin_client.post(
        "/admin/portal/article/", {"action": "publish", "_selected_action": [draft.pk]}
    )
    assert client.get(draft.get_absolute_url()).status_code == 200
    admin_client.post(
        "/admin/portal/article/", {"action": "unpublish", "_selected_action": [draft.pk]}
    )
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_an_article_moved_to_another_section_redirects_from_its_old_address(client, local):
    article = ArticleFactory(section=local)
    old = article.get_absolute_url()
    article.section = Section.objects.get(slug="business")
    article.save()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == f"/en/news/business/{article.pk}/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/en/news/local/999999/", "/en/news/local/0/", "/en/news/local/abc/"]
)
def test_unknown_article_ids_are_404(client, local, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_published_at_is_shown_in_chongqing_time(client, local):
    moment = timezone.make_aware(
        datetime.datetime(2020, 3, 3, 23, 30), datetime.UTC
    )  # 07:30 on 4 March in Chongqing
    article = ArticleFactory(section=local, published_at=moment)
    assert "Updated: 2020-03-04" in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old, accept, target_language",
    [
        ("/2020-03/03/content_37534041.htm", "en-US", "en"),
        ("/2020-03/03/content_37534041_2.htm", "en-US", "en"),
        ("/2020-03/03/content_37534041.htm", "zh-CN", "zh-hans"),
    ],
)
def test_old_site_addresses_redirect_to_the_article(client, local, old, accept, target_language):
    article = ArticleFactory(section=local, legacy_url="/2020-03/03/content_37534041.htm")
    response = client.get(old, headers={"accept-language": accept})
    assert response.status_code == 301
    assert response["Location"] == f"/{target_language}/news/local/{article.pk}/"


@pytest.mark.django_db
def test_an_old_address_of_an_english_only_article_opens_it_in_english(client, local):
    article = ArticleFactory(section=local, title_zh_hans="", legacy_url="/2024-06/27/c_999723.htm")
    response = client.get("/2024-06/27/c_999723.htm", headers={"accept-language": "zh-CN"})
    assert response["Location"] == f"/en/news/local/{article.pk}/"


@pytest.mark.django_db
@pytest.mark.parametrize("old", ["/2020-03/03/content_1.htm", "/2020-03/03/content_abc.htm"])
def test_unknown_or_draft_old_addresses_are_404(client, local, old):
    ArticleFactory(
        section=local, status=Article.Status.DRAFT, legacy_url="/2020-03/03/content_1.htm"
    )
    assert client.get(old, follow=True).status_code == 404
