"""Two-factor sign-in for staff (issue 8 §7): a six-digit code from an authenticator app (TOTP,
django-otp), after the password.

- Any staff member turns it on for themselves from the admin's user tools ("Two-factor sign-in"):
  the page shows a QR code (inline SVG, drawn here: nothing is loaded from elsewhere) and the secret
  as text, and keeps the device once a code from it is entered. They turn it off there too, with a
  current code.
- Signing in: the password goes through the admin's own sign-in page, so django-axes counts wrong
  passwords as before. A staff member with a device is then sent to the code page before any admin
  page is served (TwoFactorMiddleware); a right code marks the session verified (django-otp's
  OTPMiddleware, `user.is_verified()`). Until then the public site treats the session as anonymous,
  so a password alone never shows a draft.
- Wrong codes: CODE_FAILURE_LIMIT (as many as wrong passwords, settings.AXES_FAILURE_LIMIT) pause
  codes for that device for CODE_COOL_OFF (settings.AXES_COOLOFF_TIME), from any session or address.
  The count is kept on the device, in the database, so every app server sees it; a try while paused
  is refused unchecked and neither counts nor restarts the pause; a right code clears the count.
- ADMIN_REQUIRE_2FA=1: whoever `permissions.requires_two_factor` names (Site managers and
  superusers) and has no device is sent to the setup page from every admin address until they have
  one. Others are unaffected; with the setting off (the default) nothing changes for anyone without
  a device.
- A lost phone: a superuser, or a site manager (who may change users), deletes the person's device
  under "Two-factor sign-in" in the admin; they then sign in with their password alone (or are asked
  to set up a new device, where it is required).
"""

import base64
import functools
from io import BytesIO

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.health import database_unavailable_response
from portal.permissions import requires_two_factor

ADMIN_PATH = "/admin/"
DEVICE_CACHE_SECONDS = 24 * 60 * 60  # an upper bound: every change to a device forgets it at once
# What a session waiting for its code, or made to set up a device first, may still reach.
ALWAYS_OPEN = frozenset({"admin:login", "admin:logout", "admin:jsi18n", "admin_language"})
OPEN_WHILE_VERIFYING = ALWAYS_OPEN | {"two_factor_verify"}
OPEN_WHILE_SETTING_UP = ALWAYS_OPEN | {"two_factor"}


def _code_failure_limit():
    return settings.AXES_FAILURE_LIMIT


def _code_cool_off():
    return settings.AXES_COOLOFF_TIME


