"""The search index (portal/search.py): the SearchEntry table, and what each database searches with.

PostgreSQL: two `tsvector` columns, `title_vector` and `vector` (title weight A, text weight B),
written by portal/search.py with the `english` or `simple` configuration, and GIN indexes on
both for each language (partial, so each is half the size and a query walks only its own).
SQLite: an FTS5 table whose rowid is the entry's id, over the same segmented text (words, and the
Chinese characters in order), with the porter stemmer and accents folded.

Then the index is filled from the content already there (with these migrations' models, so it
works whatever later migrations add); `manage.py rebuild_search_index` does the same at any time.
"""

from django.db import migrations, models

LANGUAGE_SUFFIXES = {"en": "en", "zh-hans": "zh"}


def create_search_structures(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE portal_searchentry "
            "ADD COLUMN title_vector tsvector NOT NULL DEFAULT ''::tsvector, "
            "ADD COLUMN vector tsvector NOT NULL DEFAULT ''::tsvector"
        )
        for language, suffix in LANGUAGE_SUFFIXES.items():
            for column in ("vector", "title_vector"):
                schema_editor.execute(
                    f"CREATE INDEX search_{column}_{suffix} ON portal_searchentry "
                    f"USING gin ({column}) WHERE language = '{language}'"
                )
    elif connection.vendor == "sqlite":
        schema_editor.execute(
            "CREATE VIRTUAL TABLE portal_searchentry_fts USING fts5("
            "title, body, title_chars, body_chars, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )


def drop_search_structures(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS portal_searchentry_fts")
    # On PostgreSQL the columns and indexes go with the table.


def fill_index(apps, schema_editor):
    from portal import search

    search.rebuild(get_model=apps.get_model)



class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0015_media_library'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('model', models.CharField(max_length=40, verbose_name='model')),
                ('object_id', models.BigIntegerField(verbose_name='object id')),
                ('language', models.CharField(max_length=10, verbose_name='language')),
                ('kind', models.CharField(max_length=20, verbose_name='kind')),
                ('section_id', models.BigIntegerField(blank=True, null=True, verbose_name='section')),
                ('date', models.DateTimeField(verbose_name='date')),
                ('visible_from', models.DateTimeField(verbose_name='visible from')),
                ('slug', models.CharField(blank=True, max_length=80, verbose_name='slug')),
                ('title', models.TextField(verbose_name='title')),
                ('body', models.TextField(blank=True, verbose_name='text')),
            ],
            options={
                'verbose_name': 'search entry',
                'verbose_name_plural': 'search entries',
                'default_permissions': (),
                'indexes': [models.Index(fields=['language', '-date', '-id'], name='search_entry_newest')],
                'constraints': [models.UniqueConstraint(fields=('model', 'object_id', 'language'), name='search_entry_unique')],
            },
        ),
        migrations.RunPython(create_search_structures, drop_search_structures, elidable=False),
        migrations.RunPython(fill_index, migrations.RunPython.noop, elidable=True),
    ]
