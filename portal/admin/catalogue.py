"""Interface strings of Django's admin that Django's own Simplified Chinese catalogue lacks.

Django 5.2 added or reworded these and its zh_Hans translation has not caught up, so the Chinese admin
showed them in English. Django looks in LOCALE_PATHS (portal/locale) before its own catalogues, so
our catalogue can supply them: they are marked here, with gettext_noop, so that `make messages` keeps
them in portal/locale/zh_Hans/LC_MESSAGES/django.po. Nothing imports this module at run time. Texts
that Django's admin scripts show (the two-box picker's "Choose all %s"…) are in the JavaScript
catalogue beside it, djangojs.po. tests/test_admin_chinese.py visits every admin page in Chinese
and lists whatever English is left.
"""

from django.utils.translation import gettext_noop

DJANGO_ADMIN = [
    # The table headings of the model lists on the index and in the navigation sidebar.
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    # The "Add user" form.
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
]

# django-reversion's model names, shown in the groups' permission lists (portal/admin/users.py):
# its Chinese catalogue ships without a compiled file, so they were English.
REVERSION = [
    gettext_noop("revision"),
    gettext_noop("revisions"),
    gettext_noop("version"),
    gettext_noop("versions"),
]
