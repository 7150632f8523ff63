from types import SimpleNamespace

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation


class RememberLanguageMiddleware:
    """Remember the language of the last page read, so that `/` sends a returning visitor back to it.

    The language switch is a plain link (crawlable, works without JavaScript); this sets Django's
    language cookie when a visitor reads a page under /en/ or /zh-hans/ and the cookie says otherwise.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = translation.get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


ADMIN_PATH = "/admin/"


class AdminLanguageMiddleware:
    """The admin speaks its user's language: the one they chose in the admin (StaffProfile), or
    until they choose, their browser's (Accept-Language). Never the public site's language cookie,
    which LocaleMiddleware would otherwise apply to /admin/ (it reads the cookie before the
    browser's languages on every address without a language prefix): reading a Chinese page of the
    site, or previewing one, no longer turns the admin Chinese. After AuthenticationMiddleware;
    public pages are left to LocaleMiddleware as before.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PATH):
            language = admin_language(request)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


def admin_language(request):
    """The language of the admin for this request: the user's choice, else the browser's."""
    # Models are not ready when middleware is imported.
    from portal.models.staff import ADMIN_LANGUAGE_SESSION_KEY, stored_admin_language

    try:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            chosen = request.session.get(ADMIN_LANGUAGE_SESSION_KEY)
            if chosen is None:  # a session from before there was a choice (set when signing in)
                chosen = request.session[ADMIN_LANGUAGE_SESSION_KEY] = stored_admin_language(user)
            if chosen in dict(settings.LANGUAGES):
                return chosen
    except DatabaseError:
        # The database is down: the view will answer with the 503 page (portal/health.py), in
        # the browser's language, which is the best this request can know.
        pass
    # Django's own choice from the request, shown the request without its cookies: the browser's
    # Accept-Language, then LANGUAGE_CODE.
    browser = SimpleNamespace(COOKIES={}, META=request.META, path_info=request.path_info)
    return translation.get_language_from_request(browser, check_path=False)
