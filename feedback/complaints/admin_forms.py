"""Forms of the complaint inbox and of the actions on one complaint in the Wagtail admin.

They validate and present; the change itself is a service in feedback.complaints.services. Each action form carries
the complaint's version the user saw, so that a change made meanwhile by someone else is not overwritten.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.admin_actions import TargetForm
from feedback.complaints.selectors import DUE_SOON, NOT_ROUTED, OPEN, OVERDUE
from feedback.models import Complaint, ComplaintCategory, ComplaintUpdate, RejectionReason, Status, UpdateStatus
from home.converters import is_id
from reports.models import UnitPage


def unit_choices():
    """Units a complaint can go to: the live default-locale pages (complaints point at those)."""
    return UnitPage.objects.live().canonical().order_by("title")


class IdChoiceField(forms.ModelChoiceField):
    """A choice by database id: anything that is not an id the database can hold is an invalid choice, not a query."""

    def to_python(self, value):
        if value not in self.empty_values and not is_id(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class UnitChoiceField(IdChoiceField):
    """Units by name; one whose staff group has no active account says so, since nobody there would see the
    complaint (the queryset is `with_staffing()`)."""

    def label_from_instance(self, unit):
        if getattr(unit, "has_active_staff", True):
            return unit.title
        return _("%(unit)s (no active staff)") % {"unit": unit.title}


class CategoryChoiceField(IdChoiceField):
    def label_from_instance(self, category):
        return category.label


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), (OPEN, _("Open")), *Status.choices],
    )
    category = CategoryChoiceField(
        label=_("Category"), required=False, queryset=ComplaintCategory.objects.all(), empty_label=_("All")
    )
    deadline = forms.ChoiceField(
        label=_("Deadline"),
        required=False,
        choices=[("", _("All")), (DUE_SOON, _("Due soon")), (OVERDUE, _("Overdue"))],
    )
    unit = forms.ChoiceField(label=_("Unit"), required=False)
    q = forms.CharField(
        label=_("Tracking code or SP4N-LAPOR! id"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"type": "search"}),
    )

    def __init__(self, *args, units, verifier: bool, **kwargs):
        """`units`: those the user handles. A unit's staff have nothing to choose; verifiers may also pick the
        complaints not routed yet."""
        super().__init__(*args, **kwargs)
        if not verifier:
            del self.fields["unit"]
            return
        choices = [("", _("All")), (NOT_ROUTED, _("Not routed yet"))]
        self.fields["unit"].choices = choices + [(str(unit.pk), unit.title) for unit in units]


class ActionForm(TargetForm):
    """An action on a complaint, with the version of the complaint the user saw when choosing it."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, target: Complaint, **kwargs):
        self.complaint = target
        kwargs.setdefault("initial", {}).setdefault("version", target.version)
        super().__init__(*args, target=target, **kwargs)


class ChangeCategoryForm(ActionForm):
    category = CategoryChoiceField(label=_("Category"), queryset=ComplaintCategory.objects.filter(active=True))

    def __init__(self, *args, target: Complaint, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("category", target.category_id)
        super().__init__(*args, target=target, **kwargs)


class RouteForm(ActionForm):
    unit = UnitChoiceField(label=_("Unit"), queryset=UnitPage.objects.none())
    note = forms.CharField(
        label=_("Internal note (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Seen by staff and verifiers only."),
    )

    def __init__(self, *args, target: Complaint, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("unit", target.category.unit_id)
        super().__init__(*args, target=target, **kwargs)
        self.fields["unit"].queryset = unit_choices().with_staffing()


class RejectForm(ActionForm):
    reason = forms.ChoiceField(label=_("Reason"), choices=RejectionReason.choices)
    message = forms.CharField(
        label=_("Message to the resident"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public timeline."),
    )
    duplicate_of = forms.CharField(
        label=_("Duplicate of (tracking code)"),
        required=False,
        max_length=20,
        help_text=_("Only for duplicates: the tracking code of the earlier complaint."),
    )

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("duplicate_of", "").strip()
        if cleaned.get("reason") != RejectionReason.DUPLICATE:
            cleaned["duplicate_of"] = None
            return cleaned
        if not code:
            self.add_error("duplicate_of", _("Name the complaint this one duplicates."))
            return cleaned
        original = Complaint.objects.exclude(pk=self.complaint.pk).filter(tracking_code__iexact=code).first()
        if original is None:
            self.add_error("duplicate_of", _("No other complaint has this tracking code."))
        cleaned["duplicate_of"] = original
        return cleaned


class StartForm(ActionForm):
    pass


class ReplyForm(ActionForm):
    message = forms.CharField(
        label=_("Public reply"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The resident and, unless the complaint is confidential, the public see this reply."),
    )


class NoteForm(TargetForm):
    """A note only adds to the history and overwrites nothing, so it needs no version."""

    message = forms.CharField(
        label=_("Internal note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Seen by staff and verifiers only, never by the resident or the public."),
    )


class HandOverForm(ActionForm):
    unit = UnitChoiceField(label=_("Hand over to"), queryset=UnitPage.objects.none())
    reason = forms.CharField(
        label=_("Why is that unit responsible?"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, target: Complaint, **kwargs):
        super().__init__(*args, target=target, **kwargs)
        self.fields["unit"].queryset = unit_choices().with_staffing().exclude(pk=target.unit_id)


class LaporForm(ActionForm):
    lapor_tracking_id = forms.CharField(label=_("SP4N-LAPOR! tracking id"), max_length=40)

    def __init__(self, *args, target: Complaint, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("lapor_tracking_id", target.lapor_tracking_id)
        super().__init__(*args, target=target, **kwargs)


class UpdateChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, update):
        broken = _("still broken") + " · " if update.still_broken else ""
        photo = " · " + _("with a photo") if update.photo else ""
        return f"{update.created_at:%d-%m-%Y %H:%M} · {broken}{update.text}{photo}"


class ReviewUpdateForm(TargetForm):
    """A verifier publishes a resident's update, or keeps it off with a reason (kept, never shown)."""

    update = UpdateChoiceField(
        label=_("Update"), queryset=ComplaintUpdate.objects.none(), widget=forms.RadioSelect, empty_label=None
    )
    publish = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("1", _("Publish it")), ("0", _("Do not publish it"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Why not (when not published)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, target: Complaint, **kwargs):
        super().__init__(*args, target=target, **kwargs)
        self.fields["update"].queryset = target.resident_updates.filter(status=UpdateStatus.PENDING)
