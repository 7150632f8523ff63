"""The one writer of the old site's pages (style.md §c2): `OldPage`s in, articles and the address map out.

What it does with the pages the parsers hand it:

- Pages of one long article (`content_N.htm`, `content_N_2.htm` …, one `story_address`) are joined in
  page order into one story; each page's address leads to the article.
- A story and its translation named in the pairs file (old English address, old Chinese address)
  become one article in both languages; every other story an article in its own language.
- The old breadcrumb's section goes through `SectionMapping`: a name not in the table, or one in it
  with no section, is skipped with the reason. So nothing is ever placed, let alone published, in a
  section the mapping does not name.
- The body is written through the article's own rich-text field (portal/richtext.py: the same
  sanitiser as the editor); pictures through `portal.images.reencode`, the check and re-encoding
  every upload gets, then into the media library with their description, caption and credit. The
  story's first picture becomes the cover; the others stay in the text, their addresses rewritten.
- Every story is written in a transaction of its own: an article is saved whole or not at all.

Idempotent by old address: each story's first page keeps a fingerprint of what the old page said
(`OldAddress.fingerprint`) and when it was imported. Running again with the same pages changes
nothing ("unchanged"). A story whose old page now says something else is "changed" and left as it
is, unless `update` is set: then it is refreshed, if staff have not edited the article since the
import (its `updated_at` is later than the import), in which case it is "kept" and reported.
`dry_run` decides and reports everything and writes nothing (no pictures are fetched either).
"""

import hashlib
import html
import json
import re
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from portal.images import ImageRefused, store_uploaded_image
from portal.legacy.pages import OldImage, OldPage
from portal.models import Article, OldAddress, SectionMapping
from portal.models.legacy import fold_name
from portal.models.media import register
from portal.richtext import IMAGE_CAPTIONED

