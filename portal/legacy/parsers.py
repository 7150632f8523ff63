"""One small parser per old page kind, each turning a `Document` into an `OldPage` (style.md §c2).

The kinds are told apart by address (shared/content/liangjiang-facts.md §1):

- `content`: the older China Daily template, `/YYYY-MM/DD/content_NNNNNNNN.htm` ("Home > Section",
  "Updated: 2020-03-03", "By …, chinadaily.com.cn", "Edited by …");
- `c`: the newer template, `/YYYY-MM/DD/c_NNNNNN.htm` ("Home> Section", the byline a bare name,
  "Updated:2016-11-25" or "english.liangjiang.gov.cn| Updated: …");
- `ws`: the Chinese site, `/mixmedia/a/YYYYMM/DD/WS<24 hex>.html` ("首页 > 两江新闻", "来源：",
  "更新时间：", "责任编辑：").

What they share lives in `OldHtml`: reading the bytes in the page's charset (declared, else
detected; GB2312 and GBK read as their superset GB18030), a forgiving parse (lxml), and the
common bits of every generation: the breadcrumb, the date, the lines above and below the story,
pictures with their "[Photo/…]" captions, and the page's place in a long article (`_2`, `_3` …).

The body is *not* sanitised here: scripts or event handlers inside the story's text are handed
on as they are, and the importer's sanitiser (portal/richtext.py) strips them, as it does for
every edit. What is left out is the site's chrome around the story: header, menus, breadcrumb,
title, date and byline lines, share buttons, pager, side blocks and footer.

Pictures: each picture of the story becomes `<figure><img src=…><figcaption>caption</figcaption>
</figure>` in the body (the site's own shape for a captioned picture), its `src` the resolved old
address, the same string as the matching `OldImage.src`, so that the importer can swap in the
new file. The image-title line the old templates print above a picture is dropped. A credit
"[Photo by Wang Yingying/liangjiang.gov.cn]" is kept as "Wang Yingying/liangjiang.gov.cn" in
`OldImage.credit` (who took it, and for whom), and left out of the caption.
"""

import codecs
import re
from datetime import date
from html import escape
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import lxml.html
from lxml import etree

from .pages import OldImage, OldPage, Skipped
from .sources import Document, split_url

MAX_BYTES = 20 * 1024 * 1024  # no real page is this big; past it, a file is something else
# Hosts whose paths are the old site's own: an image there is addressed by its path alone.
OLD_HOSTS = ("liangjiang.gov.cn", "chinadaily.com.cn")
GB_FAMILY = {"gb2312", "gbk", "x-gbk", "cp936", "ms936", "gb_2312-80", "euc-cn", "csgb2312"}

