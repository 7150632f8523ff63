"""Moving the old site over (issue 10): the importer (portal/legacy/importer.py), the command, the
old addresses' redirects (portal/views/legacy.py) and the section mapping's admin.

The importer is fed `OldPage`s made here (the parsers are tested on the fixture corpus in
tests/test_legacy_parsers.py); the command runs on the fixture corpus itself."""

import csv
import datetime
import io
import zoneinfo
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from PIL import Image

from portal.demo import articles as demo_articles
from portal.legacy.importer import Importer, summary
from portal.legacy.pages import OldImage, OldPage
from portal.models import Article, MediaImage, OldAddress, Section, SectionMapping
from portal.permissions import SITE_MANAGERS
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def jpeg(color="red", size=(64, 48), fmt="JPEG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


def page(number=1, **fields):
    """An English content_ page as a parser would hand it over."""
    address = fields.pop("address", "/2021-08/19/content_37546317.htm")
    values = {
        "address": address,
        "kind": "content",
        "language": "en",
        "title": "Liangjiang inks 25 investment projects",
        "section_name": "Events",
        "published": datetime.date(2021, 8, 19),
        "body_html": "<p>Twenty-five projects were signed.</p>",
    }
    values.update(fields)
    return OldPage(**values)


def run(pages, resources=None, **options):
    resources = resources or {}
    importer = Importer(open_resource=resources.get, **options)
    for item in pages:
        importer.add(item)
    outcomes = importer.run()
    return outcomes, summary(outcomes)


def local():
    return Section.objects.get(parent__slug="news", slug="local")


# Importing ---------------------------------------------------------------------------------------


def test_a_page_becomes_a_draft_article_in_the_mapped_section(sections):
    outcomes, counts = run([page(byline="By Sun Hui", source="chinadaily.com.cn")])
    assert counts["imported"] == 1
    article = Article.objects.get()
    assert outcomes[0].article_id == article.pk
    assert article.section.path == "news/events"
    assert article.status == Article.Status.DRAFT
    assert (article.title_en, article.title_zh_hans) == (
        "Liangjiang inks 25 investment projects",
        "",
    )
    assert (article.byline_en, article.source_en) == ("By Sun Hui", "chinadaily.com.cn")
    assert article.body_en == "<p>Twenty-five projects were signed.</p>"
    assert timezone.localtime(article.published_at, SHANGHAI).date() == datetime.date(2021, 8, 19)
    assert article.legacy_url == "/2021-08/19/content_37546317.htm"


def test_publish_flag_publishes(sections):
    run([page()], publish=True)
    assert Article.objects.get().status == Article.Status.PUBLISHED


def test_a_second_run_changes_nothing(sections):
    pages = [page(images=[OldImage("/2021-08/19/a.jpg", "Signing", "liangjiang.gov.cn")])]
    resources = {"/2021-08/19/a.jpg": jpeg()}
    run(pages, resources, publish=True)
    before = list(Article.objects.values_list("pk", "updated_at"))
    addresses = list(OldAddress.objects.values_list("path", "imported_at"))
    images = MediaImage.objects.count()
    outcomes, counts = run(pages, resources, publish=True)
    assert counts["unchanged"] == 1 and counts["imported"] == 0
    assert list(Article.objects.values_list("pk", "updated_at")) == before
    assert list(OldAddress.objects.values_list("path", "imported_at")) == addresses
    assert MediaImage.objects.count() == images


def test_a_changed_page_is_reported_and_refreshed_only_with_update(sections):
    run([page()])
    changed = page(body_html="<p>Twenty-six projects were signed.</p>")
    _outcomes, counts = run([changed])
    assert counts["changed"] == 1
    assert "Twenty-five" in Article.objects.get().body_en
    _outcomes, counts = run([changed], update=True)
    assert counts["updated"] == 1
    assert "Twenty-six" in Article.objects.get().body_en
    _outcomes, counts = run([changed], update=True)
    assert counts["unchanged"] == 1


def test_update_leaves_articles_staff_edited_and_reports_them(sections):
    run([page()])
    article = Article.objects.get()
    article.updated_at = timezone.now() + datetime.timedelta(minutes=5)
    Article.objects.filter(pk=article.pk).update(
        title_en="Edited by staff", updated_at=article.updated_at
    )
    outcomes, counts = run([page(body_html="<p>New text.</p>")], update=True)
    assert counts["kept"] == 1
    assert "edited here since the import" in outcomes[0].reason
    assert Article.objects.get().title_en == "Edited by staff"


def test_dry_run_writes_nothing(sections):
    outcomes, counts = run(
        [page(images=[OldImage("/2021-08/19/a.jpg", "Signing")])],
        {"/2021-08/19/a.jpg": jpeg()},
        dry_run=True,
    )
    assert counts["imported"] == 1
    assert not Article.objects.exists()
    assert not OldAddress.objects.exists()
    assert not MediaImage.objects.exists()


def test_unknown_section_is_skipped_and_reported(sections):
    outcomes, counts = run([page(section_name="Opportunitiies")], publish=True)
    assert counts["skipped"] == 1
    assert outcomes[0].reason == "unknown section “Opportunitiies” — map it in the admin"
    assert not Article.objects.exists()


def test_a_known_section_without_a_section_of_ours_is_never_imported(sections):
    assert SectionMapping.objects.get(old_name="Policies", language="en").section is None
    outcomes, counts = run([page(section_name="Policies")], publish=True)
    assert counts["skipped"] == 1
    assert "not imported" in outcomes[0].reason
    assert not Article.objects.exists()


def test_the_mapping_is_case_blind_and_editable(sections):
    mapping = SectionMapping.objects.get(old_name="Policies", language="en")
    mapping.section = Section.objects.get(parent__slug="news", slug="business")
    mapping.save()
    run([page(section_name="  policies ")])
    assert Article.objects.get().section.path == "news/business"


def test_a_long_article_is_one_article_and_every_page_redirects(sections, client):
    first = "/2017-02/16/content_24102037.htm"
    pages = [
        page(3, address="/2017-02/16/content_24102037_3.htm", story_address=first, page_number=3,
             body_html="<p>Third.</p>", section_name="Local"),
        page(1, address=first, body_html="<p>First.</p>", section_name="Local"),
        page(2, address="/2017-02/16/content_24102037_2.htm", story_address=first, page_number=2,
             body_html="<p>Second.</p>", section_name="Local"),
    ]  # fmt: skip
    outcomes, counts = run(pages, publish=True)
    assert counts["imported"] == 1 and outcomes[0].pages == 3
    article = Article.objects.get()
    assert article.body_en == "<p>First.</p>\n<p>Second.</p>\n<p>Third.</p>"
    for number in ("", "_2", "_3"):
        response = client.get(f"/2017-02/16/content_24102037{number}.htm")
        assert response.status_code == 301
        assert response["Location"] == f"/en/news/local/{article.pk}/"


def test_an_english_and_chinese_pair_becomes_one_article(sections, client):
    english = page(address="/2020-03/03/content_37534041.htm", section_name="Liangjiang")
    chinese = page(
        address="/mixmedia/a/202003/03/WS5e5e1c3ae4b0a7e1f2c38a41.html",
        kind="ws",
        language="zh-hans",
        title="重庆成都携手共建内陆开放高地",
        section_name="两江新闻",
        body_html="<p>两区将加强合作。</p>",
        source="两江新区融媒体中心",
        editor="李想",
    )
    pairs = [(english.address, chinese.address)]
    outcomes, counts = run([english, chinese], pairs=pairs, publish=True)
    assert counts["imported"] == 1
    article = Article.objects.get()
    assert article.title_zh_hans == "重庆成都携手共建内陆开放高地"
    assert article.title_en == english.title
    assert article.source_zh_hans == "两江新区融媒体中心"
    assert "李想" in article.body_zh_hans
    response = client.get(chinese.address, headers={"accept-language": "en"})
    assert response.status_code == 301
    assert response["Location"] == f"/zh-hans/news/local/{article.pk}/"
    response = client.get(english.address, headers={"accept-language": "zh-CN"})
    assert response["Location"] == f"/en/news/local/{article.pk}/"
    assert run([english, chinese], pairs=pairs, publish=True)[1]["unchanged"] == 1


def test_without_a_pair_the_two_languages_are_two_articles(sections):
    english = page(address="/2020-03/03/content_37534041.htm", section_name="Liangjiang")
    chinese = page(
        address="/mixmedia/a/202003/03/WS5e5e1c3ae4b0a7e1f2c38a41.html",
        language="zh-hans",
        title="重庆成都携手共建内陆开放高地",
        section_name="两江新闻",
    )
    _outcomes, counts = run([english, chinese])
    assert counts["imported"] == 2
    assert Article.objects.filter(title_zh_hans="").count() == 1


def test_hostile_markup_is_sanitised(sections):
    hostile = (
        '<p onclick="steal()">Text<script>alert(1)</script></p>'
        '<iframe src="https://evil.example/"></iframe>'
        '<p><a href="javascript:alert(1)">link</a><img src="/x.jpg" onerror="alert(1)"></p>'
    )
    run([page(body_html=hostile)])
    body = Article.objects.get().body_en
    for bad in ("<script", "onclick", "onerror", "<iframe", "javascript:", "steal"):
        assert bad not in body
    assert "Text" in body


def test_pictures_are_re_encoded_with_their_texts_and_old_addresses_redirect(sections, client):
    images = [
        OldImage("/2021-08/19/W1.jpg", "The signing ceremony", "liangjiang.gov.cn", "Signing"),
        OldImage("/2021-08/19/W2.png", "The new plant", "", ""),
        OldImage("/2021-08/19/missing.jpg", "Lost"),
        OldImage("/2021-08/19/fake.jpg", "Not a picture"),
    ]
    body = (
        '<p>Text.</p><p><img src="W1.jpg"></p><p><img src="/2021-08/19/W2.png"></p>'
        '<p><img src="missing.jpg"></p>'
    )
    resources = {
        "/2021-08/19/W1.jpg": jpeg() + b"<?php evil(); ?>",
        "/2021-08/19/W2.png": jpeg("blue", fmt="PNG"),
        "/2021-08/19/fake.jpg": b"<html>not an image</html>",
    }
    outcomes, counts = run([page(body_html=body, images=images)], resources, publish=True)
    assert counts["imported"] == 1
    problems = " ".join(outcomes[0].problems)
    assert "missing.jpg" in problems and "fake.jpg" in problems
    article = Article.objects.get()
    # The first picture is the cover, with its caption, credit and description.
    assert (article.cover_caption_en, article.cover_credit_en, article.cover_alt_en) == (
        "The signing ceremony", "liangjiang.gov.cn", "Signing",
    )  # fmt: skip
    with default_storage.open(article.cover.name) as stored:
        data = stored.read()
    assert b"evil" not in data and data.startswith(b"\xff\xd8")
    assert article.cover_width == 64
    # The second stays in the text at its new address; the missing one leaves no broken image.
    assert "W2.png" not in article.body_en and "missing.jpg" not in article.body_en
    library = {image.file: image for image in MediaImage.objects.all()}
    assert article.cover.name in library
    assert library[article.cover.name].caption_en == "The signing ceremony"
    assert library[article.cover.name].credit == "liangjiang.gov.cn"
    second = OldAddress.objects.get(path="/2021-08/19/W2.png").image
    assert second.url in article.body_en or second.file in article.body_en
    assert second.alt_en == "The new plant"
    response = client.get("/2021-08/19/W1.jpg")
    assert response.status_code == 301
    assert response["Location"] == default_storage.url(article.cover.name)


def test_a_story_that_cannot_be_saved_leaves_no_article_row_or_file(sections, monkeypatch):
    """Never half-saved: the article, its address rows, its pictures' library rows and their
    files all go when its transaction fails; the next story is imported as usual."""
    from portal.legacy import importer

    stored = []
    real_store, real_save = importer.store_uploaded_image, Article.save

    def store(upload):
        stored.append(real_store(upload)[0])
        return stored[-1], 64, 48

    def save(self, *args, **kwargs):
        if self.title_en == "Doomed":
            raise ValueError("the database refused it")
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(importer, "store_uploaded_image", store)
    monkeypatch.setattr(Article, "save", save)
    doomed = page(title="Doomed", images=[OldImage("/2021-08/19/W9.jpg", "A doomed picture")])
    fine = page(
        address="/2021-08/20/content_37546400.htm",
        title="Fine",
        images=[OldImage("/2021-08/20/W8.jpg", "A fine picture")],
    )
    resources = {"/2021-08/19/W9.jpg": jpeg(), "/2021-08/20/W8.jpg": jpeg("blue")}
    outcomes, counts = run([doomed, fine], resources, publish=True)
    assert (counts["skipped"], counts["imported"]) == (1, 1)
    assert "the database refused it" in outcomes[0].reason
    assert list(Article.objects.values_list("title_en", flat=True)) == ["Fine"]
    assert not OldAddress.objects.filter(path__in=[doomed.address, "/2021-08/19/W9.jpg"]).exists()
    assert list(MediaImage.objects.values_list("file", flat=True)) == [stored[1]]
    assert not default_storage.exists(stored[0]) and default_storage.exists(stored[1])


def test_a_picture_shared_by_two_stories_is_imported_once(sections):
    shared = OldImage("/images/attachement/jpg/site1/logo.jpg", "Logo")
    run(
        [page(images=[shared]), page(address="/2021-08/20/content_2.htm", images=[shared])],
        {shared.src: jpeg()},
    )
    assert Article.objects.count() == 2
    assert MediaImage.objects.count() == 1


def test_an_address_staff_typed_is_left_alone(sections):
    typed = ArticleFactory(section=local(), legacy_url="/2021-08/19/content_37546317.htm")
    outcomes, counts = run([page()], update=True)
    assert counts["kept"] == 1
    assert f"#{typed.pk}" in outcomes[0].reason
    assert Article.objects.count() == 1


def test_the_import_keeps_the_search_index_current(sections):
    from portal import search

    run([page(title="Guoyuan Port opens a new rail line")], publish=True)
    results = search.search("Guoyuan", "en")
    assert results.count() == 1


def test_the_seed_page_imports_as_the_demo_seed_article(sections):
    """The seed page (../shared/seed/), as the old site showed it, against the demo's seed article."""
    seed = demo_articles.ARTICLES[0]
    caption = seed["en"]["caption"]
    old = page(
        address="/2020-03/03/content_37534041.htm",
        title="Chongqing, Chengdu cooperate on opening-up highland",
        section_name="Liangjiang",
        published=datetime.date(2020, 3, 3),
        body_html="<p>Southwest China's two national new areas held their first joint conference.</p>",
        images=[OldImage("/2020-03/03/W020200303391745028356.jpg", caption, "")],
    )
    run([old], {"/2020-03/03/W020200303391745028356.jpg": jpeg()}, publish=True)
    article = Article.objects.get()
    assert article.title_en == seed["en"]["title"]
    assert timezone.localtime(article.published_at, SHANGHAI).date().isoformat() == seed["date"]
    assert article.section.path == seed["section"]
    assert article.cover_caption_en == caption


# Redirects ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old",
    [
        "/2021-08/19/content_37546317.htm",
        "/2021-08/19/content_37546317_2.htm",
        "/2024-06/27/c_999723.htm",
        "/mixmedia/a/202510/23/WS68f99863e4b0840ed5677139.html",
    ],
)
def test_a_redirect_is_one_query(sections, client, django_assert_num_queries, old):
    article = ArticleFactory(section=local())
    OldAddress.objects.create(path=old.replace("_2.htm", ".htm"), kind="article", article=article)
    with django_assert_num_queries(1):
        response = client.get(old)
    assert response.status_code == 301
    assert response["Location"].endswith(f"/news/local/{article.pk}/")


