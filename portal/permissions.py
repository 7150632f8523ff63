"""Who may do what in the admin: the one place that answers it (issue 8 §3).

Shaped like Wagtail's permission policies: every admin class, the editor's upload endpoint and the
media library ask this module, and nothing else looks at a group's name. The answers come from
Django's model permissions (given to the four groups by migration 0014) and from section
ownership: each section names the groups that edit it (`Section.owners`, kept in data, editable by
Site managers), and a menu item belongs to its menu's owners too.

The groups, as migration 0014 creates them:
- Writers: write their own drafts in the sections their group owns and submit them for review.
- News editors: everything in the News and Living sections; review, publish, send back.
- Investment editors: the directory, and the page texts of About and Investing.
- Site managers: menus (their structure), site settings, users, groups and sign-in lockouts.
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Group names as stored (migration 0014); shown translated (portal.admin.users).
WRITERS = "Writers"
NEWS_EDITORS = "News editors"
INVESTMENT_EDITORS = "Investment editors"
SITE_MANAGERS = "Site managers"

GROUP_LABELS = {
    WRITERS: _("Writers"),
    NEWS_EDITORS: _("News editors"),
    INVESTMENT_EDITORS: _("Investment editors"),
    SITE_MANAGERS: _("Site managers"),
}


def group_label(group):
    """A group's name as staff read it: the four roles in the admin's language, others as named."""
    return str(GROUP_LABELS.get(group.name, group.name))


# The menus each group edits on a new site (migration 0014 and the demo content assign them);
# Site managers change them in the admin (a section's "edited by").
DEFAULT_OWNERS = {
    "news": (NEWS_EDITORS, WRITERS),
    "living": (NEWS_EDITORS, WRITERS),
    "about": (INVESTMENT_EDITORS,),
    "investing": (INVESTMENT_EDITORS,),
}

# Permissions beyond Django's add/change/delete/view (Article.Meta and Section.Meta).
PUBLISH_ARTICLES = "portal.publish_article"  # publish, unpublish, review others' work
CHANGE_SECTION_STRUCTURE = "portal.change_section_structure"  # slug, menu, kind, placement

UPLOAD_PERMISSIONS = (
    "portal.add_article",
    "portal.change_article",
    "portal.change_section",
    "portal.change_park",
    "portal.change_enterprise",
    "portal.change_industry",
    "portal.change_official",
    "portal.change_department",
    "portal.change_developmentzone",
)


def _staff(user):
    return bool(user and user.is_active and user.is_staff)


def may_upload_images(user):
    """The editor's image upload and the media library: staff who edit something with a body."""
    return _staff(user) and any(user.has_perm(name) for name in UPLOAD_PERMISSIONS)


def requires_two_factor(user):
    """Whether this staff member must sign in with a second factor: Site managers (and
    superusers, who can do all they do) when ADMIN_REQUIRE_2FA is on."""
    if not getattr(settings, "ADMIN_REQUIRE_2FA", False) or not _staff(user):
        return False
    return user.is_superuser or user.has_perm("portal.change_sitesettings")


def owned_sections_filter(user, prefix=""):
    """A Q for the sections `user`'s groups own, directly or through the section's menu."""
    groups = list(user.groups.values_list("pk", flat=True))
    return Q(**{f"{prefix}owners__in": groups}) | Q(**{f"{prefix}parent__owners__in": groups})


def section_ids(user):
    """The ids of the sections `user`'s groups own (directly or through the menu), sorted."""
    return sorted(_section_ids(user))


def _section_ids(user):
    """The ids of the sections `user` edits (their groups own it, or its menu), once per user
    object: a request asks many times."""
    cached = getattr(user, "_portal_section_ids", None)
    if cached is None:
        from portal.models import Section

        cached = frozenset(
            Section.objects.filter(owned_sections_filter(user)).values_list("pk", flat=True)
        )
        user._portal_section_ids = cached
    return cached


class ArticlePolicy:
    """Articles: who sees, writes, changes, publishes and deletes which.

    - Superusers: everything.
    - Anyone with the article permissions works in the sections their groups own, and only there:
      the lists, the forms, the actions and the section choices are limited to those sections.
    - Without the publish permission (Writers) they change only their own articles that are not
      published, and may set them to draft or "waiting for review", never published; they see
      the other articles of their sections (read only) and their states.
    - With it (News editors) they change, review, publish, send back and delete any article of
      their sections.
    """

    def sections(self, user):
        """The sections whose articles `user` may write, as a queryset of Section."""
        from portal.models import Section

        sections = Section.objects.filter(kind__in=ARTICLE_KINDS)
        if user.is_superuser:
            return sections
        return sections.filter(pk__in=_section_ids(user))

    def visible(self, user, queryset):
        """The articles of `queryset` that `user` may see in the admin."""
        if user.is_superuser:
            return queryset
        return queryset.filter(section_id__in=_section_ids(user))

    def may_publish(self, user):
        return _staff(user) and user.has_perm(PUBLISH_ARTICLES)

    def may_change(self, user, article):
        return self._may(user, "portal.change_article", article)

    def may_delete(self, user, article):
        return self._may(user, "portal.delete_article", article)

    def _may(self, user, permission, article):
        """The model permission, in a section of theirs, on any article there (with the publish
        permission) or on their own that is not published."""
        if not (_staff(user) and user.has_perm(permission)):
            return False
        if user.is_superuser:
            return True
        if article.section_id not in _section_ids(user):
            return False
        return self.may_publish(user) or self._own_unpublished(user, article)

    def statuses(self, user):
        """The states `user` may give an article."""
        from portal.models import Article

        if self.may_publish(user):
            return list(Article.Status)
        return [Article.Status.DRAFT, Article.Status.REVIEW]

    def waiting_for(self, user, queryset):
        """The articles waiting for `user`'s review (for a reviewer), or `user`'s own articles
        waiting for someone else's (for a writer)."""
        from portal.models import Article

        waiting = self.visible(user, queryset.filter(status=Article.Status.REVIEW))
        return waiting if self.may_publish(user) else waiting.filter(author=user)

    @staticmethod
    def _own_unpublished(user, article):
        from portal.models import Article

        return article.author_id == user.pk and article.status != Article.Status.PUBLISHED


class SectionPolicy:
    """Sections: their texts (title, introduction, page text) belong to the groups that own them;
    their structure (slug, menu, kind, placement, position, link) and adding or removing one to
    Site managers (the structure permission)."""

    STRUCTURE = ("slug", "parent", "position", "placement", "kind", "link_to", "owners")

    def may_change_structure(self, user):
        return _staff(user) and user.has_perm(CHANGE_SECTION_STRUCTURE)

    def visible(self, user, queryset):
        if user.is_superuser or self.may_change_structure(user):
            return queryset
        return queryset.filter(pk__in=_section_ids(user))

    def may_change(self, user, section):
        if not (_staff(user) and user.has_perm("portal.change_section")):
            return False
        if section is None or self.may_change_structure(user):
            return True
        return section.pk in _section_ids(user)


ARTICLE_KINDS = ("articles", "photos", "videos")
articles = ArticlePolicy()
sections = SectionPolicy()
