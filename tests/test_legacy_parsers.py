"""The old site's parsers and sources (issue 10), on the fixture corpus alone: no database.

tests/fixtures/legacy/site/ is a `wget --mirror` of the old hosts written by us (build_site.py);
the WARC is built from it at test time (make_warc.py), the huge page here.
"""

import csv
import io
import os
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from portal.demo.articles import ARTICLES
from portal.legacy import parsers
from portal.legacy.pages import OldPage, SectionListPage, Skipped
from portal.legacy.parsers import file_stem, parse, split_caption
from portal.legacy.sources import Document, read_sources, split_url
from portal.richtext import sanitize
from tests.fixtures.legacy import build_site
from tests.fixtures.legacy.make_warc import PAGES_IN_WARC, build_warc

FIXTURES = Path(__file__).parent / "fixtures" / "legacy"
SITE = FIXTURES / "site"
EN = "english.liangjiang.gov.cn"
ZH = "www.liangjiang.gov.cn"

SEED = "/2020-03/03/content_37534041.htm"
LONG = "/2017-02/16/content_24102037.htm"
GBK = "/mixmedia/a/202510/23/WS68f99863e4b0840ed5677139.html"
GB18030 = "/mixmedia/a/202607/06/WS6a4b5b6ae4b0adfdc81856f1.html"
ZH_SEED = "/mixmedia/a/202003/03/WS5e5e1c3ae4b0a7e1f2c38a41.html"
CHROME = ("Contact Us", "Terms and Conditions", "Privacy Policy", "Opportunitiies", "Share",
          "Weibo", "Updated", "Home", "Video", "Pre ", "Next", "Copyright", "_hmt", "stat.js",
          "evil.example", "更新时间", "来源", "责任编辑", "首页", "分享到", "字号")  # fmt: skip


def outcome(document: Document) -> OldPage | str:
    try:
        return parse(document)
    except Skipped as skipped:
        return f"skipped: {skipped}"


@pytest.fixture(scope="module")
def corpus() -> dict[tuple[str, str], OldPage | str]:
    """Every document of the folder, parsed: (host, address) → OldPage, or the skip reason."""
    return {(d.host, d.address): outcome(d) for d in read_sources([SITE])}


@pytest.fixture(scope="module")
def pages(corpus) -> dict[str, OldPage]:
    """The articles of the old English and Chinese sites (not the mirror's copies), by address."""
    return {
        address: page
        for (host, address), page in corpus.items()
        if host in (EN, ZH) and isinstance(page, OldPage)
    }


@pytest.fixture(scope="module")
def warc(tmp_path_factory) -> Path:
    return build_warc(tmp_path_factory.mktemp("warc") / "old-site.warc.gz")


def document(path: str, content_type="text/html", **fields) -> Document:
    """The Document of one fixture file, as read_sources makes it."""
    host, _, rest = path.partition("/")
    return Document(f"/{rest}", host, (SITE / path).read_bytes(), content_type, **fields)


# -- the seed page -------------------------------------------------------------------------------


def test_the_seed_page_parses_to_the_demos_seed_article(pages):
    seed = next(article for article in ARTICLES if article["key"] == "tianfu-cooperation")
    page = pages[SEED]
    assert (
        page.title == "Chongqing, Chengdu cooperate on opening-up highland" == seed["en"]["title"]
    )
    assert page.published == date(2020, 3, 3) == date.fromisoformat(seed["date"])
    assert page.address == seed["legacy_url"]
    assert page.section_name == "Liangjiang"
    assert (page.kind, page.language, page.page_number, page.story_address) == (
        "content",
        "en",
        1,
        SEED,
    )
    [image] = page.images
    assert image.caption == seed["en"]["caption"]
    assert image.credit == ""
    assert image.alt == image.caption
    assert image.src == "/2020-03/03/W020200303391745028356.jpg"
    assert (page.byline, page.source, page.editor, page.problems) == ("", "", "", [])
    assert page.body_html.startswith("<p>Chongqing's Liangjiang New Area and its counterpart")
    assert "Guoyuan Port" in page.body_html


