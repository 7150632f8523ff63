from io import StringIO

import pytest
from django.core.management import call_command

from portal.models import Section


@pytest.mark.django_db
def test_no_pending_migrations():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.django_db
def test_demo_content_is_idempotent():
    call_command("load_demo_content", stdout=StringIO())
    first = list(Section.objects.values_list("pk", "slug", "title_en", "title_zh_hans", "position"))
    call_command("load_demo_content", stdout=StringIO())
    assert (
        list(Section.objects.values_list("pk", "slug", "title_en", "title_zh_hans", "position"))
        == first
    )
    assert len(first) == 34


@pytest.mark.django_db
def test_demo_content_never_overwrites_staff_edits():
    call_command("load_demo_content", stdout=StringIO())
    Section.objects.filter(slug="local").update(title_en="Local News")
    call_command("load_demo_content", stdout=StringIO())
    assert Section.objects.get(slug="local").title_en == "Local News"


@pytest.mark.django_db
def test_every_demo_section_has_both_languages():
    call_command("load_demo_content", stdout=StringIO())
    for section in Section.objects.all():
        assert section.title_en and section.title_zh_hans
        assert section.intro_en and section.intro_zh_hans, section.slug


@pytest.mark.django_db
def test_ensure_admin_uses_the_given_password(monkeypatch):
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    monkeypatch.setenv("ADMIN_PASSWORD", "a-long-test-password")
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    # With a request, as every sign-in has one: django-axes (the lockout) refuses to work without.
    request = RequestFactory().post("/admin/login/")
    assert authenticate(request, username="admin", password="a-long-test-password").is_staff
    assert "a-long-test-password" not in out.getvalue()


@pytest.mark.django_db
def test_ensure_admin_generates_and_prints_a_password_once(monkeypatch):
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    password = out.getvalue().split("password: ", 1)[1].split()[0]
    request = RequestFactory().post("/admin/login/")
    assert authenticate(request, username="admin", password=password).is_superuser
    again = StringIO()
    call_command("ensure_admin", stdout=again)
    assert password not in again.getvalue()
