"""Create the demo content. Idempotent: a row that exists (matched by its slug) is left as it is,
so running it twice changes nothing and never overwrites what staff have edited."""

import datetime
import zoneinfo
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.files import File
from django.core.files.base import ContentFile
from django.utils import timezone

from portal.demo import articles as demo_articles
from portal.demo import directory as demo_directory
from portal.demo import pages as demo_pages
from portal.demo import sections as demo_sections
from portal.demo.drawing import draw_scene, jpeg
from portal.demo.superseded import FORMER_CAPTIONS
from portal.legacy.mapping import fill_default_mappings
from portal.models import (
    Article,
    ArticlePhoto,
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    Official,
    ParkPhoto,
    Section,
    SectionMapping,
)
from portal.permissions import DEFAULT_OWNERS

DEMO_VIDEO = Path(__file__).parent / "media" / "liangjiang.webm"
# The clip's caption track in each language (written for it: what the four seconds show).
DEMO_CAPTIONS = {
    "en": Path(__file__).parent / "media" / "liangjiang.en.vtt",
    "zh_hans": Path(__file__).parent / "media" / "liangjiang.zh-hans.vtt",
}


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
    assign_default_owners()
    fill_default_mappings(SectionMapping, Section)  # the old site's sections map to these
    return created


def assign_default_owners():
    """The groups that edit each menu (portal.permissions.DEFAULT_OWNERS), for a menu that has
    none yet: what staff assigned is kept."""
    for slug, names in DEFAULT_OWNERS.items():
        menu = Section.objects.filter(parent=None, slug=slug).first()
        if menu is not None and not menu.owners.exists():
            menu.owners.add(*Group.objects.filter(name__in=names))


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
    existing = set(Article.objects.exclude(legacy_url="").values_list("legacy_url", flat=True))
    created = 0
    for number, entry in enumerate(demo_articles.ARTICLES):
        key = entry.get("legacy_url") or DEMO_KEY.format(entry["key"])
        section = sections.get(entry["section"])
        if key in existing or section is None:
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


def update_demo_captions(with_images=True):
    """Bring the pictures of demo articles loaded by an older version in line with their captions:
    a caption or alt text that is still a former demo text (portal/demo/superseded.py: no one has
    edited it) becomes the demo's text now, and the picture is drawn again from its scene (which
    may have changed too). What staff wrote is left alone. Returns the number of pictures updated."""
    by_key = {a.legacy_url: a for a in Article.objects.filter(legacy_url__startswith="demo:")}
    updated = 0
    for number, entry in enumerate(demo_articles.ARTICLES):
        article = by_key.get(entry.get("legacy_url") or DEMO_KEY.format(entry["key"]))
        if article is None:
            continue
        wanted = {}
        for suffix in ("en", "zh_hans"):
            text = entry.get(suffix) or {}
            wanted[f"cover_caption_{suffix}"] = text.get("caption", "")
            wanted[f"cover_alt_{suffix}"] = text.get("caption") or text.get("title", "")
        if _replace_former(article, wanted):
            if with_images and article.cover:
                picture = jpeg(draw_scene(entry["scene"], number))
                article.cover.save(f"{entry['key']}.jpg", ContentFile(picture), save=False)
            article.save()
            updated += 1
        photos = {p.position: p for p in article.photos.all()}
        for position, photo in enumerate(entry.get("photos", []), start=1):
            item = photos.get(position)
            if item is None:
                continue
            wanted = {}
            for suffix in ("en", "zh_hans"):
                wanted[f"alt_{suffix}"] = photo.get(suffix, "")
                wanted[f"caption_{suffix}"] = photo.get(suffix, "") if entry.get(suffix) else ""
            if _replace_former(item, wanted):
                if with_images and item.image:
                    scene = photo.get("scene", entry["scene"])
                    picture = jpeg(draw_scene(scene, number * 10 + position))
                    item.image.save(f"{entry['key']}-{position}.jpg", ContentFile(picture), False)
                item.save()
                updated += 1
    return updated


def _replace_former(obj, wanted):
    """Set each field of `wanted` whose value now is a former demo caption; True if any was."""
    changed = False
    for field, value in wanted.items():
        if getattr(obj, field) in FORMER_CAPTIONS and getattr(obj, field) != value:
            setattr(obj, field, value)
            changed = True
    return changed


def load_video_captions():
    """Give the demo's video stories the clip's caption track in each language they are written
    in, where a story has no track at all yet: a database loaded before captions existed gets
    them on the next run, and a story whose tracks staff changed is left alone. Returns the number
    of tracks added."""
    added = 0
    empty = {f"captions_{suffix}": "" for suffix in DEMO_CAPTIONS}
    videos = Article.objects.filter(
        legacy_url__startswith=DEMO_KEY.format(""), section__kind=Section.Kind.VIDEOS, **empty
    ).exclude(video_file="")
    for article in videos:
        changed = []
        for suffix, path in DEMO_CAPTIONS.items():
            if getattr(article, f"title_{suffix}"):
                with path.open("rb") as track:
                    getattr(article, f"captions_{suffix}").save(path.name, File(track), save=False)
                changed.append(f"captions_{suffix}")
        if changed:
            article.save(update_fields=[*changed, "captions"])
            added += len(changed)
    return added


def _publish_time(date, number):
    """The demo date at a plausible hour in Chongqing (articles of one day keep an order)."""
    day = datetime.date.fromisoformat(date)
    moment = datetime.datetime.combine(day, datetime.time(9 + number % 8, (number * 7) % 60))
    return timezone.make_aware(moment, zoneinfo.ZoneInfo("Asia/Shanghai"))