def test_the_picture_becomes_a_figure_and_its_title_line_goes(pages):
    body = pages[SEED].body_html
    assert body.count("<figure>") == 1
    assert '<img src="/2020-03/03/W020200303391745028356.jpg"' in body
    assert "<figcaption>A bridge over the river in Liangjiang, which is working with Tianfu" in body
    assert "[Photo/]" not in body
    # The image title line repeated the article's title above the picture.
    assert "cooperate on opening-up highland" not in body
    assert "Liangjiang New Area" not in body.replace("Liangjiang New Area and its", "")


# -- the content_ generation ------------------------------------------------------------------


def test_byline_editor_and_photographers_credit(pages):
    page = pages["/2017-04/17/content_28973362.htm"]
    assert page.title == "Overseas new media writers tour Liangjiang"
    assert page.section_name == "Local"
    assert page.published == date(2017, 4, 17)
    assert (page.byline, page.source, page.editor) == (
        "Sun Hui",
        "chinadaily.com.cn",
        "Owen Fishwick",
    )
    [image] = page.images
    assert image.src == "/images/attachement/jpg/site1/20170417/a41f5e2b7c09.jpg"
    assert image.caption == "Writers from overseas media at the Yuelai exhibition center."
    assert image.credit == "Wang Yingying/liangjiang.gov.cn"
    for line in ("By Sun Hui", "Edited by", "Owen Fishwick", "[Photo", "A trade envoy"):
        assert line not in page.body_html


def test_source_line_caption_ending_in_a_bar_and_a_full_image_url(pages):
    page = pages["/2021-09/09/content_37546726.htm"]
    assert page.source == "english.liangjiang.gov.cn"
    assert page.section_name == "News"
    [image] = page.images
    assert image.src == "/2021-09/09/W020210909518230114752.jpg"  # was http://english…/…
    assert image.caption == "Containers wait to be loaded at Guoyuan Port."
    assert image.credit == "WeChat account of Chongqing Liangjiang New Area"
    assert "|" not in page.body_html


def test_a_long_article_is_numbered_page_by_page(pages):
    parts = [
        pages[LONG],
        pages[LONG.replace(".htm", "_2.htm")],
        pages[LONG.replace(".htm", "_3.htm")],
    ]
    assert [part.page_number for part in parts] == [1, 2, 3]
    assert {part.story_address for part in parts} == {LONG}
    assert [part.address for part in parts] == [
        LONG, "/2017-02/16/content_24102037_2.htm", "/2017-02/16/content_24102037_3.htm"
    ]  # fmt: skip
    assert {part.title for part in parts} == {"Chongqing Liangjiang New Area"}
    assert {part.section_name for part in parts} == {"About"}
    assert parts[0].byline == "Wang Yifei"
    assert "first national new area in inland China" in parts[0].body_html
    assert "Yufu, Longxing and Shuitu" in parts[1].body_html
    assert parts[1].images[0].credit == "liangjiang.gov.cn"
    assert "Yuelai hosts" in parts[2].body_html
    for part in parts:
        assert "Pre" not in part.body_html and "Next" not in part.body_html
        assert "content_24102037_" not in part.body_html  # the pager's links are gone


def test_an_unknown_section_is_reported_as_written(pages):
    page = pages["/2019-05/20/content_37480216.htm"]
    assert page.section_name == "Mystery Corner"
    assert page.title == "A riddle from the Jialing riverbank"


def test_broken_markup_is_still_read_and_noted(pages):
    page = pages["/2014-01/07/content_17229036.htm"]
    # The <h1> is never closed: the title is its own words, not the story swallowed by it.
    assert page.title == "Jiangbeizui Financial Center"
    assert page.section_name == "Industrial Parks"
    assert page.published == date(2014, 1, 7)
    for text in ("where the Jialing River flows into the Yangtze", "hundred financial companies",
                 "New towers along the riverfront", "About 5 square kilometers"):  # fmt: skip
        assert text in page.body_html
    assert "Updated" not in page.body_html and "Weibo" not in page.body_html
    problems = " ".join(page.problems)
    assert "broken markup" in problems
    assert "ends early" in problems
    assert "after the story's end" in problems


def test_hostile_markup_is_handed_on_for_the_sanitiser_and_chrome_scripts_are_gone(pages):
    page = pages["/2021-08/19/content_37546317.htm"]
    body = page.body_html
    # Inside the story: returned as it is (the importer's sanitiser strips it).
    for hostile in ("<script>", "onclick=", "onerror=", "<iframe", "javascript:", "<style>"):
        assert hostile in body
    # Outside the story: gone with the chrome.
    assert "evil.example" not in body and "_hmt" not in body and "stat.js" not in body
    assert page.images[0].alt == "Signing ceremony"  # the page's own alt text wins
    clean = sanitize(body)
    for hostile in ("<script", "onclick", "onerror", "<iframe", "javascript:", "<style"):
        assert hostile not in clean
    assert "25 investment projects" in clean and "integrated circuits" in clean


