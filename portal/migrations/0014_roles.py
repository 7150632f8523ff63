"""Roles and review (issue 8 §3): the four groups with their permissions, the review state and note
of an article, its author, and the groups that own each section (the menus of a site that has them).

The groups' permissions are written here once; superusers may change them later in the admin.
Sections are assigned to groups in data (Section.owners): a menu's groups edit its items too."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

EVERYTHING = ("add", "change", "delete", "view")
ARTICLE_RELATIONS = {"industry": ("view",), "enterprise": ("view",)}  # the form's autocompletes
DIRECTORY = ("industry", "industrialpark", "parkphoto", "enterprise", "developmentzone",
             "official", "department")  # fmt: skip

# {group: {(app, model): actions}}; an action that is not add/change/delete/view is a codename.
GROUPS = {
    "Writers": {
        ("portal", "article"): ("add", "change", "view"),
        ("portal", "articlephoto"): EVERYTHING,
        ("portal", "section"): ("view",),
        **{("portal", model): actions for model, actions in ARTICLE_RELATIONS.items()},
    },
    "News editors": {
        ("portal", "article"): (*EVERYTHING, "publish_article"),
        ("portal", "articlephoto"): EVERYTHING,
        ("portal", "section"): ("change", "view"),
        **{("portal", model): actions for model, actions in ARTICLE_RELATIONS.items()},
    },
    "Investment editors": {
        **{("portal", model): EVERYTHING for model in DIRECTORY},
        ("portal", "entryredirect"): ("view", "delete"),
        ("portal", "section"): ("change", "view"),
    },
    "Site managers": {
        ("portal", "section"): (*EVERYTHING, "change_section_structure"),
        ("portal", "sectionredirect"): ("view", "delete"),
        ("portal", "sitesettings"): ("change", "view"),
        ("auth", "user"): ("add", "change", "view"),
        ("auth", "group"): ("add", "change", "view"),
        ("axes", "accessattempt"): ("view", "delete"),
        ("axes", "accessfailurelog"): ("view", "delete"),
        ("axes", "accesslog"): ("view",),
    },
}
# The menus each group owns, by the menu's slug (the demo's and the old site's).
OWNERS = {
    "news": ("News editors", "Writers"),
    "living": ("News editors", "Writers"),
    "about": ("Investment editors",),
    "investing": ("Investment editors",),
}


def create_roles(apps, schema_editor):
    # Permissions are made after migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    assign_roles(apps)


def assign_roles(apps):
    """The groups with their permissions, and the menus' owners (idempotent). The tests that
    empty the database call it again (tests/e2e/conftest.py)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Section = apps.get_model("portal", "Section")
    for name, grants in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for (app_label, model), actions in grants.items():
            codenames = [a if "_" in a else f"{a}_{model}" for a in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=codenames,
                )
            )
    for slug, names in OWNERS.items():
        for section in Section.objects.filter(parent__isnull=True, slug=slug):
            section.owners.add(*Group.objects.filter(name__in=names))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("portal", "0013_staff_profile"),
        ("axes", "0010_accessattemptexpiration"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="article",
            options={
                "get_latest_by": "published_at",
                "ordering": ["-published_at", "-pk"],
                "permissions": [("publish_article", "Can publish, review and send back articles")],
                "verbose_name": "article",
                "verbose_name_plural": "articles",
            },
        ),
        migrations.AlterModelOptions(
            name="section",
            options={
                "ordering": ["position", "pk"],
                "permissions": [("change_section_structure", "Can change the menus' structure")],
                "verbose_name": "section",
                "verbose_name_plural": "sections",
            },
        ),
        migrations.AddField(
            model_name="article",
            name="author",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                help_text="The staff member who created the article.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="author",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="review_note",
            field=models.TextField(
                blank=True,
                help_text="What to change before the article can be published. The writer sees it.",
                verbose_name="note from the reviewer",
            ),
        ),
        migrations.AddField(
            model_name="section",
            name="owners",
            field=models.ManyToManyField(
                blank=True,
                help_text="The groups whose members edit this section's page text and articles. A menu's groups also edit all its items.",
                related_name="sections",
                to="auth.group",
                verbose_name="edited by",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("review", "Waiting for review"),
                    ("published", "Published"),
                ],
                db_index=True,
                default="draft",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.RunPython(create_roles, remove_roles),
    ]
