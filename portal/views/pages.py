"""The home page and the section pages. Each section renders by its kind."""

from django.http import Http404
from django.shortcuts import redirect, render

from portal.models import Section
from portal.selectors import section_tree


def home(request):
    tree = section_tree(request)
    return render(request, "portal/home.html", {"menus": tree.menus()})


def section_page(request, menu, item=None):
    tree = section_tree(request)
    section = tree.find(menu, item)
    if section is None:
        raise Http404("No such section")
    if section.kind == Section.Kind.LINK:
        # One canonical page, reachable from several menus (Industrial Parks under About and Investing).
        return redirect(section.get_absolute_url(), permanent=True)
    context = {"section": section, "menu": section.parent or section}
    if section.parent_id is None:
        context["items"] = tree.items(section)
    return render(request, "portal/section.html", context)