def _is_staff(user):
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def confirmed_device(user):
    """The user's authenticator (a confirmed TOTP device), or None."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def _device_key(user_pk):
    return f"two-factor:has-device:{user_pk}"


def has_device(user):
    """Whether the user has a confirmed device. Asked on every admin page, so it is kept in the
    shared cache (set at sign-in, forgotten whenever a device is saved or deleted): a page costs no
    query for it. Without the cache (Redis down, or the entry evicted) the database answers."""
    found = cache.get(_device_key(user.pk))
    if found is None:
        found = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        cache.set(_device_key(user.pk), found, DEVICE_CACHE_SECONDS)
    return found


@receiver([post_save, post_delete], sender=TOTPDevice)
def _forget_device(sender, instance, **kwargs):
    cache.delete(_device_key(instance.user_id))


@receiver(user_logged_in)
def _look_up_device_at_sign_in(sender, request, user, **kwargs):
    has_device(user)  # the sign-in pays for the lookup, not the next page


def pending(user):
    """What this signed-in user must do before the admin serves them: "verify" (enter a code),
    "setup" (set up a device, because it is required of them), or None."""
    if not _is_staff(user) or user.is_verified():
        return None
    if has_device(user):
        return "verify"
    if requires_two_factor(user):
        return "setup"
    return None


def _view_name(request):
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return None


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware. Under /admin/: a session that still owes a code goes to the
    code page, one that must set up a device goes to the setup page, whatever the address (a page,
    a form post, an upload). Elsewhere such a session is anonymous (checked only if a view asks who
    the user is: the public site's cost is unchanged)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PATH):
            try:
                step = pending(request.user)
            except DatabaseError as error:
                # Closed, not open: the same 503 page a view gives (portal/health.py).
                return database_unavailable_response(request, error)
            if step == "verify" and _view_name(request) not in OPEN_WHILE_VERIFYING:
                return redirect(_with_next(reverse("two_factor_verify"), request))
            if step == "setup" and _view_name(request) not in OPEN_WHILE_SETTING_UP:
                return redirect(_with_next(reverse("two_factor"), request))
        elif hasattr(request, "user"):
            user = request.user
            request.user = SimpleLazyObject(functools.partial(_public_user, user))
        return self.get_response(request)


def _public_user(user):
    return AnonymousUser() if pending(user) else user


def _with_next(url, request):
    """`url`?next=the page asked for (a GET only: a form post is not repeated after the code)."""
    if request.method == "GET":
        return f"{url}?{urlencode({'next': request.get_full_path()})}"
    return url


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


# Codes -----------------------------------------------------------------------------------------


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "size": 8,
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())  # "123 456" as some apps show it
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Enter the 6 digits your authenticator app shows."))
        return code


def paused_for(device):
    """How long codes for this device are still paused after too many wrong ones, or None."""
    if device.throttling_failure_count < _code_failure_limit():
        return None
    if device.throttling_failure_timestamp is None:
        return None
    left = device.throttling_failure_timestamp + _code_cool_off() - timezone.now()
    return left if left.total_seconds() > 0 else None


def check_code(device, code):
    """(accepted, pause left): the code checked against the device, unless codes are paused.

    The device row is locked while it is checked, so two app servers cannot both take the same code
    or both count from the same number. django-otp's own back-off is off (OTP_TOTP_THROTTLE_FACTOR =
    0); its failure count and time are ours to read."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if left := paused_for(device):
            return False, left
        if device.throttling_failure_count >= _code_failure_limit():
            device.throttle_reset(commit=False)  # the pause is over: a new count
        accepted = device.verify_token(code)  # a wrong code counts; a right one clears the count
        return accepted, (None if accepted else paused_for(device))


def _minutes(left):
    return max(1, round(left.total_seconds() / 60))


def pause_message(left):
    minutes = _minutes(left)
    return ngettext(
        "Too many wrong codes: codes are paused for %(minutes)d minute. "
        "Wait, then enter the code your app shows then.",
        "Too many wrong codes: codes are paused for %(minutes)d minutes. "
        "Wait, then enter the code your app shows then.",
        minutes,
    ) % {"minutes": minutes}


def _refuse(form, left):
    """Put on the form why its code was not taken."""
    if left:
        form.add_error(None, pause_message(left))
    else:
        form.add_error(
            "code", gettext("That code is not right. Enter the code your app shows now.")
        )


# The pages -------------------------------------------------------------------------------------


def _context(request, **extra):
    return {**admin.site.each_context(request), "next": _next_url(request), **extra}


def verify(request):
    """The code page, between the password and the admin."""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        accepted, left = check_code(device, form.cleaned_data["code"])
        if accepted:
            otp_login(request, device)
            return redirect(_next_url(request))
        _refuse(form, left)
    left = paused_for(device) if request.method == "GET" else None
    context = _context(
        request,
        title=_("Enter your sign-in code"),
        form=form,
        paused=pause_message(left) if left else "",
    )
    return render(request, "admin/two_factor/verify.html", context)


def manage(request):
    """Turn two-factor sign-in on (QR code, secret, a first code) or off (a current code)."""
    device = confirmed_device(request.user)
    if device is not None:
        return _turn_off(request, device)
    return _turn_on(request)


