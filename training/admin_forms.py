"""The organiser's form for a module: once participants have evaluated it, a change is a revision with a reason,
and the evaluations that prompted it may be ticked (shown by rating and comment, never by who wrote them)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from training.models import Evaluation
from training.services import KEPT_FIELDS, REVISED_FIELDS, module_revise


class EvaluationChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, evaluation):
        return f"{evaluation.rating}/5 · {evaluation.comment}"


class TrainingModuleForm(WagtailAdminModelForm):
    revision_reason = forms.CharField(
        label=_("Reason for the revision"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed once participants have evaluated the module: what their feedback showed and what changes."),
    )
    prompted_by = EvaluationChoices(
        label=_("Evaluations that prompted it"),
        queryset=Evaluation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["prompted_by"].queryset = self.instance.evaluations.exclude(comment="").order_by("pk")
        else:
            del self.fields["prompted_by"]

    def is_revision(self) -> bool:
        """A change to what participants evaluated (not only to its English text) once they have evaluated it."""
        changed = any(name in self.changed_data for name in REVISED_FIELDS)
        return bool(self.instance.pk and changed and self.instance.evaluations.exists())

    def clean(self):
        cleaned = super().clean()
        if self.is_revision() and not (cleaned.get("revision_reason") or "").strip():
            self.add_error("revision_reason", _("Participants have evaluated this module: say why it is revised."))
        return cleaned

    def save(self, commit=True):
        if not self.is_revision():
            return super().save(commit=commit)
        return module_revise(
            module=self.instance,
            by=self.for_user,
            reason=self.cleaned_data["revision_reason"],
            prompted_by=self.cleaned_data.get("prompted_by") or (),
            **{name: self.cleaned_data[name] for name in KEPT_FIELDS if name in self.changed_data},
        )
