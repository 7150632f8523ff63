"""The admin's language menu: the choice is kept for the user (StaffProfile), not in a cookie.

Django's set_language view, which the menu used to post to, sets the language cookie that the public
site's `/` redirect reads too: choosing 中文 in the admin sent the user's next visit to the Chinese
site, and reading the Chinese site turned the admin Chinese. This keeps the two apart.
"""

from django.conf import settings
from django.contrib import admin
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.models import StaffProfile
from portal.models.staff import ADMIN_LANGUAGE_SESSION_KEY


@require_POST
def choose_admin_language(request):
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("Choose English or Chinese."))
    StaffProfile.objects.update_or_create(user=request.user, defaults={"admin_language": language})
    request.session[ADMIN_LANGUAGE_SESSION_KEY] = language
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("admin:index")
    return HttpResponseRedirect(target)


# Staff only, signed in, CSRF-checked and never cached, like every admin page.
admin_language = admin.site.admin_view(choose_admin_language)
