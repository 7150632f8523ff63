"""Roles and review (issue 8 §3): each group's boundary, tried as a browser would and as a forged
request would (a POST naming another section, another article, a status or a field the form does
not offer). The answers come from portal/permissions.py; these tests only use the admin's pages."""

import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from reversion.models import Version

from portal.models import Article, IndustrialPark, Section, SectionRedirect
from portal.permissions import INVESTMENT_EDITORS, NEWS_EDITORS, SITE_MANAGERS, WRITERS
from tests.factories import ArticleFactory, ParkFactory
from tests.test_no_change_save import form_as_rendered

PASSWORD = "a-long-password-for-tests-1"
pytestmark = pytest.mark.django_db


def member(name, *groups, language="en"):
    user = User.objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def writer(sections):
    return member("wang", WRITERS)


@pytest.fixture
def editor(sections):
    return member("li", NEWS_EDITORS)


@pytest.fixture
def investment(sections):
    return member("zhao", INVESTMENT_EDITORS)


@pytest.fixture
def manager(sections):
    return member("chen", SITE_MANAGERS)


def section(path):
    menu, item = path.split("/")
    return Section.objects.get(parent__slug=menu, slug=item)


def add_form(client, **changes):
    """The add form's fields as rendered, with `changes`: what a browser would send."""
    data = form_as_rendered(client.get("/admin/portal/article/add/"), "article_form")
    data.update({"title_en": "Port news", "body_en": "<p>Text.</p>", **changes})
    return data


def change_form(client, article, **changes):
    response = client.get(f"/admin/portal/article/{article.pk}/change/")
    data = form_as_rendered(response, "article_form")
    data.update(changes)
    return data


def save(client, article, **changes):
    return client.post(
        f"/admin/portal/article/{article.pk}/change/", change_form(client, article, **changes)
    )


def choices(response, name):
    """The values a rendered <select name=…> offers."""
    html = response.content.decode()
    select = html[html.index(f'name="{name}"') :]
    select = select[: select.index("</select>")]
    return re.findall(r'<option value="([^"]*)"', select)


# --- The groups, as the migration makes them ---------------------------------------------------


