"""Revisions and recovery (issue 8 §4), the one home of versions in the admin.

Every save of a content model in the admin keeps a version (django-reversion): the history lists who,
when and what; any two versions compare side by side, each translated field in English and in
Chinese, rich text as a word-level diff of its words (never its HTML); any version can be restored,
and a deleted item recovered ("Recover deleted …" on the list).

`VersionedAdmin` is the mixin (`TranslatedAdmin` derives from it). Versions are recorded inside a
revision block only, i.e. by the admin's views: the demo loader, `generate_content` and bulk
`update()`s keep none, by design. What the admin deletes is recorded as it was when deleted, and an
item saved for the first time since versions began is recorded as it was before, so both can be
brought back even when no earlier version exists.
"""

import difflib
import json
import re
from contextlib import contextmanager
from copy import copy
from datetime import datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import PurePosixPath

import reversion
from django.apps import apps
from django.contrib import messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext_lazy, override, pgettext
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version

from portal.models import (
    Article,
    ArticlePhoto,
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    Official,
    ParkPhoto,
    Section,
)
from portal.richtext import RichTextField

# What is versioned, and what travels with it. Photos belong to their article or park: restoring a
# version brings back its photos as they were (and removes those added since); recovering a deleted
# story brings back its photos. Many-to-many links (an article's industries and enterprises, a park's
# industries) are kept in the item's own version, which is all a restore needs to put them back.
# They are deliberately not followed: following them would copy the industries themselves into the
# article's version, and restoring the article would then roll back those industries' own edits,
# or delete an industry that was created after that version.
CONTENT = {
    Article: ("photos",),
    ArticlePhoto: (),
    Section: (),
    Industry: (),
    IndustrialPark: ("photos",),
    ParkPhoto: (),
    Enterprise: (),
    DevelopmentZone: (),
    Official: (),
    Department: (),
}


ADDRESS_FIELDS = ("slug", "parent")  # what a section's or a directory entry's address is made of


def versioned_fields(model):
    """The fields a version keeps: every concrete field and many-to-many field, but for each
    translated field only its language columns (`title_en`, `title_zh_hans`). The untranslated
    column modeltranslation leaves behind (`title`) follows the active language, so restoring it
    could write one language's text into the other's column."""
    translated = {
        field.translated_field.name
        for field in model._meta.fields
        if getattr(field, "translated_field", None) is not None
    }
    return [
        field.name
        for field in (*model._meta.concrete_fields, *model._meta.many_to_many)
        if field.name not in translated
    ]


def register_content():
    for model, follow in CONTENT.items():
        if not reversion.is_registered(model):
            reversion.register(model, fields=versioned_fields(model), follow=follow)


register_content()  # before the admin classes are built (VersionAdmin would register with defaults)


# Revision comments ------------------------------------------------------------------------------
# Stored untranslated and worded when shown, in the reader's language: the admin's own change
# messages as Django stores them (a JSON list, see LogEntry), or one of these markers.

VERSION_DATE = "%Y-%m-%d %H:%M:%S"  # as the history shows it: versions a minute apart differ
DELETED = json.dumps({"versions": "deleted"})
BEFORE = json.dumps({"versions": "before"})


def restored_comment(version):
    return json.dumps({"versions": "restored", "date": version.revision.date_created.isoformat()})


def describe(comment):
    """What a revision did, in the active language."""
    comment = comment or ""
    if comment.startswith("["):
        return LogEntry(change_message=comment).get_change_message() or _("No fields changed.")
    if comment.startswith("{"):
        try:
            marker = json.loads(comment)
        except ValueError:
            return comment
        kind = marker.get("versions")
        if kind == "deleted":
            return _("Deleted.")
        if kind == "before":
            return _("As it was before the first change recorded here.")
        if kind == "restored":
            try:
                date = datetime.fromisoformat(marker["date"])
            except (KeyError, TypeError, ValueError):
                return _("Restored an earlier version.")
            when = timezone.localtime(date).strftime(VERSION_DATE)
            return _("Restored the version of %(datetime)s.") % {"datetime": when}
    return comment  # written by reversion itself, or before these markers