@pytest.mark.parametrize(
    "address",
    [SEED, "/2017-04/17/content_28973362.htm", "/2021-09/09/content_37546726.htm", LONG,
     "/2014-01/07/content_17229036.htm", "/2021-08/19/content_37546317.htm",
     "/2016-11/25/c_803486.htm", "/2023-08/10/c_909765.htm", "/2025-01/03/c_1023457.htm",
     ZH_SEED, GBK, GB18030],
)  # fmt: skip
def test_the_sites_chrome_is_left_out_of_the_body(pages, address):
    body = pages[address].body_html
    for chrome in CHROME:
        assert chrome not in body, chrome
    assert f">{pages[address].title}<" not in body  # the h1, or the image title line


# -- the c_ generation ------------------------------------------------------------------------


def test_c_page_of_2016(pages):
    page = pages["/2016-11/25/c_803486.htm"]
    assert (page.kind, page.language) == ("c", "en")
    assert page.title == "Liangjiang to make car seats at Yufu"
    assert page.section_name == "Local"  # "Home> Local"
    assert page.published == date(2016, 11, 25)  # "Updated:2016-11-25"
    assert (page.byline, page.source, page.editor) == (
        "Sun Hui",
        "chinadaily.com.cn",
        "Jacob Hooson",
    )
    [image] = page.images
    assert (image.caption, image.credit) == (
        "Work on the new plant in Yufu.", "Liangjiang New Area Media Center"
    )  # fmt: skip
    assert "The plant is due to open next year." in page.body_html
    assert "Edited by" not in page.body_html


def test_c_page_with_a_chinese_file_name_and_no_caption(pages):
    page = pages["/2023-08/10/c_909765.htm"]
    assert page.section_name == "Travel"
    assert page.published == date(2023, 8, 10)
    assert page.source == "english.liangjiang.gov.cn"  # "english.liangjiang.gov.cn| Updated: …"
    [image] = page.images
    assert image.src == "/2023-08/10/两江4.png"
    assert (image.caption, image.credit, image.alt) == ("", "Wang Jiaxi", "两江4")
    assert '<img src="/2023-08/10/两江4.png" alt="两江4">' in page.body_html  # as OldImage.src
    assert "两江4.png</p>" not in page.body_html  # the file-name line above the picture


def test_c_page_with_title_and_date_on_one_line(pages):
    page = pages["/2025-01/03/c_1023457.htm"]
    assert page.title == "Liangjiang starts 32 major projects in first quarter"
    assert page.published == date(2025, 1, 3)
    assert page.section_name == "Opportunities"
    [image] = page.images
    assert image.src == "/2025-01/03/果园港国家物流枢纽_副本.jpg"  # written %-escaped in the page
    assert image.alt == image.caption == "Cranes at the Guoyuan Port national logistics hub."
    assert image.src in page.body_html


# -- the Chinese site -------------------------------------------------------------------------


def test_chinese_page(pages):
    page = pages[ZH_SEED]
    assert (page.kind, page.language) == ("ws", "zh-hans")
    assert page.title == "重庆成都携手共建内陆开放高地"
    assert page.section_name == "两江新闻"
    assert page.published == date(2020, 3, 3)
    assert (page.source, page.editor) == ("两江新区融媒体中心", "李想")
    [image] = page.images
    assert (image.caption, image.credit) == ("两江新区的跨江大桥。", "两江新区融媒体中心")
    assert image.src == "/mixmedia/a/202003/03/W020200303402817730264.jpg"
    assert "果园港" in page.body_html


def test_gbk_page_is_read_by_its_declared_charset(pages):
    raw = (SITE / EN.replace(EN, ZH) / GBK.lstrip("/")).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    page = pages[GBK]
    assert page.title == "果园港新一批集装箱班列发往东南亚"
    assert "王堃" in page.body_html  # 堃 is GBK, not GB2312
    assert page.editor == "周静"
    assert page.published == date(2025, 10, 23)
    assert page.problems == []


