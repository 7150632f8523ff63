"""What the admin keeps per staff member (not per browser, not per session)."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db import models
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

# The admin language is read from the StaffProfile when the user signs in and kept in the session,
# which every admin request loads anyway: an admin page costs no query for it. The language menu
# updates both; another browser the user is signed in to follows from its next sign-in.
ADMIN_LANGUAGE_SESSION_KEY = "portal_admin_language"


class StaffProfile(models.Model):
    """A staff member's own choices for the admin.

    `admin_language` is the language the admin speaks to them, chosen with the menu at the top of
    every admin page; empty until they choose, and the admin then follows the browser's
    Accept-Language. It is never the public site's language cookie, and choosing it never sets that
    cookie (portal.middleware.AdminLanguageMiddleware, portal.views.admin_language).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    admin_language = models.CharField(
        _("admin language"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Empty: the language of the browser."),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return str(self.user)


def stored_admin_language(user):
    """The user's chosen admin language, or "" until they choose."""
    chosen = StaffProfile.objects.filter(user=user).values_list("admin_language", flat=True)
    return chosen.first() or ""


@receiver(user_logged_in, dispatch_uid="portal.remember_admin_language")
def remember_admin_language(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[ADMIN_LANGUAGE_SESSION_KEY] = stored_admin_language(user)
