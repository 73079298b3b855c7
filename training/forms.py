from django import forms
from django.utils.translation import gettext_lazy as _

from training.models import RATING_SCALE

RATING_LABELS = {
    1: _("1 · very poor"),
    2: _("2 · poor"),
    3: _("3 · fair"),
    4: _("4 · good"),
    5: _("5 · very good"),
}


class EvaluationForm(forms.Form):
    """A rating and an optional comment for each module the participant has not evaluated yet."""

    def __init__(self, *args, modules, **kwargs):
        super().__init__(*args, **kwargs)
        self.modules = list(modules)
        for module in self.modules:
            self.fields[f"rating_{module.pk}"] = forms.TypedChoiceField(
                label=module.label,
                choices=[(rating, RATING_LABELS[rating]) for rating in RATING_SCALE],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Rate this module.")},
            )
            self.fields[f"comment_{module.pk}"] = forms.CharField(
                label=_("What worked, what did not (optional)"),
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def module_fields(self):
        return [(module, self[f"rating_{module.pk}"], self[f"comment_{module.pk}"]) for module in self.modules]

    def ratings(self) -> dict[int, int]:
        return {module.pk: self.cleaned_data[f"rating_{module.pk}"] for module in self.modules}

    def comments(self) -> dict[int, str]:
        return {module.pk: self.cleaned_data[f"comment_{module.pk}"] for module in self.modules}
