"""The article page, the lists and the home page as visitors see them."""

import datetime
import re
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from portal.models import Article, ArticlePhoto, Section
from tests.factories import ArticleFactory
from tests.html import breadcrumb, link_texts, visible_text


def jpeg(size=(1200, 800), color="navy"):
    buffer = BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name="cover.jpg")


@pytest.fixture
def seed_article(sections):
    article = ArticleFactory.build(
        section=Section.objects.get(slug="local"),
        title_en="Chongqing, Chengdu cooperate on opening-up highland",
        title_zh_hans="重庆成都携手共建内陆开放高地",
        published_at=datetime.datetime(2020, 3, 3, 10, 0, tzinfo=datetime.UTC),
    )
    article.cover_caption_en = "Liangjiang and Tianfu work together."
    article.cover_caption_zh_hans = "两江与天府携手合作。"
    article.cover_alt_en = article.cover_alt_zh_hans = "Two new areas"
    article.cover.save("cover.jpg", jpeg(), save=False)
    article.save()
    return article


@pytest.mark.django_db
def test_seed_article_page_in_english(client, seed_article):
    response = client.get(seed_article.get_absolute_url())
    text = visible_text(response)
    title = "Chongqing, Chengdu cooperate on opening-up highland"
    assert breadcrumb(response) == ["Home", "News", "Local", title]
    assert "Chongqing, Chengdu cooperate on opening-up highland" in text
    assert "Updated: 2020-03-03" in text
    assert "Liangjiang and Tianfu work together. [Photo/]" in text


@pytest.mark.django_db
def test_seed_article_page_in_chinese(client, seed_article):
    response = client.get(f"/zh-hans/news/local/{seed_article.pk}/")
    text = visible_text(response)
    assert breadcrumb(response) == ["首页", "新闻", "本地新闻", "重庆成都携手共建内陆开放高地"]
    assert "重庆成都携手共建内陆开放高地" in text
    assert "更新时间：2020-03-03" in text
    assert "两江与天府携手合作。 [图片/]" in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_only_the_articles_own_crumb_is_the_current_page(client, seed_article, language):
    """Issue 9 §4: the section's crumb is a way up, not the page the visitor is on."""
    html = client.get(f"/{language}/news/local/{seed_article.pk}/").content.decode()
    trail = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    crumbs = re.findall(r"<li>(.*?)</li>", trail, flags=re.S)
    assert len(crumbs) == 4
    assert [c for c in crumbs if "aria-current" in c] == [crumbs[-1]]
    assert crumbs[-1].startswith('<span aria-current="page">')  # the article: not a link
    local = "本地新闻" if language == "zh-hans" else "Local"
    assert crumbs[2] == f'<a href="/{language}/news/local/">{local}</a>'


@pytest.mark.django_db
def test_on_an_article_its_section_is_the_menus_current_item_not_the_current_page(
    client, seed_article
):
    """Issue 9 §4: on the section's own page its menu link is the page (aria-current="page"); on
    one of its articles, the menu's current item (aria-current="true"), and no link is the page."""
    section_page = client.get("/en/news/local/").content.decode()
    article_page = client.get(f"/en/news/local/{seed_article.pk}/").content.decode()
    local = 'href="/en/news/local/"'
    assert f'{local} aria-current="page"' in section_page
    assert f'{local} aria-current="true"' in article_page
    menus = article_page.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert 'aria-current="page"' not in menus


@pytest.mark.django_db
def test_cover_image_has_size_alt_srcset_and_renditions_are_reused(
    client, seed_article, media_root
):
    html = client.get(seed_article.get_absolute_url()).content.decode()
    img = html.split('<figure class="cover">', 1)[1].split("<img", 1)[1].split(">", 1)[0]
    for attribute in (
        'width="960"',
        'height="640"',
        'alt="Two new areas"',
        "srcset=",
        " 320w",
        " 1200w",
    ):
        assert attribute in img, attribute
    assert 'loading="lazy"' not in img  # the cover is above the fold
    renditions = sorted((media_root / "renditions").rglob("*.jpg"))
    assert [p.name.rsplit("-", 1)[1] for p in renditions] == ["320w.jpg", "640w.jpg", "960w.jpg"]
    stamps = [path.stat().st_mtime_ns for path in renditions]
    client.get(seed_article.get_absolute_url())
    assert [path.stat().st_mtime_ns for path in renditions] == stamps
    assert sorted((media_root / "renditions").rglob("*.jpg")) == renditions


