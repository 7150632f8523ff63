"""The search page: /en/search/?q=… and /zh-hans/search/?q=…. Thin: it reads the form, asks
portal/search.py (which owns every search query) and pages the results like any other list.
Each page counts its results again (a count bounded by search.COUNT_LIMIT), so the ranking knows
whether to score every match: the page cache keeps the whole page anyway."""

from django.shortcuts import render
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import get_language

from portal import search
from portal.forms import SearchForm
from portal.models.directory import entry_url
from portal.selectors import section_tree
from portal.views.pagination import paginate

RESULTS_PER_PAGE = 10
ARTICLE_KINDS = search.TYPES["news"]


def search_page(request):
    tree = section_tree(request)
    now = timezone.now()
    form = SearchForm(request.GET, tree, this_year=timezone.localdate(now).year)
    language = get_language()
    q = search.clean_query(form.query)
    filters = search.Filters(
        kinds=search.TYPES.get(form.value("type") or "", ()),
        sections=form.section_ids(),
        year=form.value("year"),
        by_date=form.value("sort") == "date",
    )
    results = search.search(q, language, filters, now=now)
    page = paginate(request, results, RESULTS_PER_PAGE)
    page.object_list = [place(hit, tree) for hit in page.object_list]
    context = {"form": form, "q": q, "page_obj": page, "more": results.capped}
    if q and results.query and not page.paginator.count:
        # Nothing here: does the other language have it? (One more query, on this path only.)
        other = next(code for code in search.LANGUAGE_CODES if code != language)
        found = search.search(q, other, filters, now=now).count()
        if found:
            query = request.GET.copy()
            query.pop("page", None)
            context["elsewhere"] = {
                "count": found,
                "url": translate_url(f"{request.path}?{query.urlencode()}", other),
                "language": other,
            }
    return render(request, "portal/search.html", context)


def place(hit, tree):
    """The hit's address and where it lives, from the navigation tree (no query): an article under
    its section, a directory entry under the section of its kind, a page at its own address.
    Where a section's name would repeat the kind (a photo story's Photos, a park's Industrial
    Parks: the kind comes from that section), the section's menu is shown instead."""
    if hit.kind in ARTICLE_KINDS:
        section = tree.by_id.get(hit.section_id)
        if section is not None:
            hit.url = f"{section.get_own_url()}{hit.object_id}/"
            hit.section = section if hit.kind == "story" else section.parent
    elif hit.kind == "page":
        section = tree.by_id.get(hit.object_id)
        if section is not None:
            hit.url, hit.section = section.get_absolute_url(), section.parent
    else:
        section = tree.first_of_kind(search.ENTRY_SECTION_KINDS[hit.kind])
        if section is not None:
            hit.section = section.parent
            hit.url = entry_url(section, hit.slug) if hit.slug else section.get_own_url()
    return hit
