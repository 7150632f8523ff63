import pytest

from portal.models import Section
from tests.html import breadcrumb, hrefs_for, link_texts
from tests.labels import MENUS, SWITCH, all_labels

LANGUAGES = ["en", "zh-hans"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["", "news/local/", "about/"])
def test_every_navigation_label_is_on_the_page(client, sections, language, path):
    texts = link_texts(client.get(f"/{language}/{path}"))
    labels = all_labels(language)
    assert len(labels) == 35
    missing = [label for label in labels if label not in texts]
    assert missing == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_are_in_the_designed_order(client, sections, language):
    response = client.get(f"/{language}/")
    texts = link_texts(response)
    for menu, items in MENUS[language].items():
        start = texts.index(menu)
        assert texts[start + 1 : start + 1 + len(items)] == items


def section_paths():
    paths = []
    from portal.demo.sections import MENUS as DEMO_MENUS
    from portal.demo.sections import PAGES

    for slug, _kind, *_rest, items in DEMO_MENUS:
        paths.append(f"{slug}/")
        paths.extend(f"{slug}/{item[0]}/" for item in items)
    paths.extend(f"{page[0]}/" for page in PAGES)
    return paths


@pytest.mark.django_db
@pytest.mark.parametrize("language, other", [("en", "zh-hans"), ("zh-hans", "en")])
def test_every_section_page_opens_and_links_to_itself_in_the_other_language(
    client, sections, language, other
):
    for path in section_paths():
        response = client.get(f"/{language}/{path}", follow=True)
        assert response.status_code == 200, path
        final = response.redirect_chain[-1][0] if response.redirect_chain else f"/{language}/{path}"
        final_path = final.split("testserver", 1)[-1]
        switch = hrefs_for(response, SWITCH[language])
        assert switch == [f"http://testserver/{other}/{final_path.split('/', 2)[2]}"], path


@pytest.mark.django_db
def test_item_page_shows_title_intro_and_breadcrumb(client, sections):
    section = Section.objects.get(slug="local")
    section.intro_en = "Daily news from the area."
    section.save()
    response = client.get("/en/news/local/")
    html = response.content.decode()
    assert '<h1 class="page-title">Local</h1>' in html
    assert "Daily news from the area." in html
    assert breadcrumb(response) == ["Home", "News", "Local"]


@pytest.mark.django_db
def test_chinese_page_has_chinese_breadcrumb(client, sections):
    assert breadcrumb(client.get("/zh-hans/news/local/")) == ["首页", "新闻", "本地新闻"]
    assert breadcrumb(client.get("/zh-hans/contact-us/")) == ["首页", "联系我们"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_industrial_parks_is_one_page_reachable_from_both_menus(client, sections, language):
    label = "Industrial Parks" if language == "en" else "产业园区"
    response = client.get(f"/{language}/")
    targets = set(hrefs_for(response, label))
    assert targets == {f"/{language}/investing/industrial-parks/"}
    old = client.get(f"/{language}/about/industrial-parks/")
    assert old.status_code == 301
    assert old["Location"] == f"/{language}/investing/industrial-parks/"


@pytest.mark.django_db
def test_a_change_in_the_admin_shows_on_the_next_page_view(client, sections):
    client.get("/en/")  # a first view, so anything cached would be stale
    local = Section.objects.get(slug="local")
    local.title_en = "Local News"
    local.save()
    events = Section.objects.get(slug="events")
    events.placement = Section.Placement.HIDDEN
    events.save()
    business = Section.objects.get(slug="business")
    business.position = 0
    business.save()
    texts = link_texts(client.get("/en/"))
    assert "Local News" in texts
    assert "Events" not in texts
    news = texts.index("News")
    assert texts[news + 1 : news + 3] == ["Business", "Local News"]
    # A hidden item keeps its page; it is only left out of the menus.
    assert client.get("/en/news/events/").status_code == 200


@pytest.mark.django_db
def test_a_new_item_appears_in_its_menu(client, sections):
    news = Section.objects.get(slug="news", parent=None)
    Section.objects.create(
        parent=news, slug="press", title_en="Press Releases", title_zh_hans="新闻发布", position=99
    )
    assert "Press Releases" in link_texts(client.get("/en/"))
    assert "新闻发布" in link_texts(client.get("/zh-hans/"))
    assert client.get("/en/news/press/").status_code == 200


@pytest.mark.django_db
def test_a_renamed_slug_redirects_from_the_old_address(client, sections):
    from tests.factories import ArticleFactory

    local = Section.objects.get(slug="local")
    article = ArticleFactory(section=local)
    local.slug = "local-news"
    local.save()
    response = client.get("/zh-hans/news/local/")
    assert response.status_code == 301
    assert response["Location"] == "/zh-hans/news/local-news/"
    moved = client.get(f"/en/news/local/{article.pk}/")
    assert moved["Location"] == f"/en/news/local-news/{article.pk}/"
    assert client.get("/en/news/local-news/").status_code == 200
    # Renamed back: the new address works, and nothing loops.
    local.slug = "local"
    local.save()
    assert client.get("/en/news/local/").status_code == 200
    assert client.get("/en/news/local-news/")["Location"] == "/en/news/local/"


@pytest.mark.django_db
def test_a_renamed_menu_redirects_its_items_and_entries(client, sections):
    investing = Section.objects.get(slug="investing", parent=None)
    investing.slug = "invest"
    investing.save()
    assert client.get("/en/investing/")["Location"] == "/en/invest/"
    assert client.get("/en/investing/enterprises/")["Location"] == "/en/invest/enterprises/"
    assert client.get("/en/investing/enterprises/boe/")["Location"] == "/en/invest/enterprises/boe/"
    assert client.get("/en/about/industrial-parks/")["Location"] == "/en/invest/industrial-parks/"
    assert client.get("/en/nothing-here/").status_code == 404


@pytest.mark.django_db
def test_the_page_says_javascript_is_on_before_its_css_applies(client, sections):
    """Issue 9 §4: the phone menu is drawn closed from the first paint, not open until the deferred
    js/main.js collapses it (a layout shift of 0.92 on the home page). The tiny inline script that
    sets <html class="js"> comes before the stylesheet; without JavaScript the menu shows open."""
    html = client.get("/en/").content.decode()
    head = html.split("</head>", 1)[0]
    script = head.index('<script>document.documentElement.classList.add("js")</script>')
    assert script < head.index('<link rel="stylesheet"')
