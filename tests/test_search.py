"""Search (issue 9 §1): recall on the demo content in both languages, bad input, and an index that
is current after every kind of change. Runs on SQLite (FTS5) and on PostgreSQL (full-text search)."""

import datetime
import re
import time
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import search
from portal.models import Article, Department, IndustrialPark, SearchEntry, Section
from tests.factories import ArticleFactory, ParkFactory

pytestmark = pytest.mark.django_db


def found(q, language, **filters):
    return list(search.search(q, language, search.Filters(**filters))[0:1000])


def titles(hits):
    return [re.sub("<[^>]+>", "", hit.title) for hit in hits]


def containing(text, language):
    """The entries whose title or text contains `text`: what a substring scan would find."""
    rows = SearchEntry.objects.filter(language=language, visible_from__lte=timezone.now())
    return {(r.model, r.object_id) for r in rows if text in r.title or text in r.body}


def keys(hits):
    return {(hit.model, hit.object_id) for hit in hits}


# --- Recall on the demo content --------------------------------------------------------------

# (language, query, what the first result's title holds, a kind that must be among the results)
QUERY_SET = [
    ("en", "Guoyuan Port", "Guoyuan Port", "park"),
    ("en", "guoyuan", "Guoyuan", "story"),
    ("en", "factories", "factor", "story"),  # stemmed: factory, factories
    ("en", "FACTORY", "factor", "story"),  # case
    ("en", "café", None, "story"),  # accents: "Cafes" in a Living story
    ("en", "Seres", "Seres", "enterprise"),
    ("en", "Changan", "Changan", "enterprise"),
    ("en", "Finance Bureau", "Finance Bureau", "department"),
    ("en", "introduction", "Introduction", "page"),
    ("en", "Yufu", None, "zone"),
    ("en", '"new area"', None, "page"),
    ("zh-hans", "果园港", "果园港", "park"),
    ("zh-hans", "两江新区", None, "story"),
    ("zh-hans", "鱼复", None, "park"),
    ("zh-hans", "长安汽车", "长安汽车", "enterprise"),
    ("zh-hans", "赛力斯", "赛力斯", "enterprise"),
    ("zh-hans", "财政局", "财政局", "department"),
    ("zh-hans", "新区简介", "新区简介", "page"),
    ("zh-hans", "无水港", "无水港", "story"),  # not in the dictionary
    ("zh-hans", "两江新区 汽车", None, "industry"),
]


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module inside a transaction that is rolled back at
    its end (each test runs in a savepoint of it), so other modules never see it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_content, db):
    pass


def test_the_query_set_finds_what_it_should_in_each_language(demo):
    problems = []
    for language, q, first_title, kind in QUERY_SET:
        hits = found(q, language)
        if not hits:
            problems.append(f"{language} {q!r}: nothing")
            continue
        if first_title and first_title.lower() not in titles(hits)[0].lower():
            problems.append(f"{language} {q!r}: first is {titles(hits)[0]!r}")
        if kind not in {hit.kind for hit in hits}:
            problems.append(f"{language} {q!r}: no {kind} among {len(hits)}")
    assert problems == []


def test_title_matches_come_first(demo):
    hits = found("Guoyuan", "en")
    in_title = ["guoyuan" in t.lower() for t in titles(hits)]
    assert in_title == sorted(in_title, reverse=True)  # every title match before the first other
    assert in_title[0] and not in_title[-1]


@pytest.mark.parametrize("language, q", [("en", "Guoyuan"), ("zh-hans", "果园港")])
def test_more_matches_than_are_counted_keep_title_matches_first_then_the_newest(
    demo, monkeypatch, language, q
):
    """Past COUNT_LIMIT matches, PostgreSQL's ranking walks the newest-first index instead of
    scoring every match: the same entries, title matches first, each part newest first, on every
    page. (SQLite ranks every match with bm25, title matches first too.)"""
    everything = found(q, language)
    monkeypatch.setattr(search, "COUNT_LIMIT", 3)
    results = search.search(q, language)
    assert results.capped and results.count() == 3
    pages = [hit for start in range(0, 30, 5) for hit in results[start : start + 5]]
    in_title = [bool(re.search(r"<mark>", hit.title)) for hit in pages]
    assert in_title == sorted(in_title, reverse=True) and in_title[0] and not in_title[-1]
    for part in (True, False) if connection.vendor == "postgresql" else ():  # SQLite: bm25
        dates = [hit.date for hit, title in zip(pages, in_title, strict=True) if title is part]
        undated = datetime.datetime.min.replace(tzinfo=datetime.UTC)
        assert [d or undated for d in dates] == sorted((d or undated for d in dates), reverse=True)
    assert keys(pages) <= keys(everything) and len(keys(pages)) == len(pages)
    newest = search.search(q, language, search.Filters(by_date=True))[0:10]
    assert keys(newest) <= keys(everything)
    assert [h.date for h in newest if h.date] == sorted(
        (h.date for h in newest if h.date), reverse=True
    )


