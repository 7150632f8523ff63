"""The `<head>` of every page, for machines: share cards, structured data and feed links.

`base.html` captures the page's title, description and canonical URL once (`{% capture %}`, the
blocks pages already fill), and these tags reuse them as `page_title`, `page_description` and
`page_url`: a page states its title once, and the card always says what the page says.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import feeds, share
from portal.selectors import site_settings

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # The output is already escaped by the tags and variables that made it.
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}`: what the enclosed template renders (blocks included,
    so a child template's block is captured), whitespace collapsed, as the variable `name`."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.inclusion_tag("includes/share_card.html", takes_context=True)
def share_card(context, subject=None, kind="website", title=None, article=None):
    """OpenGraph and Twitter card tags: the page's title, description and canonical URL, its locale
    and the other language's, and the 1200-pixel picture of `subject` (an article, park, enterprise…)
    when it has one. `article` adds its publish and change times and its category."""
    request = context["request"]
    language = get_language()
    locale, alternates = share.og_locales(language)
    return {
        "title": title or context.get("page_title", ""),
        "description": context.get("page_description", ""),
        "url": context.get("page_url", ""),
        "site_name": site_settings(request).site_name,
        "locale": locale,
        "alternates": alternates,
        "kind": kind,
        "image": share.share_image(request, subject),
        "published": article.published_at if article else None,
        # A scheduled article was last saved before it went out: it changed when it was published.
        "modified": max(article.updated_at, article.published_at) if article else None,
        "article_section": article.section.title if article else "",
    }


@register.simple_tag(takes_context=True)
def article_json_ld(context, article, text, language):
    """The article page's `NewsArticle` (headline = the page's h1, `text.title`)."""
    request = context["request"]
    return share.json_ld(
        share.news_article(
            request,
            article,
            text,
            context.get("page_url", ""),
            share.share_image(request, article),
            site_settings(request),
            language,
        )
    )


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The home page's publisher: the `GovernmentOrganization` behind the site."""
    request = context["request"]
    data = {"@context": "https://schema.org"}
    data.update(share.organization(request, site_settings(request), full=True))
    return share.json_ld(data)


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context):
    """`<link rel="alternate" type="application/rss+xml">` for the feeds of the page's section and
    its menu; on the home page, the news menu's."""
    request = context.get("request")
    if request is None:
        return {"feeds": []}
    section = context.get("section")
    if section is None and request.resolver_match and request.resolver_match.url_name == "home":
        from portal.selectors import NEWS_MENU_SLUG, section_tree

        section = section_tree(request).find(NEWS_MENU_SLUG)
    site = site_settings(request)
    return {
        "feeds": [
            (feeds.feed_title(feed_section, site), request.build_absolute_uri(url))
            for feed_section, url in feeds.feeds_for(section)
        ]
    }
