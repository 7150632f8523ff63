"""The directory pages: parks, industries, enterprises, development zones, officials, departments.
Each list and detail page costs a fixed number of queries, whatever the directory's size, and each
query reads only what the page shows: a park or an industry lists its first enterprises and links to
the filtered enterprise list for the rest; related news is picked from the entry's own links."""

from urllib.parse import urlencode

from django.db.models import F, Prefetch
from django.http import Http404
from django.shortcuts import redirect, render

from portal.forms import EnterpriseFilterForm
from portal.models import (
    Article,
    Department,
    DevelopmentZone,
    Enterprise,
    EntryRedirect,
    IndustrialPark,
    Industry,
    Official,
    Section,
)
from portal.models.directory import entry_url
from portal.views.pagination import paginate

ENTERPRISES_PER_PAGE = 30
ENTERPRISES_ON_ENTRY = 24  # on a park's or an industry's page; the filtered list has the rest
RELATED_NEWS = 5

# Lists show names and summaries, never the rich-text bodies: leave those columns in the table.
BODIES = ("body", "body_en", "body_zh_hans")


def render_list(request, section, tree):
    """The list page of a directory section (called by pages.section_page)."""
    context = {"section": section, "menu": section.parent or section, "tree": tree}
    kind = section.kind
    if kind == Section.Kind.PARKS:
        context["parks"] = IndustrialPark.objects.all()
    elif kind == Section.Kind.INDUSTRIES:
        context["industries"] = Industry.objects.all()
    elif kind == Section.Kind.ENTERPRISES:
        return enterprise_list(request, context)
    elif kind == Section.Kind.ZONES:
        context["zones"] = DevelopmentZone.objects.all()
    elif kind == Section.Kind.OFFICIALS:
        context["officials"] = Official.objects.all()
    elif kind == Section.Kind.DEPARTMENTS:
        context["departments"] = Department.objects.all()
    return render(request, f"portal/directory/{kind}_list.html", context)


def enterprise_list(request, context):
    if clean := _without_empty_parameters(request):
        return redirect(clean)  # ?park=&origin= is the list itself: one address for one list
    industries = list(Industry.objects.all())
    parks = list(IndustrialPark.objects.all())
    form = EnterpriseFilterForm(request.GET, industries, parks)
    enterprises = (
        Enterprise.objects.filter(**_indexed_filters(form, industries, parks))
        .defer(*BODIES)
        .prefetch_related(Prefetch("industries", queryset=Industry.objects.defer(*BODIES)))
    )
    page_obj = paginate(request, enterprises, ENTERPRISES_PER_PAGE)
    _attach_parks(page_obj.object_list, parks)
    context.update(form=form, page_obj=page_obj, industries=industries, parks=parks)
    return render(request, "portal/directory/enterprises_list.html", context)


def _without_empty_parameters(request):
    """The request's address without its empty parameters (`?industry=cars&park=&origin=` →
    `?industry=cars`), or None when it has none. A form sent without JavaScript names every field;
    static/js/main.js leaves the empty ones out, and this is the same rule on the server."""
    pairs = list(request.GET.lists())
    if all(value != "" for _name, values in pairs for value in values):
        return None
    query = urlencode([(n, v) for n, values in pairs for v in values if v != ""])
    return f"{request.path}?{query}" if query else request.path


def _indexed_filters(form, industries, parks):
    """The form's valid filters, as lookups the indexes answer: the park by its id (the page has
    loaded every park, so no join looks its slug up), the industry as `pk IN (enterprises of that
    industry)`. A join through the industries would repeat nothing here, but it would make the
    count and the page need DISTINCT, which sorts every matching row by all of its columns."""
    lookups = form.filters()
    if slug := lookups.pop("industries__slug", None):
        industry = next(i for i in industries if i.slug == slug)
        lookups["pk__in"] = Enterprise.industries.through.objects.filter(industry=industry).values(
            "enterprise_id"
        )
    if slug := lookups.pop("park__slug", None):
        lookups["park"] = next(p for p in parks if p.slug == slug)
    return lookups


