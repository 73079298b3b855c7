"""The public forms of an information request: asking (no account, like a complaint) and objecting."""

import secrets

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from feedback.complaints.forms import SUBMISSION_KEY
from feedback.forms import PublicForm
from ppid.models import Channel, Delivery, IdentityType, ObjectionGround
from reports.models import UnitPage

UTAMA = "utama"


class RequestForm(PublicForm):
    addressee = forms.ChoiceField(
        label=_("Who holds the information?"),
        help_text=_("The unit whose PPID Pelaksana answers; if you do not know, the city's PPID Utama sends it on."),
    )
    information = forms.CharField(
        label=_("What information do you ask for?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("As precisely as you can: the subject, the period, the place."),
    )
    purpose = forms.CharField(label=_("What is it for?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    channel = forms.ChoiceField(label=_("How do you want it?"), choices=Channel.choices, widget=forms.RadioSelect)
    delivery = forms.ChoiceField(
        label=_("How do you want to receive it?"), choices=Delivery.choices, widget=forms.RadioSelect
    )
    name = forms.CharField(label=_("Name"), max_length=120)
    address = forms.CharField(label=_("Address"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    email = forms.EmailField(label=_("Email (optional)"), required=False)
    identity_type = forms.ChoiceField(label=_("Identity document"), choices=IdentityType.choices)
    identity_number = forms.CharField(
        label=_("Its number"),
        max_length=40,
        help_text=_("The law asks who requests; only the PPID sees it, and no copy of the document is asked for."),
    )
    consent = forms.BooleanField(label=_("I agree to my data being used to handle this request."))
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_key = forms.CharField(
        widget=forms.HiddenInput,
        validators=[RegexValidator(SUBMISSION_KEY)],
        error_messages={"required": _("The form has expired. Please send it again.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {str(unit.pk): unit for unit in UnitPage.objects.canonical().live().order_by("title")}
        self.fields["addressee"].choices = [(UTAMA, _("PPID Utama of Kota Ambon"))] + [
            (pk, unit.title) for pk, unit in self.units.items()
        ]
        if not self.is_bound:
            self.initial.setdefault("submission_key", secrets.token_urlsafe(32))

    def clean_addressee(self):
        chosen = self.cleaned_data["addressee"]
        return None if chosen == UTAMA else self.units[chosen]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("delivery") == Delivery.EMAIL and not cleaned.get("email"):
            self.add_error("email", _("Give the email address to send the information to."))
        return cleaned

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        names = ("information", "purpose", "channel", "delivery", "name", "address", "phone", "email")
        return {
            "unit": data["addressee"],
            "identity_type": data["identity_type"],
            "identity_number": data["identity_number"],
            "submission_key": data["submission_key"],
            **{name: data[name] for name in names},
        }


class ObjectionForm(PublicForm):
    ground = forms.ChoiceField(label=_("What do you object to?"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Explain your objection"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, grounds, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(ObjectionGround.choices)
        self.fields["ground"].choices = [(ground, labels[ground]) for ground in grounds]
