"""Create the demo content. Idempotent: a row that exists (matched by its slug) is left as it is,
so running it twice changes nothing and never overwrites what staff have edited."""

from portal.demo import sections as demo_sections
from portal.models import Section


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