def _attach_parks(enterprises, parks):
    """Give each enterprise its park from the list the page loaded anyway: no join, no query."""
    by_id = {park.pk: park for park in parks}
    for enterprise in enterprises:
        enterprise.park = by_id.get(enterprise.park_id)


def _filtered_list_url(tree, **filters):
    """The enterprise list with `filters` (?park=… or ?industry=…), or "" without that section."""
    section = tree.first_of_kind(Section.Kind.ENTERPRISES)
    return f"{section.get_own_url()}?{urlencode(filters)}" if section else ""


ENTRIES = {
    Section.Kind.PARKS: IndustrialPark.objects.all(),
    Section.Kind.INDUSTRIES: Industry.objects.all(),
    Section.Kind.ENTERPRISES: Enterprise.objects.select_related("park"),
    Section.Kind.ZONES: DevelopmentZone.objects.all(),
}


def entry_detail(request, section, tree, slug):
    """The page of one park, industry, enterprise or zone, under its section. A slug the entry
    had before it was renamed redirects to the entry's address now."""
    kind = section.kind
    if kind not in ENTRIES:
        raise Http404("This section has no entries")
    entry = ENTRIES[kind].filter(slug=slug).first()
    if entry is None:
        former = EntryRedirect.objects.filter(kind=kind, old_slug=slug).first()
        if former is None:
            raise Http404("No such entry")
        return redirect(entry_url(section, former.new_slug), permanent=True)
    context = {"section": section, "menu": section.parent, "tree": tree, "entry": entry}
    if kind == Section.Kind.PARKS:
        enterprises = entry.enterprises.defer(*BODIES)
        context.update(
            photos=list(entry.photos.all()),
            industries=list(entry.industries.all()),
            enterprises=list(enterprises[:ENTERPRISES_ON_ENTRY]),
            enterprise_count=enterprises.count(),  # an index-only count of the park's rows
            all_enterprises_url=_filtered_list_url(tree, park=entry.slug),
        )
    elif kind == Section.Kind.INDUSTRIES:
        links = Enterprise.industries.through.objects.filter(industry=entry)
        context.update(
            parks=list(entry.parks.all()),
            enterprises=list(
                entry.enterprises.defer(*BODIES)
                .select_related("park")
                .defer(*(f"park__{column}" for column in BODIES))[:ENTERPRISES_ON_ENTRY]
            ),
            enterprise_count=links.count(),  # an index-only count of the industry's links
            all_enterprises_url=_filtered_list_url(tree, industry=entry.slug),
            news=_related_news(_industry_story_ids(entry, links), tree),
        )
    elif kind == Section.Kind.ENTERPRISES:
        context.update(
            industries=list(entry.industries.all()),
            news=_related_news(
                Article.enterprises.through.objects.filter(enterprise=entry).values("article_id"),
                tree,
            ),
        )
    return render(request, f"portal/directory/{kind}_detail.html", context)


def _industry_story_ids(industry, links):
    """Ids of the stories about an industry: those linked to it, and those linked to any of its
    enterprises. Two indexed look-ups in the link tables, united (a union repeats no id)."""
    direct = Article.industries.through.objects.filter(industry=industry).values("article_id")
    via_enterprises = Article.enterprises.through.objects.filter(
        enterprise_id__in=links.values("enterprise_id")
    ).values("article_id")
    return direct.union(via_enterprises)


def _related_news(article_ids, tree):
    """The latest public stories among `article_ids`.

    The order is written `DESC NULLS LAST` (published_at is never null, so it means the same) on
    purpose: the date index cannot give that order, so PostgreSQL fetches the entry's own stories
    by id and keeps the newest. Given an order the index can give, it walks the whole archive
    from the newest article, hoping to meet the entry's stories soon, which for an entry with few
    stories (or none) means reading every article there is. So the cost is that of the entry's own
    stories, all of them (the biggest industry's 2,000 of 100,000 articles: about 9 ms)."""
    return tree.attach(
        Article.objects.public()
        .filter(pk__in=article_ids)
        .defer(*BODIES)
        .order_by(F("published_at").desc(nulls_last=True), F("pk").desc())[:RELATED_NEWS]
    )
