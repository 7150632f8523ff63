"""Forms visitors fill in: the enterprise directory's filters."""

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from portal.models import Enterprise


def _attributes(attrs):
    """` name="value"` for each attribute, as Django's attrs.html writes them."""
    return format_html_join(
        "",
        " {}{}",
        (
            (name, "" if value is True else format_html('="{}"', value))
            for name, value in attrs.items()
            if value is not False
        ),
    )


class QuickSelect(forms.Select):
    """A select written in Python, with the HTML of Django's templates: through the template
    engine a filter form's 70 options took 7 ms, half the search page's rendering."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, options, _index in widget["optgroups"]:
            rendered = format_html_join(
                "",
                '\n  <option value="{}"{}>{}</option>',
                (
                    (option["value"], _attributes(option["attrs"]), option["label"])
                    for option in options
                ),
            )
            if group_name:
                rendered = format_html(
                    '\n  <optgroup label="{}">{}\n  </optgroup>', group_name, rendered
                )
            groups.append((rendered,))
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            widget["name"],
            _attributes(widget["attrs"]),
            format_html_join("", "{}", groups),
        )


class MarkedSelect(QuickSelect):
    """A select whose options may name their language (`lang`): an industry or a park written in
    English only is listed under its English name on the Chinese page, marked as such."""

    option_languages = {}

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if language := self.option_languages.get(str(value)):
            option["attrs"]["lang"] = language
        return option


GENERIC_NOTICE = _("Some filter values were not recognised and have been ignored.")


class EnterpriseFilterForm(forms.Form):
    """Filters that combine and live in the URL (?industry=…&park=…&origin=…&fortune500=1).

    The choices come from lists the page shows anyway, so validating costs no query. A value that
    is not a choice (a removed park, a typo, `%00`) is dropped and the visitor is told which one
    (`notices`)."""

    # What the page says of a value that is not a choice, per filter ({value}: what was asked).
    UNKNOWN = {
        "industry": _("No industry “{value}”: showing enterprises of every industry."),
        "park": _("No industrial park “{value}”: showing enterprises of every park."),
        "origin": _("No origin “{value}”: showing enterprises of every origin."),
    }

    industry = forms.ChoiceField(label=_("Industry"), required=False, widget=MarkedSelect)
    park = forms.ChoiceField(label=_("Industrial park"), required=False, widget=MarkedSelect)
    origin = forms.ChoiceField(label=_("Origin"), required=False, widget=QuickSelect)
    fortune500 = forms.BooleanField(label=_("Fortune Global 500 only"), required=False)

    def __init__(self, data, industries, parks):
        super().__init__(data, label_suffix="")
        everything = [("", _("All"))]
        self.fields["industry"].choices = everything + [(i.slug, i.name) for i in industries]
        self.fields["park"].choices = everything + [(p.slug, p.name) for p in parks]
        self.fields["origin"].choices = everything + list(Enterprise.Origin.choices)
        for name, entries in (("industry", industries), ("park", parks)):
            self.fields[name].widget.option_languages = {
                e.slug: e.foreign_language for e in entries if e.foreign_language
            }

    def filters(self):
        """The valid filters as queryset lookups; invalid ones are left out (see `ignored`)."""
        self.is_valid()
        data = self.cleaned_data
        lookups = {}
        if data.get("industry"):
            lookups["industries__slug"] = data["industry"]
        if data.get("park"):
            lookups["park__slug"] = data["park"]
        if data.get("origin"):
            lookups["origin"] = data["origin"]
        if data.get("fortune500"):
            lookups["is_fortune500"] = True
        return lookups

    @property
    def ignored(self):
        return bool(self.errors)

    @property
    def notices(self):
        """One sentence per filter whose value was not recognised, naming that value."""
        self.is_valid()
        notices = []
        for name in self.errors:
            asked = "".join(c for c in str(self.data.get(name, "")) if c.isprintable())
            value = Truncator(asked).chars(40)
            message = self.UNKNOWN.get(name, GENERIC_NOTICE)
            notices.append(str(message).format(value=value))
        return notices

    @property
    def active(self):
        return bool(self.filters())


class SearchForm(forms.Form):
    """The search page's query and filters (?q=…&type=news&section=news/local&year=2024&sort=date).
    The section choices come from the navigation tree the page has anyway: validating costs no
    query. A filter value that is not a choice is dropped, as on the directory's lists."""

    TYPE_CHOICES = [
        ("", _("All types")),
        ("news", _("News")),
        ("directory", _("Directory")),
        ("pages", _("Pages")),
    ]
    SORT_CHOICES = [("", _("Relevance")), ("date", _("Newest first"))]
    FIRST_YEAR = 2000

    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=TYPE_CHOICES, widget=QuickSelect
    )
    section = forms.ChoiceField(label=_("Section"), required=False, widget=QuickSelect)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None, widget=QuickSelect
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=SORT_CHOICES, widget=QuickSelect
    )

    def __init__(self, data, tree, this_year):
        super().__init__(data, label_suffix="")
        self.tree = tree
        sections = [("", _("All sections"))]
        for menu, items in tree.menus:
            sections.append((menu.slug, menu.title))
            sections.extend((f"{menu.slug}/{item.slug}", f"– {item.title}") for item in items)
        self.fields["section"].choices = sections
        years = range(this_year, self.FIRST_YEAR - 1, -1)
        self.fields["year"].choices = [("", _("Any year"))] + [(y, str(y)) for y in years]
        self.fields["q"].widget.attrs.update({"type": "search", "maxlength": 200})

    def value(self, name):
        """A field's valid value, or its empty value when it was missing or invalid."""
        self.is_valid()
        return self.cleaned_data.get(name) if name not in self.errors else None

    @property
    def query(self):
        return self.data.get("q", "") if isinstance(self.data.get("q", ""), str) else ""

    def section_ids(self):
        """The chosen section (a menu with its items) as section ids."""
        path = self.value("section")
        if not path:
            return ()
        section = self.tree.find(*path.split("/", 1))
        if section is None:
            return ()
        return (section.pk, *(item.pk for item in self.tree.children[section.pk]))

    @property
    def ignored(self):
        return any(name != "q" for name in self.errors)

    @property
    def filtered(self):
        return any(self.value(name) for name in ("type", "section", "year"))