KINDS = {
    "content": re.compile(r"^(?P<stem>.*/content_\d+)(?:_(?P<page>\d+))?(?P<ext>\.html?)$"),
    "c": re.compile(r"^(?P<stem>.*/c_\d+)(?:_(?P<page>\d+))?(?P<ext>\.html?)$"),
    "ws": re.compile(r"^(?P<stem>.*/WS[0-9a-fA-F]{24})(?:_(?P<page>\d+))?(?P<ext>\.html?)$"),
}

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
UPDATED = re.compile(
    r"(?:Updated|更新时间|发布时间)\s*[:：]?\s*(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})"
)
DATE_IN_ADDRESS = re.compile(r"/(\d{4})-?(\d{2})/(\d{2})/")
EDITED_BY = re.compile(r"^\s*(?:Edited by|责任编辑\s*[:：])\s*(?P<name>.+?)\s*$", re.IGNORECASE)
BY_LINE = re.compile(r"^\s*By\s+(?P<name>[^,，]+?)\s*(?:[,，]\s*(?P<source>.*?))?\s*[,，]?\s*$")
SOURCE_LINE = re.compile(r"^\s*(?:Source|来源)\s*[:：]\s*(?P<source>.+?)\s*$", re.IGNORECASE)
ZH_SOURCE = re.compile(r"来源\s*[:：]\s*(?P<source>\S+)")
# "[Photo/credit]", "[Photo by Name/credit]", "[Photo by Name]", "[Photo/]", "[图/credit]"
CREDIT = re.compile(
    r"[\[【]\s*(?:Photos?|图|图片|摄影)\s*(?:by\s+(?P<by>[^/\]】]*?))?\s*(?:[/:：]\s*(?P<credit>[^\]】]*?))?\s*[\]】]",
    re.IGNORECASE,
)
FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
PAGER = re.compile(r"^(?:Pre|Prev|Previous|上一页)?[\s\d]*(?:Next|下一页)?$", re.IGNORECASE)
SITE_NAMES = (
    "Liangjiang New Area",
    "english.liangjiang.gov.cn",
    "重庆两江新区",
    "两江新区",
    "chinadaily.com.cn",
)
# Classes and ids of chrome inside or right after the story's box: share bars, pagers, editor lines.
CHROME = re.compile(
    r"share|pager|currpage|page-?nav|\b(?:editor|byline|author|source|info)\b", re.I
)
BLOCKS = {"p", "div", "table", "ul", "ol", "dl", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
          "figure", "section", "article", "center", "pre", "hr", "form", "iframe", "script", "style"}  # fmt: skip
# What may follow the story's box and still be the story, when broken markup closed the box early.
TEXT_BLOCKS = {"p", "table", "ul", "ol", "blockquote", "h2", "h3", "h4", "h5", "h6", "figure"}


def parse(document: Document) -> OldPage:
    """The `OldPage` of an old article page; raises `Skipped(reason)` for anything else (a list
    page, a stylesheet, a page without a title or text) and for what cannot be read."""
    kind, match = kind_of(document)
    if len(document.content) > MAX_BYTES:
        raise Skipped(f"too large for a page ({len(document.content) // 1024 // 1024} MB)")
    html = OldHtml(document)
    page = PARSERS[kind](html)
    page.page_number = int(match["page"] or 1)
    page.story_address = match["stem"] + match["ext"]
    return page


def kind_of(document: Document) -> tuple[str, re.Match]:
    content_type = document.content_type.split(";")[0].strip().lower()
    if content_type and content_type not in ("text/html", "application/xhtml+xml"):
        raise Skipped(f"not a page ({content_type})")
    for kind, pattern in KINDS.items():
        match = pattern.match(document.address)
        if match:
            return kind, match
    name = PurePosixPath(document.address).name
    if name.startswith("node_"):
        raise Skipped("a section list page, not an article")
    if name in ("", "index.htm", "index.html", "default.htm"):
        raise Skipped("an index page, not an article")
    raise Skipped("not an article page: the address is none of content_N.htm, c_N.htm, WS….html")


# -- the three kinds -----------------------------------------------------------------------------


def parse_content(html: "OldHtml") -> OldPage:
    """The older China Daily template: the story in `#Content`; a "By Name, outlet" line and a
    source line under the date; "Edited by …" at the story's end."""
    body = html.story_box("#Content", "#content", ".content", ".article-content")
    byline, outlet = html.take_byline()
    source = html.take_line(".source", ".info-source") or outlet
    return html.page("content", "en", body, byline=byline, source=source)


def parse_c(html: "OldHtml") -> OldPage:
    """The newer template: the byline a bare name (`.author`), "Updated:2016-11-25" or
    "english.liangjiang.gov.cn| Updated: …", a source line, "Edited by …" at the story's end."""
    body = html.story_box(".article-content", "#Content", ".content")
    byline = html.take_line(".author", ".byline")
    if not byline:
        byline, _outlet = html.take_byline()
    source = html.take_line(".source")
    if not source:  # "english.liangjiang.gov.cn| Updated: 2023-08-10"
        for line in html.lines_with(UPDATED):
            before = line.split("|")[0].strip()
            if "|" in line and before and not UPDATED.search(before) and before != html.title():
                source = before
    return html.page("c", "en", body, byline=byline, source=source)


