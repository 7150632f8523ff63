"""Addresses of the old site (/2020-03/03/content_37534041.htm, /2024-06/27/c_999723.htm, and page N
of a long article, content_24102037_3.htm) redirect to the article's new page, so old links live on."""

import re

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language_from_request, override

from portal.cache import cache_redirects
from portal.models import Article

OLD_ARTICLE_PATH = r"^(?P<path>\d{4}-\d{2}/\d{2}/(?:content|c)_\d+(?:_\d+)?\.htm)$"
PAGE_SUFFIX = re.compile(
    r"(_\d+)_\d+\.htm$"
)  # content_24102037_3.htm is page 3 of content_24102037


@cache_redirects
def old_article(request, path):
    address = "/" + path
    candidates = {address, PAGE_SUFFIX.sub(r"\1.htm", address)}
    article = (
        Article.objects.published()
        .select_related("section__parent")
        .filter(legacy_url__in=candidates)
        .first()
    )
    if article is None:
        raise Http404("No article had this address")
    language = article.content_language(get_language_from_request(request))
    with override(language):
        return redirect(article.get_absolute_url(), permanent=True)