@pytest.mark.postgresql  # PostgreSQL's GIN indexes and storage
def test_a_rebuild_builds_the_gin_indexes_again_and_keeps_rows_slim(demo):
    def gin_indexes():
        with connection.cursor() as cursor:
            cursor.execute(search.GIN_INDEXES)
            return sorted(cursor.fetchall())

    before = gin_indexes()
    assert len(before) == 4  # vector and title vector, for each language
    search.rebuild()
    assert gin_indexes() == before
    # A bulk run killed halfway (generate_content, SIGKILL) leaves them dropped: a rebuild puts
    # them back as the migration made them.
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX search_vector_zh")
    search.rebuild()
    assert gin_indexes() == before
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = %s", [search.TABLE])
        assert "toast_tuple_target=512" in cursor.fetchone()[0]
    assert found("Guoyuan", "en") and found("果园港", "zh-hans")


def test_a_dictionary_word_finds_its_texts_and_not_its_characters(demo):
    assert search.segmenter.knows("果园港")
    hits = found("果园港", "zh-hans")
    assert keys(hits) == containing("果园港", "zh-hans")
    # Texts with 港 (or 果) but not 果园港 are not found.
    assert containing("港", "zh-hans") - keys(hits)
    assert len(found("港", "zh-hans")) > len(hits)


@pytest.mark.parametrize("text", ["无水港", "联运枢纽", "物流枢纽", "港"])
def test_characters_the_dictionary_does_not_know_find_every_text_that_holds_them(demo, text):
    assert not search.segmenter.knows(text)
    expected = containing(text, "zh-hans")
    assert expected
    hits = keys(found(text, "zh-hans"))
    assert expected <= hits
    if all(kind == "chars" for kind, _value in search.parse(text, "zh-hans").clauses[0].atoms):
        assert hits == expected  # no word in it: exactly the texts that hold it
    # else (物流枢纽 = 物流 + 枢纽, two words): also texts with both words apart


def test_the_area_s_names_are_words(demo):
    for name in [
        "两江新区",
        "果园港",
        "鱼复",
        "龙兴",
        "水土",
        "悦来",
        "礼嘉",
        "江北嘴",
        "寸滩",
        "两路",
    ]:
        assert search.segmenter.knows(name), name
    # and the directory's: parks, zones, enterprises
    assert search.segmenter.knows("两路寸滩综合保税区")
    assert search.segmenter.knows("赛力斯")


def test_each_language_finds_its_own_texts_only(demo):
    english = keys(found("Guoyuan", "en"))
    assert english and not keys(found("Guoyuan", "zh-hans")) & english - keys(
        found("Guoyuan", "en")
    )
    only_chinese = Article.objects.filter(title_en="", status="published").first()
    assert only_chinese is not None
    word = only_chinese.title_zh_hans[:4]
    assert ("portal.article", only_chinese.pk) not in keys(found(only_chinese.title_zh_hans, "en"))
    assert ("portal.article", only_chinese.pk) in keys(found(word, "zh-hans"))


def test_results_say_what_they_are_where_they_live_and_when(demo, client):
    response = client.get("/en/search/?q=Guoyuan+Port")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Industrial park" in html and "News story" in html
    assert "<mark>Guoyuan Port</mark>" in html
    assert re.search(r'<time class="date" datetime="\d{4}-', html)
    assert 'href="/en/investing/industrial-parks/guoyuan-port/"' in html
    metas = re.findall(r'<p class="result-meta">(.*?)</p>', html, flags=re.S)
    park = next(meta for meta in metas if "Industrial park" in meta)
    # Where a directory entry lives is its menu: its list's name would repeat its kind.
    assert '<span class="result-section">Investing</span>' in park
    response = client.get("/zh-hans/search/?q=果园港")
    html = response.content.decode()
    assert "<mark>果园港</mark>" in html and "产业园区" in html
    pairs = re.findall(r'result-kind">([^<]*)</span> · <span class="result-section">([^<]*)<', html)
    assert ("产业园区", "投资两江") in pairs
    assert all(kind != where for kind, where in pairs)