@pytest.mark.django_db
def test_list_thumbnails_are_lazy_with_dimensions(client, seed_article):
    html = client.get("/en/news/local/").content.decode()
    row = html.split('class="article-row"', 1)[1].split("</li>", 1)[0]
    assert 'loading="lazy"' in row and 'width="320"' in row and 'height="213"' in row


@pytest.mark.django_db
def test_a_photo_story_shows_its_images_in_order(client, sections):
    story = ArticleFactory(section=Section.objects.get(slug="photos"), title_en="Spring in Lijia")
    for position, caption in [(2, "Second"), (1, "First"), (3, "Third")]:
        photo = ArticlePhoto(
            article=story,
            position=position,
            alt_en=caption,
            caption_en=caption,
            credit="liangjiang.gov.cn",
        )
        photo.image.save("p.jpg", jpeg((800, 600)), save=False)
        photo.save()
    text = visible_text(client.get(story.get_absolute_url()))
    assert (
        text.index("First [Photo/liangjiang.gov.cn]") < text.index("Second") < text.index("Third")
    )
    grid = client.get("/en/news/photos/").content.decode()
    assert 'class="card-grid"' in grid and "Spring in Lijia" in grid


@pytest.mark.django_db
def test_a_video_story_plays_in_the_page(client, sections):
    story = ArticleFactory(section=Section.objects.get(slug="video"), title_en="Port at night")
    story.video_file.save("clip.webm", ContentFile(b"\x1aE\xdf\xa3fake"), save=True)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<video controls" in html
    assert f'<source src="{story.video_file.url}" type="video/webm">' in html
    linked = ArticleFactory(section=story.section, video_url="https://example.org/v/1")
    assert (
        'href="https://example.org/v/1"' in client.get(linked.get_absolute_url()).content.decode()
    )


@pytest.mark.django_db
def test_sidebar_lists_more_from_the_same_category(client, sections):
    local = Section.objects.get(slug="local")
    article, *others = ArticleFactory.create_batch(3, section=local)
    elsewhere = ArticleFactory(section=Section.objects.get(slug="business"))
    html = client.get(article.get_absolute_url()).content.decode()
    sidebar = html.split('class="sidebar"', 1)[1]
    assert "Liangjiang New Area" in sidebar and "More from Local" in sidebar
    for other in others:
        assert other.title_en in sidebar
    assert elsewhere.title_en not in sidebar
    assert article.title_en not in sidebar  # not itself
    # The list is kept until the next change: a new story of the section is in it at once.
    newest = ArticleFactory(section=local, title_en="Just published in Local")
    for page in (article, others[0]):
        sidebar = client.get(page.get_absolute_url()).content.decode().split('class="sidebar"')[1]
        assert newest.title_en in sidebar and page.title_en not in sidebar


@pytest.mark.django_db
def test_every_news_list_is_newest_first(client, sections):
    local = Section.objects.get(slug="local")
    old = ArticleFactory(
        section=local,
        title_en="Old",
        published_at=datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC),
    )
    new = ArticleFactory(
        section=local,
        title_en="New",
        published_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
    )
    texts = link_texts(client.get("/en/news/local/"))
    assert texts.index(new.title_en) < texts.index(old.title_en)


@pytest.mark.django_db
def test_news_menu_page_shows_the_latest_of_every_category(client, sections):
    news = Section.objects.get(slug="news", parent=None)
    for category in news.children.all():
        ArticleFactory(section=category, title_en=f"Latest in {category.title_en}")
    texts = link_texts(client.get("/en/news/"))
    for category in news.children.all():
        assert f"Latest in {category.title_en}" in texts


