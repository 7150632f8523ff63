"""The article page: a news story, a photo story or a video story, in the seed page's layout."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import translate_url
from django.utils.translation import get_language

from portal.models import Article
from portal.selectors import latest_in_section, section_tree

MORE_FROM_SECTION = 6
# A caption track is named in its own language, as the language switch names the languages.
TRACK_LABELS = {"en": "English", "zh-hans": "中文"}


class Localized:
    """The article's fields in one language, for a page whose language the article lacks:
    `text.title` is `article.title_en` when the article is read in English."""

    def __init__(self, obj, language):
        self._obj = obj
        self._suffix = language.replace("-", "_")

    def __getattr__(self, name):
        return getattr(self._obj, f"{name}_{self._suffix}") or ""


def caption_tracks(article, language):
    """The video's caption tracks, one per language that has a file; the page's own is the default."""
    tracks = []
    for code, label in TRACK_LABELS.items():
        captions = getattr(article, f"captions_{code.replace('-', '_')}")
        if captions:
            tracks.append(
                {"code": code, "label": label, "url": captions.url, "default": code == language}
            )
    return tracks


def article_detail(request, menu, item, pk):
    tree = section_tree(request)
    article = get_object_or_404(Article, pk=pk)
    article.section = tree.by_id[article.section_id]
    if not article.is_public and not request.user.has_perm("portal.view_article"):
        raise Http404("Not published")  # drafts and scheduled articles: staff preview only
    parent = article.section.parent
    if parent is None:
        raise Http404("Article outside the menus")
    if (parent.slug, article.section.slug) != (menu, item):
        return redirect(article.get_absolute_url(), permanent=True)  # the article moved section
    language = get_language()
    content_language = article.content_language(language)
    photos = list(article.photos.all())
    latest = latest_in_section(request, article.section, MORE_FROM_SECTION + 1)
    more = [other for other in latest if other.pk != article.pk][:MORE_FROM_SECTION]
    context = {
        "article": article,
        "text": Localized(article, content_language),
        "photos": [(photo, Localized(photo, content_language)) for photo in photos],
        "original_url": translate_url(request.path, content_language),
        "content_language": content_language,
        "translated": content_language == language,
        "section": article.section,
        "menu": article.section.parent,
        "more": more,
        "tracks": caption_tracks(article, language),
    }
    return render(request, "portal/article_detail.html", context)
