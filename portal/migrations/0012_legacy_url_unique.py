"""One article per old-site address (issue 8 §4).

Before the unique constraint is added, addresses that several articles share are left on the newest
of them (the one created last; the highest id breaks a tie) and cleared on the others, so the
migration cannot fail on real data. An empty address stays allowed on any number of articles.
"""

from django.db import migrations, models
from django.db.models import Count


def keep_on_newest(apps, schema_editor):
    Article = apps.get_model("portal", "Article")
    shared = (
        Article.objects.exclude(legacy_url="")
        .values("legacy_url")
        .annotate(count=Count("id"))
        .filter(count__gt=1)
        .order_by()  # group by the address alone, not by Meta.ordering's columns too
        .values_list("legacy_url", flat=True)
    )
    for address in list(shared):
        holders = Article.objects.filter(legacy_url=address).order_by("-created_at", "-id")
        others = list(holders.values_list("id", flat=True)[1:])
        Article.objects.filter(id__in=others).update(legacy_url="")


class Migration(migrations.Migration):

    dependencies = [
        ("portal", "0011_site_settings"),
    ]

    operations = [
        migrations.RunPython(keep_on_newest, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.UniqueConstraint(
                condition=models.Q(("legacy_url", ""), _negated=True),
                fields=("legacy_url",),
                name="article_unique_legacy_url",
                violation_error_message="Another article already has this old address.",
            ),
        ),
    ]