@pytest.mark.django_db
def test_home_page_has_featured_latest_news_and_quick_links(client, sections):
    local = Section.objects.get(slug="local")
    ArticleFactory(section=local, title_en="Featured story", is_featured=True)
    ArticleFactory(section=Section.objects.get(slug="events"), title_en="Expo opens")
    response = client.get("/en/")
    html = response.content.decode()
    featured = html.split('class="featured"', 1)[1].split("</section>", 1)[0]
    assert "Featured story" in featured
    assert "Expo opens" in link_texts(response)
    for label in ("Introduction", "Why Liangjiang", "Food"):
        assert label in link_texts(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, kind",
    [("living/food/", "article-list"), ("about/introduction/", "article-body"),
     ("investing/procedures/", "article-body"), ("contact-us/", "article-body")],
)  # fmt: skip
def test_section_kinds_render(client, sections, path, kind):
    Section.objects.filter(slug__in=["introduction", "procedures", "contact-us"]).update(
        body_en="<p>Page text.</p>"
    )
    ArticleFactory(section=Section.objects.get(slug="food"))
    assert f'class="{kind}"' in client.get(f"/en/{path}").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=0", "?page=-1", "?page=99999", "?page=1.5", "?page=%00"]
)
def test_bad_page_numbers_are_404(client, sections, query):
    ArticleFactory.create_batch(3, section=Section.objects.get(slug="local"))
    assert client.get(f"/en/news/local/{query}").status_code == 404


@pytest.mark.django_db
def test_twenty_a_page_with_page_links(client, sections):
    local = Section.objects.get(slug="local")
    for day in range(45):
        ArticleFactory(section=local, title_en=f"Story {day:02d}",
                       published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(days=day))  # fmt: skip
    first = client.get("/en/news/local/")
    titles = [t for t in link_texts(first) if t.startswith("Story ")]
    assert titles[:2] == ["Story 44", "Story 43"] and len([t for t in titles if t]) >= 20
    assert first.context["page_obj"].paginator.num_pages == 3
    assert 'href="?page=2"' in first.content.decode()
    third = client.get("/en/news/local/?page=3")
    assert [a.title_en for a in third.context["page_obj"]] == [
        "Story 04",
        "Story 03",
        "Story 02",
        "Story 01",
        "Story 00",
    ]
    pager = third.content.decode().split('class="pagination"', 1)[1].split("</nav>", 1)[0]
    # The current page is marked, not linked: every link of the pager has an address.
    assert '<li><span aria-current="page">3</span></li>' in pager
    assert re.findall(r"<a(?![^>]*\bhref=)[^>]*>", pager) == []
    assert 'href="?page=2"' in pager


@pytest.mark.django_db
def test_an_empty_list_says_so(client, sections):
    response = client.get("/zh-hans/living/hotels/")
    assert response.status_code == 200
    assert "暂无文章。" in response.content.decode()


@pytest.mark.django_db
def test_article_get_absolute_url_follows_the_language(sections):
    from django.utils.translation import override

    article = ArticleFactory(section=Section.objects.get(slug="success-stories"))
    with override("zh-hans"):
        assert article.get_absolute_url() == f"/zh-hans/news/success-stories/{article.pk}/"
    assert Article.objects.public().count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_article_addresses_are_those_of_the_article_route(sections, language):
    """get_absolute_url() builds the address from its section's without reverse(): the same one."""
    from django.urls import reverse
    from django.utils import translation

    from portal.models import Section
    from tests.factories import ArticleFactory

    article = ArticleFactory(section=Section.objects.get(slug="success-stories"))
    with translation.override(language):
        expected = reverse(
            "portal:article", kwargs={"menu": "news", "item": "success-stories", "pk": article.pk}
        )
        assert article.get_absolute_url() == expected