def _turn_on(request):
    user = request.user
    # The key is kept until a code confirms it: reloading the page shows the same QR code.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=user.get_username(), confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
            otp_login(request, device)  # this session has just shown a code
            messages.success(
                request,
                gettext(
                    "Two-factor sign-in is on. You will be asked for a code after your password."
                ),
            )
            return redirect(_next_url(request))
        _refuse(form, None)
    context = _context(
        request,
        title=_("Two-factor sign-in"),
        form=form,
        qr_code=qr_svg(device.config_url),
        secret=readable_secret(device),
        required=requires_two_factor(user),
    )
    return render(request, "admin/two_factor/setup.html", context)


def _turn_off(request, device):
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        accepted, left = check_code(device, form.cleaned_data["code"])
        if accepted:
            TOTPDevice.objects.filter(user=request.user).delete()
            messages.success(request, gettext("Two-factor sign-in is off."))
            return redirect(reverse("admin:index"))  # or the setup page, where it is required
        _refuse(form, left)
    context = _context(
        request,
        title=_("Two-factor sign-in"),
        form=form,
        device=device,
        required=requires_two_factor(request.user),
    )
    return render(request, "admin/two_factor/manage.html", context)


def readable_secret(device):
    """The key as authenticator apps take it typed in: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(data):
    """`data` as a QR code, an <svg> element to put in the page (black on white, in either theme)."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10)
    out = BytesIO()
    image.save(out)
    svg = out.getvalue().decode()
    svg = svg[svg.index("<svg") :]  # without the XML declaration
    # Made here from our own data (a URL of hex digits and the username, which qrcode only turns
    # into squares), never from markup anyone typed.
    return mark_safe(svg)


# Staff only, signed in, CSRF-checked and never cached, like every admin page.
verify_view = admin.site.admin_view(verify)
manage_view = admin.site.admin_view(manage)


# The devices, in the admin -----------------------------------------------------------------------


def replace_device_admin():
    """django-otp's admin of TOTP devices shows their keys and speaks English only (its labels
    are not marked for translation). In its place: who has two-factor sign-in on, since when, last
    used; a superuser or a site manager (who may change users) deletes a lost phone's device.
    Called by PortalAdminConfig.ready(), after every app's admin module is loaded."""
    from django.apps import apps

    apps.get_app_config("otp_totp").verbose_name = _("Two-factor sign-in")
    # Meta.verbose_name is a plain string in django-otp; _meta.original_attrs (what migrations
    # compare) keeps it, so this adds no migration.
    TOTPDevice._meta.verbose_name = _("two-factor device")
    TOTPDevice._meta.verbose_name_plural = _("two-factor devices")

    class DeviceAdmin(admin.ModelAdmin):
        # Unconfirmed ones too: a set-up begun and not finished is a row (its owner's delete page
        # links it), and deleting it makes the owner start again with a new key.
        list_display = ("owner", "set_up", "added", "last_used")
        list_select_related = ("user",)
        search_fields = ("user__username",)
        ordering = ("user__username",)
        fields = readonly_fields = ("owner", "set_up", "added", "last_used")
        actions = ("delete_selected",)

        @admin.display(description=_("Set up"), boolean=True, ordering="confirmed")
        def set_up(self, obj):
            return obj.confirmed

        @admin.display(description=_("User"), ordering="user__username")
        def owner(self, obj):
            return obj.user.get_username()

        @admin.display(description=_("Turned on"), ordering="created_at")
        def added(self, obj):
            return obj.created_at or self.get_empty_value_display()

        @admin.display(description=_("Last used"), ordering="last_used_at")
        def last_used(self, obj):
            return obj.last_used_at or self.get_empty_value_display()  # never: "-", not "None"

        def _may_manage(self, request):
            return request.user.has_perm("auth.change_user")

        def has_module_permission(self, request):
            return self._may_manage(request)

        def has_view_permission(self, request, obj=None):
            return self._may_manage(request)

        def has_delete_permission(self, request, obj=None):
            return self._may_manage(request)

        def has_add_permission(self, request):
            return False  # each person sets up their own

        def has_change_permission(self, request, obj=None):
            return False

    if admin.site.is_registered(TOTPDevice):
        admin.site.unregister(TOTPDevice)
    admin.site.register(TOTPDevice, DeviceAdmin)
