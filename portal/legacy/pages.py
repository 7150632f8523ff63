"""The plain data that the parsers return and the importer writes: no models, no database."""

from dataclasses import dataclass, field
from datetime import date


class Skipped(Exception):
    """A document that is not an old article page, or cannot be read: the reason is reported,
    never silently dropped. `str(error)` is the reason, for the import's report."""


class SectionListPage(Skipped):
    """A section's list page of the old site ("/liangjiang/local/node_7080123.htm"): no article,
    but its address should redirect to the section its breadcrumb names."""

    def __init__(self, reason: str, *, address: str, section_name: str):
        super().__init__(reason)
        self.address = address
        self.section_name = section_name


@dataclass(frozen=True)
class OldImage:
    src: str  # the address as the page wrote it, absolute ("/2020-03/03/xx.jpg") once resolved
    caption: str = ""  # the caption without its credit
    credit: str = ""  # "liangjiang.gov.cn" from "[Photo/liangjiang.gov.cn]"; "" when none
    alt: str = ""  # the alt text, else the caption, else the file name


@dataclass
class OldPage:
    address: str  # this page's old path, host left out: "/2020-03/03/content_37534041_2.htm"
    kind: str  # "content" | "c" | "ws"
    language: str  # "en" | "zh-hans"
    title: str
    section_name: str  # the breadcrumb's last section as the old site wrote it: "Liangjiang"
    published: date | None  # "Updated: 2020-03-03" / "更新时间：2020-03-03"
    body_html: str  # the story's text only (chrome, menus, share buttons, pagers left out)
    story_address: str = ""  # page 1's address for page N of a long article; else == address
    page_number: int = 1
    byline: str = ""
    source: str = ""
    editor: str = ""  # "Edited by Zachary Dye" → "Zachary Dye"
    images: list[OldImage] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was repaired, for the report

    def __post_init__(self):
        if not self.story_address:
            self.story_address = self.address
