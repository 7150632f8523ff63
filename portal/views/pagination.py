"""One paginator for every list: a bad page number is a 404, never a 500 or a silent page 1."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, queryset, per_page, lenient=False):
    """The requested page of a list. A page that is not a number, or past the end, is a 404;
    `lenient` lists (the filtered directory) show the nearest page instead, keeping the filters."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    if lenient:
        return paginator.get_page(number)
    try:
        return paginator.page(number)
    except PageNotAnInteger as error:
        raise Http404(_("That page number is not a number.")) from error
    except EmptyPage as error:
        raise Http404(_("There is no such page in this list.")) from error
