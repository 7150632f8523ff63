"""Create the staff user `admin` for `make run`, and say how to log in."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the superuser 'admin' (password from ADMIN_PASSWORD, otherwise generated and printed)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username, url, **options):
        User = get_user_model()
        password = os.environ.get("ADMIN_PASSWORD", "")
        user = User.objects.filter(username=username).first()
        if user is None:
            generated = not password
            password = password or secrets.token_urlsafe(12)
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
