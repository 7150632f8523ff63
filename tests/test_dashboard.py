"""The editors' dashboard on the admin index (issue 8 §5): what a writer, a News editor and a
superuser each see, the counts and the lists they link to, and what the page costs."""

import datetime
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import permissions
from portal.admin.dashboard import SHOWN, dashboard
from portal.cache import NEXT_PUBLISH_KEY, content_version
from portal.models import Article, Section, StaffProfile
from tests.factories import ArticleFactory, IndustryFactory, ParkFactory

DRAFT, REVIEW, PUBLISHED = Article.Status


def staff_client(user, language="en"):
    StaffProfile.objects.create(user=user, admin_language=language)  # read at sign-in
    client = Client()
    client.force_login(user)
    return client


def make_staff(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def block(response, name):
    """One block of the dashboard as read: its caption's count, the titles it lists (in order,
    with their links) and every link in it {text: href}."""
    assert response.status_code == 200
    html = response.content.decode()
    found = re.search(rf'<div class="module" id="dashboard-{name}">(.*?)</table>', html, re.S)
    if found is None:
        return None
    chunk = found.group(1)
    count = re.search(r'class="dashboard-count">(\d+)<', chunk)
    anchors = [
        (unescape(href), " ".join(unescape(text).split()))
        for href, text in re.findall(r'<a href="([^"]+)">([^<]*)</a>', chunk)
    ]
    rows = re.findall(r'<th scope="row">\s*<a href="[^"]+">([^<]*)</a>', chunk)
    return {
        "count": int(count.group(1)) if count else None,
        "titles": [unescape(title) for title in rows],
        "links": {text: href for href, text in anchors},
        "text": " ".join(unescape(re.sub(r"<[^>]+>", " ", chunk)).split()),
    }


def listed(client, href):
    """The titles the admin's list shows at `href` (every page's rows: the lists here are short)."""
    response = client.get(href)
    assert response.status_code == 200, href
    return sorted(str(row) for row in response.context["cl"].queryset)


@pytest.fixture
def newsroom(sections, django_user_model):
    """A writer, a second writer and a News editor in the News and Living menus, an Investment
    editor, and articles in every state; "Notices" is a section of About, which none of the
    newsroom owns."""
    now = timezone.now()
    writer = make_staff(django_user_model, "writer", permissions.WRITERS)
    colleague = make_staff(django_user_model, "colleague", permissions.WRITERS)
    editor = make_staff(django_user_model, "editor", permissions.NEWS_EDITORS)
    local = Section.objects.get(slug="local")
    business = Section.objects.get(slug="business")
    notices = Section.objects.create(
        parent=Section.objects.get(slug="about", parent=None),
        slug="notices",
        kind="articles",
        title_en="Notices",
        title_zh_hans="通知",
    )
    hours = datetime.timedelta(hours=1)

    def article(title, section, status, author=None, when=now - hours, **fields):
        return ArticleFactory(
            title_en=title, section=section, status=status, author=author, published_at=when,
            **fields,
        )  # fmt: skip

    articles = {
        "draft": article("Writer draft", local, DRAFT, writer),
        "sent back": article(
            "Writer sent back", business, DRAFT, writer, review_note="Name the source."
        ),
        "waiting": article("Writer waiting", local, REVIEW, writer),
        "colleague draft": article("Colleague draft", local, DRAFT, colleague),
        "colleague waiting": article("Colleague waiting", business, REVIEW, colleague),
        "scheduled": article(
            "Port opens next week", local, PUBLISHED, editor, now + 7 * 24 * hours
        ),
        "published": article("Port opened", business, PUBLISHED, editor, now - 2 * hours),
        "old": article("Old news", local, PUBLISHED, None, now - 400 * 24 * hours),
        "notice waiting": article("Notice waiting", notices, REVIEW),
        "notice scheduled": article("Notice scheduled", notices, PUBLISHED, None, now + hours),
        "notice": article("Notice published", notices, PUBLISHED, None, now - hours / 2),
    }
    return {"writer": writer, "colleague": colleague, "editor": editor, **articles}


@pytest.mark.django_db
def test_a_writer_sees_their_drafts_the_note_and_their_article_waiting(newsroom):
    client = staff_client(newsroom["writer"])
    index = client.get("/admin/")

    drafts = block(index, "drafts")
    assert drafts["count"] == 2
    assert drafts["titles"] == ["Writer sent back", "Writer draft"]  # sent back first
    assert "Note from the reviewer: Name the source." in drafts["text"]
    assert "News › Business · Sent back" in drafts["text"]
    assert "Colleague draft" not in index.content.decode()
    assert listed(client, drafts["links"]["See all 2 in the list"]) == [
        "Writer draft",
        "Writer sent back",
    ]
    assert listed(client, drafts["links"]["1 was sent back by a reviewer"]) == ["Writer sent back"]

    waiting = block(index, "waiting")
    assert "Mine, waiting for review" in waiting["text"]
    assert waiting["titles"] == ["Writer waiting"]  # not the colleague's
    assert waiting["count"] == 1
    assert listed(client, waiting["links"]["See 1 in the list"]) == ["Writer waiting"]
    link = f"/admin/portal/article/{newsroom['waiting'].pk}/change/"
    assert waiting["links"]["Writer waiting"] == link


@pytest.mark.django_db
def test_a_news_editor_sees_what_waits_for_their_review(newsroom):
    client = staff_client(newsroom["editor"])
    index = client.get("/admin/")

    waiting = block(index, "waiting")
    assert "Waiting for my review" in waiting["text"]
    assert waiting["titles"] == ["Writer waiting", "Colleague waiting"]  # the longest waiting first
    assert listed(client, waiting["links"]["See all 2 in the list"]) == [
        "Colleague waiting",
        "Writer waiting",
    ]
    drafts = block(index, "drafts")  # the editor wrote none
    assert drafts["count"] == 0 and drafts["titles"] == []
    assert "You have no drafts." in drafts["text"] and drafts["links"] == {}


@pytest.mark.django_db
def test_scheduled_and_recently_published(newsroom):
    client = staff_client(newsroom["writer"])
    index = client.get("/admin/")

    scheduled = block(index, "scheduled")
    assert scheduled["titles"] == ["Port opens next week"]
    assert "News › Local · Scheduled" in scheduled["text"]
    assert listed(client, scheduled["links"]["See 1 in the list"]) == ["Port opens next week"]

    published = block(index, "published")
    assert published["titles"] == ["Port opened", "Old news"]  # newest first
    assert listed(client, published["links"]["See all 2 in the list"]) == [
        "Old news",
        "Port opened",
    ]


@pytest.mark.django_db
def test_nobody_sees_the_articles_of_sections_they_do_not_own(newsroom, admin_user):
    notices = ("Notice waiting", "Notice scheduled", "Notice published")
    for role in ("writer", "editor"):
        html = staff_client(newsroom[role]).get("/admin/").content.decode()
        assert not [title for title in notices if title in html], role
    # A superuser sees every section's.
    index = staff_client(admin_user).get("/admin/")
    assert "Notice waiting" in block(index, "waiting")["titles"]
    assert block(index, "scheduled")["titles"] == ["Notice scheduled", "Port opens next week"]
    assert block(index, "published")["titles"][0] == "Notice published"


@pytest.mark.django_db
def test_a_block_lists_a_few_and_counts_them_all(newsroom):
    for number in range(SHOWN + 3):
        ArticleFactory(
            title_en=f"Another draft {number}",
            section=newsroom["draft"].section,
            status=DRAFT,
            author=newsroom["writer"],
        )
    client = staff_client(newsroom["writer"])
    drafts = block(client.get("/admin/"), "drafts")
    assert len(drafts["titles"]) == SHOWN
    assert drafts["count"] == SHOWN + 5
    assert len(listed(client, drafts["links"][f"See all {SHOWN + 5} in the list"])) == SHOWN + 5


@pytest.fixture
def untranslated(newsroom):
    """Items without their Chinese or English version, in sections the newsroom owns and not."""
    news = Section.objects.get(slug="news", parent=None)
    about = Section.objects.get(slug="about", parent=None)
    notices = Section.objects.get(slug="notices")
    ArticleFactory(title_en="Only English", title_zh_hans="", section=newsroom["draft"].section)
    ArticleFactory(title_en="Notice only English", title_zh_hans="", section=notices)
    ArticleFactory(title_en="", title_zh_hans="只有中文", section=newsroom["draft"].section)
    Section.objects.create(parent=news, slug="briefs", title_en="Briefs", title_zh_hans="")
    Section.objects.create(parent=about, slug="faq", title_en="FAQ", title_zh_hans="")
    IndustryFactory(name_en="Chips", name_zh_hans="")
    IndustryFactory(name_en="Drones", name_zh_hans=None)
    ParkFactory(name_en="", name_zh_hans="鱼复园")
    return newsroom


def missing_table(response):
    """{content type: (missing Chinese, missing English)}, each a (count, link or None)."""
    html = response.content.decode()
    found = re.search(r'id="dashboard-missing">(.*?)</table>', html, re.S)
    if found is None:
        return {}
    table = {}
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", found.group(1), re.S):
        name = re.search(r">([^<]+)</a></th>", row).group(1)
        cells = re.findall(r'<td class="dashboard-number">(.*?)</td>', row)
        table[name] = tuple(
            (int(re.sub(r"<[^>]+>", "", cell)), (re.findall(r'href="([^"]+)"', cell) or [None])[0])
            for cell in cells
        )
    return table


@pytest.mark.django_db
def test_missing_translations_count_what_the_filtered_lists_show(untranslated, admin_user):
    client = staff_client(admin_user)
    table = missing_table(client.get("/admin/"))
    assert list(table) == [
        "Articles", "Sections", "Industrial parks", "Industries", "Enterprises",
        "Development zones", "Officials", "Departments",
    ]  # fmt: skip
    assert table["Articles"] == (
        (2, "/admin/portal/article/?missing=zh_hans"),
        (1, "/admin/portal/article/?missing=en"),
    )
    assert table["Sections"] == ((2, "/admin/portal/section/?missing=zh_hans"), (0, None))
    assert table["Industries"] == ((2, "/admin/portal/industry/?missing=zh_hans"), (0, None))
    assert table["Industrial parks"] == ((0, None), (1, "/admin/portal/industrialpark/?missing=en"))
    assert table["Officials"] == ((0, None), (0, None))
    assert listed(client, table["Articles"][0][1]) == ["Notice only English", "Only English"]
    assert listed(client, table["Articles"][1][1]) == ["只有中文"]
    assert listed(client, table["Sections"][0][1]) == ["About › FAQ", "News › Briefs"]
    assert listed(client, table["Industries"][0][1]) == ["Chips", "Drones"]
    assert listed(client, table["Industrial parks"][1][1]) == ["鱼复园"]


@pytest.mark.django_db
def test_a_writer_counts_only_what_they_may_see(untranslated):
    client = staff_client(untranslated["writer"])
    table = missing_table(client.get("/admin/"))
    # Only what they can translate: articles. They view sections, industries and enterprises (to
    # choose and link them in their articles) but cannot change them.
    assert list(table) == ["Articles"]
    assert table["Articles"][0] == (1, "/admin/portal/article/?missing=zh_hans")
    assert listed(client, table["Articles"][0][1]) == ["Only English"]


@pytest.mark.django_db
def test_an_investment_editor_sees_the_directory_and_no_article_blocks(
    untranslated, django_user_model
):
    editor = make_staff(django_user_model, "investment", permissions.INVESTMENT_EDITORS)
    index = staff_client(editor).get("/admin/")
    assert block(index, "drafts") is None and block(index, "waiting") is None
    table = missing_table(index)
    assert "Articles" not in table
    assert table["Industrial parks"][1][0] == 1
    assert table["Sections"][0] == (1, "/admin/portal/section/?missing=zh_hans")  # About › FAQ


@pytest.mark.django_db
def test_titles_are_in_the_admins_language(newsroom):
    newsroom["waiting"].title_zh_hans = "港口开放"
    newsroom["waiting"].save()
    index = staff_client(newsroom["editor"], "zh-hans").get("/admin/")
    assert "港口开放" in block(index, "waiting")["titles"]
    assert 'lang="zh-hans"' in index.content.decode()


@pytest.mark.django_db
def test_a_staff_member_without_permissions_gets_a_calm_index(django_user_model):
    user = make_staff(django_user_model, "nobody")
    response = staff_client(user).get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="editor-dashboard"' not in html
    assert "You don’t have permission to view or edit anything." in html


# The dashboard: one count of the article blocks (and of the articles missing a translation), a
# list per block (4), one count per other content type (7 for a superuser). A writer's groups and
# sections cost 2 and their permissions 2 (the index loads those anyway), and they may change no
# content type besides the articles. With an empty cache, the next scheduled publish time is read
# once (portal.cache.current_version, for the key the counts are kept under): 1.
SUPERUSER_DASHBOARD_QUERIES = 13
WRITER_DASHBOARD_QUERIES = 10
# What the index costs besides is measured with an empty dashboard (and pinned below too); the
# writer's permissions are loaded by the dashboard (counted above) or else by the app list.
DASHBOARD_ADDS = {"superuser": SUPERUSER_DASHBOARD_QUERIES, "writer": WRITER_DASHBOARD_QUERIES - 2}


def index_queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/admin/").status_code == 200
    return len(captured)


@pytest.fixture
def two_clients(newsroom, admin_user):
    return {"superuser": staff_client(admin_user), "writer": staff_client(newsroom["writer"])}


@pytest.fixture
def without_dashboard(two_clients, monkeypatch):
    """The index's queries for each client with an empty dashboard."""
    empty = {"blocks": [], "missing": [], "note_label": ""}
    with monkeypatch.context() as patched:
        patched.setattr("portal.admin.dashboard.dashboard", lambda request, site=None: empty)
        return {name: index_queries(client) for name, client in two_clients.items()}


@pytest.mark.django_db
def test_the_dashboard_queries_exactly(newsroom, admin_user, rf, django_assert_num_queries):
    for user, expected in (
        (admin_user, SUPERUSER_DASHBOARD_QUERIES),
        (newsroom["writer"], WRITER_DASHBOARD_QUERIES),
    ):
        request = rf.get("/admin/")
        request.user = type(user).objects.get(pk=user.pk)  # nothing cached on it yet
        cache.clear()
        with django_assert_num_queries(expected):
            dashboard(request)


@pytest.mark.django_db
def test_the_counts_are_kept_until_the_content_changes(newsroom, rf, django_assert_num_queries):
    """The counts read every article the user sees: the next view of the dashboard reuses them
    (one query fewer, and no longer one that grows with the archive), until any edit."""
    writer = newsroom["writer"]

    def drafts_count(expected_queries):
        request = rf.get("/admin/")
        request.user = type(writer).objects.get(pk=writer.pk)
        with django_assert_num_queries(expected_queries):
            blocks = dashboard(request)["blocks"]
        return next(block.count for block in blocks if block.name == "drafts")

    cache.clear()
    before = drafts_count(WRITER_DASHBOARD_QUERIES)
    assert drafts_count(WRITER_DASHBOARD_QUERIES - 2) == before  # counts and publish time kept
    ArticleFactory(section=newsroom["draft"].section, status="draft", author=writer)
    assert drafts_count(WRITER_DASHBOARD_QUERIES) == before + 1  # a new version: counted again


@pytest.mark.django_db
def test_the_index_queries_exactly(two_clients, without_dashboard, django_assert_num_queries):
    for name, client in two_clients.items():
        cache.delete(NEXT_PUBLISH_KEY.format(version=content_version()))  # read for each, as above
        with django_assert_num_queries(without_dashboard[name] + DASHBOARD_ADDS[name]):
            client.get("/admin/")
    # Besides: the session, the user and the recent actions; and a writer's permissions, which
    # the app list loads when the dashboard has not. 16 queries in all for each.
    assert without_dashboard == {"superuser": 3, "writer": 5}


@pytest.mark.django_db
def test_the_index_costs_the_same_however_many_articles(newsroom, two_clients):
    before = {name: index_queries(client) for name, client in two_clients.items()}
    for number in range(20):
        ArticleFactory(
            section=newsroom["draft"].section,
            status=(DRAFT, REVIEW, PUBLISHED)[number % 3],
            author=newsroom["writer"],
            title_zh_hans="" if number % 2 else f"新闻 {number}",
            review_note="Again." if number % 3 == 0 else "",
        )
    assert {name: index_queries(client) for name, client in two_clients.items()} == before