def stored_label(field):
    """A field's label as a change message stores it: in English, whoever saved (`describe`
    words it in the reader's language)."""
    with override("en"):
        return str(field_label(field))


def _relabelled(comment):
    """A stored change message with the fields it names in the active language."""
    try:
        message = json.loads(comment)
    except ValueError:
        return comment
    labels = _labels_in(get_language())
    for entry in message if isinstance(message, list) else ():
        changed = entry.get("changed") if isinstance(entry, dict) else None
        if isinstance(changed, dict) and isinstance(changed.get("fields"), list):
            changed["fields"] = [labels.get(name, name) for name in changed["fields"]]
    return json.dumps(message)


def _reader_worded(get_change_message):
    """LogEntry.get_change_message, naming the fields in the reader's language: Django's own
    pages show log entries too (a user's delete page lists theirs), not only our history."""

    def worded(entry):
        if entry.change_message and entry.change_message.startswith("["):
            entry = copy(entry)
            entry.change_message = _relabelled(entry.change_message)
        return get_change_message(entry)

    return worded


LogEntry.get_change_message = _reader_worded(LogEntry.get_change_message)


@cache
def _labels_in(language):
    """{English label: label in `language`} for every field of the portal's models."""
    labels = {}
    for model in apps.get_app_config("portal").get_models():
        for field in model._meta.get_fields():
            if getattr(field, "verbose_name", None) is None or field.auto_created:
                continue
            with override(language):
                labels.setdefault(stored_label(field), str(field_label(field)))
    return labels


# The admin mixin --------------------------------------------------------------------------------


