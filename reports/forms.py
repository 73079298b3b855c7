"""Forms of the public report pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from reports.models import UnitType
from reports.selectors import default_year, report_coverage


class DashboardFilterForm(forms.Form):
    """The dashboard's year and unit-type filter; an unknown year or type is a clear 400, not a 500."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    unit_type = forms.ChoiceField(
        label=_("Type of unit"), required=False, choices=[("", _("All types")), *UnitType.choices]
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.coverage = report_coverage(locale)
        self.fields["year"].choices = [
            (
                year.year,
                _("%(year)s (%(reporting)s of %(units)s units)")
                % {"year": year.year, "reporting": year.reporting, "units": year.units},
            )
            for year in self.coverage
        ]
        self.fields["year"].error_messages["invalid_choice"] = _("There are no published reports for that year.")

    def chosen_year(self) -> int | None:
        """The chosen year when valid, otherwise the latest that most units have reported for (default_year)."""
        if self.is_bound and self.is_valid() and self.cleaned_data["year"]:
            return self.cleaned_data["year"]
        return default_year(self.coverage)

    def chosen_unit_type(self) -> str:
        if self.is_bound and self.is_valid():
            return self.cleaned_data["unit_type"]
        return ""
