import datetime

from django import forms
from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname

from portal.admin.versions import VersionedAdmin, stored_label
from portal.images import renditions
from portal.richtext import KeepsUnchangedRichText


class TranslatedForm(KeepsUnchangedRichText, forms.ModelForm):
    """The base of TranslatedAdmin's forms: what the editor did not change is saved as it was."""

    def clean(self):
        cleaned_data = super().clean()
        # A date and time is shown to the second: unchanged, it keeps its stored fraction of one.
        for name, field in self.fields.items():
            stored = self.initial.get(name)
            if (
                isinstance(field, (forms.DateTimeField, forms.SplitDateTimeField))
                and isinstance(stored, datetime.datetime)
                and name in cleaned_data
                and name not in self.changed_data
            ):
                cleaned_data[name] = stored
        return cleaned_data


class TranslatedAdmin(VersionedAdmin, TabbedTranslationAdmin):  # versions: portal/admin/versions.py
    """English and Chinese in one pair of tabs for the whole form, named for people ("English",
    "中文"), the choice remembered for the next form (static/portal/admin/tabs.js).

    A body saved without a change keeps its stored HTML (`KeepsUnchangedRichText`: a form of a
    subclass should derive from `TranslatedForm`), and the history names the fields that changed as
    the form does, in the language of the admin that reads it: "正文（英文）", "Body (English)" (the
    label of a translated field: settings.translated_field_label).
    """

    form = TranslatedForm

    class Media:
        # One English / 中文 switch for the whole form, remembered (issue 8 §1): tabs.js drives
        # modeltranslation's per-field tabs, which tabs.css hides with its page-level select.
        js = ("portal/admin/tabs.js",)
        css = {"all": ("portal/admin/tabs.css",)}

    def construct_change_message(self, request, form, formsets, add=False):
        """Django's change message, with the changed fields named so that every reader sees them
        in their own admin's language: "正文（英文）", "Body (English)".

        Django writes labels with translations switched off and translates each one again when
        the history is read; a translated field's label (a field's name with its language) is in no
        catalogue, so every language read "Body [en]", and "Status" (the label, capitalised) is not
        the catalogue's "status" either. Here the labels are stored in English and matched to the
        reader's language from the models' fields when read (versions.describe). Inline items are named as Django names them (the model's
        name, translated when read), and the verbs ("Changed", "Added") are translated when read."""
        changed_data = form.changed_data
        message = []
        if add:
            message.append({"added": {}})
        elif changed_data:
            message.append({"changed": {"fields": _labels(form, changed_data)}})
        for formset in formsets or ():
            for obj in formset.new_objects:
                message.append({"added": _named(obj)})
            for obj, fields in formset.changed_objects:
                changed = {**_named(obj), "fields": _labels(formset.forms[0], fields)}
                message.append({"changed": changed})
            for obj in formset.deleted_objects:
                message.append({"deleted": _named(obj)})
        return message


def _labels(form, names):
    """The changed fields as stored: a model field's label in English (worded in the reader's
    language when the history is read: versions.describe), any other field as the form labels it."""
    opts = form._meta.model._meta
    labels = []
    for name in names:
        try:
            labels.append(stored_label(opts.get_field(name)))
        except FieldDoesNotExist:
            field = form.fields.get(name)
            labels.append(str(field.label or name) if field is not None else name)
    return labels


def _named(obj):
    with override(None):
        return {"name": str(obj._meta.verbose_name), "object": str(obj)}


class MissingTranslationFilter(admin.SimpleListFilter):
    """Rows whose Chinese (or English) title is still empty, so staff see what needs translating."""

    title = _("missing translation")
    parameter_name = "missing"
    field = "title"

    @classmethod
    def on(cls, field):
        """The same filter for a model whose main text field is `field` (e.g. "name")."""
        return type(f"Missing{field.title()}TranslationFilter", (cls,), {"field": field})

    def lookups(self, request, model_admin):
        return [("zh_hans", _("Chinese missing")), ("en", _("English missing"))]

    def queryset(self, request, queryset):
        if self.value() not in ("zh_hans", "en"):
            return queryset
        column = build_localized_fieldname(self.field, self.value().replace("_", "-"))
        return queryset.filter(**{f"{column}__isnull": True}) | queryset.filter(**{column: ""})


def languages_column(field="title"):
    """A changelist column naming the languages an item exists in: “EN 中文”."""

    @admin.display(description=_("languages"))
    def languages(model_admin, obj):
        present = []
        if getattr(obj, build_localized_fieldname(field, "en"), ""):
            present.append("EN")
        if getattr(obj, build_localized_fieldname(field, "zh-hans"), ""):
            present.append("中文")
        return " · ".join(present) or "—"

    return languages


def thumbnail(field_file, width, height, alt=""):
    options = renditions(field_file.name if field_file else "", width, height)
    if not options:
        return "—"
    url, w, h = options[0]
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" style="max-width:80px;height:auto">',
        url, w, h, alt,
    )  # fmt: skip


def thumbnail_column(field, width_field, height_field, description):
    """A changelist or inline column showing a small rendition of an image field."""

    @admin.display(description=description)
    def column(model_admin, obj):
        return thumbnail(getattr(obj, field), getattr(obj, width_field), getattr(obj, height_field))

    return column