def test_filters_type_section_year_and_order(demo, client):
    news = found("Guoyuan", "en", kinds=search.TYPES["news"])
    assert news and {hit.kind for hit in news} <= {"story", "photo", "video"}
    directory = found("Guoyuan", "en", kinds=search.TYPES["directory"])
    assert directory and {hit.kind for hit in directory} <= set(search.TYPES["directory"])
    local = Section.objects.get(slug="local")
    in_local = found("Liangjiang", "en", sections=(local.pk,))
    assert in_local and {hit.section_id for hit in in_local} == {local.pk}
    year = found("Liangjiang", "en", kinds=search.TYPES["news"])[0].date.year
    in_year = found("Liangjiang", "en", year=year)
    assert in_year and {hit.date.year for hit in in_year} == {year}
    by_date = found("Liangjiang", "en", by_date=True, kinds=search.TYPES["news"])
    dates = [hit.date for hit in by_date]
    assert dates == sorted(dates, reverse=True)
    response = client.get("/en/search/?q=Liangjiang&type=news&section=news&sort=date&year=")
    assert response.status_code == 200
    response = client.get("/en/search/?q=Liangjiang&type=bogus&section=%00&year=abc")
    assert response.status_code == 200
    assert "have been ignored" in response.content.decode()


def test_ten_results_a_page_with_their_number(demo, client):
    count = search.search("Liangjiang", "en").count()
    assert count > 20
    html = client.get("/en/search/?q=Liangjiang").content.decode()
    assert f"{count} results for “Liangjiang”" in html
    assert html.count('class="search-result ') == 10
    assert client.get("/en/search/?q=Liangjiang&page=2").status_code == 200
    assert client.get("/en/search/?q=Liangjiang&page=abc").status_code == 404
    assert client.get("/en/search/?q=Liangjiang&page=9999").status_code == 404


def test_nothing_here_but_in_the_other_language_links_there(demo, client):
    html = client.get("/en/search/?q=果园港&type=news").content.decode()
    assert "Nothing was found in this language" in html
    assert 'href="/zh-hans/search/?q=%E6%9E%9C%E5%9B%AD%E6%B8%AF&amp;type=news"' in html
    html = client.get("/en/search/?q=zzzyyyxxx").content.decode()
    assert "Nothing was found." in html and "Nothing was found in this language" not in html


def test_the_language_switch_keeps_the_query(demo, client):
    html = client.get("/en/search/?q=Guoyuan+Port").content.decode()
    assert re.search(r'href="http://testserver/zh-hans/search/\?q=Guoyuan(\+|%20)Port"', html)


def test_the_header_and_the_404_page_have_a_search_box(sections, client):
    for path, status in [("/en/", 200), ("/zh-hans/news/local/", 200), ("/en/no-such-page/", 404)]:
        response = client.get(path)
        assert response.status_code == status
        html = response.content.decode()
        assert re.search(r'<form class="site-search" role="search" method="get" action="/', html)
    html = client.get("/en/no-such-page/").content.decode()
    assert 'id="search-404"' in html


def test_an_empty_query_shows_the_page_with_a_prompt(sections, client):
    for path in ["/en/search/", "/en/search/?q=", "/zh-hans/search/?q=+++"]:
        response = client.get(path)
        assert response.status_code == 200
        assert 'class="search-prompt"' in response.content.decode()


def test_no_section_may_take_the_search_address(sections):
    section = Section(slug="search", title_en="Search", kind="page")
    with pytest.raises(ValidationError) as error:
        section.full_clean()
    assert "slug" in error.value.message_dict


# --- Bad input --------------------------------------------------------------------------------