def parse_ws(html: "OldHtml") -> OldPage:
    """The Chinese site: the story in `.TRS_Editor`; "来源：" and "更新时间：" on one line under
    the title; "责任编辑：" under the story."""
    body = html.story_box(".TRS_Editor", ".article-content", "#Content", ".content")
    source = ""
    for line in html.lines_with(ZH_SOURCE):
        source = ZH_SOURCE.search(line)["source"]
        break
    return html.page("ws", "zh-hans", body, source=source)


PARSERS = {"content": parse_content, "c": parse_c, "ws": parse_ws}


# -- the shared part -----------------------------------------------------------------------------


class OldHtml:
    """One old page, decoded and parsed, with the bits every generation of the old site shares."""

    def __init__(self, document: Document):
        self.document = document
        self.problems: list[str] = []
        self.text = self._decode()
        parser = lxml.html.HTMLParser(recover=True, huge_tree=True)
        try:
            self.tree = lxml.html.document_fromstring(
                XML_DECLARATION.sub("", self.text).replace("\x00", ""), parser=parser
            )
        except (etree.ParserError, ValueError) as error:
            raise Skipped(f"unreadable markup: {error}") from error
        errors = [f"{e.message} (line {e.line})" for e in parser.error_log]
        if errors:
            self.problems.append(
                f"broken markup repaired ({len(errors)}): " + "; ".join(errors[:3])
            )
        if "</html>" not in self.text[-2000:].lower():
            self.problems.append("the page ends early (no </html>); read what is there")
        for comment in self.tree.xpath("//comment()"):  # the CMS's <!--enpcontent--> markers
            _drop(comment)
        self._h1 = next(iter(self.tree.xpath("//h1")), None)
        self._editor = ""
        self._line_cache: list[str] | None = None

    # Reading ------------------------------------------------------------------------------------

    def _decode(self) -> str:
        """The page's text, in the charset the server or the page declared, else the detected one
        (old Chinese pages often declare none). GB2312 and GBK are read as GB18030, their
        superset, since old pages declaring them often hold characters only the superset has."""
        content = self.document.content
        if content.startswith(codecs.BOM_UTF8):
            return content[3:].decode("utf-8", "replace")
        declared = [
            charset
            for charset in (
                _charset_of(self.document.content_type.encode("ascii", "ignore")),
                _charset_of(content[:4096]),
            )
            if charset
        ]
        for charset in declared:
            try:
                return content.decode(charset)
            except UnicodeDecodeError:
                self.problems.append(f"not valid {charset} as declared")
            except LookupError:
                self.problems.append(f"unknown charset {charset!r} declared")
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        best = charset_normalizer.from_bytes(content).best()
        charset = _codec(best.encoding) if best else "gb18030"
        self.problems.append(f"no charset declared: read as {charset} (detected)")
        return content.decode(charset, "replace")

    # Title, section, date ----------------------------------------------------------------------

    def title(self) -> str:
        """The h1's own words (broken markup can leave the whole story inside an unclosed h1),
        else the <title> without the site's name."""
        if self._h1 is not None:
            words = [self._h1.text or ""]
            for child in self._h1:
                if child.tag in BLOCKS:
                    break
                words.append(child.text_content())
                words.append(child.tail or "")
            title = _squash("".join(words))
            if title:
                return title
        title = _squash(self.tree.findtext(".//title") or "")
        for separator in (" - ", "_", " | ", "|", "--"):
            head, _, tail = title.rpartition(separator)
            if head and tail.strip() in SITE_NAMES:
                return head.strip()
        return title

    def section(self) -> str:
        """The breadcrumb's last crumb: "Home > Liangjiang", "Home> Travel", "首页 > 两江新闻"."""
        crumbs = _select(
            self.tree, ".crumb", ".crumbs", ".location", ".breadcrumb", ".position", ".bread"
        )
        lines = [_squash(crumb.text_content()) for crumb in crumbs]
        if not lines:
            lines = [line for line in self._lines() if re.match(r"^(Home|首页)\s*[>›»]", line)]
        for line in lines:
            line = re.sub(r"^.*?[:：]\s*(?=(Home|首页))", "", line)  # "当前位置：首页 > …"
            parts = [part.strip() for part in re.split(r"[>›»]", line)]
            parts = [part for part in parts if part and part not in ("Home", "首页")]
            if parts:
                return parts[-1]
        self.problems.append("no breadcrumb: section unknown")
        return ""

    def published(self) -> date | None:
        for line in self.lines_with(UPDATED):
            year, month, day = UPDATED.search(line).groups()
            try:
                return date(int(year), int(month), int(day))
            except ValueError:
                self.problems.append(f"impossible date {year}-{month}-{day}")
        match = DATE_IN_ADDRESS.search(self.document.address)
        if match:
            self.problems.append("no date on the page: taken from the address")
            return date(*map(int, match.groups()))
        self.problems.append("no date")
        return None

    # The lines around the story -----------------------------------------------------------------

    def _lines(self) -> list[str]:
        """The text of each small block (one line of the page: a byline, a date, a crumb), as the
        page was before any line was taken out of it."""
        if self._line_cache is None:
            self._line_cache = []
            for element in self.tree.iter(
                "p", "div", "span", "td", "li", "h2", "h3", "em", "strong"
            ):
                if any(child.tag in BLOCKS for child in element):
                    continue
                text = element.text_content()
                if len(text) < 600 and (text := _squash(text)) and len(text) < 300:
                    self._line_cache.append(text)
        return self._line_cache

    def lines_with(self, pattern: re.Pattern):
        return [line for line in self._lines() if pattern.search(line)]

    def take_line(self, *selectors: str) -> str:
        """The text of the first element matching a selector (a source or author line), removed."""
        for element in _select(self.tree, *selectors):
            text = _squash(element.text_content())
            match = SOURCE_LINE.match(text)
            text = match["source"] if match else text
            _drop(element)
            if text:
                return text
        return ""

    def take_byline(self) -> tuple[str, str]:
        """("Sun Hui", "chinadaily.com.cn") from "By Sun Hui, chinadaily.com.cn"; the line removed."""
        for element in self.tree.iter("p", "div", "span", "td"):
            if any(child.tag in BLOCKS for child in element):
                continue
            match = BY_LINE.match(_squash(element.text_content()))
            if match and len(match["name"]) < 80:
                _drop(element)
                return match["name"].strip(), (match["source"] or "").strip(" ,，")
        return "", ""

    # The story --------------------------------------------------------------------------------

    def story_box(self, *selectors: str):
        """The element holding the story, cleaned of the chrome inside it; None when not found."""
        found = (_select(self.tree, selector) for selector in selectors)  # in order of trust
        box = next((elements[0] for elements in found if elements), None)
        if box is None:
            box = self._likeliest_box()
        if box is None:
            return None
        self._keep_text_after(box)
        for element in list(box.iter()):
            if element is box or element.getparent() is None:
                continue
            if element.tag in ("p", "div", "span") and not len(element.xpath(".//img")):
                text = _squash(element.text_content())
                edited = EDITED_BY.match(text)
                if edited:
                    self._editor = edited["name"]
                    _drop(element)
                    continue
            if CHROME.search(f"{element.get('class', '')} {element.get('id', '')}"):
                _drop(element)
        for element in box.iter("p", "div"):  # a pager strip written as plain text
            text = _squash(element.text_content())
            if (
                text
                and PAGER.match(text)
                and re.search(r"\d", text)
                and not element.xpath(".//img")
            ):
                _drop(element)
        return box

    def _likeliest_box(self):
        """No known box: the element with the most paragraph text as direct children."""
        scores = {}
        for paragraph in self.tree.iter("p"):
            parent = paragraph.getparent()
            scores[parent] = scores.get(parent, 0) + len(paragraph.text_content())
        if not scores:
            return None
        self.problems.append("no known story box: took the block with the most paragraphs")
        return max(scores, key=scores.get)

    def _keep_text_after(self, box):
        """Broken markup can close the story's box early, leaving paragraphs after it: move the
        paragraphs, tables and lists that follow it (up to the next other block) back in."""
        moved = 0
        node = box
        while node is not None and node.tag not in ("body", "html"):
            for sibling in list(node.itersiblings()):
                if not isinstance(sibling.tag, str):
                    continue
                if sibling.tag not in TEXT_BLOCKS or CHROME.search(sibling.get("class", "")):
                    return self._note_moved(moved)
                box.append(sibling)
                moved += 1
            node = node.getparent()
        self._note_moved(moved)

    def _note_moved(self, moved: int):
        if moved:
            self.problems.append(f"{moved} block(s) of text found after the story's end kept")

    def pictures(self, box) -> list[OldImage]:
        """Each picture of the story, with the caption under it and the credit in the caption.
        Rewrites the body in place (see the module's docstring)."""
        images = []
        for img in list(box.iter("img")):
            src = self._resolve(img.get("src", ""))
            if not src:
                continue
            img.set("src", src)
            block = _block_of(img, box)
            caption = credit = file_name = ""
            caption_block = None
            if block is not None and not _squash(block.text_content()):
                caption_block = _next_element(block)
                if caption_block is not None and not _looks_like_caption(caption_block):
                    caption_block = None
                if caption_block is not None:
                    caption, credit = split_caption(caption_block.text_content())
                title_line = block.getprevious()
                if title_line is not None and not title_line.xpath(".//img"):
                    text = _squash(title_line.text_content())
                    if (
                        FILE_NAME.search(text)
                        or text == self.title()
                        or "imgtitle" in (title_line.get("class") or "")
                    ):
                        file_name = text if FILE_NAME.search(text) else ""
                        _drop(title_line)
            alt = _squash(img.get("alt", ""))
            if not alt or FILE_NAME.search(alt):
                alt = caption or file_stem(file_name or urlsplit(src).path)
            img.set("alt", alt)
            images.append(OldImage(src=src, caption=caption, credit=credit, alt=alt))
            if block is not None and not _squash(block.text_content()):
                figure = etree.Element("figure")
                figure.append(img)
                if caption:
                    etree.SubElement(figure, "figcaption").text = caption
                figure.tail = "\n"
                block.addprevious(figure)
                _drop(block)
                if caption_block is not None:
                    _drop(caption_block)
        return images

    def _resolve(self, src: str) -> str:
        """An address on the old site as a path ("/2020-03/03/x.jpg", %-escapes decoded, as
        `Document.address`); elsewhere, the full URL."""
        src = src.strip()
        if not src or src.startswith(("data:", "javascript:")):
            return src
        url = urljoin(self.document.address, src)
        host, address = split_url(url)
        if not host or host.endswith(OLD_HOSTS):
            return address
        return url

    def _absolute_links(self, box):
        """Links within the old site point at old addresses, so the importer can map them."""
        for link in box.iter("a"):
            href = (link.get("href") or "").strip()
            if href and not urlsplit(href).scheme and not href.startswith("#"):
                link.set("href", self._resolve(href))

    # Putting it together -----------------------------------------------------------------------

    def page(self, kind, language, box, *, byline="", source="") -> OldPage:
        title = self.title()
        if not title:
            raise Skipped("no title: the page has neither an <h1> nor a <title>")
        if box is None:
            raise Skipped("no article text found")
        images = self.pictures(box)
        self._absolute_links(box)
        # lxml %-escapes non-ASCII in a serialised src; the body must hold OldImage.src as it is.
        srcs = []
        for number, img in enumerate(box.iter("img")):
            srcs.append(img.get("src", ""))
            img.set("src", f"legacy-image-{number}-")
        body = _inner_html(box)
        for number, src in enumerate(srcs):
            body = body.replace(f'src="legacy-image-{number}-"', f'src="{escape(src)}"', 1)
        if not self._editor:  # 责任编辑： under the story, outside its box
            for line in self.lines_with(EDITED_BY):
                self._editor = EDITED_BY.match(line)["name"]
        if not _squash(box.text_content()) and not images:
            raise Skipped("no article text: the story's box is empty")
        return OldPage(
            address=self.document.address,
            kind=kind,
            language=language,
            title=title,
            section_name=self.section(),
            published=self.published(),
            body_html=body,
            byline=byline,
            source=source,
            editor=self._editor,
            images=images,
            problems=self.problems,
        )


