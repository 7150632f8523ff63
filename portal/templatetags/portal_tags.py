"""Navigation, language links and breadcrumbs for every page."""

from decimal import Decimal

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.images import choose, renditions
from portal.richtext import sanitize
from portal.selectors import section_tree as load_section_tree

register = template.Library()

# The switch names each language in that language, as the seed does (中文 on English pages).
SWITCH_LABELS = {"en": "English", "zh-hans": "中文"}


@register.simple_tag(takes_context=True)
def section_tree(context):
    """The navigation tree of this request (one query, shared with the view)."""
    return load_section_tree(context.get("request"))


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language: [{code, label, url, current}], for the switch and hreflang."""
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    path = request.get_full_path()
    return [
        {
            "code": code,
            "label": SWITCH_LABELS.get(code, code),
            # This page's own address is the one asked for (translate_url resolves and reverses).
            "url": request.build_absolute_uri(
                path if code == current else translate_url(path, code)
            ),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def canonical_url(context, item=None):
    """This page's address; for an `item` not written in the page's language, the address of the
    page in the language it has (as for an article: that is the page search engines should list)."""
    request = context.get("request")
    if request is None:
        return ""
    language = getattr(item, "foreign_language", "")
    path = translate_url(request.path, language) if language else request.path
    return request.build_absolute_uri(path)


SECTION_PAGES = {"menu", "section"}  # the routes whose page *is* a section (portal/urls.py)


@register.simple_tag(takes_context=True)
def current_marker(context, item):
    """` aria-current="page"` on the menu link of the section this page is; on an article or an
    entry of that section, ` aria-current="true"` (the current item of the menu, not this page)."""
    section = context.get("section")
    if section is None or item is None or section.pk != item.pk:
        return ""
    match = getattr(context.get("request"), "resolver_match", None)
    value = "page" if match is not None and match.url_name in SECTION_PAGES else "true"
    return format_html(' aria-current="{}"', value)


@register.filter
def lang_attr(item):
    """`<h2{{ entry|lang_attr }}>`: ` lang="en"` when `item` (anything WrittenIn: an entry, a
    person, a section) is shown in a language that is not the page's; nothing when it is."""
    language = getattr(item, "foreign_language", "")
    return format_html(' lang="{}"', language) if language else ""


@register.inclusion_tag("includes/language_notice.html", takes_context=True)
def language_notice(context, item):
    """ "This page is available in English only", with a link to that page, on a page whose item is
    not written in the page's language (nothing otherwise)."""
    language = getattr(item, "foreign_language", "")
    request = context.get("request")
    url = translate_url(request.path, language) if language and request else ""
    return {"language": language, "url": url}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(section=None, label=None, label_lang=""):
    """Home > Menu > Item [> label]: the trail of a section, and optionally of a page inside it.
    The last crumb is the current page; `label_lang` marks a label in the other language."""
    crumbs = []
    if section is not None:
        if section.parent_id:
            crumbs.append((section.parent.title, section.parent.get_own_url()))
        crumbs.append((section.title, section.get_own_url()))
    if label:
        crumbs.append((label, ""))
    return {"crumbs": crumbs, "label_lang": label_lang if label else ""}


@register.filter(is_safe=True)
def rich_text(value):
    """`{{ article.body|rich_text }}`: the only way stored HTML reaches a page, cleaned once more."""
    return mark_safe(sanitize(value or ""))


@register.inclusion_tag("includes/picture.html")
def picture(field_file, width, height, alt, sizes="100vw", display=640, lazy=True, css=""):
    """An <img> with srcset, width, height, alt and lazy loading, from the renditions of an upload.

    `display` is the width the page shows it at on a desktop: the default `src` is the smallest
    rendition at least that wide.
    """
    options = renditions(field_file.name if field_file else "", width, height)
    if not options:
        return {"image": None}
    src = choose(options, display)
    return {
        "image": {
            "src": src[0],
            "width": src[1],
            "height": src[2],
            "srcset": ", ".join(f"{url} {w}w" for url, w, _h in options),
            "sizes": sizes,
            "alt": alt,
            "lazy": lazy,
            "css": css,
        }
    }


@register.filter
def url_in(entry, tree):
    """`{{ park|url_in:tree }}`: a directory entry's address, from the request's section tree."""
    return tree.url_for(entry) if entry is not None and tree is not None else ""


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """`?…&page=N`: a page of the list, keeping the visitor's filters."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.filter(expects_localtime=True)
def iso_date(value):
    """`2020-03-03`: a publish date as the site shows it ("Updated: 2020-03-03", as the old site
    did), the same in both languages. `|date:"Y-m-d"` gives the same and costs several times more,
    on pages that show dozens of dates."""
    return value.date().isoformat() if value else ""


@register.filter(expects_localtime=True)
def iso_datetime(value):
    """The machine-readable time of a `<time datetime>`, as `|date:"c"` writes it."""
    return value.isoformat() if value else ""


@register.filter
def plain_number(value):
    """220.77 → "220.77", 12.50 → "12.5", 1200.00 → "1200": a figure as people write it."""
    if value in (None, ""):
        return ""
    return format(Decimal(str(value)).normalize(), "f")