def test_gb18030_page_without_a_declaration_is_detected(pages):
    page = pages[GB18030]
    assert page.title == "礼嘉智慧公园迎来暑期游园高峰"
    assert "刘䶮" in page.body_html  # 䶮 exists only in GB18030 (four bytes)
    assert page.section_name == "区县动态"  # the last of three crumbs
    assert page.published == date(2026, 7, 6)
    assert any("detected" in problem for problem in page.problems)


def test_gb2312_declared_is_read_as_its_superset():
    html = '<html><head><meta charset="gb2312"><title>朱镕基_重庆两江新区</title></head><body>'
    html += '<div class="TRS_Editor"><p>镕 is GBK only.</p></div></body></html>'
    page = parse(Document("/mixmedia/a/202001/01/WS" + "a" * 24 + ".html", ZH, html.encode("gbk")))
    assert page.title == "朱镕基"  # from <title>, the site's name left out
    assert "镕" in page.body_html
    assert not [problem for problem in page.problems if "charset" in problem]


def test_the_servers_charset_comes_before_the_pages_guess():
    html = '<html><body><h1>两江新区</h1><div class="TRS_Editor"><p>更新时间：2020-01-02 果园港</p></div>'
    content = (html + "</body></html>").encode("gbk")
    page = parse(
        Document(f"/mixmedia/a/202001/02/WS{'b' * 24}.html", ZH, content, "text/html; charset=GBK")
    )
    assert page.title == "两江新区"
    assert "果园港" in page.body_html
    assert not [problem for problem in page.problems if "charset" in problem]
    guessed = parse(Document(f"/mixmedia/a/202001/02/WS{'b' * 24}.html", ZH, content, "text/html"))
    assert [problem for problem in guessed.problems if "charset" in problem]


# -- what is not an article ------------------------------------------------------------------


@pytest.mark.parametrize(
    "host, address, reason",
    [
        (EN, "/index.htm", "an index page"),
        (ZH, "/index.html", "an index page"),
        (EN, "/liangjiang/local/node_7080123.htm", "a section list page"),
        (EN, "/css/liangjiang.css", "not a page (text/css)"),
        (EN, "/js/stat.js", "not a page (text/javascript)"),
        (EN, "/robots.txt", "not a page (text/plain)"),
        (EN, "/2019-05/21/content_37480300.htm", "no article text"),
    ],
)
def test_non_articles_are_skipped_with_a_reason(corpus, host, address, reason):
    assert corpus[(host, address)].startswith(f"skipped: {reason}")


def test_a_section_list_page_names_its_section_for_the_redirect_map():
    with pytest.raises(SectionListPage) as raised:
        parse(document(f"{EN}/liangjiang/local/node_7080123.htm"))
    assert (raised.value.address, raised.value.section_name) == (
        "/liangjiang/local/node_7080123.htm", "Local"
    )  # fmt: skip
    assert isinstance(raised.value, Skipped)  # an importer that knows only Skipped still skips it


def test_pictures_are_no_documents(corpus):
    assert not [address for _host, address in corpus if address.endswith((".jpg", ".png"))]


def test_a_page_without_a_title_is_skipped():
    content = b"<html><body><div id='Content'><p>Text</p></div></body></html>"
    with pytest.raises(Skipped, match="no title"):
        parse(Document("/2020-01/01/content_1.htm", EN, content))


def test_an_empty_file_is_skipped():
    with pytest.raises(Skipped, match="unreadable"):
        parse(Document("/2020-01/01/content_1.htm", EN, b""))


def test_a_file_too_large_to_be_a_page_is_skipped(monkeypatch):
    monkeypatch.setattr(parsers, "MAX_BYTES", 1000)
    with pytest.raises(Skipped, match="too large"):
        parse(document(f"{EN}{SEED}"))


def test_a_huge_page_parses_quickly_in_little_memory():
    paragraph = "<p>Guoyuan Port handled another train of containers bound for Europe today.</p>\n"
    count = 40_000  # about 3.3 MB of text
    seed = (SITE / EN / SEED.lstrip("/")).read_text()
    huge = seed.replace("<!--/enpcontent-->", paragraph * count + "<!--/enpcontent-->")
    tracemalloc.start()
    started = time.monotonic()
    page = parse(Document("/2020-03/04/content_37534099.htm", EN, huge.encode()))
    elapsed = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert page.body_html.count("Guoyuan Port handled") == count
    assert page.title == "Chongqing, Chengdu cooperate on opening-up highland"
    assert len(page.images) == 1
    assert elapsed < 30
    assert peak < 40 * len(huge)  # Python's share; no copy of the page per paragraph


