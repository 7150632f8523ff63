"""Forms visitors fill in: the enterprise directory's filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import Enterprise


class EnterpriseFilterForm(forms.Form):
    """Filters that combine and live in the URL (?industry=…&park=…&origin=…&fortune500=1).

    The choices come from lists the page shows anyway, so validating costs no query. A value that
    is not a choice (a removed park, a typo, `%00`) is dropped and the visitor is told."""

    industry = forms.ChoiceField(label=_("Industry"), required=False)
    park = forms.ChoiceField(label=_("Industrial park"), required=False)
    origin = forms.ChoiceField(label=_("Origin"), required=False)
    fortune500 = forms.BooleanField(label=_("Fortune Global 500 only"), required=False)

    def __init__(self, data, industries, parks):
        super().__init__(data, label_suffix="")
        everything = [("", _("All"))]
        self.fields["industry"].choices = everything + [(i.slug, i.name) for i in industries]
        self.fields["park"].choices = everything + [(p.slug, p.name) for p in parks]
        self.fields["origin"].choices = everything + list(Enterprise.Origin.choices)

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
    def active(self):
        return bool(self.filters())