def test_an_old_picture_address_is_one_query(sections, client, django_assert_num_queries):
    image = MediaImage.objects.create(file="uploads/2026/11/abc.jpg", width=10, height=10)
    OldAddress.objects.create(path="/2023-08/10/两江4.png", kind="image", image=image)
    with django_assert_num_queries(1):
        response = client.get("/2023-08/10/两江4.png")
    assert (response.status_code, response["Location"]) == (301, image.url)


def test_the_breadcrumbs_list_page_leads_to_the_section(sections, client):
    """Where the parser gives the breadcrumb's link (`section_address`), the old list page of a
    mapped section leads to ours."""
    old = page(section_name="Local")
    old.section_address = "/liangjiang/local/node_7080123.htm"
    run([old])
    response = client.get("/liangjiang/local/node_7080123_2.htm")
    assert (response.status_code, response["Location"]) == (301, "/en/news/local/")


def test_typed_old_addresses_join_the_map(sections, client):
    article = ArticleFactory(section=local(), legacy_url="/2020-03/03/content_1.htm")
    assert OldAddress.objects.get(path="/2020-03/03/content_1.htm").article == article
    response = client.get("/2020-03/03/content_1.htm", headers={"accept-language": "zh-CN"})
    assert response["Location"] == f"/zh-hans/news/local/{article.pk}/"


