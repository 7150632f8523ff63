"""Create the demo content. Idempotent: a row that exists (matched by its slug) is left as it is,
so running it twice changes nothing and never overwrites what staff have edited."""

import datetime
import zoneinfo
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile
from django.utils import timezone

from portal.demo import articles as demo_articles
from portal.demo import pages as demo_pages
from portal.demo import sections as demo_sections
from portal.demo.drawing import draw_scene, jpeg
from portal.models import Article, ArticlePhoto, Section

DEMO_VIDEO = Path(__file__).parent / "media" / "liangjiang.webm"


def load_sections():
    """The whole navigation in English and Chinese. Returns the number of sections created."""
    created = 0
    canonical = {}
    links = []
    for position, (slug, kind, title_en, title_zh, intro_en, intro_zh, items) in enumerate(
        demo_sections.MENUS, start=1
    ):
        root, was_created = _section(
            None,
            slug,
            kind,
            position,
            Section.Placement.MAIN,
            title_en,
            title_zh,
            intro_en,
            intro_zh,
        )
        created += was_created
        for item_position, (slug, kind, title_en, title_zh, intro_en, intro_zh) in enumerate(
            items, start=1
        ):
            section, was_created = _section(
                root, slug, kind, item_position, Section.Placement.MAIN,
                title_en, title_zh, intro_en, intro_zh,
            )  # fmt: skip
            created += was_created
            if kind == Section.Kind.LINK:
                links.append(section)
            else:
                canonical.setdefault(slug, section)
    for section in links:
        if section.link_to_id is None:
            section.link_to = canonical[section.slug]
            section.save(update_fields=["link_to"])
    first = len(demo_sections.MENUS) + 1
    for position, (slug, placement, title_en, title_zh, intro_en, intro_zh) in enumerate(
        demo_sections.PAGES, start=first
    ):
        _page, was_created = _section(
            None,
            slug,
            Section.Kind.PAGE,
            position,
            placement,
            title_en,
            title_zh,
            intro_en,
            intro_zh,
        )
        created += was_created
    return created


def _section(parent, slug, kind, position, placement, title_en, title_zh, intro_en, intro_zh):
    return Section.objects.get_or_create(
        parent=parent,
        slug=slug,
        defaults={
            "kind": kind,
            "position": position,
            "placement": placement,
            "title_en": title_en,
            "title_zh_hans": title_zh,
            "intro_en": intro_en,
            "intro_zh_hans": intro_zh,
        },
    )


def load_pages():
    """The text of the single rich-text pages (Introduction, Guide, Contact Us…), where still empty."""
    filled = 0
    for path, bodies in demo_pages.PAGE_BODIES.items():
        menu, _slash, item = path.partition("/")
        section = Section.objects.filter(
            **({"parent__slug": menu, "slug": item} if item else {"parent": None, "slug": menu})
        ).first()
        if section is None or section.body_en or section.body_zh_hans:
            continue
        section.body_en = bodies["en"]
        section.body_zh_hans = bodies["zh_hans"]
        section.save(update_fields=["body_en", "body_zh_hans", "body"])
        filled += 1
    return filled


DEMO_KEY = "demo:{}"  # legacy_url of demo articles: how a second run recognises them


def load_articles(with_images=True):
    """The demo articles, photo stories and video stories. Returns the number created."""
    sections = {
        f"{s.parent.slug}/{s.slug}": s
        for s in Section.objects.filter(parent__isnull=False).select_related("parent")
    }
    existing = set(
        Article.objects.filter(legacy_url__startswith="demo:").values_list("legacy_url", flat=True)
    )
    created = 0
    for number, entry in enumerate(demo_articles.ARTICLES):
        key = entry.get("legacy_url") or DEMO_KEY.format(entry["key"])
        section = sections.get(entry["section"])
        if key in existing or section is None or Article.objects.filter(legacy_url=key).exists():
            continue
        article = Article(
            section=section,
            legacy_url=key,
            status=Article.Status.PUBLISHED,
            published_at=_publish_time(entry["date"], number),
            is_featured=entry.get("featured", False),
        )
        for suffix, language in (("en", "en"), ("zh_hans", "zh_hans")):
            text = entry.get(language) or {}
            for field in ("title", "summary", "body", "byline", "source"):
                setattr(article, f"{field}_{suffix}", text.get(field, ""))
            setattr(article, f"cover_caption_{suffix}", text.get("caption", ""))
            setattr(article, f"cover_alt_{suffix}", text.get("caption") or text.get("title", ""))
            if text:
                setattr(article, f"cover_credit_{suffix}", entry.get("credit", ""))
        if with_images:
            article.cover.save(
                f"{entry['key']}.jpg",
                ContentFile(jpeg(draw_scene(entry["scene"], number))),
                save=False,
            )
        if entry["kind"] == "video" and with_images:
            article.video_file.save(f"{entry['key']}.webm", File(DEMO_VIDEO.open("rb")), save=False)
        article.full_clean()
        article.save()
        for position, photo in enumerate(entry.get("photos", []), start=1):
            item = ArticlePhoto(
                article=article,
                position=position,
                credit=entry.get("credit", ""),
                alt_en=photo.get("en", ""),
                alt_zh_hans=photo.get("zh_hans", ""),
                caption_en=photo.get("en", "") if entry.get("en") else "",
                caption_zh_hans=photo.get("zh_hans", "") if entry.get("zh_hans") else "",
            )
            if with_images:
                image = jpeg(draw_scene(photo.get("scene", entry["scene"]), number * 10 + position))
                item.image.save(f"{entry['key']}-{position}.jpg", ContentFile(image), save=False)
            item.save()
        created += 1
    return created


def _publish_time(date, number):
    """The demo date at a plausible hour in Chongqing (articles of one day keep an order)."""
    day = datetime.date.fromisoformat(date)
    moment = datetime.datetime.combine(day, datetime.time(9 + number % 8, (number * 7) % 60))
    return timezone.make_aware(moment, zoneinfo.ZoneInfo("Asia/Shanghai"))
