"""Revisions and recovery (issue 8 §4): versions kept by admin saves, history, compare, restore,
recovery of deleted items, and one article per old-site address."""

import importlib
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from PIL import Image
from reversion.models import Version

from portal.admin.versions import diff_html, html_to_text
from portal.models import Article, ArticlePhoto, Section
from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory, ParkFactory

legacy_migration = importlib.import_module("portal.migrations.0012_legacy_url_unique")

CHINESE = {"Accept-Language": "zh-CN,zh;q=0.9"}


class _Form(HTMLParser):
    """What a browser would send for the page's main form: its fields as they are filled in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data, self._select, self._textarea = {}, None, None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = attrs.get("type", "text")
            if kind in ("file", "submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(name, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            values = self.data[self._textarea]
            values[-1] = values[-1].removeprefix("\n")  # as browsers read a textarea
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data


def form_data(response, **changes):
    parser = _Form()
    parser.feed(response.content.decode())
    data = {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}
    data.update(changes)
    return data


def png():
    buffer = BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="photo.png")


def change_url(obj):
    return f"/admin/portal/{obj._meta.model_name}/{obj.pk}/change/"


def edit(client, obj, **changes):
    """Open the change form as staff do, change some fields, save."""
    response = client.post(change_url(obj), form_data(client.get(change_url(obj)), **changes))
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def versions_of(obj):
    return list(Version.objects.get_for_object(obj).order_by("pk").select_related("revision"))


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


@pytest.fixture
def article(local):
    return ArticleFactory(
        section=local,
        title_en="Port opens a new berth",
        title_zh_hans="果园港新泊位启用",
        body_en="<p>The port opened a <strong>new</strong> berth on Monday.</p>",
        body_zh_hans="<p>果园港周一启用新泊位。</p>",
    )


# Versions and history ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_admin_edit_keeps_a_version_and_the_history_lists_it(admin_client, admin_user, article):
    assert versions_of(article) == []  # content made outside the admin keeps no version
    edit(admin_client, article, title_en="Port opens two new berths")

    before, after = versions_of(article)
    assert before.field_dict["title_en"] == "Port opens a new berth"  # as it was, kept first
    assert after.field_dict["title_en"] == "Port opens two new berths"
    assert after.revision.user == admin_user
    assert before.revision.user is None

    response = admin_client.get(f"/admin/portal/article/{article.pk}/history/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Changed") < html.index("As it was before the first change recorded here.")
    assert admin_user.get_username() in html
    assert f"/admin/portal/article/{article.pk}/history/{after.pk}/" in html  # its date: restore
    assert f'name="from" value="{before.pk}" aria-label' in html  # choices to compare


@pytest.mark.django_db
def test_content_saved_outside_the_admin_keeps_no_version(local):
    """The demo loader, generate_content and the factories save outside a revision: no versions."""
    ArticleFactory(section=local)
    assert Section.objects.exists()
    assert not Version.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model_name", ["article", "section", "industry", "industrialpark", "enterprise",
                   "developmentzone", "official", "department"],
)  # fmt: skip
def test_every_content_list_offers_to_recover_deleted_items(admin_client, sections, model_name):
    html = admin_client.get(f"/admin/portal/{model_name}/").content.decode()
    assert f'href="/admin/portal/{model_name}/recover/"' in html
    assert "Recover deleted" in html
    assert admin_client.get(f"/admin/portal/{model_name}/recover/").status_code == 200


@pytest.mark.django_db
def test_a_section_and_a_park_keep_versions_too(admin_client, sections):
    local = Section.objects.get(slug="local")
    edit(admin_client, local, title_en="Local news")
    assert [v.field_dict["title_en"] for v in versions_of(local)] == ["Local", "Local news"]
    park = ParkFactory(name_en="Lianglu Park")
    edit(admin_client, park, name_en="Lianglu Cuntan Park")
    assert len(versions_of(park)) == 2
    for obj in (local, park):
        history = admin_client.get(f"/admin/portal/{obj._meta.model_name}/{obj.pk}/history/")
        assert history.status_code == 200 and "Changed" in history.content.decode()


@pytest.mark.django_db
def test_list_editing_keeps_a_revision_per_item(admin_client, sections):
    local, events = Section.objects.get(slug="local"), Section.objects.get(slug="events")
    data = form_data(admin_client.get("/admin/portal/section/"), _save="Save")
    index = {int(data[f"form-{n}-id"]): n for n in range(int(data["form-TOTAL_FORMS"]))}
    data[f"form-{index[local.pk]}-position"] = "41"
    data[f"form-{index[events.pk]}-position"] = "42"
    assert admin_client.post("/admin/portal/section/", data).status_code == 302

    changed = versions_of(local)[-1]
    assert changed.field_dict["position"] == 41
    assert [v.object_id for v in changed.revision.version_set.all()] == [str(local.pk)]
    assert versions_of(events)[-1].field_dict["position"] == 42
    assert (
        "Changed" in admin_client.get(f"/admin/portal/section/{local.pk}/history/").content.decode()
    )


@pytest.mark.django_db
def test_a_version_of_another_model_is_not_restored_through_this_admin(admin_client, article):
    edit(admin_client, article, title_en="Edited")
    version = versions_of(article)[-1]
    for url in (
        f"/admin/portal/department/{article.pk}/history/{version.pk}/",
        f"/admin/portal/department/recover/{version.pk}/",
    ):
        assert admin_client.get(url).status_code == 404
        assert admin_client.post(url, {}).status_code == 404


# Compare ----------------------------------------------------------------------------------------


@pytest.fixture
def edited(admin_client, article):
    edit(
        admin_client,
        article,
        title_en="Port opens two new berths",
        title_zh_hans="果园港两个新泊位启用",
        body_en="<p>The port opened two <strong>new</strong> berths on Tuesday.</p>",
    )
    return article


@pytest.mark.django_db
def test_compare_shows_both_versions_side_by_side_in_both_languages(admin_client, edited):
    before, after = versions_of(edited)
    url = f"/admin/portal/article/{edited.pk}/history/compare/?from={before.pk}&to={after.pk}"
    response = admin_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Title (English)" in html and "Title (Chinese)" in html and "Body (English)" in html
    assert "Port opens <del>a</del> new <del>berth</del>" in html
    assert "Port opens <ins>two</ins> new <ins>berths</ins>" in html
    assert "果园港<ins>两个</ins>新泊位启用" in html  # Chinese, character by character
    # Rich text is compared as words, without its tags: <strong> is gone, the words remain.
    table = html.split('class="versions-compare"')[1].split("</table>")[0]
    assert "<strong>" not in table and "The port opened" in table
    assert "on <del>Monday</del>" in html and "on <ins>Tuesday</ins>" in html
    assert "Body (Chinese)" in html.split("Unchanged:")[1]  # not changed: named, not shown
    # With no choice made, the two newest are compared.
    default = admin_client.get(f"/admin/portal/article/{edited.pk}/history/compare/")
    assert table in default.content.decode()


@pytest.mark.django_db
def test_compare_in_chinese(admin_client, edited):
    before, after = versions_of(edited)
    url = f"/admin/portal/article/{edited.pk}/history/compare/?from={before.pk}&to={after.pk}"
    html = admin_client.get(url, headers=CHINESE).content.decode()
    assert 'lang="zh-hans"' in html
    assert "标题（英文）" in html and "标题（中文）" in html and "正文（英文）" in html
    assert "果园港" in html and "<ins>两" in html
    assert "Port opens <ins>two</ins> new" in html
    assert "比较" in html and 'class="versions-field">Title (English)' not in html


@pytest.mark.django_db
def test_compare_escapes_what_a_version_holds(admin_client, article):
    edit(admin_client, article, title_en='<img src=x onerror="alert(1)"> & more')
    html = admin_client.get(f"/admin/portal/article/{article.pk}/history/compare/").content
    assert b"<img src=x" not in html
    assert b"&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more" in html


@pytest.mark.django_db
def test_compare_refuses_versions_of_another_item(admin_client, edited, local):
    other = ArticleFactory(section=local)
    edit(admin_client, other, title_en="Another story")
    foreign = versions_of(other)[-1]
    mine = versions_of(edited)[-1]
    url = f"/admin/portal/article/{edited.pk}/history/compare/?from={foreign.pk}&to={mine.pk}"
    assert admin_client.get(url).status_code == 404
    same = f"/admin/portal/article/{edited.pk}/history/compare/?from={mine.pk}&to={mine.pk}"
    assert admin_client.get(same).status_code == 302


def test_rich_text_reads_as_words_and_the_diff_is_escaped():
    assert html_to_text(
        '<p>One <a href="/x">link</a></p><ul><li>two</li></ul><img alt="A map">'
    ) == ("One link\n\n• two\n\n[picture: A map]")
    old, new = diff_html("a <b> c", "a <i> c")
    assert old == "a &lt;<del>b</del>&gt; c" and new == "a &lt;<ins>i</ins>&gt; c"
    # Long stretches the same in both are left out, but for a paragraph around each change.
    paragraphs = [f"Paragraph {n}." for n in range(1, 8)]
    changed = [*paragraphs[:3], "Paragraph four, rewritten.", *paragraphs[4:]]
    old, new = diff_html("\n\n".join(paragraphs), "\n\n".join(changed))
    assert "Paragraph 2." not in new and "Paragraph 6." not in new and new.count("[…]") == 2
    assert "Paragraph 3." in new and "<ins>four, rewritten</ins>" in new and "Paragraph 5." in new


# Restore ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_restoring_a_version_shows_on_the_next_public_request_with_the_cache_on(
    admin_client, client, settings, edited
):
    settings.PAGE_CACHE_ENABLED = True
    page = edited.get_absolute_url()
    assert "Port opens two new berths" in client.get(page).content.decode()
    assert client.get(page)["X-Cache"] == "hit"

    before, _after = versions_of(edited)
    url = f"/admin/portal/article/{edited.pk}/history/{before.pk}/"
    form = admin_client.get(url)
    assert form.status_code == 200
    edited.refresh_from_db()
    assert edited.title_en == "Port opens two new berths"  # looking at a version changes nothing
    assert client.get(page)["X-Cache"] == "hit"
    assert admin_client.post(url, form_data(form)).status_code == 302

    edited.refresh_from_db()
    assert (edited.title_en, edited.title_zh_hans) == ("Port opens a new berth", "果园港新泊位启用")
    assert "Monday" in edited.body_en
    response = client.get(page)
    assert response["X-Cache"] == "miss"
    assert "Port opens a new berth" in response.content.decode()
    restored = versions_of(edited)[-1]
    assert restored.field_dict["title_en"] == "Port opens a new berth"
    history = admin_client.get(f"/admin/portal/article/{edited.pk}/history/").content.decode()
    assert "Restored the version of" in history


@pytest.mark.django_db
def test_restoring_puts_back_links_without_touching_the_linked_items(admin_client, article):
    kept = IndustryFactory(name_en="Logistics")
    article.industries.add(kept)
    edit(admin_client, article, title_en="Version one")
    newer = IndustryFactory(name_en="Robotics")
    edit(admin_client, newer, name_en="Robotics and automation")
    edit(admin_client, article, title_en="Version two", industries=[str(kept.pk), str(newer.pk)])
    first = next(v for v in versions_of(article) if v.field_dict["title_en"] == "Version one")

    url = f"/admin/portal/article/{article.pk}/history/{first.pk}/"
    assert admin_client.post(url, form_data(admin_client.get(url))).status_code == 302

    article.refresh_from_db()
    assert article.title_en == "Version one"
    assert list(article.industries.all()) == [kept]
    newer.refresh_from_db()  # the industry linked since is still there, with its own edits
    assert newer.name_en == "Robotics and automation"


@pytest.mark.django_db
def test_restoring_an_older_address_keeps_the_newer_one_working(admin_client, client, sections):
    enterprise = EnterpriseFactory(slug="acme", name_en="Acme")
    edit(admin_client, enterprise, slug="acme-robotics")
    first = versions_of(enterprise)[0]
    assert first.field_dict["slug"] == "acme"

    url = f"/admin/portal/enterprise/{enterprise.pk}/history/{first.pk}/"
    assert admin_client.post(url, form_data(admin_client.get(url))).status_code == 302

    enterprise.refresh_from_db()
    assert enterprise.slug == "acme"
    page = client.get("/en/investing/enterprises/acme-robotics/")
    assert (page.status_code, page["Location"]) == (301, "/en/investing/enterprises/acme/")
    assert client.get("/en/investing/enterprises/acme/").status_code == 200


# Delete and recover -----------------------------------------------------------------------------


@pytest.fixture
def story(local):
    story = ArticleFactory(section=local, title_en="Photo story", legacy_url="/2020/old.htm")
    for position, caption in enumerate(["Cranes", "Containers"]):
        photo = ArticlePhoto(article=story, alt_en=caption, caption_en=caption, position=position)
        photo.image.save("photo.png", png(), save=True)
    story.industries.add(IndustryFactory(name_en="Logistics"))
    story.enterprises.add(EnterpriseFactory(name_en="Port Group"))
    return story


@pytest.mark.django_db
def test_a_deleted_article_is_recovered_with_its_photos_and_links(admin_client, client, story):
    pk, page = story.pk, story.get_absolute_url()
    photos = sorted(story.photos.values_list("image", "caption_en"))
    response = admin_client.post(f"/admin/portal/article/{pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.filter(pk=pk).exists()
    assert not ArticlePhoto.objects.filter(article_id=pk).exists()
    assert client.get(page).status_code == 404

    listing = admin_client.get("/admin/portal/article/recover/").content.decode()
    assert "Photo story" in listing
    deleted = Version.objects.get_deleted(Article).get(object_id=str(pk))
    url = f"/admin/portal/article/recover/{deleted.pk}/"
    form = admin_client.get(url)
    assert form.status_code == 200
    assert not Article.objects.filter(pk=pk).exists()  # looking recovers nothing yet
    assert admin_client.post(url, form_data(form)).status_code == 302

    story = Article.objects.get(pk=pk)
    assert story.title_en == "Photo story" and story.legacy_url == "/2020/old.htm"
    assert sorted(story.photos.values_list("image", "caption_en")) == photos
    assert [i.name_en for i in story.industries.all()] == ["Logistics"]
    assert [e.name_en for e in story.enterprises.all()] == ["Port Group"]
    assert client.get(page).status_code == 200
    listing = admin_client.get("/admin/portal/article/recover/").content.decode()
    assert "There are no deleted objects to recover." in listing


@pytest.mark.django_db
def test_articles_deleted_from_the_list_can_be_recovered(admin_client, story):
    response = admin_client.post(
        "/admin/portal/article/",
        {"action": "delete_selected", "_selected_action": [story.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Article.objects.filter(pk=story.pk).exists()
    deleted = Version.objects.get_deleted(Article).get(object_id=str(story.pk))
    assert deleted.revision.comment == '{"versions": "deleted"}'
    assert len(deleted.revision.version_set.all()) == 3  # the article and its two photos


# One article per old-site address ----------------------------------------------------------------


def article_form(section, **fields):
    data = {
        "section": section.pk,
        "title_en": "Another story",
        "body_en": "<p>Text</p>",
        "status": "published",
        "published_at_0": "2024-05-01",
        "published_at_1": "10:00:00",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
    }
    data.update(fields)
    return data


@pytest.mark.django_db
def test_an_old_address_in_use_is_a_form_error_naming_the_other_article(admin_client, local):
    first = ArticleFactory(section=local, title_en="The first story", legacy_url="/2020/a.htm")
    response = admin_client.post(
        "/admin/portal/article/add/", article_form(local, legacy_url="/2020/a.htm")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "This old address already belongs to the article" in html
    assert f'<a href="/admin/portal/article/{first.pk}/change/">The first story</a>' in html
    assert html.count("Another article already has this old address.") == 0  # said once
    assert Article.objects.filter(legacy_url="/2020/a.htm").count() == 1

    for title in ("No address", "No address either"):  # empty is allowed on any number
        response = admin_client.post(
            "/admin/portal/article/add/", article_form(local, title_en=title)
        )
        assert response.status_code == 302
    edit(admin_client, first, title_en="The first story, revised")  # its own address: no error


@pytest.mark.django_db
def test_an_old_address_in_use_is_named_in_chinese(admin_client, local):
    ArticleFactory(section=local, title_zh_hans="第一篇", legacy_url="/2020/a.htm")
    response = admin_client.post(
        "/admin/portal/article/add/",
        article_form(local, legacy_url="/2020/a.htm"),
        headers=CHINESE,
    )
    assert "第一篇" in response.content.decode()


@pytest.mark.django_db
def test_the_database_refuses_a_shared_old_address(local):
    ArticleFactory(section=local, legacy_url="/2020/a.htm")
    ArticleFactory(section=local, legacy_url="")
    ArticleFactory(section=local, legacy_url="")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(section=local, legacy_url="/2020/a.htm")


@pytest.mark.django_db(transaction=True)
def test_the_migration_leaves_a_shared_address_on_the_newest_article(sections):
    constraint = next(c for c in Article._meta.constraints if c.name == "article_unique_legacy_url")
    with connection.schema_editor() as editor:  # data from before the constraint
        editor.remove_constraint(Article, constraint)
    try:
        local = Section.objects.get(slug="local")
        oldest, middle, newest = (ArticleFactory(section=local, legacy_url="/a.htm") for _ in "abc")
        alone = ArticleFactory(section=local, legacy_url="/b.htm")
        blanks = [ArticleFactory(section=local, legacy_url="") for _ in "ab"]

        legacy_migration.keep_on_newest(apps, None)

        urls = dict(Article.objects.values_list("pk", "legacy_url"))
        assert urls[newest.pk] == "/a.htm" and urls[oldest.pk] == urls[middle.pk] == ""
        assert urls[alone.pk] == "/b.htm"
        assert all(urls[blank.pk] == "" for blank in blanks)
    finally:
        Article.objects.update(legacy_url="")
        with connection.schema_editor() as editor:
            editor.add_constraint(Article, constraint)
