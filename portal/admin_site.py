"""The admin site: Django's own, with lists that answer any query string calmly.

A staff member (or a link someone sends them) can put anything in a list's address. Django refuses
relations that are not list filters, but it lets any lookup on a model's own fields through, and a
few of those used to crash or crawl:

- `?published_at__year=99999999999` (any date field, any model) was a 500: the year is only turned
  into a date when the SQL is written, after Django's own checks;
- `?title_en__regex=(a+)+$` ran a regular expression of the visitor's choosing on every row (a
  malformed one failed the query, a catastrophic one held the database or, on SQLite, the process);
- `?q=` with thousands of words made a query of thousands of conditions.

Now the first two redirect to the unfiltered list (`?e=1`, as Django does with any lookup it cannot
use), and a search (in a list, or an autocomplete field's) uses its first words only, a list saying
so. Every model admin gets this,
ours and those of the apps we install (users, groups, sign-in attempts), because the site mixes it
into whatever is registered: `PortalAdminConfig` (INSTALLED_APPS) makes `PortalAdminSite` the
default `admin.site`.
"""

from functools import cache

from django.contrib import messages
from django.contrib.admin import ModelAdmin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.sites import AdminSite
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db.models.constants import LOOKUP_SEP
from django.utils.text import smart_split
from django.utils.translation import gettext

# Lookups a query string may not use: a pattern of the visitor's choosing, run on every row.
REFUSED_LOOKUPS = frozenset({"regex", "iregex"})
# A search is an OR over the search fields for each word, ANDed: its cost grows with the words.
SEARCH_MAX_WORDS = 10
SEARCH_MAX_CHARACTERS = 200


def shortened_search(query):
    """The search as run: at most SEARCH_MAX_CHARACTERS characters, then SEARCH_MAX_WORDS words
    (a quoted phrase counts as one, as Django's search reads it)."""
    words = list(smart_split(query[:SEARCH_MAX_CHARACTERS]))
    return " ".join(words[:SEARCH_MAX_WORDS])


class SafeChangeListMixin:
    def get_filters(self, request):
        for key, values in self.get_filters_params().items():
            if REFUSED_LOOKUPS.intersection(key.split(LOOKUP_SEP)):
                raise IncorrectLookupParameters(f"{key}: regular expressions are not accepted")
            if any("\x00" in value for value in values):  # PostgreSQL refuses NUL in a string
                raise IncorrectLookupParameters(f"{key}: NUL character")
        try:
            return super().get_filters(request)
        except OverflowError as error:  # a date hierarchy year beyond any date ("year 10**11")
            raise IncorrectLookupParameters(error) from error

    def get_queryset(self, request, exclude_parameters=None):
        too_long = len(self.query) > SEARCH_MAX_CHARACTERS
        if too_long or len(list(smart_split(self.query))) > SEARCH_MAX_WORDS:
            self.query = shortened_search(self.query)
            messages.warning(
                request,
                gettext(
                    "Searches use the first %(words)d words and %(characters)d characters; "
                    "the rest was left out."
                )
                % {"words": SEARCH_MAX_WORDS, "characters": SEARCH_MAX_CHARACTERS},
            )
        queryset = super().get_queryset(request, exclude_parameters)
        # Values become SQL parameters only when the SQL is written: a year beyond any date, or one
        # whose first moment is before year 1 in UTC, raises there. Write it now (no query runs),
        # so that the list redirects to ?e=1 rather than failing while it is shown.
        try:
            queryset.query.get_compiler(queryset.db).as_sql()
        except (EmptyResultSet, FullResultSet):
            pass  # a filter that matches nothing, or everything: fine
        except (ValueError, OverflowError, TypeError) as error:
            raise IncorrectLookupParameters(error) from error
        return queryset


@cache
def safe_changelist(changelist_class):
    return type(changelist_class.__name__, (SafeChangeListMixin, changelist_class), {})


class SafeListAdmin:
    """Mixed into every model admin by PortalAdminSite.register."""

    def get_changelist(self, request, **kwargs):
        return safe_changelist(super().get_changelist(request, **kwargs))

    def get_search_results(self, request, queryset, search_term):
        # Lists shorten their search (and say so) before it gets here; autocomplete fields do not.
        return super().get_search_results(request, queryset, shortened_search(search_term))


class PortalAdminSite(AdminSite):
    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or ModelAdmin
        if not issubclass(admin_class, SafeListAdmin):
            admin_class = type(
                admin_class.__name__,
                (SafeListAdmin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def index(self, request, extra_context=None):
        """The app list, below the editors' dashboard (portal/admin/dashboard.py)."""
        from portal.admin.dashboard import dashboard  # imports models: not loaded when this is

        context = {"dashboard": dashboard(request, self), **(extra_context or {})}
        return super().index(request, context)


class PortalAdminConfig(AdminConfig):
    default_site = "portal.admin_site.PortalAdminSite"

    def ready(self):
        super().ready()  # loads every app's admin module
        from portal.two_factor import replace_device_admin

        replace_device_admin()  # django-otp's device admin, translated and without the keys
