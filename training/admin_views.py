"""The unit's side of the early warning in the admin: its warnings, and a form to write what it did about each."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from home import converters  # noqa: F401 - registers <id:…> before the routes below
from reports.models import UnitPage
from training.models import FollowUpAction, PerformanceSignal, TrainingProgrammePage
from training.services import signal_follow_up


class FollowUpForm(forms.Form):
    action = forms.ChoiceField(label=gettext_lazy("What the unit did"), choices=FollowUpAction.choices)
    programme = forms.ModelChoiceField(
        label=gettext_lazy("Training programme"),
        queryset=TrainingProgrammePage.objects.live().order_by("title"),
        required=False,
    )
    description = forms.CharField(
        label=gettext_lazy("Description"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


def signals_for(user):
    """The warnings of the units whose staff the user is (every unit's for a superuser)."""
    signals = PerformanceSignal.objects.select_related("unit").prefetch_related("follow_ups")
    if user.is_superuser:
        return signals
    return signals.filter(unit__in=UnitPage.objects.staffed_by(user))


def may_see_warnings(user) -> bool:
    return user.is_superuser or UnitPage.objects.staffed_by(user).exists()


def early_warning_list(request, form=None, failed_pk=None, status=200):
    if not may_see_warnings(request.user):
        raise PermissionDenied
    signals = sorted(signals_for(request.user), key=lambda signal: (bool(signal.follow_ups.all()), -signal.year))
    rows = [(signal, form if signal.pk == failed_pk else _form(signal)) for signal in signals]
    context = {"rows": rows, "page_title": _("Early warnings"), "header_icon": "warning"}
    return TemplateResponse(request, "training/admin/early_warnings.html", context, status=status)


@require_POST
def early_warning_follow_up(request, pk: int):
    signal = signals_for(request.user).filter(pk=pk).first()
    if signal is None:
        raise Http404
    form = _form(signal, request.POST)
    if form.is_valid():
        try:
            signal_follow_up(signal=signal, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The follow-up is published with the warning."))
            return redirect("training_early_warnings")
    return early_warning_list(request, form=form, failed_pk=signal.pk, status=400)


def _form(signal, data=None) -> FollowUpForm:
    return FollowUpForm(data, auto_id=f"id_{signal.pk}_%s")  # one form per warning on the page: distinct ids


def early_warning_admin_urls() -> list:
    return [
        path("peringatan-dini/", early_warning_list, name="training_early_warnings"),
        path("peringatan-dini/<id:pk>/", early_warning_follow_up, name="training_early_warning_follow_up"),
    ]