class VersionedAdmin(VersionAdmin):
    """django-reversion's VersionAdmin, with the history, compare view and recover link of the
    portal. Mixed into TranslatedAdmin (portal/admin/mixins.py), so every content admin has it."""

    change_list_template = "admin/versions/change_list.html"
    object_history_template = "admin/versions/object_history.html"
    recover_list_template = "admin/versions/recover_list.html"
    compare_template = "admin/versions/compare.html"
    history_latest_first = True
    history_per_page = 50

    def reversion_register(self, model, **options):
        """A model this admin registers itself (not in CONTENT): its language columns only."""
        options.setdefault("fields", versioned_fields(model))
        super().reversion_register(model, **options)

    # Comments: the change message as Django stores it, worded when read (see describe()).

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.change_message)
        return entry

    @contextmanager
    def create_revision(self, request):
        if request.method in ("GET", "HEAD") or getattr(request, "_versions_list", False):
            # A page that saves nothing needs no revision (nor its transaction: two queries on
            # every list). The list keeps one revision per item (see save_model and _keep), so
            # that restoring one of them restores nothing else: reversion restores a revision
            # whole, and would save one for all the rows the list saved together.
            yield
            return
        with super().create_revision(request):
            yield
            restored = getattr(request, "_restoring_version", None)
            if restored is not None and request.method == "POST":
                reversion.set_comment(restored_comment(restored))

    # Nothing is lost: the state before the first recorded save, and the state when deleted.

    def _keep(self, objs, comment, user=None, always=True):
        """Record each object as it is now, in a revision of its own (saved at once: reversion
        leaves out what no longer exists when a revision ends)."""
        for obj in objs:
            if always or not Version.objects.get_for_object(obj).exists():
                with reversion.create_revision():
                    reversion.set_user(user)
                    reversion.set_comment(comment)
                    reversion.add_to_revision(obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":  # a first save since versions began: keep the state before
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and self.has_change_permission(request, obj):
                self._keep([obj], BEFORE, always=False)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if reversion.is_active() or not change:  # the change form's revision is running
            return super().save_model(request, obj, form, change)
        # A row of the list's editable columns: a revision of its own, as the form would keep.
        self._keep(self.model._default_manager.filter(pk=obj.pk), BEFORE, always=False)
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(json.dumps(self.construct_change_message(request, form, None)))
            return super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        self._keep([obj], DELETED, user=request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._keep(queryset, DELETED, user=request.user)
        super().delete_queryset(request, queryset)

    # Restoring: the comment names the version restored.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # A version of this model only: reversion's own view would restore whatever version the
        # address names (an article's, from the departments' admin), checking only this model's
        # permissions.
        request._restoring_version = get_object_or_404(
            Version.objects.get_for_model(self.model), pk=version_id, object_id=unquote(object_id)
        )
        address = self._address(unquote(object_id))
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:  # named in the admin's language, not as the version was saved
            extra_context = {"title": _("Revert %(name)s") % {"name": obj}, **(extra_context or {})}
        response = super().revision_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302 and address:
            self._keep_old_address(unquote(object_id), address)
        return response

    def _address(self, object_id):
        """What the item's public address is made of (a slug, a menu), as it is now."""
        names = [f.attname for f in self.model._meta.concrete_fields if f.name in ADDRESS_FIELDS]
        if names:
            return self.model._default_manager.filter(pk=object_id).values(*names).first()
        return None

    def _keep_old_address(self, object_id, before):
        """Reversion writes a restored version as it was stored, past the model's save(), which
        is what remembers a changed address (SectionRedirect, EntryRedirect). So when a restore
        changed the address, save once more from the address it had: the old one keeps working."""
        obj = self.model._default_manager.filter(pk=object_id).first()
        if obj is None or all(getattr(obj, name) == value for name, value in before.items()):
            return
        self.model._default_manager.filter(pk=obj.pk).update(**before)
        obj.save()

    def recover_view(self, request, version_id, extra_context=None):
        # As above: a version of this model only.
        request._restoring_version = get_object_or_404(
            Version.objects.get_for_model(self.model), pk=version_id
        )
        return super().recover_view(request, version_id, extra_context)

    # The list: "Recover deleted …" above whatever list template the model would use otherwise.

    def changelist_view(self, request, extra_context=None):
        opts = self.model._meta
        base = select_template(
            [
                f"admin/{opts.app_label}/{opts.model_name}/change_list.html",
                f"admin/{opts.app_label}/change_list.html",
                "admin/change_list.html",
            ]
        )
        request._versions_list = True  # a revision per item: see create_revision()
        context = {"versions_base_template": base}
        if self.has_add_permission(request) and self.has_change_permission(request):
            context["recoverlist_url"] = reverse(self._versions_url("recoverlist"))
        context.update(extra_context or {})
        return super().changelist_view(request, context)

    def _versions_url(self, name):
        opts = self.model._meta
        return f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{name}"

    # History: who, when and what, newest first, with two columns of choices to compare.

    def history_view(self, request, object_id, extra_context=None):
        versions = self._reversion_order_version_queryset(
            request,
            Version.objects.get_for_object_reference(self.model, unquote(object_id)).select_related(
                "revision", "revision__user"
            ),
        )
        page = Paginator(versions, self.history_per_page).get_page(request.GET.get("p"))
        rows = [self._version_row(version, object_id) for version in page]
        context = {
            "versions_page": page,
            "versions_rows": rows,
            "compare_url": reverse(self._versions_url("compare"), args=(quote(object_id),)),
            **(extra_context or {}),
        }
        # Past VersionAdmin's own history (every version on one page) to Django's, which checks the
        # permission for this object and answers for one that does not exist.
        return super(VersionAdmin, self).history_view(request, object_id, context)

    def _version_row(self, version, object_id):
        """One version as the history and the comparison show it: when, who, what, and its page."""
        return {
            "version": version,
            "revision": version.revision,
            "comment": describe(version.revision.comment),
            "url": reverse(self._versions_url("revision"), args=(quote(object_id), version.pk)),
        }

    # Compare two versions.

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}_compare"
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name=name,
        )
        return [compare, *super().get_urls()]

    def compare_view(self, request, object_id):
        object_id = unquote(object_id)
        obj = self.get_object(request, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = Version.objects.get_for_object_reference(self.model, object_id)
        chosen = [request.GET.get("from"), request.GET.get("to")]
        if not all(chosen):  # the two newest, by default
            chosen = list(versions.order_by("-pk").values_list("pk", flat=True)[:2])
        try:
            pair = sorted(
                (versions.select_related("revision__user").get(pk=pk) for pk in chosen),
                key=lambda version: version.pk,
            )
        except (Version.DoesNotExist, ValueError, TypeError):
            raise Http404 from None
        history = reverse(self._versions_url("history"), args=(quote(object_id),))
        if len(pair) < 2 or pair[0].pk == pair[1].pk:
            messages.warning(request, _("Choose two different versions to compare."))
            return redirect(history)
        try:
            rows, unchanged = compare(self.model, *pair)
        except RevertError as error:
            messages.error(request, str(error))
            return redirect(history)
        opts = self.model._meta
        title = _("Compare versions of %(name)s") % {"name": obj or pair[-1].object_repr}
        sides = [self._version_row(version, object_id) for version in pair]
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "subtitle": None,
            "opts": opts,
            "object": obj,
            "object_id": object_id,
            "history_url": history,
            "sides": sides,
            "rows": rows,
            "unchanged": pgettext("list separator", ", ").join(map(str, unchanged)),
            "has_change_permission": obj is not None and self.has_change_permission(request, obj),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.compare_template, context)


