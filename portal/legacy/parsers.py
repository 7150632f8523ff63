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
common bits of every generation: the breadcrumb, the date, the lines around the story, pictures
with their "[Photo/…]" captions. `parse` adds the page's place in a long article (`_2`, `_3` …).

The body is *not* sanitised here: scripts or event handlers inside the story's text are handed
on as they are, and the importer's sanitiser (portal/richtext.py) strips them, as it does for
every edit. What is left out is the site's chrome around the story: header, menus, breadcrumb,
title, date and byline lines, share buttons, pager, side blocks and footer. Links within the old
site are made absolute old addresses ("/2017-02/16/content_24102037_2.htm"), for the importer to map.

Pictures: each picture of the story becomes `<figure><img src=… alt=…><figcaption>caption
</figcaption></figure>` in the body (the site's own shape for a captioned picture), its `src` the
resolved old address, character for character the matching `OldImage.src`, so that the importer
can swap in the new file. The image-title line the old templates print above a picture is
dropped. A credit "[Photo by Wang Yingying/liangjiang.gov.cn]" is kept as
"Wang Yingying/liangjiang.gov.cn" in `OldImage.credit` (who took it, and for whom), and left out
of the caption.

Skip reasons and problems are for the import's report, in the active language.
"""

import codecs
import re
from datetime import date
from html import escape
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import lxml.html
from django.utils.translation import gettext as _
from lxml import etree

from .pages import OldImage, OldPage, SectionListPage, Skipped
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
LIST_PAGE = re.compile(r"^(?:node_\d+(?:_\d+)?|index(?:_\d+)?|default)\.s?html?$|^$")

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
UPDATED = re.compile(
    r"(?:Updated|更新时间|发布时间)\s*[:：]?\s*(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})", re.I
)
DATE_IN_ADDRESS = re.compile(r"/(\d{4})-?(\d{2})/(\d{2})/")
EDITED_BY = re.compile(r"^(?:Edited by|责任编辑\s*[:：])\s*(?P<name>.{1,60}?)$", re.IGNORECASE)
# "By Sun Hui, chinadaily.com.cn", "By Wang Yifei,", "By Xu Wei and Tan Yingzi in Chongqing, China
# Daily": a name in capitals (never "By 2020, …"), then maybe the outlet.
BY_LINE = re.compile(
    r"^By\s+(?P<name>[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|and|in))*)\s*"
    r"(?:[,，]\s*(?P<source>[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){0,5}|[\w-]+(?:\.[\w-]+)+)?)?[,，]?$"
)
SOURCE_LINE = re.compile(r"^(?:Source|来源)\s*[:：]\s*(?P<source>.+)$", re.IGNORECASE)
ZH_SOURCE = re.compile(r"来源\s*[:：]\s*(?P<source>\S+)")
# "[Photo/credit]", "[Photo by Name/credit]", "[Photo by Name]", "[Photo/]", "[图/credit]"
CREDIT = re.compile(
    r"[\[【]\s*(?:Photos?|图|图片|摄影)\s*(?:by\s+(?P<by>[^/\]】]*?))?\s*(?:[/:：]\s*(?P<credit>[^\]】]*?))?\s*[\]】]",
    re.IGNORECASE,
)
FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
PAGER_WORD = re.compile(r"^(?:Pre|Prev|Previous|Next|上一页|下一页|首页|尾页)$", re.IGNORECASE)
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
# Where a site's logo may sit in an <h1> that is not the article's title.
MASTHEAD = re.compile(r"logo|header|\bhead\b|\btop\b|\bnav", re.IGNORECASE)
BLOCKS = {"p", "div", "table", "ul", "ol", "dl", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
          "figure", "section", "article", "center", "pre", "hr", "form", "iframe", "script", "style"}  # fmt: skip
# What may follow the story's box and still be the story, when broken markup closed the box early.
TEXT_BLOCKS = {"p", "table", "ul", "ol", "blockquote", "h2", "h3", "h4", "h5", "h6", "figure"}


def parse(document: Document) -> OldPage:
    """The `OldPage` of an old article page; raises `Skipped(reason)` for anything else (a
    stylesheet, a page without a title or text; `SectionListPage` for a section's list) and for
    what cannot be read."""
    content_type = document.content_type.split(";")[0].strip().lower()
    if content_type and content_type not in ("text/html", "application/xhtml+xml"):
        raise Skipped(_("not a page (%(type)s)") % {"type": content_type})
    if len(document.content) > MAX_BYTES:
        megabytes = len(document.content) // 1024 // 1024
        raise Skipped(_("too large for a page (%(size)s MB)") % {"size": megabytes})
    for kind, pattern in KINDS.items():
        match = pattern.match(document.address)
        if match:
            page = PARSERS[kind](OldHtml(document))
            page.page_number = int(match["page"] or 1)
            page.story_address = match["stem"] + match["ext"]
            return page
    if LIST_PAGE.match(PurePosixPath(document.address).name if document.address != "/" else ""):
        list_page(document)
    raise Skipped(_("not an article page: the address is none of content_N.htm, c_N.htm, WS….html"))


def list_page(document: Document):
    """A section's list page ("node_7080123.htm", "…/local/index.htm") raises `SectionListPage`
    with the section its breadcrumb names, for the redirect map of old section addresses; a home
    page, with no breadcrumb, is only `Skipped`."""
    html = OldHtml(document)
    section = html.section(report=False)
    if not section:
        raise Skipped(_("an index page, not an article"))
    raise SectionListPage(
        _("a section list page (%(section)s), not an article") % {"section": section},
        address=document.address,
        section_name=section,
    )


# -- the three kinds -----------------------------------------------------------------------------


def parse_content(html: "OldHtml") -> OldPage:
    """The older China Daily template: the story in `#Content`; a "By Name, outlet" line and a
    source line under the date; "Edited by …" at the story's end."""
    box = html.story_box("#Content", "#content", ".content", ".article-content")
    byline, outlet = html.take_byline(box)
    source = html.take_line(".source", ".info-source") or outlet
    return html.page("content", "en", box, byline=byline, source=source)


def parse_c(html: "OldHtml") -> OldPage:
    """The newer template: the byline a bare name (`.author`), "Updated:2016-11-25" or
    "english.liangjiang.gov.cn| Updated: …", a source line, "Edited by …" at the story's end."""
    box = html.story_box(".article-content", "#Content", ".content")
    byline = html.take_line(".author", ".byline")
    if not byline:
        byline, _outlet = html.take_byline(box)
    source = html.take_line(".source")
    if not source:  # "english.liangjiang.gov.cn| Updated: 2023-08-10"
        for line in html.lines_with(UPDATED):
            before, bar, _after = line.partition("|")
            before = before.strip()
            if bar and before and not UPDATED.search(before) and before != html.title:
                source = before
    return html.page("c", "en", box, byline=byline, source=source)


def parse_ws(html: "OldHtml") -> OldPage:
    """The Chinese site: the story in `.TRS_Editor`; "来源：" and "更新时间：" on one line under
    the title; "责任编辑：" under the story."""
    box = html.story_box(".TRS_Editor", ".article-content", "#Content", ".content")
    lines = html.lines_with(ZH_SOURCE)
    source = ZH_SOURCE.search(lines[0])["source"] if lines else ""
    return html.page("ws", "zh-hans", box, source=source)


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
            raise Skipped(_("unreadable markup: %(error)s") % {"error": error}) from error
        errors = [f"{error.message} (line {error.line})" for error in parser.error_log]
        self.broken = bool(errors)
        if errors:
            self.problems.append(
                _("broken markup repaired (%(count)s): %(errors)s")
                % {"count": len(errors), "errors": "; ".join(errors[:3])}
            )
        if "</html>" not in self.text[-2000:].lower():
            self.broken = True
            self.problems.append(_("the page ends early (no </html>); what is there was read"))
        for comment in self.tree.xpath("//comment()"):  # the CMS's <!--enpcontent--> markers
            _drop(comment)
        self.title = self._title()
        self._editor = ""
        self._lines = self._read_lines()

    # Reading ------------------------------------------------------------------------------------

    def _decode(self) -> str:
        """The page's text, in the charset the server or the page declared, else the detected one
        (old Chinese pages often declare none). GB2312 and GBK are read as GB18030, their
        superset, since old pages declaring them often hold characters only the superset has."""
        content = self.document.content
        if content.startswith(codecs.BOM_UTF8):
            return content[3:].decode("utf-8", "replace")
        server = _charset_of(self.document.content_type.encode("ascii", "ignore"))
        declared = [charset for charset in (server, _charset_of(content[:4096])) if charset]
        for charset in declared:
            try:
                return content.decode(charset)
            except UnicodeDecodeError:
                self.problems.append(_("not valid %(charset)s as declared") % {"charset": charset})
            except LookupError:
                self.problems.append(_("unknown charset %(charset)r") % {"charset": charset})
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        best = charset_normalizer.from_bytes(content).best()
        charset = _codec(best.encoding) if best else "gb18030"
        self.problems.append(
            _("no usable charset declared: detected as %(charset)s") % {"charset": charset}
        )
        return content.decode(charset, "replace")

    # Title, section, date ----------------------------------------------------------------------

    def _title(self) -> str:
        """The article's h1 in its own words (broken markup can leave the whole story inside an
        unclosed h1; a logo may sit in another h1), else the <title> without the site's name."""
        for h1 in self.tree.iter("h1"):
            if any(
                MASTHEAD.search(f"{a.get('class', '')} {a.get('id', '')}")
                for a in h1.iterancestors()
            ):
                continue
            words = [h1.text or ""]
            for child in h1:
                if child.tag in BLOCKS:
                    break
                words += [child.text_content(), child.tail or ""]
            title = re.sub(r"\s*\|\s*Updated\s*:.*$", "", _squash("".join(words)), flags=re.I)
            if title:
                return title
        title = _squash(self.tree.findtext(".//title") or "")
        for separator in (" - ", "_", " | ", "|", "--"):
            head, _sep, tail = title.rpartition(separator)
            if head and tail.strip() in SITE_NAMES:
                return head.strip()
        return title

    def section(self, report=True) -> str:
        """The breadcrumb's last crumb: "Home > Liangjiang", "Home> Travel", "首页 > 两江新闻"."""
        crumbs = _select(self.tree, ".crumb", ".crumbs", ".location", ".breadcrumb", ".position")
        lines = [_squash(crumb.text_content()) for crumb in crumbs]
        if not lines:
            lines = [line for line in self.lines() if re.match(r"^(Home|首页)\s*[>›»]", line)]
        for line in lines:
            line = re.sub(r"^.*?[:：]\s*(?=(Home|首页))", "", line)  # "当前位置：首页 > …"
            parts = [part.strip() for part in re.split(r"[>›»]", line)]
            parts = [part for part in parts if part and part not in ("Home", "首页")]
            if parts:
                return parts[-1]
        if report:
            self.problems.append(_("no breadcrumb: section unknown"))
        return ""

    def published(self) -> date | None:
        for line in self.lines_with(UPDATED):
            year, month, day = UPDATED.search(line).groups()
            try:
                return date(int(year), int(month), int(day))
            except ValueError:
                self.problems.append(
                    _("impossible date %(date)s") % {"date": f"{year}-{month}-{day}"}
                )
        match = DATE_IN_ADDRESS.search(self.document.address)
        if match:
            self.problems.append(_("no date on the page: taken from the address"))
            return date(*map(int, match.groups()))
        self.problems.append(_("no date"))
        return None

    # The lines around the story -----------------------------------------------------------------

    def _read_lines(self) -> list[str]:
        """The text of each small block (one line of the page: a byline, a date, a crumb), read
        before anything is taken out of the page."""
        lines = []
        for element in self.tree.iter("p", "div", "span", "td", "li", "h2", "h3", "em", "strong"):
            if any(child.tag in BLOCKS for child in element):
                continue
            text = element.text_content()
            if len(text) < 600 and (text := _squash(text)) and len(text) < 300:
                lines.append(text)
        return lines

    def lines(self) -> list[str]:
        return self._lines

    def lines_with(self, pattern: re.Pattern) -> list[str]:
        return [line for line in self.lines() if pattern.search(line)]

    def take_line(self, *selectors: str) -> str:
        """The text of the first element matching a selector (a source or author line), removed."""
        for element in _select(self.tree, *selectors):
            text = _squash(element.text_content())
            match = SOURCE_LINE.match(text)
            text = match["source"].strip() if match else text
            _drop(element)
            if text:
                return text
        return ""

    def take_byline(self, box) -> tuple[str, str]:
        """("Sun Hui", "chinadaily.com.cn") from "By Sun Hui, chinadaily.com.cn", the line
        removed. Looked for outside the story, and in its first two blocks only: further down,
        "By …" starts a sentence."""
        story = set(box.iterdescendants()) if box is not None else set()
        first = set() if box is None else {e for child in box[:2] for e in child.iter()}
        for element in self.tree.iter("p", "div", "span", "td"):
            if (element in story and element not in first) or any(
                child.tag in BLOCKS for child in element
            ):
                continue
            match = BY_LINE.match(_squash(element.text_content()))
            if match:
                _drop(element)
                return match["name"].strip(), (match["source"] or "").strip()
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
        if self.broken:
            self._keep_text_after(box)
        for element in list(box.iterdescendants()):
            if element.getparent() is None or not isinstance(element.tag, str):
                continue  # already dropped with its parent
            if element.tag in ("p", "div", "span") and not element.xpath(".//img"):
                text = _squash(element.text_content())
                edited = EDITED_BY.match(text)
                if edited:
                    self._editor = edited["name"]
                    _drop(element)
                    continue
                if _is_pager(text):
                    _drop(element)
                    continue
            if CHROME.search(f"{element.get('class', '')} {element.get('id', '')}"):
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
        self.problems.append(_("no known story box: the block with the most paragraphs was taken"))
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
                    node = None
                    break
                box.append(sibling)
                moved += 1
            node = node.getparent() if node is not None else None
        if moved:
            self.problems.append(
                _("%(count)s block(s) of text found after the story's end were kept")
                % {"count": moved}
            )

    def pictures(self, box) -> list[OldImage]:
        """Each picture of the story, with the caption under it (or beside it in the same block)
        and the credit in the caption. Rewrites the body in place (see the module's docstring)."""
        images = []
        for img in list(box.iter("img")):
            src = self._resolve(img.get("src", ""))
            if not src or src.startswith(("data:", "javascript:")):
                continue
            img.set("src", src)
            block = _block_of(img, box)
            own_text = _squash(block.text_content())
            caption = credit = file_name = ""
            caption_block = None
            standalone = not own_text or _looks_like_caption(own_text, "")
            if own_text and standalone:  # <p><img><br>Caption [Photo/…]</p>
                caption, credit = split_caption(own_text)
            elif standalone:
                candidate = _next_element(block)
                if candidate is not None and not candidate.xpath("descendant-or-self::img"):
                    text = _squash(candidate.text_content())
                    if _looks_like_caption(text, candidate.get("class", "")):
                        caption_block = candidate
                        caption, credit = split_caption(text)
                title_line = _previous_element(block)
                if title_line is not None and not title_line.xpath("descendant-or-self::img"):
                    text = _squash(title_line.text_content())
                    if (
                        FILE_NAME.search(text)
                        or text == self.title
                        or "imgtitle" in title_line.get("class", "")
                    ):
                        file_name = text if FILE_NAME.search(text) else ""
                        _drop(title_line)
            alt = _squash(img.get("alt", ""))
            if not alt or FILE_NAME.search(alt):
                alt = caption or file_stem(file_name or urlsplit(src).path)
            img.set("alt", alt)
            images.append(OldImage(src=src, caption=caption, credit=credit, alt=alt))
            if standalone:
                figure = etree.Element("figure")
                block.addprevious(figure)
                figure.tail = block.tail  # the text after the picture stays after it
                img.tail = None
                figure.append(img)
                if caption:
                    etree.SubElement(figure, "figcaption").text = caption
                if block is not img:
                    block.getparent().remove(block)
                if caption_block is not None:
                    _drop(caption_block)
        return images

    def _resolve(self, src: str) -> str:
        """An address on the old site as a path ("/2020-03/03/x.jpg", %-escapes decoded, as
        `Document.address`); elsewhere, the full URL."""
        src = src.strip()
        if not src or src.startswith(("data:", "javascript:", "mailto:", "tel:", "#")):
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

    def _body(self, box) -> str:
        """The story's inner HTML. lxml %-escapes non-ASCII in a serialised src; the body must
        hold each picture's src as `OldImage.src` has it, so those are put back as they were."""
        srcs = []
        for number, img in enumerate(box.iter("img")):
            srcs.append(img.get("src", ""))
            img.set("src", f"legacy-image-{number}-")
        parts = [escape(box.text or "", quote=False)]
        parts += [etree.tostring(child, encoding="unicode", method="html") for child in box]
        body = "".join(parts).strip()
        for number, src in enumerate(srcs):
            body = body.replace(f'src="legacy-image-{number}-"', f'src="{escape(src)}"', 1)
        return body

    # Putting it together -----------------------------------------------------------------------

    def page(self, kind, language, box, *, byline="", source="") -> OldPage:
        if not self.title:
            raise Skipped(_("no title: the page has neither an <h1> nor a <title>"))
        if box is None:
            raise Skipped(_("no article text found"))
        images = self.pictures(box)
        self._absolute_links(box)
        if not _squash(box.text_content()) and not images:
            raise Skipped(_("no article text: the story's box is empty"))
        if not self._editor:  # 责任编辑： under the story, outside its box
            for line in self.lines_with(re.compile(r"^(?:Edited by|责任编辑)")):
                if match := EDITED_BY.match(line):
                    self._editor = match["name"]
        return OldPage(
            address=self.document.address,
            kind=kind,
            language=language,
            title=self.title,
            section_name=self.section(),
            published=self.published(),
            body_html=self._body(box),
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
    text = re.sub(r"\s*\|\s*$", "", _squash(text))
    match = CREDIT.search(text)
    if not match:
        return text, ""
    credit = "/".join(
        part.strip() for part in (match["by"], match["credit"]) if part and part.strip()
    )
    return _squash(text[: match.start()] + text[match.end() :]), credit


def file_stem(name: str) -> str:
    """The alt text of last resort: "两江4" from ".../两江4.png"; "奥园社区便民生活圈" from
    "奥园社区便民生活圈.webp_副本.png" ("_副本", "copy", is what the old CMS added to re-saved files)."""
    stem = PurePosixPath(name).name
    while FILE_NAME.search(stem) or stem.endswith("_副本"):
        stem = stem.removesuffix("_副本")
        stem = stem.rsplit(".", 1)[0] if FILE_NAME.search(stem) else stem
    return stem


def _is_pager(text: str) -> bool:
    """ "Pre 1 2 3 Next", "1 2 3", "上一页 1 2 下一页"; not a paragraph that is only "2010"."""
    words = text.split()
    if not words or not all(word.isdigit() or PAGER_WORD.match(word) for word in words):
        return False
    numbers = [word for word in words if word.isdigit()]
    return len(numbers) < len(words) or (len(numbers) >= 2 and numbers[0] == "1")


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
    """The largest block inside the story's box that holds this picture and no other (a <p
    align=center>, or one cell of a gallery), or the picture itself."""
    node = img
    while (parent := node.getparent()) is not None and parent is not box:
        if len(parent.xpath(".//img")) > 1:
            break
        node = parent
    return node


def _next_element(element):
    sibling = element.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling


def _previous_element(element):
    sibling = element.getprevious()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getprevious()
    return sibling


def _looks_like_caption(text: str, classes: str) -> bool:
    return bool(text) and len(text) < 600 and bool("caption" in classes or CREDIT.search(text))