def load_directory(with_images=True):
    """Industries, parks (with galleries), enterprises, development zones, officials, departments.
    Matched by slug (people by English name); what exists is left alone. Returns the number created."""
    created = 0
    industries = {}
    for number, entry in enumerate(demo_directory.INDUSTRIES):
        industry, was_created = _entry(Industry, entry, ("name", "summary", "body"))
        if was_created and with_images:
            _draw(industry.image, entry, number)
            industry.save()
        industries[entry["slug"]] = industry
        created += was_created

    parks = {}
    for number, entry in enumerate(demo_directory.PARKS):
        park, was_created = _entry(
            IndustrialPark,
            entry,
            ("name", "summary", "body", "district", "address", "leading_industries"),
            extra=("area_km2", "established", "latitude", "longitude", "phone", "website"),
        )
        if was_created:
            park.industries.set(industries[slug] for slug in entry.get("industries", []))
            if with_images:
                _draw(park.cover, entry, number)
                park.save()
                gallery = demo_directory.GALLERIES.get(entry["slug"], [])
                for position, texts in enumerate(gallery, start=1):
                    photo = ParkPhoto(
                        park=park,
                        position=position,
                        alt_en=texts["en"]["alt"],
                        alt_zh_hans=texts["zh_hans"]["alt"],
                        caption_en=texts["en"]["caption"],
                        caption_zh_hans=texts["zh_hans"]["caption"],
                    )
                    _draw(photo.image, entry, number * 10 + position)
                    photo.save()
        parks[entry["slug"]] = park
        created += was_created

    for number, entry in enumerate(demo_directory.ENTERPRISES):
        entry = {**entry, "is_fortune500": entry.get("fortune500", False)}
        enterprise, was_created = _entry(
            Enterprise,
            entry,
            ("name", "summary", "body"),
            extra=("origin", "is_fortune500", "established", "website"),
            defaults={"park": parks.get(entry.get("park")), "position": number + 1},
        )
        if was_created:
            enterprise.industries.set(industries[slug] for slug in entry.get("industries", []))
            if with_images:
                _draw(enterprise.logo, entry, number)
                enterprise.save()
        created += was_created

    for number, entry in enumerate(demo_directory.ZONES):
        kind = "district" if entry["en"].get("kind", "").lower() == "district" else "functional"
        zone_entry = {
            **entry,
            "kind": kind,
            "en": {**entry["en"], "body": entry["en"]["profile"]},
            "zh_hans": {**entry["zh_hans"], "body": entry["zh_hans"]["profile"]},
        }
        zone, was_created = _entry(
            DevelopmentZone,
            zone_entry,
            ("name", "summary", "body"),
            extra=("kind", "area_km2", "population"),
        )
        if was_created and with_images:
            _draw(zone.cover, entry, number)
            zone.save()
        created += was_created

    for entry in demo_directory.OFFICIALS:
        _official, was_created = Official.objects.get_or_create(
            name_en=entry["en"]["name"],
            defaults=_translated(entry, ("name", "title", "biography"))
            | {"position": entry["position"]},
        )
        created += was_created
    for entry in demo_directory.DEPARTMENTS:
        _department, was_created = Department.objects.get_or_create(
            name_en=entry["en"]["name"],
            defaults=_translated(entry, ("name", "duties", "address"))
            | {
                "position": entry["position"],
                "phone": entry.get("phone", ""),
                "email": entry.get("email", ""),
            },
        )
        created += was_created
    return created


# Which demo stories tell of which enterprises and industries (shown on their directory pages).
STORY_LINKS = {
    "boe-amoled-workshop-roof": (["boe"], ["electronics"]),
    "lincoln-corsair-production": (["changan-ford"], ["automobiles"]),
    "corning-cover-glass": (["corning"], ["electronics"]),
    "seres-smart-factory": (["seres"], ["new-energy-vehicles", "automobiles"]),
    "shuitu-display-chip-cluster": (["boe", "alpha-omega-semiconductor"], ["electronics"]),
    "guoyuan-multimodal-gateway": (["chongqing-port-logistics"], ["logistics"]),
    "guoyuan-dry-port-chengdu": (["chongqing-port-logistics"], ["logistics"]),
    "lianglu-cuntan-bonded-zone": ([], ["logistics"]),
    "digital-economy-growth": ([], ["digital-economy"]),
    "smart-workshops-digital-plants": ([], ["digital-economy", "automobiles"]),
    "smart-china-expo-signings": ([], ["exhibitions"]),
    "bioeconomy-pilot-zone": ([], ["biomedicine"]),
}


def link_stories():
    """Attach the demo stories to their enterprises and industries, where not attached yet."""
    linked = 0
    for key, (enterprise_slugs, industry_slugs) in STORY_LINKS.items():
        article = Article.objects.filter(legacy_url=DEMO_KEY.format(key)).first()
        if article is None or article.enterprises.exists() or article.industries.exists():
            continue
        article.enterprises.set(Enterprise.objects.filter(slug__in=enterprise_slugs))
        article.industries.set(Industry.objects.filter(slug__in=industry_slugs))
        linked += 1
    return linked


def _translated(entry, fields):
    values = {}
    for field in fields:
        values[f"{field}_en"] = entry["en"].get(field, "")
        values[f"{field}_zh_hans"] = entry["zh_hans"].get(field, "")
    return values


def _entry(model, entry, fields, extra=(), defaults=None):
    values = _translated(entry, fields)
    values.update({name: entry[name] for name in extra if entry.get(name) is not None})
    values.setdefault("position", entry.get("position", 0))
    values.update(defaults or {})
    return model.objects.get_or_create(slug=entry["slug"], defaults=values)


def _draw(field_file, entry, number):
    picture = jpeg(draw_scene(entry.get("scene", "skyline"), number))
    field_file.save(f"{entry['slug']}.jpg", ContentFile(picture), save=False)