BAD_QUERIES = [
    "a" * 10_000,
    "果" * 5_000,
    "port " * 2_000,
    "Guoyuan & | ! <-> :* ( ) port",
    '"unclosed quote',
    '"" "" ""',
    "-",
    "- - -",
    "-port",
    "OR AND NOT NEAR",
    "title:port {title body}: port ^port port*",
    "\\ \\\\ \\' \\\"",
    "'; DROP TABLE portal_article; --",
    "1' OR '1'='1",
    "(a|b)*+?[]{}^$.",
    "%_%",
    "<script>alert(1)</script>",
    "\x00\x01\x1f\x7f",
    "\ud800 lone surrogate \udfff",
    "\u202e\u200b\ufeff port",
    "ｆａｃｔｏｒｙ",  # full width
    "🙂🙂🙂",
    "the of and",
]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_bad_input_is_answered_as_text_quickly(demo, client, language):
    for q in BAD_QUERIES:
        start = time.perf_counter()
        hits = found(q, language)
        # The test client cannot send a lone surrogate; the raw bytes are sent below.
        sendable = q.encode("utf-8", "replace").decode()
        response = client.get(f"/{language}/search/", {"q": sendable})
        elapsed = time.perf_counter() - start
        assert response.status_code == 200, q
        assert elapsed < 1, (q, elapsed)
        assert isinstance(hits, list)
    # Raw bytes that are not UTF-8, and a %00, in the address itself.
    for raw in ["q=%ff%fe%00", "q=%ED%A0%80", "q=%00", "q=a&q=b", "q[]=x", "page=1&q=%22"]:
        assert client.get(f"/{language}/search/?{raw}").status_code == 200, raw


