"""The search page's parameters: what a resident typed and the facets they picked. Anything else is a 400."""

from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from search.models import Kind

MAX_QUERY_LENGTH = 200
RELEVANCE = "relevansi"
NEWEST = "terbaru"


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Search for at most %(limit_value)d characters.")},
    )
    jenis = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All types"))] + Kind.choices)
    opd = forms.ChoiceField(label=_("Unit"), required=False)
    tahun = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    label = forms.CharField(label=_("Tag"), required=False, max_length=100, validators=[validate_slug])
    urut = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(RELEVANCE, _("Relevance")), (NEWEST, _("Newest first"))],
    )

    def __init__(self, *args, units, **kwargs):
        """`units` are the current language's unit pages; their slugs are the values, as in the open data."""
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.units = {unit.slug: unit for unit in units}
        self.fields["opd"].choices = [("", _("All units"))] + [(slug, unit.title) for slug, unit in self.units.items()]
        self.fields["opd"].error_messages["invalid_choice"] = _("There is no such unit.")
        self.fields["jenis"].error_messages["invalid_choice"] = _("There is no such type.")
        self.fields["urut"].error_messages["invalid_choice"] = _("Sort by relevance or by date.")
        self.fields["label"].error_messages["invalid"] = _("There is no such tag.")

    def filters(self) -> dict:
        """The picked facets, by the search document field they filter."""
        data = self.cleaned_data
        unit = self.units.get(data["opd"])
        return {
            "kind": data["jenis"] or None,
            "unit_key": unit.translation_key if unit else None,
            "year": data["tahun"],
            "tag": data["label"] or None,
        }
