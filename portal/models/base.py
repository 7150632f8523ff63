"""What every content model shares: a queryset whose bulk writes say that public content changed,
and keep the search index current (portal/search.py)."""

from django.db import models


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