def test_the_query_is_echoed_escaped(sections, client):
    html = client.get("/en/search/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_stored_text_is_escaped_in_results(sections, client):
    ArticleFactory(
        section=Section.objects.get(slug="local"),
        title_en="Port &lt;b&gt;bold&lt;/b&gt; news",
        body_en="<p>The port said &lt;script&gt;alert(1)&lt;/script&gt; today.</p>",
    )
    html = client.get("/en/search/?q=port").content.decode()
    assert "<script>alert(1)" not in html and "<b>bold" not in html
    assert "alert(1)" in html  # shown as text (PostgreSQL's headline leaves tag-like words out)


# --- Always current ---------------------------------------------------------------------------


@pytest.fixture
def local(sections):
    return Section.objects.get(slug="local")


def ids(q, language="en", now=None):
    return {hit.object_id for hit in search.search(q, language, now=now)[0:100]}


def test_save_publish_unpublish_and_delete_show_at_once(local, client):
    article = ArticleFactory(section=local, title_en="Zephyr berth opens", status="draft")
    assert article.pk not in ids("zephyr")
    article.status = Article.Status.PUBLISHED
    article.save()
    assert article.pk in ids("zephyr")
    assert "Zephyr" in client.get("/en/search/?q=zephyr").content.decode()
    article.title_en = "Quokka berth opens"
    article.save()
    assert article.pk not in ids("zephyr") and article.pk in ids("quokka")
    article.status = Article.Status.DRAFT
    article.save()
    assert article.pk not in ids("quokka")
    article.status = Article.Status.PUBLISHED
    article.save()
    article.delete()
    assert not ids("quokka")
    assert not SearchEntry.objects.filter(model="portal.article", object_id=article.pk).exists()


def test_queryset_updates_reach_the_index(local):
    """The admin's publish and unpublish actions are queryset updates."""
    articles = [ArticleFactory(section=local, title_en=f"Wombat story {n}") for n in range(3)]
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(status="draft")
    assert not ids("wombat")
    Article.objects.filter(pk=articles[0].pk).update(status="published")
    assert ids("wombat") == {articles[0].pk}


def test_the_admin_publish_action_reaches_the_index(local, admin_client):
    article = ArticleFactory(section=local, title_en="Narwhal port", status="review")
    assert not ids("narwhal")
    response = admin_client.post(
        "/admin/portal/article/",
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    if article.status == "published":
        assert ids("narwhal") == {article.pk}


def test_bulk_writes_reach_the_index(local):
    made = Article.objects.bulk_create(
        [
            Article(
                section=local,
                title_en=f"Axolotl {n}",
                status="published",
                published_at=timezone.now(),
            )
            for n in range(3)
        ]
    )
    assert ids("axolotl") == {a.pk for a in made}
    for article in made:
        article.title_en = "Pangolin"
    Article.objects.bulk_update(made, ["title_en"])
    assert ids("pangolin") == {a.pk for a in made} and not ids("axolotl")


def test_scheduled_articles_appear_only_once_their_time_comes(local):
    now = timezone.now()
    article = ArticleFactory(
        section=local, title_en="Okapi forum", published_at=now + datetime.timedelta(hours=2)
    )
    assert article.pk not in ids("okapi", now=now)
    assert article.pk in ids("okapi", now=now + datetime.timedelta(hours=3))


def test_a_section_move_shows_in_the_results(local, client):
    business = Section.objects.get(slug="business")
    article = ArticleFactory(section=local, title_en="Ibex trade fair")
    assert f"/en/news/local/{article.pk}/" in client.get("/en/search/?q=ibex").content.decode()
    article.section = business
    article.save()
    html = client.get("/en/search/?q=ibex").content.decode()
    assert f"/en/news/business/{article.pk}/" in html
    hits = search.search("ibex", "en", search.Filters(sections=(business.pk,)))[0:10]
    assert [hit.object_id for hit in hits] == [article.pk]


def test_texts_in_the_other_language_never_appear(local):
    article = ArticleFactory(
        section=local, title_en="Tapir news", title_zh_hans="", body_zh_hans=""
    )
    assert article.pk in ids("tapir")
    assert article.pk not in ids("tapir", "zh-hans")
    chinese = ArticleFactory(section=local, title_en="", body_en="", title_zh_hans="貘的新闻")
    assert chinese.pk in ids("貘", "zh-hans") and chinese.pk not in ids("貘")


def test_directory_and_page_changes_show_at_once(sections):
    park = ParkFactory(name_en="Quetzal Park", name_zh_hans="凤尾绿咬鹃园")
    assert park.pk in ids("quetzal") and park.pk in ids("凤尾绿咬鹃园", "zh-hans")
    park.name_en = "Manatee Park"
    park.save()
    assert park.pk in ids("manatee") and park.pk not in ids("quetzal")
    IndustrialPark.objects.filter(pk=park.pk).update(name_en="Dugong Park")
    assert park.pk in ids("dugong")
    park.delete()
    assert park.pk not in ids("dugong")
    page = Section.objects.get(slug="introduction")
    page.body_en = "<p>Our narwhal paragraph.</p>"
    page.save()
    assert page.pk in ids("narwhal")
    department = Department.objects.create(name_en="Bureau of Marmots", duties_en="Counting.")
    assert department.pk in ids("marmots")


def test_the_page_cache_serves_fresh_results_after_a_change(local, client, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get("/en/search/?q=capybara")
    assert "Nothing was found" in first.content.decode()
    assert client.get("/en/search/?q=capybara")["X-Cache"] == "hit"
    ArticleFactory(section=local, title_en="Capybara crossing")
    response = client.get("/en/search/?q=capybara")
    assert "Capybara" in response.content.decode()


def test_rebuild_search_index_rebuilds_everything(demo):
    before = set(SearchEntry.objects.values_list("model", "object_id", "language"))
    with connection.cursor() as cursor:
        search.get_backend().clear(cursor)
    assert not found("Guoyuan", "en")
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "portal.article" in out.getvalue() and "#" * 30 in out.getvalue()
    assert set(SearchEntry.objects.values_list("model", "object_id", "language")) == before
    assert found("Guoyuan", "en")


def test_generate_content_leaves_the_index_current(sections):
    call_command("generate_content", articles=60, enterprises=5, stdout=StringIO())
    public = Article.objects.filter(status="published")
    expected = sum(len(article.languages) for article in public)
    assert SearchEntry.objects.filter(model="portal.article").count() == expected
    name = Article.objects.filter(status="published").exclude(title_en="").first().title_en
    assert found(name, "en")


# --- Queries ----------------------------------------------------------------------------------

# The navigation tree, the site settings, the count, the page of results.
SEARCH_PAGE_QUERIES = 4


@pytest.mark.parametrize("path", ["/en/search/?q=Guoyuan+port", "/zh-hans/search/?q=果园港"])
def test_the_search_page_costs_a_fixed_number_of_queries(demo, client, path):
    from portal.cache import content_changed

    content_changed()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    assert len(captured) == SEARCH_PAGE_QUERIES
    # Another page of the same results, the navigation and settings kept: the count, the page.
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path + "&page=2").status_code == 200
    assert len(captured) == 2


def test_nothing_found_costs_one_query_more(demo, client):
    from portal.cache import content_changed

    content_changed()
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/search/?q=果园港").status_code == 200
    assert len(captured) == SEARCH_PAGE_QUERIES  # count, other language's count; no page rows