# -- small helpers ---------------------------------------------------------------------------------


def split_caption(text: str) -> tuple[str, str]:
    """("Containers at Guoyuan Port.", "liangjiang.gov.cn") from
    "Containers at Guoyuan Port. [Photo/liangjiang.gov.cn] |"; credit "Name/outlet" for
    "[Photo by Name/outlet]"; ("…", "") for an empty "[Photo/]"."""
    text = _squash(text)
    text = re.sub(r"\s*\|\s*$", "", text)
    credit = ""
    for match in CREDIT.finditer(text):
        credit = "/".join(
            part.strip() for part in (match["by"], match["credit"]) if part and part.strip()
        )
        text = (text[: match.start()] + text[match.end() :]).strip()
        break
    return _squash(text), credit


def file_stem(name: str) -> str:
    """ "两江4" from ".../两江4.png"; "奥园社区便民生活圈" from "奥园社区便民生活圈.webp_副本.png"."""
    stem = PurePosixPath(name).name
    while FILE_NAME.search(stem):
        stem = stem.rsplit(".", 1)[0]
    stem = stem.removesuffix("_副本")
    while FILE_NAME.search(stem):
        stem = stem.rsplit(".", 1)[0]
    return stem


def _charset_of(data: bytes) -> str:
    match = META_CHARSET.search(data) or re.search(rb"charset\s*=\s*([\w.:-]+)", data, re.I)
    return _codec(match.group(1).decode("ascii", "ignore")) if match else ""


