"""The PPID's forms in the admin: extend, answer (with a document), refuse, transfer; and the superior's answer to
an objection."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import Document
from wagtail.documents.widgets import AdminDocumentChooser

from feedback.admin_actions import TargetForm
from ppid import access
from ppid.models import Exemption, ObjectionOutcome


class ExtendForm(TargetForm):
    reason = forms.CharField(
        label=_("Reason for the extension"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The requester reads it on their private page: this is the written notice the law asks for."),
    )


class AnswerForm(TargetForm):
    message = forms.CharField(
        label=_("Answer"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    document = forms.ModelChoiceField(
        label=_("Document with the information"),
        queryset=Document.objects.none(),
        required=False,
        widget=AdminDocumentChooser,
        help_text=_(
            "Upload it to the collection of the PPID handling the request: the requester downloads it through their "
            "private link only."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = access.answer_documents(self.target)


class RefuseForm(TargetForm):
    exemption = forms.ChoiceField(label=_("Exemption (Art. 17)"), choices=Exemption.choices)
    consequence_test = forms.CharField(
        label=_("Consequence test"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What harm disclosing the information would cause, weighed against the public interest (Art. 19)."),
    )
    message = forms.CharField(
        label=_("Message"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class TransferForm(TargetForm):
    body = forms.CharField(label=_("Public body that holds the information"), max_length=255)
    message = forms.CharField(
        label=_("Message"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ObjectionAnswerForm(TargetForm):
    outcome = forms.ChoiceField(label=_("Decision"), choices=ObjectionOutcome.choices, widget=forms.RadioSelect)
    answer = forms.CharField(label=_("Written answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
