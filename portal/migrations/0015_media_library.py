"""The media library (issue 8 §2), and the pictures the site already shows registered in it.

The library is not empty on an existing site: every article cover (with its description, caption and
credit), every photo of a photo story, and every stored picture in an article's or a section's body
(with the alt text the body gives it, in the body's language) gets an entry, dated as the content
that shows it. At 100,000 articles this reads the rows once, in chunks (`iterator`, only the columns
it needs, bodies only where they hold a picture), and writes in batches that skip names already
registered (`bulk_create(ignore_conflicts=True)`); no file is opened.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

BATCH = 1000


# Who uses the library (migration 0014's groups): those who write bodies and covers add and reuse
# pictures; editors also remove entries (the file stays: see MediaImage).
LIBRARY_GRANTS = {
    "Writers": ("add", "change", "view"),
    "News editors": ("add", "change", "delete", "view"),
    "Investment editors": ("add", "change", "delete", "view"),
    "Site managers": ("view",),
}


def grant_library(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("portal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in LIBRARY_GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="portal",
                    codename__in=[f"{action}_mediaimage" for action in actions],
                )
            )


def register_images_in_use(apps, schema_editor):
    # body_images is a pure function (HTML in, names out): the migration reads bodies as the site does.
    from portal.models.media import body_images

    MediaImage = apps.get_model("portal", "MediaImage")
    Article = apps.get_model("portal", "Article")
    ArticlePhoto = apps.get_model("portal", "ArticlePhoto")
    Section = apps.get_model("portal", "Section")
    seen = set(MediaImage.objects.values_list("file", flat=True))
    batch = []

    def flush():
        MediaImage.objects.bulk_create(batch, ignore_conflicts=True)
        batch.clear()

    def add(name, width, height, created_at, **texts):
        if not name or name in seen or len(name) > 255:
            return
        seen.add(name)
        texts = {key: value or "" for key, value in texts.items()}
        batch.append(MediaImage(file=name, width=width, height=height, **texts))
        if created_at is not None:
            batch[-1].created_at = created_at
        if len(batch) >= BATCH:
            flush()

    covers = (
        Article.objects.exclude(cover="")
        .order_by("published_at", "pk")
        .values_list(
            "cover", "cover_width", "cover_height", "published_at",
            "cover_alt_en", "cover_alt_zh_hans", "cover_caption_en", "cover_caption_zh_hans",
            "cover_credit_en", "cover_credit_zh_hans",
        )  # fmt: skip
    )
    for name, width, height, date, alt_en, alt_zh, cap_en, cap_zh, credit_en, credit_zh in (
        covers.iterator(chunk_size=2000)
    ):
        add(
            name, width, height, date, alt_en=alt_en, alt_zh_hans=alt_zh, caption_en=cap_en,
            caption_zh_hans=cap_zh, credit=credit_en or credit_zh,
        )  # fmt: skip

    photos = ArticlePhoto.objects.order_by("article__published_at", "pk").values_list(
        "image", "width", "height", "article__published_at",
        "alt_en", "alt_zh_hans", "caption_en", "caption_zh_hans", "credit",
    )  # fmt: skip
    for name, width, height, date, alt_en, alt_zh, cap_en, cap_zh, credit in photos.iterator(
        chunk_size=2000
    ):
        add(
            name, width, height, date, alt_en=alt_en, alt_zh_hans=alt_zh, caption_en=cap_en,
            caption_zh_hans=cap_zh, credit=credit,
        )  # fmt: skip

    for model, date_field in ((Article, "published_at"), (Section, None)):
        with_pictures = models.Q(body_en__contains="<img") | models.Q(body_zh_hans__contains="<img")
        rows = model.objects.filter(with_pictures).order_by(*filter(None, [date_field, "pk"]))
        columns = ["body_en", "body_zh_hans", *filter(None, [date_field])]
        for row in rows.values_list(*columns).iterator(chunk_size=500):
            date = row[2] if date_field else None
            for body, suffix in ((row[0], "en"), (row[1], "zh_hans")):
                for name, width, height, alt in body_images(body or ""):
                    add(name, width, height, date, **{f"alt_{suffix}": alt})
    flush()


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0014_roles'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='MediaImage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('file', models.CharField(help_text='The name of the picture in storage. Reusing it never uploads it again.', max_length=255, unique=True, verbose_name='stored file')),
                ('width', models.PositiveIntegerField(blank=True, editable=False, null=True, verbose_name='width')),
                ('height', models.PositiveIntegerField(blank=True, editable=False, null=True, verbose_name='height')),
                ('alt', models.CharField(blank=True, help_text='What the picture shows, for people who cannot see it. It is filled in wherever the picture is reused.', max_length=250, verbose_name='description (alt text)')),
                ('alt_en', models.CharField(blank=True, help_text='What the picture shows, for people who cannot see it. It is filled in wherever the picture is reused.', max_length=250, null=True, verbose_name='description (alt text)')),
                ('alt_zh_hans', models.CharField(blank=True, help_text='What the picture shows, for people who cannot see it. It is filled in wherever the picture is reused.', max_length=250, null=True, verbose_name='description (alt text)')),
                ('caption', models.CharField(blank=True, max_length=300, verbose_name='caption')),
                ('caption_en', models.CharField(blank=True, max_length=300, null=True, verbose_name='caption')),
                ('caption_zh_hans', models.CharField(blank=True, max_length=300, null=True, verbose_name='caption')),
                ('credit', models.CharField(blank=True, max_length=120, verbose_name='photo credit')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='uploaded')),
                ('uploaded_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='uploaded by')),
            ],
            options={
                'verbose_name': 'library image',
                'verbose_name_plural': 'media library',
                'ordering': ['-created_at', '-pk'],
                'get_latest_by': 'created_at',
                'indexes': [models.Index(fields=['-created_at', '-id'], name='mediaimage_newest_first')],
            },
        ),
        migrations.RunPython(register_images_in_use, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(grant_library, migrations.RunPython.noop),
    ]