# -- the same story twice --------------------------------------------------------------------


def test_the_mirrors_copy_has_the_same_address_and_content(corpus):
    original = corpus[(EN, "/2021-09/09/content_37546726.htm")]
    mirror = corpus[("www.chinadaily.com.cn", "/2021-09/09/content_37546726.htm")]
    assert isinstance(mirror, OldPage)
    assert mirror == original


def test_a_second_run_gives_the_same_pages(corpus):
    again = {(d.host, d.address): outcome(d) for d in read_sources([SITE])}
    assert again == corpus


def test_pairs_csv_names_one_story_in_both_languages(pages):
    with open(FIXTURES / "pairs.csv", newline="", encoding="utf-8") as stream:
        [pair] = list(csv.DictReader(stream))
    english, chinese = pages[pair["old_en_address"]], pages[pair["old_zh_address"]]
    assert (english.language, chinese.language) == ("en", "zh-hans")
    assert english.published == chinese.published
    assert english.title == "Chongqing, Chengdu cooperate on opening-up highland"


# -- sources: folders and WARC files ----------------------------------------------------------


def test_warc_and_folder_give_the_same_pages(warc, corpus):
    from_warc = {}
    for doc in read_sources([warc]):
        from_warc[(doc.host, doc.address)] = outcome(doc)
        assert doc.origin.startswith(f"{warc}#")
    expected = {}
    for path in PAGES_IN_WARC:
        host, _, path = path.partition("/")
        host, address = split_url(f"http://{host}/{path}")
        expected[(host, address)] = corpus[(host, address)]
    assert {key: value for key, value in from_warc.items() if key in expected} == expected
    assert len(expected) == 9
    assert all(isinstance(page, OldPage) for page in expected.values())


def test_warc_records_that_are_no_documents_are_reported(warc):
    skipped = []
    sources = read_sources([warc], on_skip=lambda origin, reason: skipped.append((origin, reason)))
    documents = list(sources)
    reasons = [reason for _origin, reason in skipped]
    assert len(reasons) == 3
    assert reasons[0].startswith("a revisit record of http://english.liangjiang.gov.cn" + SEED)
    assert reasons[1].startswith("HTTP 404 for")
    assert reasons[2] == "HTTP 301 for http://english.liangjiang.gov.cn/news/ (to /news.htm)"
    assert sources.skipped == skipped
    assert all(origin.startswith(f"{warc}#") for origin, _reason in skipped)
    # Requests and warcinfo are no documents and no skips; pictures are resources, not documents.
    assert len(documents) == 10  # the 9 pages and the stylesheet
    assert [outcome(d) for d in documents].count("skipped: not a page (text/css)") == 1


def test_sources_in_any_mix(warc, tmp_path):
    skipped = []
    sources = read_sources([SITE, warc, tmp_path / "missing"], on_skip=lambda *s: skipped.append(s))
    addresses = [document.address for document in sources]
    assert addresses.count(SEED) == 2  # once from the folder, once from the WARC
    assert (str(tmp_path / "missing"), "no such file or folder") in skipped


def test_an_uncompressed_warc_reads_the_same(warc, tmp_path):
    plain = build_warc(tmp_path / "old-site.warc")
    skipped = []
    documents = list(read_sources([plain], on_skip=lambda *s: skipped.append(s)))
    assert [outcome(d) for d in documents] == [outcome(d) for d in read_sources([warc])]
    assert len(skipped) == 3  # the revisit, the 404 and the 301; nothing "damaged"


def test_a_damaged_warc_gives_what_it_holds_and_says_so(warc, tmp_path):
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    skipped = []
    documents = list(read_sources([cut], on_skip=lambda *s: skipped.append(s)))
    assert SEED in [document.address for document in documents]
    assert skipped[-1][0] == str(cut)
    assert "damaged" in skipped[-1][1]


