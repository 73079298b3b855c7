"""Forms of the public report pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from reports.models import UnitType
from reports.selectors import report_years


class DashboardFilterForm(forms.Form):
    """The dashboard's year and unit-type filter; an unknown year or type is a clear 400, not a 500."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    unit_type = forms.ChoiceField(
        label=_("Type of unit"), required=False, choices=[("", _("All types")), *UnitType.choices]
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.years = report_years(locale)
        self.fields["year"].choices = [(year, str(year)) for year in self.years]
        self.fields["year"].error_messages["invalid_choice"] = _("There are no published reports for that year.")

    def chosen_year(self) -> int | None:
        """The chosen year when valid, otherwise the latest year with reports."""
        if self.is_bound and self.is_valid() and self.cleaned_data["year"]:
            return self.cleaned_data["year"]
        return self.years[0] if self.years else None

    def chosen_unit_type(self) -> str:
        if self.is_bound and self.is_valid():
            return self.cleaned_data["unit_type"]
        return ""