# The comparison ---------------------------------------------------------------------------------

LANGUAGE_LABELS = {
    "en": gettext_lazy("%(field)s (English)"),
    "zh-hans": gettext_lazy("%(field)s (Chinese)"),
}


def field_label(field):
    """`Title (English)` / `标题（英文）`: a field's name in the admin's language, with its language."""
    original = getattr(field, "translated_field", None)
    if original is None:
        return capfirst(field.verbose_name)
    label = LANGUAGE_LABELS.get(field.language, "%(field)s [" + field.language + "]")
    return label % {"field": capfirst(original.verbose_name)}


def compare(model, old, new):
    """The rows that differ between two versions (field label, language, the old and the new value
    as escaped HTML with the differences marked), and the labels of the fields that did not."""
    before, after = old.field_dict, new.field_dict
    rows, unchanged = [], []
    for name in versioned_fields(model):
        field = model._meta.get_field(name)
        if field.primary_key or not field.editable:
            continue
        label = field_label(field)
        a, b = before.get(field.attname), after.get(field.attname)
        if _same(field, a, b):
            unchanged.append(label)
            continue
        a_text, b_text = as_text(field, a), as_text(field, b)
        if a_text == b_text and not isinstance(field, RichTextField):
            unchanged.append(label)  # e.g. a time saved again without its microseconds
            continue
        rows.append(_row(label, getattr(field, "language", None), a_text, b_text))
    for accessor in CONTENT.get(model, ()):
        related = model._meta.get_field(accessor)
        a_text, b_text = (_related_text(related, version) for version in (old, new))
        label = capfirst(related.related_model._meta.verbose_name_plural)
        if a_text == b_text:
            unchanged.append(label)
        else:
            rows.append(_row(label, None, a_text, b_text))
    return rows, unchanged


def _row(label, language, a_text, b_text):
    old_html, new_html = diff_html(a_text, b_text, collapse=a_text != b_text)
    return {
        "label": label,
        "lang": language,
        "old": old_html,
        "new": new_html,
        "old_empty": not a_text,
        "new_empty": not b_text,
        "formatting_only": a_text == b_text,  # rich text whose words are the same
    }


def _same(field, a, b):
    if isinstance(field, models.ManyToManyField):
        return sorted(map(str, a or [])) == sorted(map(str, b or []))
    if isinstance(field, models.FileField):
        return str(a or "") == str(b or "")
    return a == b


def as_text(field, value):
    """A value as a person reads it, in the active language."""
    if value in (None, ""):
        return ""
    if isinstance(field, RichTextField):
        return html_to_text(value)
    if isinstance(field, models.ManyToManyField):
        found = field.related_model._default_manager.in_bulk(list(value))
        return "\n".join(sorted(str(found.get(pk, f"#{pk}")) for pk in value))
    if isinstance(field, models.ForeignKey):
        found = field.related_model._default_manager.filter(pk=value).first()
        return str(found) if found is not None else f"#{value}"
    if isinstance(field, models.FileField):
        return PurePosixPath(str(value)).name
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, models.DateTimeField):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    return str(value)