def test_an_unreadable_file_is_reported(tmp_path):
    page = tmp_path / EN / "2020-03/03/content_37534041.htm"
    page.parent.mkdir(parents=True)
    page.write_text("<html></html>")
    sources = read_sources([tmp_path])
    page.unlink()  # gone between the walk and the read
    skipped = []
    sources.on_skip = lambda *s: skipped.append(s)
    assert list(sources) == []
    assert skipped[0][0] == str(page) and "unreadable" in skipped[0][1]


def test_a_hosts_own_folder_given_as_the_source():
    documents = {(d.host, d.address) for d in read_sources([SITE / ZH])}
    assert (ZH, GBK) in documents
    assert all(host == ZH for host, _address in documents)


def test_addresses_leave_out_hosts_and_the_channel_prefix():
    assert split_url(
        "http://www.chinadaily.com.cn/regional/chongqing/liangjiang/2021-09/09/content_37546726.htm"
    ) == ("www.chinadaily.com.cn", "/2021-09/09/content_37546726.htm")
    assert split_url("https://english.liangjiang.gov.cn/2023-08/10/%E4%B8%A4%E6%B1%9F4.png?x=1") == (
        EN, "/2023-08/10/两江4.png"
    )  # fmt: skip


def test_open_resource_finds_pictures_however_the_page_wrote_them(warc):
    sources = read_sources([SITE])
    page = pages_by_address(sources)
    cases = [
        ("W020200303391745028356.jpg", SEED),  # relative
        ("/images/attachement/jpg/site1/20170417/a41f5e2b7c09.jpg", None),  # absolute
        (
            "http://english.liangjiang.gov.cn/2021-09/09/W020210909518230114752.jpg",
            None,
        ),  # full URL
        ("两江4.png", "/2023-08/10/c_909765.htm"),  # Chinese, raw UTF-8 on disk
        ("%E4%B8%A4%E6%B1%9F4.png", "/2023-08/10/c_909765.htm"),  # the same, %-escaped
        ("/2025-01/03/果园港国家物流枢纽_副本.jpg", None),  # %-escaped on disk
        ("../../2016-11/25/W020161125408112345678.jpg", "/2017-04/17/content_28973362.htm"),
    ]
    for src, base in cases:
        data = sources.open_resource(src, base)
        assert data, src
        assert Image.open(io.BytesIO(data)).size == (160, 100)
    # What the parser reported as OldImage.src is found as it is.
    for old_page in page.values():
        for image in old_page.images:
            assert sources.open_resource(image.src), image.src
    assert sources.open_resource("missing.jpg", SEED) is None
    # From a WARC (by offset), given the referring Document.
    in_warc = read_sources([warc])
    c_page = next(d for d in in_warc if d.address == "/2023-08/10/c_909765.htm")
    assert (
        in_warc.open_resource("两江4.png", c_page)
        == (SITE / EN / "2023-08/10/两江4.png").read_bytes()
    )


def pages_by_address(sources) -> dict[str, OldPage]:
    return {d.address: page for d in sources if isinstance(page := outcome(d), OldPage)}


def test_a_page_saved_by_a_browser(tmp_path):
    """A browser's "save page": no host folders; the address from its "saved from url" comment,
    its pictures in a folder beside it."""
    seed = (SITE / EN / SEED.lstrip("/")).read_text()
    seed = seed.replace("W020200303391745028356.jpg", "Chongqing_files/W020200303391745028356.jpg")
    mark = "<!-- saved from url=(0062)http://english.liangjiang.gov.cn/2020-03/03/content_37534041.htm -->\n"
    (tmp_path / "Chongqing.htm").write_text(mark + seed)
    (tmp_path / "Chongqing_files").mkdir()
    picture = (SITE / EN / "2020-03/03/W020200303391745028356.jpg").read_bytes()
    (tmp_path / "Chongqing_files" / "W020200303391745028356.jpg").write_bytes(picture)
    sources = read_sources([tmp_path])
    [doc] = list(sources)
    assert (doc.host, doc.address) == (EN, SEED)
    page = parse(doc)
    assert page.title == "Chongqing, Chengdu cooperate on opening-up highland"
    assert sources.open_resource(page.images[0].src, doc) == picture


