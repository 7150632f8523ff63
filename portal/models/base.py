"""What every content model shares: a queryset whose bulk writes say that public content changed,
and keep the search index current (portal/search.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class WrittenIn:
    """The one rule for "which languages is this written in": those in which its `title_field`
    (an article's or a section's title, an entry's or a person's name) is filled in. Read from the
    columns the row has anyway, so asking costs no query.

    Pages use it to mark content shown in a language it lacks with `lang` (the `lang_attr` filter)
    and to say so with a link to the version that exists (includes/language_notice.html)."""

    title_field = "title"

    @property
    def languages(self):
        """The languages it is written in, in the site's order."""
        return [
            code
            for code in LANGUAGE_CODES
            if getattr(self, build_localized_fieldname(self.title_field, code), None)
        ]

    def content_language(self, language=None):
        """The language the visitor will read: the page's, or the one it exists in."""
        language = language or get_language()
        available = self.languages
        return language if language in available or not available else available[0]

    @property
    def foreign_language(self):
        """The language it is shown in when that is not the page's; "" when it is."""
        language = get_language()
        shown = self.content_language(language)
        return "" if shown == language else shown


class ContentQuerySet(models.QuerySet):
    """`update()`, `bulk_create()` and `bulk_update()` send no signal, so the page cache would not hear
    of them; these say so themselves (see portal/cache.py). Saves, deletes and many-to-many changes
    are caught by signals. The search index hears of them here too (the admin's publish and
    unpublish actions are queryset updates)."""

    def update(self, **kwargs):
        from portal import search

        changing = search.pks_before_update(self)
        count = super().update(**kwargs)
        if count:
            _content_changed()
            if changing:
                search.reindex(self.model, changing)
        return count

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            _content_changed()
            _reindex(self.model, created)
        return created

    bulk_create.alters_data = True

    def bulk_update(self, objs, fields, *args, **kwargs):
        count = super().bulk_update(objs, fields, *args, **kwargs)
        if count:
            _content_changed()
            _reindex(self.model, objs)
        return count

    bulk_update.alters_data = True


def _content_changed():
    from portal.cache import content_changed  # the cache module imports models; import it late

    content_changed()


def _reindex(model, objs):
    from portal import search

    if search.is_indexed(model):
        search.reindex(model, [obj.pk for obj in objs])