def _codec(name: str) -> str:
    name = name.strip().lower()
    if name in GB_FAMILY or name == "gb18030":
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _select(tree, *selectors: str) -> list:
    """The elements matching any of "#id" or ".class", in the page's order (no cssselect needed)."""
    tests = []
    for selector in selectors:
        name = selector[1:]
        if selector.startswith("#"):
            tests.append(f"@id='{name}'")
        else:
            tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")
    return tree.xpath(f"//*[{' or '.join(tests)}]")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _drop(element):
    """Remove an element but keep the text that follows it (its tail)."""
    if element.getparent() is not None:
        element.drop_tree()


def _block_of(img, box):
    """The direct child of the story's box that holds this picture (a <p align=center>)."""
    node = img
    while node.getparent() is not None and node.getparent() is not box:
        node = node.getparent()
    return node if node.getparent() is box and node is not img else None


def _next_element(element):
    sibling = element.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling


def _looks_like_caption(element) -> bool:
    if element.xpath(".//img"):
        return False
    classes = element.get("class") or ""
    text = _squash(element.text_content())
    return bool("caption" in classes or CREDIT.search(text)) and len(text) < 600


def _inner_html(box) -> str:
    parts = [box.text or ""]
    parts += [etree.tostring(child, encoding="unicode", method="html") for child in box]
    return "".join(parts).strip()
