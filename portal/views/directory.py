"""The directory pages: parks, industries, enterprises, development zones, officials, departments.
Each list and detail page costs a fixed number of queries, whatever the directory's size."""

from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import render

from portal.forms import EnterpriseFilterForm
from portal.models import (
    Article,
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    Official,
    Section,
)
from portal.views.pagination import paginate

ENTERPRISES_PER_PAGE = 30
RELATED_NEWS = 5


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
    industries = list(Industry.objects.all())
    parks = list(IndustrialPark.objects.all())
    form = EnterpriseFilterForm(request.GET, industries, parks)
    enterprises = (
        Enterprise.objects.filter(**form.filters())
        .select_related("park")
        .prefetch_related(Prefetch("industries", queryset=Industry.objects.all()))
        .distinct()
    )
    context.update(
        form=form,
        page_obj=paginate(request, enterprises, ENTERPRISES_PER_PAGE, lenient=True),
        industries=industries,
        parks=parks,
    )
    return render(request, "portal/directory/enterprises_list.html", context)


def entry_detail(request, section, tree, slug):
    """The page of one park, industry, enterprise or zone, under its section."""
    context = {"section": section, "menu": section.parent, "tree": tree}
    kind = section.kind
    if kind == Section.Kind.PARKS:
        park = _get(IndustrialPark.objects.all(), slug)
        context.update(
            entry=park,
            photos=list(park.photos.all()),
            industries=list(park.industries.all()),
            enterprises=list(park.enterprises.all()),
        )
    elif kind == Section.Kind.INDUSTRIES:
        industry = _get(Industry.objects.all(), slug)
        context.update(
            entry=industry,
            parks=list(industry.parks.all()),
            enterprises=list(industry.enterprises.select_related("park")),
            news=_related_news(Q(industries=industry) | Q(enterprises__industries=industry), tree),
        )
    elif kind == Section.Kind.ENTERPRISES:
        enterprise = _get(Enterprise.objects.select_related("park"), slug)
        context.update(
            entry=enterprise,
            industries=list(enterprise.industries.all()),
            news=_related_news(Q(enterprises=enterprise), tree),
        )
    elif kind == Section.Kind.ZONES:
        context["entry"] = _get(DevelopmentZone.objects.all(), slug)
    else:
        raise Http404("This section has no entries")
    return render(request, f"portal/directory/{kind}_detail.html", context)


def _get(queryset, slug):
    entry = queryset.filter(slug=slug).first()
    if entry is None:
        raise Http404("No such entry")
    return entry


def _related_news(condition, tree):
    articles = list(
        Article.objects.public()
        .filter(condition)
        .distinct()
        .order_by("-published_at")[:RELATED_NEWS]
    )
    for article in articles:
        article.section = tree.by_id[article.section_id]
    return articles
