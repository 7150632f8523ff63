"""The directory pages: parks, industries, enterprises, development zones, officials, departments.
Each list and detail page costs a fixed number of queries, whatever the directory's size."""

from django.db.models import Prefetch, Q
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
        context.update(
            photos=list(entry.photos.all()),
            industries=list(entry.industries.all()),
            enterprises=list(entry.enterprises.all()),
        )
    elif kind == Section.Kind.INDUSTRIES:
        context.update(
            parks=list(entry.parks.all()),
            enterprises=list(entry.enterprises.select_related("park")),
            news=_related_news(Q(industries=entry) | Q(enterprises__industries=entry), tree),
        )
    elif kind == Section.Kind.ENTERPRISES:
        context.update(
            industries=list(entry.industries.all()),
            news=_related_news(Q(enterprises=entry), tree),
        )
    return render(request, f"portal/directory/{kind}_detail.html", context)


def _related_news(condition, tree):
    return tree.attach(
        Article.objects.public()
        .filter(condition)
        .distinct()
        .order_by("-published_at")[:RELATED_NEWS]
    )
