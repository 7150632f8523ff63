"""Create the staff user `admin` for `make run`, and say how to log in."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django_otp import user_has_device


class Command(BaseCommand):
    help = "Create the superuser 'admin' (password from ADMIN_PASSWORD, otherwise generated and printed)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username, url, **options):
        User = get_user_model()
        password = os.environ.get("ADMIN_PASSWORD", "")
        user = User.objects.filter(username=username).first()
        if password:
            # The same rules as every password set in the admin (AUTH_PASSWORD_VALIDATORS: at least
            # 12 characters, not common, not all digits, not like the username).
            try:
                validate_password(password, user or User(username=username))
            except ValidationError as refusal:
                reasons = " ".join(refusal.messages)
                raise CommandError(
                    f"ADMIN_PASSWORD is too weak, so the password of '{username}' was not set: "
                    f"{reasons} Choose a stronger one, or leave ADMIN_PASSWORD unset to have "
                    "a strong one generated."
                ) from refusal
        if user is None:
            generated = not password
            password = password or secrets.token_urlsafe(16)
            User.objects.create_superuser(username=username, email="", password=password)
            shown = password if generated else "(the value of ADMIN_PASSWORD)"
            self.stdout.write(
                self.style.SUCCESS(f"Admin login: {url}  user: {username}  password: {shown}")
            )
            if generated:
                self.stdout.write(
                    "This password is shown once; set ADMIN_PASSWORD to choose your own."
                )
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(f"Admin login: {url}  user: {username}  password: (ADMIN_PASSWORD)")
        else:
            self.stdout.write(
                f"Admin login: {url}  user: {username}  password: as printed when it was created "
                "(set ADMIN_PASSWORD to reset it)"
            )
        if settings.ADMIN_REQUIRE_2FA and not user_has_device(User.objects.get(username=username)):
            # ADMIN_REQUIRE_2FA: superusers sign in with a second factor (portal/two_factor.py).
            self.stdout.write(
                "ADMIN_REQUIRE_2FA is on: at the first sign-in, the admin will be asked to set up "
                "two-factor sign-in (an authenticator app) before anything else."
            )
