"""The search index's table: one row per searchable object per language it is written in.

Only data lives here; portal/search.py fills it, keeps it current and queries it. On PostgreSQL the
migration adds two `tsvector` columns (`title_vector`, `vector`) with GIN indexes; on SQLite a
companion FTS5 table (`portal_searchentry_fts`, rowid = this table's id). Neither is a model field:
the ORM never reads them, search.py does.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    model = models.CharField(_("model"), max_length=40)  # "portal.article"
    object_id = models.BigIntegerField(_("object id"))
    language = models.CharField(_("language"), max_length=10)
    kind = models.CharField(_("kind"), max_length=20)  # story, photo, video, page, park, …
    section_id = models.BigIntegerField(_("section"), null=True, blank=True)
    # The publish date of an article; for what has none (pages, the directory) 1970-01-01, so
    # every row sorts in the (language, -date, -id) index and "newest first" puts them last.
    date = models.DateTimeField(_("date"))
    # A scheduled article is indexed with its publish time and shown once that time has come.
    visible_from = models.DateTimeField(_("visible from"))
    slug = models.CharField(_("slug"), max_length=80, blank=True)
    title = models.TextField(_("title"))
    body = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        default_permissions = ()  # nobody edits the index: it follows the content
        constraints = [
            models.UniqueConstraint(
                fields=["model", "object_id", "language"], name="search_entry_unique"
            )
        ]
        indexes = [
            models.Index(fields=["language", "-date", "-id"], name="search_entry_newest"),
        ]

    def __str__(self):
        return f"{self.model} {self.object_id} ({self.language})"
