"""The home page and the section pages. A section renders by its kind."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from portal import selectors
from portal.models import Article, Section
from portal.selectors import section_tree

ARTICLES_PER_PAGE = 20


def home(request):
    tree = section_tree(request)
    news = tree.find(selectors.NEWS_MENU_SLUG)
    context = {
        "featured": selectors.featured_articles(tree),
        "news_blocks": selectors.menu_blocks(tree, news, per_section=4),
        "quick_links": [(menu, tree.items(menu)) for menu, _items in tree.menus() if menu != news],
    }
    return render(request, "portal/home.html", context)


def section_page(request, menu, item=None):
    tree = section_tree(request)
    section = tree.find(menu, item)
    if section is None:
        raise Http404("No such section")
    if section.kind == Section.Kind.LINK:
        # One canonical page, reachable from several menus (Industrial Parks under About and Investing).
        return redirect(section.get_absolute_url(), permanent=True)
    context = {"section": section, "menu": section.parent or section}
    if section.kind == Section.Kind.MENU:
        items = tree.items(section)
        context["blocks"] = selectors.menu_blocks(tree, section, per_section=3)
        context["cards"] = [i for i in items if i.kind not in selectors.LISTING_KINDS]
        return render(request, "portal/menu.html", context)
    if section.kind in selectors.LISTING_KINDS:
        articles = Article.objects.public().filter(section=section)
        context["page_obj"] = paginate(request, articles, ARTICLES_PER_PAGE)
        for article in context["page_obj"]:
            article.section = section
        return render(request, f"portal/list_{section.kind}.html", context)
    return render(request, "portal/page.html", context)


def paginate(request, queryset, per_page):
    """The requested page of a list. A page that is not a number, or past the end, is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except PageNotAnInteger as error:
        raise Http404(_("That page number is not a number.")) from error
    except EmptyPage as error:
        raise Http404(_("There is no such page in this list.")) from error