def _related_text(relation, version):
    """The photos kept with a version: one line each, in their order, with their texts."""
    model = relation.related_model
    remote = relation.field.attname  # article_id, park_id
    lines = []
    for related in version.revision.version_set.filter(
        content_type__app_label=model._meta.app_label,
        content_type__model=model._meta.model_name,
    ):
        values = related.field_dict
        if str(values.get(remote)) != str(version.object_id):
            continue
        texts = [PurePosixPath(str(values.get("image") or "")).name]
        for name in versioned_fields(model):
            field = model._meta.get_field(name)
            if getattr(field, "translated_field", None) is not None and values.get(name):
                texts.append(f"{field_label(field)}: {values[name]}")
        lines.append((values.get("position") or 0, related.object_id, " · ".join(texts)))
    return "\n".join(text for _position, _pk, text in sorted(lines))


# Rich text as words, and the word-level diff -----------------------------------------------------

BLOCK_TAGS = {
    "address", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "table", "td", "th", "tr", "ul",
}  # fmt: skip


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        if tag == "img":
            description = dict(attrs).get("alt") or ""
            self.parts.append(_("[picture: %(description)s]") % {"description": description})

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html):
    """The words of rich text, a blank line between paragraphs, pictures as [picture: …]."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line)


# A word of Latin letters or digits, a run of white space, or any other single character (each
# Chinese character is a word of its own: Chinese has no spaces between words).
TOKEN = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+|\s+|.", re.S)


CONTEXT = 1  # paragraphs shown around a change; longer stretches the same are left out
SKIPPED = '<span class="versions-skip">[…]</span>'


def diff_html(a, b, collapse=True):
    """Two texts as escaped HTML, what only the first has in <del>, what only the second has in
    <ins>: line by line, then word by word within the lines that changed. With `collapse`, long
    stretches that are the same in both are left out but for a paragraph around each change."""
    old, new = [], []
    a_lines, b_lines = a.splitlines(keepends=True), b.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a_part, b_part = "".join(a_lines[i1:i2]), "".join(b_lines[j1:j2])
        if op == "equal":
            head = 0 if i1 == 0 else CONTEXT
            tail = 0 if i2 == len(a_lines) else CONTEXT
            same = _same_lines(a_lines[i1:i2], head, tail) if collapse else escape(a_part)
            old.append(same)
            new.append(same)
        elif op == "replace":
            _word_diff(a_part, b_part, old, new)
        else:
            _mark(old, "del", a_part)
            _mark(new, "ins", b_part)
    return mark_safe("".join(old)), mark_safe("".join(new))  # every piece escaped above


def _same_lines(lines, head, tail):
    """Lines both texts share, escaped: the first `head` and last `tail` paragraphs of them, the
    rest as […] when it is more than a paragraph."""
    texts = [number for number, line in enumerate(lines) if line.strip()]
    if len(texts) <= head + tail + 1:
        return escape("".join(lines))
    start = texts[head - 1] + 1 if head else 0
    end = texts[-tail] if tail else len(lines)
    kept_head, kept_tail = "".join(lines[:start]), "".join(lines[end:])
    middle = ("\n" if kept_head else "") + SKIPPED + ("\n\n" if kept_tail else "")
    return escape(kept_head) + middle + escape(kept_tail)


def _word_diff(a, b, old, new):
    a_words, b_words = TOKEN.findall(a), TOKEN.findall(b)
    matcher = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a_part, b_part = "".join(a_words[i1:i2]), "".join(b_words[j1:j2])
        if op == "equal":
            old.append(escape(a_part))
            new.append(escape(b_part))
        else:
            _mark(old, "del", a_part)
            _mark(new, "ins", b_part)


def _mark(out, tag, text):
    if text:
        out.append(f"<{tag}>{escape(text)}</{tag}>")