IMPORTED, UPDATED, UNCHANGED, CHANGED, KEPT, SKIPPED = (
    "imported", "updated", "unchanged", "changed", "kept", "skipped",
)  # fmt: skip
OUTCOMES = (IMPORTED, UPDATED, UNCHANGED, CHANGED, KEPT, SKIPPED)
LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]  # English first: it names the section
TITLE_MAX = Article._meta.get_field("title_en").max_length
TEXT_MAX = {
    "byline": 200,
    "source": 200,
    "cover_alt": 250,
    "cover_caption": 300,
    "cover_credit": 120,
}
BLANK_TEXTS = [
    f"{name}_{code.replace('-', '_')}"
    for name in ("title", "summary", "body", "byline", "source", *TEXT_MAX)
    for code in LANGUAGE_ORDER
]
# The time of day an old date ("Updated: 2020-03-03") is given, in the site's time zone.
PUBLISH_TIME = time(9, 0)
# An article saved within this long after the import was saved by the import itself.
EDIT_TOLERANCE = timedelta(seconds=1)
LOOKUP_BATCH = 500
CJK = re.compile(r"[\u3400-\u9fff]")
PATH_MAX = OldAddress._meta.get_field("path").max_length
IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc=)(["'])(.*?)\2""", re.IGNORECASE)
IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
FIGURE = re.compile(r"<figure\b[^>]*>.*?</figure>", re.IGNORECASE | re.DOTALL)
EMPTY_PARAGRAPH = re.compile(r"<p\b[^>]*>\s*</p>", re.IGNORECASE)


@dataclass
class Outcome:
    """What became of one story (or one page that could not be read): a row of the report."""

    address: str
    outcome: str
    reason: str = ""
    article_id: int | None = None
    title: str = ""
    language: str = ""
    pages: int = 1
    problems: list[str] = field(default_factory=list)


@dataclass
class Story:
    """The pages of one old article in one language, in page order."""

    address: str
    language: str
    pages: list[OldPage]

    @property
    def first(self):
        return self.pages[0]

    @property
    def addresses(self):
        return [page.address for page in self.pages]

    @property
    def images(self):
        seen, images = set(), []
        for page in self.pages:
            for image in page.images:
                src = old_path(image.src, page.address) if image.src else ""
                if src and src not in seen:
                    seen.add(src)
                    images.append(replace(image, src=src))
        return images

    @property
    def body_html(self):
        """The pages' texts in order, each picture's address made absolute as `OldImage.src` is."""
        return "\n".join(_absolute_srcs(page) for page in self.pages if page.body_html)

    def fingerprint(self):
        """What the old pages say, as a hash: the same pages always give the same value."""
        data = [
            [
                page.address, page.title, page.section_name,
                page.published.isoformat() if page.published else "",
                page.byline, page.source, page.editor, page.body_html,
                [[i.src, i.caption, i.credit, i.alt] for i in page.images],
            ]
            for page in self.pages
        ]  # fmt: skip
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


class Importer:
    """Collect the parsers' pages with `add()` (and what they could not read with `skip()`), then
    `run()`: one outcome per story, in the order the stories were first seen.

    `open_resource(address)` returns a picture's bytes or None (portal.legacy.sources); `pairs` is
    [(old English address, old Chinese address)]."""

    def __init__(
        self,
        *,
        open_resource=None,
        pairs=(),
        publish=False,
        update=False,
        dry_run=False,
        progress=None,
    ):
        self.open_resource = open_resource or (lambda address: None)
        self.partner = {}
        for english, chinese in pairs:
            self.partner[english] = chinese
            self.partner[chinese] = english
        self.publish = publish
        self.update = update
        self.dry_run = dry_run
        self.progress = progress
        self.pages = defaultdict(list)  # story address → pages
        self.new_files = []
        self.list_pages = []  # (address, old section name, language, outcome)
        self.outcomes = []
        self.tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)

    # Input -------------------------------------------------------------------------------------

    def add(self, page: OldPage):
        """One parsed page. A second copy of an address (a mirror's, or the same page in two
        sources) is left out, and said so in the report: the first copy read is imported."""
        story = self.pages[page.story_address]
        for known in story:
            if known.address == page.address:
                note = _("a second copy of %(address)s was left out") % {"address": page.address}
                if note not in known.problems:
                    known.problems.append(note)
                return
        story.append(page)

    def skip(self, address, reason):
        self.outcomes.append(Outcome(address=address, outcome=SKIPPED, reason=str(reason)))

    def section_list(self, address, section_name, reason):
        """An old section's list page (`parsers.SectionListPage`): no article, but its address
        leads to the section the mapping names (reported with the reason and where it leads)."""
        language = "zh-hans" if CJK.search(section_name) else "en"
        outcome = Outcome(address=address, outcome=SKIPPED, reason=str(reason), language=language)
        self.outcomes.append(outcome)
        self.list_pages.append((address, section_name, language, outcome))

    # The run -----------------------------------------------------------------------------------

    def run(self):
        units = self._units()
        self.mappings = SectionMapping.objects.lookup()
        self._preload(units)
        for done, unit in enumerate(units, start=1):
            self.outcomes.append(self._import(unit))
            if self.progress:
                self.progress(done, len(units))
        self._section_addresses(units)
        return self.outcomes

    def _section_addresses(self, units):
        """Old list pages lead to the section their name is mapped to: those the parsers met
        (`section_list`), and the breadcrumb's link of each story where a parser gives it
        (`OldPage.section_address`). An address already in the map keeps its target."""
        found = [(address, name, language) for address, name, language, _o in self.list_pages]
        for unit in units:
            for story in unit.values():
                path = getattr(story.first, "section_address", "") or ""
                found.append((path, story.first.section_name, story.language))
        rows = {}
        for path, name, language in found:
            mapping = self.mappings.get((fold_name(name), language))
            if path.startswith("/") and len(path) <= PATH_MAX and mapping and mapping.section:
                rows.setdefault(
                    path,
                    OldAddress(
                        path=path,
                        kind=OldAddress.Kind.SECTION,
                        language=language,
                        section=mapping.section,
                        imported_at=timezone.now(),
                    ),
                )
        for address, _name, _language, outcome in self.list_pages:
            if address in rows:
                outcome.reason += " — " + _("its address leads to %(section)s") % {
                    "section": rows[address].section
                }
        if rows and not self.dry_run:
            OldAddress.objects.bulk_create(rows.values(), batch_size=500, ignore_conflicts=True)

    def _units(self):
        """The articles to write: [{language: Story}], a pair's two stories together."""
        stories = {}
        for address, pages in self.pages.items():
            pages.sort(key=lambda page: page.page_number)
            language = pages[0].language
            stories[address] = Story(address, language, pages)
        units, placed = [], set()
        for address, story in stories.items():
            if address in placed:
                continue
            unit = {story.language: story}
            placed.add(address)
            partner = stories.get(self.partner.get(address, ""))
            if partner is not None and partner.language not in unit:
                unit[partner.language] = partner
                placed.add(partner.address)
            units.append(unit)
        return units

    def _preload(self, units):
        """Every old address this run touches, and its article's last change, in a few queries."""
        paths = set()
        for unit in units:
            for story in unit.values():
                paths.update([story.address, *story.addresses])
                paths.update(image.src for image in story.images)
        paths = sorted(paths)
        self.known = {}
        for start in range(0, len(paths), LOOKUP_BATCH):
            rows = OldAddress.objects.filter(path__in=paths[start : start + LOOKUP_BATCH])
            self.known.update((row.path, row) for row in rows.select_related("image"))
        article_ids = {row.article_id for row in self.known.values() if row.article_id}
        self.articles = {}
        ids = sorted(article_ids)
        for start in range(0, len(ids), LOOKUP_BATCH):
            # Only what the decisions need: an article is read whole only to be refreshed.
            chunk = Article.objects.filter(pk__in=ids[start : start + LOOKUP_BATCH])
            self.articles.update(
                (a.pk, a) for a in chunk.order_by().only("pk", "updated_at").iterator()
            )
        self.legacy_urls = set()  # typed addresses the unique legacy_url already holds
        story_paths = sorted({s.address for unit in units for s in unit.values()})
        for start in range(0, len(story_paths), LOOKUP_BATCH):
            self.legacy_urls.update(
                Article.objects.filter(
                    legacy_url__in=story_paths[start : start + LOOKUP_BATCH]
                ).values_list("legacy_url", flat=True)
            )

    # One article -------------------------------------------------------------------------------

    def _import(self, unit):
        stories = [unit[code] for code in LANGUAGE_ORDER if code in unit]
        main = stories[0]
        outcome = Outcome(
            address=" + ".join(story.address for story in stories),
            outcome=SKIPPED,
            title=main.first.title,
            language=" + ".join(story.language for story in stories),
            pages=sum(len(story.pages) for story in stories),
        )
        for story in stories:
            outcome.problems += [p for page in story.pages for p in page.problems]

        section, reason = self._section(main)
        if section is None:
            outcome.reason = reason
            return outcome
        for story in stories[1:]:
            other, other_reason = self._section(story)
            if other is None:
                outcome.problems.append(other_reason)
        if not any(story.first.title.strip() for story in stories):
            outcome.reason = _("the page has no title")
            return outcome

        rows = [self.known.get(story.address) for story in stories]
        article = next(
            (self.articles.get(row.article_id) for row in rows if row and row.article_id), None
        )
        if article is not None:
            outcome.article_id = article.pk
            imported = [row for row in rows if row and row.imported_at]
            if not imported:
                outcome.outcome = KEPT
                outcome.reason = _(
                    "article #%(id)s already has this old address (it was not imported): "
                    "left as it is"
                ) % {"id": article.pk}
                return outcome
            fingerprints = [row.fingerprint if row else "" for row in rows]
            if fingerprints == [story.fingerprint() for story in stories]:
                outcome.outcome = UNCHANGED
                return outcome
            if not self.update:
                outcome.outcome = CHANGED
                outcome.reason = _("the old page changed since the import: --update refreshes it")
                return outcome
            stamp = min(row.imported_at for row in imported)
            if article.updated_at > stamp + EDIT_TOLERANCE:
                outcome.outcome = KEPT
                outcome.reason = _("edited here since the import (%(when)s): left as it is") % {
                    "when": timezone.localtime(article.updated_at).strftime("%Y-%m-%d %H:%M")
                }
                return outcome
        elif main.address in self.legacy_urls:
            outcome.outcome = KEPT
            outcome.reason = _("another article already has this old address: left as it is")
            return outcome

        outcome.outcome = IMPORTED if article is None else UPDATED
        if self.dry_run:
            return outcome
        known = set(self.known)
        self.new_files = []  # what this story stores: deleted again if its transaction fails
        try:
            with transaction.atomic():
                if article is not None:  # read whole, locked; edited a moment ago: left alone
                    fresh = Article.objects.select_for_update().get(pk=article.pk)
                    if fresh.updated_at != article.updated_at:
                        outcome.outcome = KEPT
                        outcome.reason = _("edited here during the import: left as it is")
                        return outcome
                    article = fresh
                article = self._write(article, stories, section, outcome)
        except Exception as error:  # a story that cannot be saved is reported, never half-saved
            for path in set(self.known) - known:  # its pictures' rows were rolled back with it
                del self.known[path]
            for name in self.new_files:  # and their files go too: nothing refers to them
                default_storage.delete(name)
            outcome.outcome = SKIPPED
            outcome.reason = _("could not be saved: %(error)s") % {"error": error}
            return outcome
        outcome.article_id = article.pk
        return outcome

    def _section(self, story):
        name = story.first.section_name.strip()
        mapping = self.mappings.get((fold_name(name), story.language))
        if mapping is None:
            return None, _("unknown section “%(name)s” — map it in the admin") % {"name": name}
        if mapping.section is None:
            return None, _(
                "the section “%(name)s” is not imported — choose a section for it in the admin"
            ) % {"name": name}
        return mapping.section, ""

    def _write(self, article, stories, section, outcome):
        new = article is None
        if new:
            article = Article(section=section)
            article.status = Article.Status.PUBLISHED if self.publish else Article.Status.DRAFT
            main = stories[0]
            if main.address not in self.legacy_urls:
                article.legacy_url = main.address
        else:
            # Refreshed (staff have not touched it since the import): the mapping places it again;
            # --publish publishes it, and without it a published article stays published.
            article.section = section
            if self.publish:
                article.status = Article.Status.PUBLISHED
        dates = [s.first.published for s in stories if s.first.published]
        if dates:
            moment = datetime.combine(min(dates), PUBLISH_TIME)
            article.published_at = timezone.make_aware(moment, self.tz)
        elif new:
            outcome.problems.append(_("no date on the old page: dated the day of the import"))
        cover = None
        for story in stories:
            suffix = story.language.replace("-", "_")
            first = story.first
            title = " ".join(first.title.split())
            if len(title) > TITLE_MAX:
                outcome.problems.append(_("title shortened to %(n)s characters") % {"n": TITLE_MAX})
                title = title[: TITLE_MAX - 1] + "…"
            setattr(article, f"title_{suffix}", title)
            setattr(article, f"byline_{suffix}", first.byline[: TEXT_MAX["byline"]])
            setattr(article, f"source_{suffix}", first.source[: TEXT_MAX["source"]])
            pictures = self._pictures(story, outcome)
            body, story_cover = self._body(story, pictures)
            setattr(article, f"body_{suffix}", body)
            if story_cover is not None:
                image, stored = story_cover
                for name, value in (
                    ("cover_alt", image.alt or image.caption or title),
                    ("cover_caption", image.caption),
                    ("cover_credit", image.credit),
                ):
                    setattr(article, f"{name}_{suffix}", value[: TEXT_MAX[name]])
                cover = cover or stored
        for name in BLANK_TEXTS:  # the languages it lacks are empty, as the admin leaves them
            if getattr(article, name) is None:
                setattr(article, name, "")
        if cover is not None:
            article.cover.name = cover.file
            article.cover_width, article.cover_height = cover.width, cover.height
        article.save()
        now = article.updated_at
        rows = []
        for story in stories:
            fingerprint = story.fingerprint()
            # The story's own address keeps its fingerprint, and leads to the article even when
            # its first page was not among the saved ones (only `_2`, `_3` were).
            paths = dict.fromkeys([story.address, *story.addresses])
            for path in paths:
                rows.append(
                    OldAddress(
                        path=path,
                        kind=OldAddress.Kind.ARTICLE,
                        language=story.language,
                        article=article,
                        story=story.address,
                        fingerprint=fingerprint if path == story.address else "",
                        imported_at=now,
                    )
                )
        OldAddress.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["path"],
            update_fields=["kind", "language", "article", "story", "fingerprint", "imported_at"],
        )
        # A pair's other story, imported by an earlier run, was saved with the article just now too.
        OldAddress.objects.filter(article=article, imported_at__isnull=False).exclude(
            imported_at=now
        ).update(imported_at=now)
        return article

    # Pictures ----------------------------------------------------------------------------------

    def _pictures(self, story, outcome):
        """{old address: (OldImage, MediaImage)} for the story's pictures that could be imported."""
        found = {}
        for image in story.images:
            stored = self._picture(image, story.language, outcome)
            if stored is not None:
                found[image.src] = (image, stored)
        return found

    def _picture(self, image: OldImage, language, outcome):
        row = self.known.get(image.src)
        if row is not None and row.image is not None:
            return row.image
        data = self.open_resource(image.src)
        if not data:
            outcome.problems.append(_("picture not found: %(src)s") % {"src": image.src})
            return None
        filename = image.src.rsplit("/", 1)[-1] or "image"
        try:
            name, width, height = store_uploaded_image(ContentFile(data, name=filename))
        except ImageRefused as refusal:
            outcome.problems.append(f"{image.src}: {refusal}")
            return None
        self.new_files.append(name)
        suffix = language.replace("-", "_")
        stored = register(
            name,
            width,
            height,
            credit=image.credit[: TEXT_MAX["cover_credit"]],
            **{
                f"alt_{suffix}": (image.alt or image.caption)[: TEXT_MAX["cover_alt"]],
                f"caption_{suffix}": image.caption[: TEXT_MAX["cover_caption"]],
            },
        )
        # Its old address leads to it, and tells a later story or run that it is here already (a
        # picture on another site is keyed by its full URL, which no request path can equal).
        row = OldAddress(
            path=image.src, kind=OldAddress.Kind.IMAGE, image=stored, imported_at=timezone.now()
        )
        if len(image.src) <= PATH_MAX:
            row.save()
        self.known[image.src] = row
        return stored

    def _body(self, story, pictures):
        """The story's HTML with its pictures at their new addresses; the first picture becomes the
        cover (and leaves the text, where it was in it); pictures the text did not show follow it,
        captioned. (html, (OldImage, MediaImage) of the cover or None)."""
        body = story.body_html
        cover = next(iter(pictures.values()), None)
        shown = set()

        def src_of(tag):
            found = IMG_SRC.search(tag)
            return html.unescape(found.group(3)) if found else ""

        def rewrite_figure(match):
            """A captioned picture (the parsers' <figure>): the editor's captioned figure with
            the new file, its caption and credit; gone if it is the cover or was not imported."""
            img = IMG_TAG.search(match.group(0))
            old = src_of(img.group(0)) if img else ""
            if old not in pictures:
                return match.group(0) if img is None else ""
            shown.add(old)
            if cover is not None and old == cover[0].src:
                return ""
            return figure(*pictures[old], story.language)

        def rewrite(match):
            old = src_of(match.group(0))
            if old not in pictures:
                return ""  # a picture we could not import: no broken image in the text
            shown.add(old)
            image, stored = pictures[old]
            if cover is not None and old == cover[0].src:
                return ""
            alt = html.escape(image.alt or image.caption, quote=True)
            return f'<img src="{default_storage.url(stored.file)}" alt="{alt}">'

        body = FIGURE.sub(rewrite_figure, body)
        body = IMG_TAG.sub(rewrite, body)
        body = EMPTY_PARAGRAPH.sub("", body)  # what held a picture that left the text
        extra = []
        for src, (image, stored) in pictures.items():
            if src in shown or (cover is not None and src == cover[0].src):
                continue
            extra.append(figure(image, stored, story.language))
        if story.first.editor:
            with override(story.language):
                line = _("Edited by %(name)s") % {"name": story.first.editor}
            extra.append(f"<p>{html.escape(line)}</p>")
        return body + "".join(extra), cover