def test_file_names_in_gbk_bytes(tmp_path):
    """Old Chinese servers wrote GBK file names; wget keeps their bytes."""
    folder = tmp_path / ZH / "mixmedia/a/202003/03"
    folder.mkdir(parents=True)
    picture = (SITE / ZH / "mixmedia/a/202003/03/W020200303402817730264.jpg").read_bytes()
    with open(os.path.join(os.fsencode(folder), "两江.jpg".encode("gbk")), "wb") as stream:
        stream.write(picture)
    sources = read_sources([tmp_path])
    assert list(sources) == []  # a picture is no document
    assert sources.open_resource("/mixmedia/a/202003/03/两江.jpg") == picture
    assert sources.open_resource("%C1%BD%BD%AD.jpg", "/mixmedia/a/202003/03/WS.html") == picture


# -- small parts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, caption, credit",
    [
        ("Liangjiang and Tianfu. [Photo/]", "Liangjiang and Tianfu.", ""),
        ("At the port. [Photo/liangjiang.gov.cn]", "At the port.", "liangjiang.gov.cn"),
        ("At the port. [Photo by Wang Yingying/liangjiang.gov.cn]", "At the port.", "Wang Yingying/liangjiang.gov.cn"),
        ("[Photo by Wang Jiaxi]", "", "Wang Jiaxi"),
        ("A park. [Photo/WeChat account of Liangjiang New Area] |", "A park.", "WeChat account of Liangjiang New Area"),
        ("A caption without a credit |", "A caption without a credit", ""),
        ("跨江大桥。[图/两江新区融媒体中心]", "跨江大桥。", "两江新区融媒体中心"),
    ],
)  # fmt: skip
def test_split_caption(text, caption, credit):
    assert split_caption(text) == (caption, credit)


@pytest.mark.parametrize(
    "name, stem",
    [("/2023-08/10/两江4.png", "两江4"), ("果园港国家物流枢纽_副本.jpg", "果园港国家物流枢纽"),
     ("奥园社区便民生活圈.webp_副本.png", "奥园社区便民生活圈"), ("view of Lin-gang Special Area.jpg", "view of Lin-gang Special Area")],
)  # fmt: skip
def test_file_stem_is_the_alt_text_of_last_resort(name, stem):
    assert file_stem(name) == stem


def test_the_fixture_corpus_is_small_and_its_pictures_real():
    files = [path for path in FIXTURES.rglob("*") if path.is_file()]
    assert sum(path.stat().st_size for path in files) < 1024 * 1024
    pictures = [path for path in files if path.suffix in (".jpg", ".png")]
    assert len(pictures) >= 8
    for path in pictures:
        with Image.open(path) as image:
            image.verify()


def story(body: str, address="/2020-05/06/content_37500000.htm") -> OldPage:
    """A content_ page around `body`, parsed."""
    html = (SITE / EN / SEED.lstrip("/")).read_text()
    start, end = html.index("<!--enpcontent-->"), html.index("<!--/enpcontent-->")
    return parse(Document(address, EN, (html[:start] + body + html[end:]).encode()))


def test_sentences_are_not_taken_for_chrome():
    page = story(
        "<p>By 2020, the port had doubled its capacity.</p><p>By March, the cranes were in place.</p>"
        "<p>2010</p><p>Edited by the port's own staff over many years of careful work and more words</p>"
        "<p>1 new berth opened.</p>"
    )
    for text in (
        "By 2020, the port",
        "By March, the cranes",
        "<p>2010</p>",
        "careful work",
        "1 new berth",
    ):
        assert text in page.body_html
    assert (page.byline, page.editor) == ("", "")


@pytest.mark.parametrize("pager", ["Pre 1 2 3 Next", "1 2 3", "上一页 1 2 下一页", "Next"])
def test_a_pager_written_as_text_is_left_out(pager):
    page = story(f"<p>Guoyuan Port grew.</p><div>{pager}</div>")
    assert page.body_html == "<p>Guoyuan Port grew.</p>"


def test_a_caption_in_the_pictures_own_block_and_a_picture_standing_alone():
    page = story(
        '<p>Text before.</p><p align="center"><img src="a.jpg"><br>Cranes at Guoyuan. '
        '[Photo/liangjiang.gov.cn]</p><img src="/b.png" alt="Lijia park">Text after.'
        '<p><img src="data:image/gif;base64,R0lGOD=="></p>'
    )
    first, second = page.images
    assert (first.src, first.caption, first.credit) == (
        "/2020-05/06/a.jpg", "Cranes at Guoyuan.", "liangjiang.gov.cn"
    )  # fmt: skip
    assert (second.src, second.alt, second.caption) == ("/b.png", "Lijia park", "")
    assert page.body_html.startswith(
        '<p>Text before.</p><figure><img src="/2020-05/06/a.jpg" alt="Cranes at Guoyuan.">'
        "<figcaption>Cranes at Guoyuan.</figcaption></figure>"
        '<figure><img src="/b.png" alt="Lijia park"></figure>Text after.'
    )
    assert "data:image/gif" in page.body_html  # no OldImage for it; the sanitiser decides


