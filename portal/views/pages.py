"""The home page and the section pages. A section renders by its kind."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from portal import selectors
from portal.cache import versioned_key
from portal.models import Article, Section, SectionRedirect
from portal.models.directory import entry_url
from portal.selectors import section_tree
from portal.views import directory
from portal.views.pagination import paginate

ARTICLES_PER_PAGE = 20
DIRECTORY_KINDS = (
    Section.Kind.PARKS,
    Section.Kind.INDUSTRIES,
    Section.Kind.ENTERPRISES,
    Section.Kind.ZONES,
    Section.Kind.OFFICIALS,
    Section.Kind.DEPARTMENTS,
)


def home(request):
    tree = section_tree(request)
    news = tree.find(selectors.NEWS_MENU_SLUG)
    language = get_language()
    context = {  # the same for every visitor until the next edit: kept per content version
        "featured": selectors.kept(
            request, ("featured", language), lambda: selectors.featured_articles(tree)
        ),
        "news_blocks": selectors.kept(
            request,
            ("blocks", getattr(news, "pk", None), 4, language),
            lambda: selectors.menu_blocks(tree, news, per_section=4),
        ),
        "quick_links": [(menu, items) for menu, items in tree.menus if menu != news],
    }
    return render(request, "portal/home.html", context)


def section_page(request, menu, item=None):
    tree = section_tree(request)
    section = tree.find(menu, item)
    if section is None:
        return follow_former_address(menu, item)
    if section.kind == Section.Kind.LINK:
        # One canonical page, reachable from several menus (Industrial Parks under About and Investing).
        return redirect(section.get_absolute_url(), permanent=True)
    context = {"section": section, "menu": section.parent or section}
    if section.kind == Section.Kind.MENU:
        items = tree.items(section)
        context["blocks"] = selectors.kept(
            request,
            ("blocks", section.pk, 3, get_language()),
            lambda: selectors.menu_blocks(tree, section, per_section=3),
        )
        context["cards"] = [i for i in items if i.kind not in selectors.LISTING_KINDS]
        return render(request, "portal/menu.html", context)
    if section.kind in DIRECTORY_KINDS:
        return directory.render_list(request, section, tree)
    if section.kind in selectors.LISTING_KINDS:
        articles = Article.objects.public().listing().filter(section=section)
        count_key = versioned_key(request, "count", section.pk, get_language())
        context["page_obj"] = page = paginate(
            request, articles, ARTICLES_PER_PAGE, count_key=count_key
        )
        page.object_list = tree.attach(page.object_list)
        return render(request, f"portal/list_{section.kind}.html", context)
    return render(request, "portal/page.html", context)


def entry_page(request, menu, item, slug):
    """/<menu>/<item>/<slug>/: one park, industry, enterprise or development zone."""
    tree = section_tree(request)
    section = tree.find(menu, item)
    if section is not None and section.kind == Section.Kind.LINK and section.link_to:
        target = section.link_to
        return redirect(entry_url(target, slug), permanent=True)
    if section is None:
        return follow_former_address(menu, item, slug)
    if section.kind not in DIRECTORY_KINDS:
        raise Http404("No such section")
    return directory.entry_detail(request, section, tree, slug)


def follow_former_address(menu, item=None, tail=None):
    """A section whose slug or menu changed answers at its former address with a permanent
    redirect (for its entries too); anything else is a 404. Costs a query only on this path."""
    path = f"{menu}/{item}" if item else menu
    former = SectionRedirect.objects.select_related("section__parent").filter(path=path).first()
    if former is None:
        raise Http404("No such section")
    url = former.section.get_own_url()
    return redirect(f"{url}{tail}/" if tail else url, permanent=True)
