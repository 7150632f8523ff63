"""Signing in to the admin: django-axes' lockout, as staff see it.

django-axes (settings/base.py) counts failed sign-ins in the database, so every app server sees the
same count. This module gives it what it lacks for a Chinese admin: a translated name for its admin
section, its interface strings in our catalogue, and the lockout page in the admin's look.
"""

from axes.apps import AppConfig as AxesAppConfig
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop


class AxesConfig(AxesAppConfig):
    """django-axes under a name staff understand (its own has none: the admin would say "Axes")."""

    verbose_name = _("Sign-in security")

    def ready(self):
        super().ready()
        # After the admin's own ready() (it comes first in INSTALLED_APPS), which registered axes'.
        replace_attempt_admin()


def replace_attempt_admin():
    """axes' admin of access attempts, with what a Chinese admin and a site manager need: the
    "status" and "expiration" columns named for translation (axes leaves them to Django, which
    names them after the methods, in English), the remaining tries said in a translatable sentence,
    and a "Clean up expired attempts" action that works (axes' fails outside a sign-in request: it
    reads the request's attempt time, which only a sign-in sets) and whose message is translated."""
    from axes.admin import AccessAttemptAdmin
    from axes.models import AccessAttempt
    from django.contrib import admin, messages
    from django.utils.translation import gettext, ngettext

    class PortalAccessAttemptAdmin(AccessAttemptAdmin):
        @admin.display(description=_("Expires At"))
        def expiration(self, obj):
            return super().expiration(obj)

        @admin.display(description=_("Status"))
        def status(self, obj):
            left = settings.AXES_FAILURE_LIMIT - obj.failures_since_start
            if left <= 0:
                return gettext("Locked Out")
            return ngettext("%(count)d try left", "%(count)d tries left", left) % {"count": left}

        @admin.action(description=_("Clean up expired attempts"))
        def cleanup_expired_attempts(self, request, queryset):
            from axes.handlers.proxy import AxesProxyHandler

            AxesProxyHandler.update_request(request)  # the attempt time axes' handler reads
            count = self.handler.clean_expired_user_attempts(request=request)
            message = ngettext(
                "Cleaned up %(count)d expired access attempt.",
                "Cleaned up %(count)d expired access attempts.",
                count,
            )
            self.message_user(request, message % {"count": count}, messages.SUCCESS)

    if admin.site.is_registered(AccessAttempt):
        admin.site.unregister(AccessAttempt)
        admin.site.register(AccessAttempt, PortalAccessAttemptAdmin)


# django-axes ships no Chinese catalogue. These are the interface strings of its admin pages, word for
# word, marked here so that `make messages` keeps them in ours: our catalogue (LOCALE_PATHS) is
# searched before an app's own, so its attempts and logs read in Chinese. Those Django's catalogue
# already translates ("Yes", "No") are left to it; those our lockout page and
# PortalAccessAttemptAdmin replace (its plain-text lockout messages, "Attempt Remaining") are left out.
AXES_MESSAGES = (
    gettext_noop("Access Attempt"),
    gettext_noop("Access lock out"),
    gettext_noop("Attempt Time"),
    gettext_noop("Clean up expired attempts"),
    gettext_noop("Expires At"),
    gettext_noop("Failed Logins"),
    gettext_noop("Form Data"),
    gettext_noop("GET Data"),
    gettext_noop("HTTP Accept"),
    gettext_noop("IP Address"),
    gettext_noop("Locked Out"),
    gettext_noop("Logout Time"),
    gettext_noop("Meta Data"),
    gettext_noop("Not set"),
    gettext_noop("POST Data"),
    gettext_noop("Path"),
    gettext_noop("Session key hash (sha256)"),
    gettext_noop("The time when access attempt expires and is no longer valid."),
    gettext_noop("User Agent"),
    gettext_noop("Username"),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked user or address gets (settings.AXES_LOCKOUT_CALLABLE): the admin's header,
    in the admin's language, saying for how long sign-in is paused and who can lift the pause."""
    # Imported here: this module is loaded with the app registry (AxesConfig), before any model.
    from axes.helpers import get_cool_off
    from django.contrib import admin

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in paused"),
        "minutes": minutes,
    }
    response = render(
        request, "axes/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