def old_path(src, page_address):
    """An address as a page wrote it (`W0203.jpg`, `../x.jpg`, `http://host/a.jpg`), as the path
    the importer keys pictures by: `/2020-03/03/W0203.jpg`."""
    src = src.strip()
    if urlsplit(src).scheme:  # on another site (the parsers give the old site's as paths)
        return src
    return urlsplit(urljoin(page_address, src)).path


def _absolute_srcs(page):
    def absolute(match):
        src = old_path(html.unescape(match.group(3)), page.address)
        return f"{match.group(1)}{match.group(2)}{html.escape(src)}{match.group(2)}"

    return IMG_SRC.sub(absolute, page.body_html)


def figure(image, stored, language):
    """A picture the old text showed beside it, with its caption and credit, as the editor
    writes a captioned picture."""
    alt = html.escape(image.alt or image.caption, quote=True)
    caption = html.escape(image.caption)
    if image.credit:
        with override(language):
            caption += " " + html.escape(_("[Photo/%(credit)s]") % {"credit": image.credit})
    return (
        f'<figure class="{IMAGE_CAPTIONED}"><img src="{default_storage.url(stored.file)}" '
        f'alt="{alt}"><figcaption>{caption.strip()}</figcaption></figure>'
    )


def summary(outcomes):
    """{outcome: count} in the report's order."""
    counts = dict.fromkeys(OUTCOMES, 0)
    for outcome in outcomes:
        counts[outcome.outcome] += 1
    return counts


__all__ = ["Importer", "Outcome", "summary"]
