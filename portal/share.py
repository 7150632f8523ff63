"""What a page tells the sites it is shared on and the machines that read it: the share card
(OpenGraph and Twitter tags) and the structured data (schema.org JSON-LD). The templates reach it
through `portal/templatetags/share_tags.py`; the feeds (`portal/feeds.py`) share its pictures.

Every URL here is absolute, built from the request: a share card or a search engine has no page to
resolve a relative one against.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal.images import share_images

# OpenGraph names a locale with a territory; schema.org's inLanguage takes a BCP 47 tag.
OG_LOCALES = {"en": "en_US", "zh-hans": "zh_CN"}
CONTENT_LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}
LOGO = "img/emblem.svg"  # the emblem in the masthead: the publisher's logo

# The picture that stands for a page's subject: an article's, a park's or a zone's cover, an
# enterprise's logo, an industry's picture. Each has `<field>_width` and `<field>_height` beside it.
PICTURE_FIELDS = ("cover", "logo", "image")


def picture_of(obj):
    """(name, width, height, alt) of the picture that stands for `obj`, or None when it has none."""
    for field in PICTURE_FIELDS:
        file = getattr(obj, field, None)
        if file:
            width = getattr(obj, f"{field}_width", None)
            height = getattr(obj, f"{field}_height", None)
            alt = getattr(obj, f"{field}_alt", "") or getattr(obj, "name", "")
            return file.name, width, height, alt
    return None


def share_image(request, obj):
    """{url, width, height, alt, type} of the 1200-pixel-wide picture of `obj` (absolute URL), or
    None when it has no picture."""
    picture = picture_of(obj) if obj is not None else None
    if picture is None:
        return None
    name, width, height, alt = picture
    known = request.__dict__.setdefault("_share_images", {})  # the card and the JSON-LD share it
    if name not in known:
        known[name] = share_images([(name, width, height)]).get(name)
    image = known[name]
    if image is None:
        return None
    return {
        "url": request.build_absolute_uri(image.url),
        "width": image.width,
        "height": image.height,
        "alt": alt,
        "type": image.mime_type,
    }


def og_locales(language):
    """(this page's OpenGraph locale, [the other languages' locales])."""
    return OG_LOCALES[language], [code for lang, code in OG_LOCALES.items() if lang != language]


def home_url(request):
    return request.build_absolute_uri(reverse("portal:home"))


def organization(request, site, full=False):
    """The publisher, a `GovernmentOrganization`: its name, address and logo; `full` adds what the
    site settings say of how to reach it (the home page's description of the publisher)."""
    data = {
        "@type": "GovernmentOrganization",
        "name": site.site_name,
        "url": home_url(request),
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static(LOGO))},
    }
    if full:
        if site.sidebar_about:
            data["description"] = " ".join(site.sidebar_about.split())
        if site.address:
            data["address"] = {"@type": "PostalAddress", "streetAddress": site.address}
        if site.telephone:
            data["telephone"] = site.telephone
        if site.email:
            data["email"] = site.email
    return data


def news_article(request, article, text, url, image, site, language):
    """The `NewsArticle` of an article page. `text` is the article in the language the visitor
    reads (its headline is the page's h1), `url` the page's canonical address."""
    published = timezone.localtime(article.published_at)
    modified = timezone.localtime(max(article.updated_at, article.published_at))
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": text.title,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "inLanguage": CONTENT_LANGUAGES.get(language, language),
        "articleSection": article.section.title,
        "publisher": organization(request, site),
    }
    if text.summary:
        data["description"] = text.summary
    if image:
        data["image"] = [image["url"]]
    return data


def json_ld(data):
    """`<script type="application/ld+json">`, safe to put in a page: `<`, `>` and `&` are written as
    JSON escapes (as Django's json_script does), so no text in the data can close the script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    escaped = text.replace("&", "\\u0026").replace("<", "\\u003C").replace(">", "\\u003E")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(escaped))
