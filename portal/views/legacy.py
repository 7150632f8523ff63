"""Addresses of the old site keep working (issue 10 §2): each answers 301 with the page that holds
its content now.

- Article pages: `/2020-03/03/content_37534041.htm`, page N of a long one (`content_24102037_3.htm`),
  `/2024-06/27/c_999723.htm`, and the Chinese site's `/mixmedia/a/202003/03/WS<24 hex>.html` go to
  the article, in the language of the old page (an address typed by staff, whose language is not
  known, in the visitor's), or in the one the article is written in.
- Pictures the imported pages showed go to the imported file; old list pages staff entered go to
  the section. Those have no fixed shape, so the 404 page asks the address map before it answers
  (`redirect_or_none`), for addresses outside the language prefixes only.

Every look-up is one query of the address map's unique, indexed `path` (with the article and its
section joined), whatever the size of the archive. An address unknown to it gets the site's 404
page, its search box filled with the address's words.
"""

import re

from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import get_language_from_request, override

from portal.cache import cache_redirects
from portal.models import OldAddress

OLD_ARTICLE_PATH = (
    r"^(?P<path>(?:\d{4}-\d{2}/\d{2}/(?:content|c)_\d+(?:_\d+)?\.htm"
    r"|mixmedia/a/\d{6}/\d{2}/WS[0-9a-fA-F]{24}(?:_\d+)?\.html))$"
)
# content_24102037_3.htm is page 3 of content_24102037 (WS….html pages likewise)
PAGE_SUFFIX = re.compile(r"^(.*_\d+|.*/WS[0-9a-fA-F]{24})_\d+(\.html?)$")
LANGUAGE_PREFIXES = ("/en/", "/zh-hans/")


@cache_redirects
def old_article(request, path):
    request.old_address_checked = True  # the 404 page need not ask again
    response = redirect_or_none(request, "/" + path)
    if response is None:
        raise Http404("No article had this address")
    return response


def candidates(address):
    """The address, and for page N of a long article its first page's (an address typed by staff
    names the first page only)."""
    first = PAGE_SUFFIX.sub(r"\1\2", address)
    return [address] if first == address else [address, first]


def redirect_or_none(request, address):
    """The 301 for an old address, or None when it leads nowhere (unknown, or a draft). One query."""
    wanted = candidates(address)
    rows = (
        OldAddress.objects.filter(path__in=wanted)
        .select_related("article__section__parent", "image", "section__parent")
        .order_by()
    )
    found = {row.path: row for row in rows}
    row = next((found[path] for path in wanted if path in found), None)
    if row is None:
        return None
    if row.kind == OldAddress.Kind.IMAGE and row.image is not None:
        return HttpResponsePermanentRedirect(row.image.url)
    language = row.language or get_language_from_request(request)
    if row.kind == OldAddress.Kind.SECTION and row.section is not None:
        with override(language):
            return HttpResponsePermanentRedirect(row.section.get_absolute_url())
    article = row.article
    if article is None or not article.is_public:
        return None
    with override(article.content_language(language)):
        return HttpResponsePermanentRedirect(article.get_absolute_url())


def old_address_redirect(request):
    """For the 404 page: the redirect of an old address that no route knows (a picture, a list
    page), or None. Paths under a language prefix are ours, never the old site's: no query."""
    path = request.path
    if getattr(request, "old_address_checked", False) or path.startswith(LANGUAGE_PREFIXES):
        return None
    if request.method not in ("GET", "HEAD") or len(path) > 300:
        return None
    return redirect_or_none(request, path)


NOISE = {"content", "c", "htm", "html", "shtml", "jpg", "jpeg", "png", "gif", "webp", "ws",
         "mixmedia", "a", "node", "index", "images", "attachement", "site1", "www"}  # fmt: skip
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def address_words(path):
    """The words of an old address worth searching for: `/2023-08/10/两江4.png` → "两江",
    `/liangjiang/local/node_7.htm` → "liangjiang local". Numbers, ids and file types left out."""
    from urllib.parse import unquote

    words = []
    for word in WORD.findall(unquote(path)):
        if word.lower() not in NOISE and len(word) > 1 and word not in words:
            words.append(word)
    return " ".join(words[:6])
