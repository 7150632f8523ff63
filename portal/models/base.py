"""What every content model shares: a queryset whose bulk writes say that public content changed."""

from django.db import models


class ContentQuerySet(models.QuerySet):
    """`update()`, `bulk_create()` and `bulk_update()` send no signal, so the page cache would not hear
    of them; these say so themselves (see portal/cache.py). Saves, deletes and many-to-many changes
    are caught by signals."""

    def update(self, **kwargs):
        count = super().update(**kwargs)
        if count:
            _content_changed()
        return count

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            _content_changed()
        return created

    bulk_create.alters_data = True

    def bulk_update(self, objs, fields, *args, **kwargs):
        count = super().bulk_update(objs, fields, *args, **kwargs)
        if count:
            _content_changed()
        return count

    bulk_update.alters_data = True


def _content_changed():
    from portal.cache import content_changed  # the cache module imports models; import it late

    content_changed()
