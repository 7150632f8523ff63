"""Indexes for the admin's article list and search, and for the enterprise directory's order.

The admin searches titles and summaries in both languages with `icontains`, which Django writes on
PostgreSQL as `UPPER("column"::text) LIKE UPPER('%term%')`. A pg_trgm GIN index on exactly that
expression answers it (a term of three characters or more, Chinese included) without reading the
table. PostgreSQL only: SQLite has no trigram indexes and scans, which is fine at the sizes it runs.
pg_trgm is a trusted extension: the database owner may create it, no superuser needed."""

from django.db import migrations, models

SEARCHED_COLUMNS = ("title_en", "title_zh_hans", "summary_en", "summary_zh_hans")


def trigram_index(column):
    return f"article_{column}_trgm"


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in SEARCHED_COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {trigram_index(column)} ON portal_article "
            f'USING gin (UPPER("{column}"::text) gin_trgm_ops)'
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in SEARCHED_COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {trigram_index(column)}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_article_public_indexes"),
    ]

    operations = [
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["-published_at", "-id"], name="article_newest_first"),
        ),
        migrations.AddIndex(
            model_name="enterprise",
            index=models.Index(
                fields=["position", "slug", "id"], name="enterprise_order"
            ),
        ),
        migrations.AddIndex(
            model_name="enterprise",
            index=models.Index(fields=["park", "position", "slug"], name="enterprise_park_order"),
        ),
    ]