def test_an_old_section_address_redirects_to_our_section(sections, client):
    OldAddress.objects.create(
        path="/liangjiang/local/node_7080123.htm", kind="section", section=local(), language="en"
    )
    response = client.get("/liangjiang/local/node_7080123.htm")
    assert (response.status_code, response["Location"]) == (301, "/en/news/local/")


def test_a_draft_or_unknown_old_address_is_the_404_page_with_a_search(sections, client):
    draft = ArticleFactory(section=local(), status=Article.Status.DRAFT)
    OldAddress.objects.create(path="/2021-01/01/c_1.htm", kind="article", article=draft)
    assert client.get("/2021-01/01/c_1.htm").status_code == 404
    response = client.get("/2023-08/10/两江4.png", headers={"accept-language": "zh-CN"})
    assert response.status_code == 404
    page_html = response.content.decode()
    assert 'id="search-404"' in page_html
    assert 'value="两江"' in page_html
    response = client.get("/2021-01/01/content_999.htm")
    assert response.status_code == 404
    assert 'id="search-404"' in response.content.decode()


# The mapping in the admin --------------------------------------------------------------------


def test_a_site_manager_maps_an_old_section_in_the_admin(sections):
    user = User.objects.create_user("chen", password="x-long-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name=SITE_MANAGERS))
    client = Client()
    client.force_login(user)
    assert client.get("/admin/portal/sectionmapping/").status_code == 200
    mapping = SectionMapping.objects.get(old_name="Policies", language="en")
    url = f"/admin/portal/sectionmapping/{mapping.pk}/change/"
    assert client.get(url).status_code == 200
    business = Section.objects.get(parent__slug="news", slug="business")
    response = client.post(url, {"old_name": "Policies", "language": "en", "section": business.pk})
    assert response.status_code == 302
    mapping.refresh_from_db()
    assert mapping.section == business
    assert client.get("/admin/portal/oldaddress/").status_code == 200


def test_the_mapping_is_pre_filled_in_both_languages(sections):
    names = set(SectionMapping.objects.values_list("old_name", "language"))
    for name in ("Liangjiang", "Local", "Business", "Why Liangjiang", "Policies",
                 "Industrial Parks", "Procedures", "Success Stories", "Specials", "Events",
                 "News", "Travel"):  # fmt: skip
        assert (name, "en") in names
    assert ("两江新闻", "zh-hans") in names
    assert SectionMapping.objects.get(old_name="Liangjiang", language="en").section == local()


# The report ------------------------------------------------------------------------------------


def test_the_report_lists_every_story(sections, tmp_path):
    from portal.management.commands.import_legacy import write_report

    importer = Importer()
    importer.add(page())
    importer.add(page(address="/2021-08/20/content_2.htm", section_name="Nowhere"))
    importer.skip("/index.htm", "not an article page")
    path = tmp_path / "report.csv"
    write_report(path, importer.run())
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    by_address = {row["old address"]: row for row in rows}
    assert by_address["/index.htm"]["outcome"] == "skipped"
    assert by_address["/index.htm"]["reason"] == "not an article page"
    assert by_address["/2021-08/20/content_2.htm"]["reason"].startswith("unknown section")
    assert by_address["/2021-08/19/content_37546317.htm"]["outcome"] == "imported"
    assert by_address["/2021-08/19/content_37546317.htm"]["article"] == str(
        Article.objects.get().pk
    )


# The command, on the fixture corpus ----------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "legacy"
SITE = FIXTURES / "site"
PAIRS = FIXTURES / "pairs.csv"


def import_corpus(tmp_path, *extra, source=SITE):
    report = tmp_path / "report.csv"
    out = io.StringIO()
    call_command("import_legacy", str(source), "--report", str(report), *extra, stdout=out)
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    return {row["old address"]: row for row in rows}, out.getvalue()


def test_the_corpus_imports_and_a_second_run_changes_nothing(sections, tmp_path, client):
    # Staff choose a section for the old "About" pages (the long article is one).
    SectionMapping.objects.filter(old_name="About").update(section=local())
    rows, out = import_corpus(tmp_path, "--pairs", str(PAIRS), "--publish")
    assert "imported" in out and "unchanged" in out
    seed = rows[
        "/2020-03/03/content_37534041.htm + /mixmedia/a/202003/03/WS5e5e1c3ae4b0a7e1f2c38a41.html"
    ]
    assert seed["outcome"] == "imported"
    article = Article.objects.get(pk=seed["article"])
    assert article.title_zh_hans == "重庆成都携手共建内陆开放高地"
    assert article.status == Article.Status.PUBLISHED
    # The long article: one article, three pages.
    long = rows["/2017-02/16/content_24102037.htm"]
    assert (long["outcome"], long["pages"]) == ("imported", "3")
    # The GBK page, read by its charset.
    gbk = Article.objects.get(legacy_url="/mixmedia/a/202510/23/WS68f99863e4b0840ed5677139.html")
    assert gbk.title_zh_hans == "果园港新一批集装箱班列发往东南亚"
    assert "王堃" in gbk.body_zh_hans
    # What is no article is reported with its reason.
    assert rows["/liangjiang/local/node_7080123.htm"]["outcome"] == "skipped"
    listed = rows["/liangjiang/local/node_7080123.htm"]["reason"]
    assert "list page" in listed and "leads to News › Local" in listed
    assert any(row["reason"].startswith("unknown section") for row in rows.values())
    articles = list(Article.objects.order_by("pk").values_list("pk", "updated_at"))
    addresses = OldAddress.objects.count()
    pictures = MediaImage.objects.count()
    assert pictures >= 5

    again, _out = import_corpus(tmp_path, "--pairs", str(PAIRS), "--publish")
    outcomes = {row["outcome"] for row in again.values()}
    assert "imported" not in outcomes and "updated" not in outcomes
    assert again[long["old address"]]["outcome"] == "unchanged"
    assert list(Article.objects.order_by("pk").values_list("pk", "updated_at")) == articles
    assert OldAddress.objects.count() == addresses
    assert MediaImage.objects.count() == pictures
    # Every page of the long article, and an old picture, redirect.
    for number in ("", "_2", "_3"):
        response = client.get(f"/2017-02/16/content_24102037{number}.htm")
        assert response.status_code == 301
    # The old list page, and its further pages, lead to our section.
    for old_list in ("/liangjiang/local/node_7080123.htm", "/liangjiang/local/node_7080123_2.htm"):
        response = client.get(old_list)
        assert (response.status_code, response["Location"]) == (301, "/en/news/local/")
    picture = client.get("/2020-03/03/W020200303391745028356.jpg")
    assert picture.status_code == 301
    assert picture["Location"] == article.cover.url


def test_the_seed_page_imports_as_the_demo_seed_article_from_the_corpus(sections, tmp_path):
    """The seed page rebuilt as an old-site page (tests/fixtures/legacy/build_site.py), against the
    demo's seed article: title, date, section and caption."""
    import_corpus(tmp_path, "--publish")
    seed = demo_articles.ARTICLES[0]
    article = Article.objects.get(legacy_url=seed["legacy_url"])
    assert article.title_en == seed["en"]["title"]
    assert timezone.localtime(article.published_at, SHANGHAI).date().isoformat() == seed["date"]
    assert article.section.path == seed["section"]
    assert article.cover_caption_en == seed["en"]["caption"]
    assert article.cover_credit_en == ""
    assert article.cover_alt_en


def test_a_web_archive_imports_the_same(sections, tmp_path):
    from tests.fixtures.legacy.make_warc import build_warc

    warc = build_warc(tmp_path / "old.warc.gz")
    rows, _out = import_corpus(tmp_path, source=warc)
    assert rows["/2020-03/03/content_37534041.htm"]["outcome"] == "imported"
    assert Article.objects.get(legacy_url="/2020-03/03/content_37534041.htm").cover  # from the WARC
    assert "not imported" in rows["/2017-02/16/content_24102037.htm"]["reason"]  # "About"
    gbk = Article.objects.get(legacy_url="/mixmedia/a/202510/23/WS68f99863e4b0840ed5677139.html")
    assert gbk.title_zh_hans == "果园港新一批集装箱班列发往东南亚"
    assert any("revisit" in row["reason"] for row in rows.values())


def test_dry_run_of_the_corpus_writes_nothing(sections, tmp_path):
    rows, out = import_corpus(tmp_path, "--dry-run")
    assert "Dry run" in out
    assert "imported" in {row["outcome"] for row in rows.values()}
    assert not Article.objects.exists() and not OldAddress.objects.exists()


def test_bad_input_is_a_clear_error(sections, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such folder or file"):
        call_command("import_legacy", str(tmp_path / "missing"))
    bad = tmp_path / "pairs.csv"
    bad.write_text("/a.htm,/b.html,/c.html\n")
    with pytest.raises(CommandError, match="expected two addresses"):
        call_command("import_legacy", str(SITE), "--pairs", str(bad))
    with pytest.raises(CommandError, match="Cannot read the pairs file"):
        call_command("import_legacy", str(SITE), "--pairs", str(tmp_path / "none.csv"))


def test_the_summary_names_what_was_left_alone(sections, tmp_path):
    typed = ArticleFactory(section=local(), legacy_url="/2016-11/25/c_803486.htm")
    rows, out = import_corpus(tmp_path, "--update")
    assert rows["/2016-11/25/c_803486.htm"]["outcome"] == "kept"
    assert f"kept /2016-11/25/c_803486.htm: article #{typed.pk} already has this old address" in out
    assert "skipped /2019-05/20/content_37480216.htm: unknown section “Mystery Corner”" in out


def test_a_long_article_without_its_first_page_is_imported_once(sections, client):
    first = "/2017-02/16/content_24102037.htm"
    pages = [
        page(address="/2017-02/16/content_24102037_2.htm", story_address=first, page_number=2),
        page(address="/2017-02/16/content_24102037_3.htm", story_address=first, page_number=3),
    ]
    outcomes, counts = run(pages, publish=True)
    assert counts["imported"] == 1, outcomes
    assert run(pages, publish=True)[1]["unchanged"] == 1
    article = Article.objects.get()
    assert client.get(first)["Location"] == f"/en/news/events/{article.pk}/"
