"""Site settings in the admin: one form, never a list, never a second row, never deleted."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.admin.mixins import TranslatedAdmin
from portal.models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslatedAdmin):
    # What both languages share first, then the texts under the form's one English / 中文 switch.
    fieldsets = (
        (
            _("Registration numbers"),
            {
                "fields": ("icp_number", "public_security_number"),
                "description": _(
                    "Every website in mainland China shows these numbers at the bottom of its "
                    "pages. Copy them exactly as they were issued."
                ),
            },
        ),
        (_("Contact details"), {"fields": ("telephone", "email")}),
        (_("Texts"), {"fields": ("site_name", "copyright", "address", "sidebar_about")}),
    )

    wide_fields = ("site_name", "copyright", "address")  # long lines: inputs as wide as the form

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        name = getattr(db_field, "translated_field", db_field).name
        if field is not None and name in self.wide_fields:
            field.widget.attrs["class"] = f"{field.widget.attrs.get('class', '')} vLargeTextField"
        return field

    # The one row is created when first opened (SiteSettings.load), so there is nothing to add;
    # deciding this without a query keeps every admin page's menu free of one.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        """No list of one: open the form."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        settings = SiteSettings.load()
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change",
                args=[settings.pk],
                current_app=self.admin_site.name,
            )
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if object_id == str(SiteSettings.SINGLETON_PK) and self.has_view_or_change_permission(
            request
        ):
            SiteSettings.load()  # a link straight to the form works before the row exists
        return super().change_view(request, object_id, form_url, extra_context)
