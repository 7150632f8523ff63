"""Staff accounts and groups (Site managers', issue 8 §3), named in the admin's language.

Django stores a permission's name in English ("Can add article") and shows it as stored; the
groups are the four roles of portal/permissions.py, stored under English names. Here both are
labelled for the reader, in Chinese too. And a Site manager, who may edit users and groups without
being a superuser, cannot make anyone (themselves included) a superuser or hand out permissions
directly: the users' rights come from the groups, whose permissions only superusers change.
"""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission, User
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from portal import permissions

ACTIONS = {
    "add": _("Can add %(model)s"),
    "change": _("Can change %(model)s"),
    "delete": _("Can delete %(model)s"),
    "view": _("Can view %(model)s"),
}


def permission_label(permission):
    """“文章：可以修改 文章”: the model, then what the permission allows, in the admin's language."""
    model = permission.content_type.model_class()
    if model is None:  # a model that is gone
        return permission.name
    opts = model._meta
    action, _sep, model_name = permission.codename.partition("_")
    custom = dict(opts.permissions).get(permission.codename)
    if custom is not None:
        text = custom
    elif action in ACTIONS and model_name == opts.model_name:
        text = ACTIONS[action] % {"model": opts.verbose_name}
    else:
        text = permission.name
    return _("%(model)s: %(permission)s") % {
        "model": str(opts.verbose_name_plural).capitalize(),
        "permission": text,
    }


def _labelled(field):
    if field is not None and field.queryset.model is Permission:
        field.queryset = field.queryset.select_related("content_type")
        field.label_from_instance = permission_label
    elif field is not None and field.queryset.model is Group:
        field.label_from_instance = permissions.group_label
    return field


class LabelledChoices:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        return _labelled(super().formfield_for_manytomany(db_field, request, **kwargs))


# A group is named by str() on every admin page (titles, breadcrumbs, history, delete pages, the
# users' group choices): the four roles read in the admin's language there too. Their stored names
# stay English (migration 0014 and portal.permissions find them by it).
Group.__str__ = permissions.group_label

admin.site.unregister(Group)
admin.site.unregister(User)


@admin.register(Group)
class PortalGroupAdmin(LabelledChoices, GroupAdmin):
    list_display = ("label",)

    @admin.display(description=_("name"), ordering="name")
    def label(self, group):
        return permissions.group_label(group)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.is_superuser:
            fields = (*fields, "granted")
        return fields

    def get_fields(self, request, obj=None):
        if request.user.is_superuser:
            return ("name", "permissions")
        return ("name", "granted")

    @admin.display(description=_("permissions"))
    def granted(self, group):
        if group is None or not group.pk:
            return "—"
        perms = group.permissions.select_related("content_type").order_by(
            "content_type__app_label", "content_type__model", "codename"
        )
        return format_html_join("", "<div>{}</div>", ((permission_label(p),) for p in perms)) or "—"


@admin.register(User)
class PortalUserAdmin(LabelledChoices, UserAdmin):
    list_display = ("username", "email", "first_name", "last_name", "is_staff", "group_names")

    @admin.display(description=_("groups"))
    def group_names(self, user):
        return ", ".join(permissions.group_label(group) for group in user.groups.all()) or "—"

    def get_queryset(self, request):
        queryset = super().get_queryset(request).prefetch_related("groups")
        if not request.user.is_superuser:
            queryset = queryset.filter(is_superuser=False)  # not theirs to change
        return queryset

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.is_superuser:
            fields = (*fields, "is_superuser", "user_permissions")
        return fields
