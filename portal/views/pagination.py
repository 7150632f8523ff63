"""One paginator for every list: a bad page number is a 404, never a 500 or a silent page 1."""

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _


class IndexPaginator(Paginator):
    """Pages whose cost does not grow with the page number.

    `OFFSET 9000 LIMIT 20` makes the database fetch and throw away 9,000 whole rows. Here the offset
    walks the ids alone (an index-only scan of the list's index), and only the 20 rows of the page are
    fetched, all in one query: `WHERE id IN (SELECT id … ORDER BY … LIMIT 20 OFFSET 9000)`.
    """

    def __init__(self, object_list, per_page, count_key=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        """The list's length; with a `count_key` (a key of this content version, see portal/cache.py)
        it is counted once per content change and shared by every page of the list and every server."""
        if self.count_key is None:
            return super().count
        count = cache.get(self.count_key)
        if count is None:
            count = super().count
            cache.set(self.count_key, count, timeout=settings.PAGE_CACHE_SECONDS)
        return count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        items = self.object_list
        if isinstance(items, QuerySet) and bottom > 0:
            items = items.filter(pk__in=items.values("pk")[bottom:top])
        else:
            items = items[bottom:top]
        return self._get_page(items, number, self)


def paginate(request, queryset, per_page, count_key=None):
    """The requested page of a list. The one rule for every public list, filtered or not: a page
    that is not a number, or past the end, is a 404 (an empty list has its page 1)."""
    paginator = IndexPaginator(queryset, per_page, count_key=count_key)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number)
    except PageNotAnInteger as error:
        raise Http404(_("That page number is not a number.")) from error
    except EmptyPage as error:
        raise Http404(_("There is no such page in this list.")) from error