def test_the_migration_creates_the_four_groups_with_their_permissions(sections):
    def codenames(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert {"add_article", "change_article"} <= codenames(WRITERS)
    assert "publish_article" not in codenames(WRITERS) and "delete_article" not in codenames(
        WRITERS
    )
    assert {"publish_article", "delete_article", "change_section"} <= codenames(NEWS_EDITORS)
    assert {"change_industrialpark", "change_enterprise", "change_official"} <= codenames(
        INVESTMENT_EDITORS
    )
    assert "change_article" not in codenames(INVESTMENT_EDITORS)
    assert {"change_section_structure", "change_sitesettings", "change_user"} <= codenames(
        SITE_MANAGERS
    )
    assert {"delete_accessattempt"} <= codenames(SITE_MANAGERS)  # unlocks sign-in
    owners = {
        menu.slug: set(menu.owners.values_list("name", flat=True))
        for menu in Section.objects.filter(parent=None, slug__in=["news", "living", "about"])
    }
    assert owners == {
        "news": {NEWS_EDITORS, WRITERS},
        "living": {NEWS_EDITORS, WRITERS},
        "about": {INVESTMENT_EDITORS},
    }


# --- Writers --------------------------------------------------------------------------------------


def test_a_writer_writes_a_draft_and_submits_it_but_cannot_publish(writer):
    response = writer.get("/admin/portal/article/add/")
    assert choices(response, "status") == ["draft", "review"]
    local = section("news/local")
    response = writer.post(
        "/admin/portal/article/add/", add_form(writer, section=str(local.pk), status="review")
    )
    assert response.status_code == 302
    article = Article.objects.get(title_en="Port news")
    assert (article.author, article.status) == (writer.user, Article.Status.REVIEW)

    # A forged "published" is refused by the form, and nothing is saved.
    response = save(writer, article, status="published")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_a_writer_cannot_publish_with_the_list_action(writer):
    article = ArticleFactory(section=section("news/local"), status="draft", author=writer.user)
    response = writer.get("/admin/portal/article/")
    assert 'value="publish"' not in response.content.decode()
    writer.post(
        "/admin/portal/article/", {"action": "publish", "_selected_action": [str(article.pk)]}
    )
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_a_writer_reads_but_cannot_change_someone_elses_article(writer):
    other = ArticleFactory(section=section("news/local"), status="draft", title_en="Theirs")
    response = writer.get(f"/admin/portal/article/{other.pk}/change/")
    assert response.status_code == 200
    assert 'name="title_en"' not in response.content.decode()  # read only
    forged = writer.post(
        f"/admin/portal/article/{other.pk}/change/",
        {"title_en": "Mine now", "section": other.section_id, "status": "draft"},
    )
    assert forged.status_code == 403
    other.refresh_from_db()
    assert other.title_en == "Theirs"


def test_a_writer_cannot_change_their_own_article_once_published(writer):
    article = ArticleFactory(section=section("news/local"), author=writer.user)  # published
    response = writer.post(
        f"/admin/portal/article/{article.pk}/change/",
        {"title_en": "Changed", "section": article.section_id, "status": "draft"},
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


def test_a_writer_cannot_delete(writer):
    article = ArticleFactory(section=section("news/local"), status="draft", author=writer.user)
    response = writer.post(f"/admin/portal/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_sections_are_given_to_groups_in_data(writer):
    """Taking the Living menu from the Writers (no code) takes its sections from their forms, their
    lists and their forged requests."""
    Section.objects.get(parent=None, slug="living").owners.remove(Group.objects.get(name=WRITERS))
    food = section("living/food")
    response = writer.get("/admin/portal/article/add/")
    assert str(food.pk) not in choices(response, "section")
    assert str(section("news/local").pk) in choices(response, "section")

    forged = writer.post("/admin/portal/article/add/", add_form(writer, section=str(food.pk)))
    assert forged.status_code == 200
    assert "Select a valid choice" in forged.content.decode()
    assert not Article.objects.filter(title_en="Port news").exists()

    story = ArticleFactory(section=food, status="draft", author=writer.user)
    assert writer.get(f"/admin/portal/article/{story.pk}/change/").status_code == 302  # not found
    listed = writer.get("/admin/portal/article/").context["cl"].result_list
    assert story not in listed


def test_a_writer_cannot_move_their_draft_into_a_section_they_do_not_own(writer):
    owned, other = section("news/local"), section("living/food")
    Section.objects.get(parent=None, slug="living").owners.clear()
    article = ArticleFactory(section=owned, status="draft", author=writer.user)
    response = save(writer, article, section=str(other.pk))
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.section == owned


# --- News editors ---------------------------------------------------------------------------------


def test_an_editor_sends_back_with_a_note_the_writer_reads_then_publishes(writer, editor):
    article = ArticleFactory(section=section("news/local"), status="review", author=writer.user)
    waiting = editor.get("/admin/portal/article/?state=review").context["cl"].result_list
    assert list(waiting) == [article]

    note = "Name the source of the figures."
    assert save(editor, article, status="draft", review_note=note).status_code == 302
    article.refresh_from_db()
    assert article.is_sent_back and article.review_note == note

    html = writer.get(f"/admin/portal/article/{article.pk}/change/").content.decode()
    assert f"Sent back by the reviewer: “{note}”" in html  # above the form
    assert 'name="review_note"' not in html  # the writer reads it, cannot change it
    assert "Sent back" in writer.get("/admin/portal/article/").content.decode()

    # The writer fixes and resubmits; a forged note is ignored.
    save(writer, article, status="review", source_en="Bureau of Statistics", review_note="")
    article.refresh_from_db()
    assert (article.status, article.review_note) == (Article.Status.REVIEW, note)

    assert save(editor, article, status="published").status_code == 302
    article.refresh_from_db()
    assert (article.status, article.review_note) == (Article.Status.PUBLISHED, "")


def test_an_editor_publishes_with_the_action_only_in_their_sections(editor):
    Section.objects.get(parent=None, slug="living").owners.clear()
    mine = ArticleFactory(section=section("news/local"), status="draft")
    theirs = ArticleFactory(section=section("living/food"), status="draft")
    editor.post(
        "/admin/portal/article/",
        {"action": "publish", "_selected_action": [str(mine.pk), str(theirs.pk)]},
    )
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == ("published", "draft")
    # The action is in the article's history, as a form's save would be: before, then after.
    versions = Version.objects.get_for_object(mine)
    assert [v.field_dict["status"] for v in versions] == ["published", "draft"]
    assert versions[0].revision.user == editor.user
    assert not Version.objects.get_for_object(theirs).exists()


def test_an_editor_cannot_edit_the_directory_or_the_menus_structure(editor):
    park = ParkFactory()
    assert editor.get(f"/admin/portal/industrialpark/{park.pk}/change/").status_code == 403
    local = section("news/local")
    response = editor.get(f"/admin/portal/section/{local.pk}/change/")
    html = response.content.decode()
    assert 'name="body_en"' in html and 'name="slug"' not in html
    data = form_as_rendered(response, "section_form")
    data.update({"intro_en": "Local news from the new area.", "slug": "forged", "kind": "page"})
    assert editor.post(f"/admin/portal/section/{local.pk}/change/", data).status_code == 302
    local.refresh_from_db()
    assert (local.intro_en, local.slug, local.kind) == (
        "Local news from the new area.",
        "local",
        "articles",
    )
    about = Section.objects.get(parent=None, slug="about")
    assert editor.get(f"/admin/portal/section/{about.pk}/change/").status_code == 302  # not theirs
    assert editor.get("/admin/portal/section/add/").status_code == 403


# --- Investment editors ---------------------------------------------------------------------------


def test_investment_editors_edit_the_directory_and_about_texts_not_articles(investment):
    park = ParkFactory()
    response = investment.get(f"/admin/portal/industrialpark/{park.pk}/change/")
    assert response.status_code == 200
    assert investment.get("/admin/portal/article/").status_code == 403
    assert investment.get("/admin/portal/article/add/").status_code == 403
    intro = section("about/introduction")
    data = form_as_rendered(
        investment.get(f"/admin/portal/section/{intro.pk}/change/"), "section_form"
    )
    data["body_en"] = "<p>Liangjiang is China's third state-level new area inland.</p>"
    assert investment.post(f"/admin/portal/section/{intro.pk}/change/", data).status_code == 302
    intro.refresh_from_db()
    assert "third state-level" in intro.body_en
    local = section("news/local")
    assert investment.get(f"/admin/portal/section/{local.pk}/change/").status_code == 302
    assert IndustrialPark.objects.filter(pk=park.pk).exists()


def test_uploads_are_for_staff_who_edit_something(investment, sections):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.test_no_change_save import png

    nobody = member("nobody")
    upload = SimpleUploadedFile("a.png", png((40, 30)), content_type="image/png")
    assert nobody.post("/admin/upload/", {"upload": upload}).status_code == 403
    upload = SimpleUploadedFile("a.png", png((40, 30)), content_type="image/png")
    assert investment.post("/admin/upload/", {"upload": upload}).json()["uploaded"] == 1


# --- Site managers --------------------------------------------------------------------------------


def test_a_site_manager_moves_a_menu_item_and_sees_what_redirects(manager):
    local = section("news/local")
    response = manager.get(f"/admin/portal/section/{local.pk}/change/")
    data = form_as_rendered(response, "section_form")
    data["slug"] = "local-news"
    response = manager.post(f"/admin/portal/section/{local.pk}/change/", data, follow=True)
    assert "/news/local/" in response.content.decode()
    assert SectionRedirect.objects.filter(path="news/local", section=local).exists()
    html = manager.get(f"/admin/portal/section/{local.pk}/change/").content.decode()
    assert "/news/local/" in html  # the old address, listed on the form


def test_a_site_manager_cannot_make_anyone_a_superuser(manager):
    root = User.objects.create_superuser("root", password=PASSWORD)
    assert manager.get(f"/admin/auth/user/{root.pk}/change/").status_code == 302  # not listed
    me = manager.user
    response = manager.get(f"/admin/auth/user/{me.pk}/change/")
    data = form_as_rendered(response, "user_form")
    data["is_superuser"] = "on"
    data["user_permissions"] = [str(Permission.objects.get(codename="delete_article").pk)]
    manager.post(f"/admin/auth/user/{me.pk}/change/", data)
    me.refresh_from_db()
    assert not me.is_superuser and not me.user_permissions.exists()


def test_a_site_manager_edits_the_site_settings_which_editors_cannot(manager, editor):
    assert manager.get("/admin/portal/sitesettings/1/change/").status_code == 200
    assert editor.get("/admin/portal/sitesettings/1/change/").status_code == 403


def test_group_and_permission_names_are_translated(sections):
    admin = member("root", language="zh-hans")
    admin.user.is_superuser = True
    admin.user.save()
    writers = Group.objects.get(name=WRITERS)
    html = admin.get(f"/admin/auth/group/{writers.pk}/change/").content.decode()
    assert "可以添加" in html and "Can add" not in html
    assert "撰稿人" in admin.get("/admin/auth/group/").content.decode()


# --- Versions obey the same rules -----------------------------------------------------------------


def test_a_writer_cannot_restore_a_published_version(writer, editor):
    article = ArticleFactory(section=section("news/local"), status="review", author=writer.user)
    save(editor, article, status="published")
    save(editor, article, status="draft", review_note="One more fix.")
    published = next(
        v for v in Version.objects.get_for_object(article) if v.field_dict["status"] == "published"
    )
    url = f"/admin/portal/article/{article.pk}/history/{published.pk}/"
    response = writer.post(url, change_form(writer, article, status="published"))
    assert response.status_code in (200, 403)
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