def test_a_gallery_keeps_every_picture_with_its_own_caption():
    page = story(
        '<div class="gallery"><p><img src="g1.jpg"></p><p class="caption">Guoyuan at dawn. [Photo/]</p>'
        '<p><img src="g2.jpg"></p><p class="caption">Yuelai at dusk. [Photo/liangjiang.gov.cn]</p></div>'
    )
    assert [(image.src, image.caption) for image in page.images] == [
        ("/2020-05/06/g1.jpg", "Guoyuan at dawn."),
        ("/2020-05/06/g2.jpg", "Yuelai at dusk."),
    ]
    assert page.body_html.count("<figure>") == 2 and "[Photo" not in page.body_html


def test_links_within_the_old_site_become_old_addresses():
    page = story(
        '<p><a href="content_37500000_2.htm">next part</a> <a href="../../2017-02/16/c_1.htm">older</a> '
        '<a href="https://www.gov.cn/">state council</a> <a href="#top">top</a></p>'
    )
    assert 'href="/2020-05/06/content_37500000_2.htm"' in page.body_html
    assert 'href="/2017-02/16/c_1.htm"' in page.body_html
    assert 'href="https://www.gov.cn/"' in page.body_html and 'href="#top"' in page.body_html


def test_title_and_date_in_one_h1():
    """The newest c_ look: "Title|Updated: 2024-06-27" on one line."""
    html = (SITE / EN / "2016-11/25/c_803486.htm").read_text()
    start, end = html.index('<h1 class="title">'), html.index('<div class="article-content">')
    html = (
        html[:start] + "<h1>Corning adds a cover glass line|Updated: 2024-06-27</h1>\n" + html[end:]
    )
    page = parse(Document("/2024-06/27/c_999723.htm", EN, html.encode()))
    assert page.title == "Corning adds a cover glass line"
    assert page.published == date(2024, 6, 27)
    assert page.source == ""


def test_a_page_whose_story_box_is_unknown_is_read_from_its_paragraphs():
    html = (
        (SITE / EN / SEED.lstrip("/"))
        .read_text()
        .replace('<div id="Content">', '<div class="txt">')
    )
    page = parse(Document(SEED, EN, html.encode()))
    assert "met by video link on Feb 28" in page.body_html
    assert (
        "Contact Us" not in page.body_html
        and "first inland national new area" not in page.body_html
    )
    assert any("no known story box" in problem for problem in page.problems)


def test_a_logo_in_an_h1_is_not_the_title():
    html = (
        (SITE / EN / SEED.lstrip("/"))
        .read_text()
        .replace(
            '<div class="header"><a href="/">',
            '<div class="header"><h1 class="logo">Liangjiang</h1><a href="/">',
        )
    )
    assert (
        parse(Document(SEED, EN, html.encode())).title
        == "Chongqing, Chengdu cooperate on opening-up highland"
    )


def test_the_committed_corpus_is_what_build_site_writes(tmp_path, monkeypatch):
    """site/ is generated: a hand edit there would be lost at the next run of build_site.py."""
    site = tmp_path / "site"
    monkeypatch.setattr(build_site, "SITE", site)
    monkeypatch.setattr(build_site, "EN", site / EN)
    monkeypatch.setattr(build_site, "ZH", site / ZH)
    monkeypatch.setattr(
        build_site, "MIRROR", site / "www.chinadaily.com.cn/regional/chongqing/liangjiang"
    )
    build_site.main()
    built = sorted(path.relative_to(site) for path in site.rglob("*") if path.is_file())
    committed = sorted(path.relative_to(SITE) for path in SITE.rglob("*") if path.is_file())
    assert built == committed
    for path in built:
        if path.suffix not in (".jpg", ".png"):  # pictures: the encoder's bytes may vary by version
            assert (site / path).read_bytes() == (SITE / path).read_bytes(), path
