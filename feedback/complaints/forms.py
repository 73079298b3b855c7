"""The public complaint forms: they validate and present; filing and the resident's verdict are services."""

import re
import secrets
from itertools import groupby

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from feedback import places
from feedback.complaints.selectors import by_code
from feedback.complaints.uploads import MAX_BYTES, MAX_FILES, clean_upload, clean_uploads
from feedback.deadlines import local_today
from feedback.forms import PublicForm
from feedback.models import ComplaintCategory, FixAnswer, Privacy, Status, Theme

HONEYPOT_FIELD = "website"
SUBMISSION_KEY = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
ACCEPTED_FILES = ".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf"

PRIVACY_HELP = {
    Privacy.PUBLIC: _(
        "The complaint is published; your name and contact details are seen only by the verifiers and the unit "
        "handling it, so that it can contact you."
    ),
    Privacy.ANONYMOUS: _("The complaint is published; only the verifiers see your name, not the unit."),
    Privacy.CONFIDENTIAL: _("Nothing but its status is public; you follow it through your private link."),
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django docs, "Uploading multiple files")."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPTED_FILES}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class ComplaintForm(PublicForm):
    category = forms.ChoiceField(label=_("Category"))
    title = forms.CharField(
        label=_("Title"), max_length=150, help_text=_("In one sentence, e.g. “Pothole in front of Mardika market”.")
    )
    description = forms.CharField(
        label=_("What happened?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What, since when, and who is affected. Plain text."),
    )
    village = forms.ChoiceField(
        label=_("Kelurahan, desa or negeri"),
        help_text=_("Grouped by kecamatan. Kota Ambon has 50; the unit needs to know which."),
        error_messages={"required": _("Choose the kelurahan, desa or negeri.")},
    )
    place = forms.CharField(
        label=_("Street and landmark"),
        max_length=200,
        help_text=_("E.g. “Jl. Sultan Hairun, in front of Mardika market”."),
    )
    latitude = forms.DecimalField(
        label=_("Latitude (optional)"), required=False, min_value=-90, max_value=90, max_digits=9, decimal_places=6
    )
    longitude = forms.DecimalField(
        label=_("Longitude (optional)"),
        required=False,
        min_value=-180,
        max_value=180,
        max_digits=9,
        decimal_places=6,
    )
    incident_date = forms.DateField(
        label=_("Date of the incident"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    attachments = MultipleFileField(
        label=_("Photos or documents (optional)"),
        required=False,
    )
    photo_location = forms.BooleanField(
        label=_("Use the location saved in my photo, if it has one"),
        required=False,
        help_text=_(
            "Phones often save where a photo was taken. It is read only if you tick this, when no coordinates are "
            "given, and the photo is always stored without it."
        ),
    )
    name = forms.CharField(label=_("Name (optional)"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        help_text=_("We write to you when the status of your complaint changes."),
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    privacy = forms.ChoiceField(label=_("Who may see the complaint?"), choices=Privacy.choices, initial=Privacy.PUBLIC)
    consent = forms.BooleanField(label=_("I agree to my data being used as described above."))
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_key = forms.CharField(
        widget=forms.HiddenInput,
        validators=[RegexValidator(SUBMISSION_KEY)],
        error_messages={"required": _("The form has expired. Please send it again.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.categories = list(ComplaintCategory.objects.filter(active=True))
        themes = dict(Theme.choices)
        self.category_groups = [
            (themes.get(theme, theme), list(members)) for theme, members in groupby(self.categories, lambda c: c.theme)
        ]
        self.fields["category"].choices = [("", _("Choose a category"))] + [
            (theme, [(str(category.pk), category.label) for category in members])
            for theme, members in self.category_groups
        ]
        self.fields["attachments"].help_text = _(
            "Up to %(files)d files of at most %(megabytes)d MB each: JPEG, PNG or WebP photos, or PDF. A small photo "
            "is enough: on a slow connection the form makes photos smaller before sending them, where it can."
        ) % {"files": MAX_FILES, "megabytes": MAX_BYTES // (1024 * 1024)}
        self.fields["incident_date"].widget.attrs["max"] = local_today().isoformat()
        self.fields["village"].choices = [("", _("Choose the kelurahan, desa or negeri"))] + [
            (_("Kecamatan %(name)s") % {"name": kecamatan.name}, [(v.code, v.label) for v in kecamatan.villages])
            for kecamatan in places.kecamatan_list()
        ]
        if not self.is_bound:
            self.initial.setdefault("submission_key", secrets.token_urlsafe(32))

    @property
    def submission_key_value(self) -> str:
        """The key sent back with the form; a fresh one when it was missing, so the next send can succeed."""
        key = self["submission_key"].value() or ""
        return key if SUBMISSION_KEY.match(key) else secrets.token_urlsafe(32)

    @property
    def privacy_options(self):
        """The privacy radios with the one-line explanation of each."""
        current = self["privacy"].value()
        return [
            {
                "value": value,
                "label": label,
                "help": PRIVACY_HELP[value],
                "id": f"id_privacy_{position}",
                "checked": current == value,
            }
            for position, (value, label) in enumerate(Privacy.choices)
        ]

    def clean_category(self):
        chosen = self.cleaned_data["category"]
        for category in self.categories:
            if str(category.pk) == chosen:
                return category
        raise forms.ValidationError(_("Choose one of the categories."))

    def clean_incident_date(self):
        day = self.cleaned_data["incident_date"]
        if day > local_today():
            raise forms.ValidationError(_("The date of the incident cannot be in the future."))
        return day

    def clean_attachments(self):
        return clean_uploads(self.cleaned_data["attachments"])

    def clean(self):
        cleaned = super().clean()
        category = cleaned.get("category")
        if category and cleaned.get("privacy") == Privacy.ANONYMOUS and not category.allows_anonymous:
            self.add_error("privacy", _("Complaints in this category cannot be anonymous."))
        if cleaned.get("photo_location") and cleaned.get("latitude") is None and cleaned.get("longitude") is None:
            located = next((upload.location for upload in cleaned.get("attachments") or () if upload.location), None)
            if located:
                cleaned["latitude"], cleaned["longitude"] = located
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Give both the latitude and the longitude, or neither."))
        return cleaned

    def service_arguments(self) -> dict:
        """The cleaned data as feedback.complaints.services.complaint_file takes it."""
        data = self.cleaned_data
        return {
            "category": data["category"],
            "title": data["title"],
            "description": data["description"],
            "place": data["place"],
            "village_code": data["village"],
            "latitude": data["latitude"],
            "longitude": data["longitude"],
            "incident_date": data["incident_date"],
            "privacy": data["privacy"],
            "submission_key": data["submission_key"],
            "name": data["name"],
            "email": data["email"],
            "phone": data["phone"],
            "uploads": tuple(data["attachments"]),
        }


class SimilarForm(forms.Form):
    """What finds similar complaints: the category and the kelurahan or a point, read from the filing form's
    fields (or the same names in the fragment's query). Never shown: invalid means nothing to look for yet."""

    category = forms.ModelChoiceField(queryset=ComplaintCategory.objects.filter(active=True))
    village = forms.CharField(required=False, max_length=13)
    latitude = forms.DecimalField(required=False, min_value=-90, max_value=90, max_digits=9, decimal_places=6)
    longitude = forms.DecimalField(required=False, min_value=-180, max_value=180, max_digits=9, decimal_places=6)

    def clean(self):
        cleaned = super().clean()
        village = cleaned.get("village") or ""
        cleaned["village"] = village if places.village(village) else ""
        located = cleaned.get("latitude") is not None and cleaned.get("longitude") is not None
        if not cleaned["village"] and not located:
            raise forms.ValidationError("A kelurahan or a point is needed.")
        return {
            "category": cleaned.get("category"),
            "village_code": cleaned["village"],
            "latitude": cleaned.get("latitude") if located else None,
            "longitude": cleaned.get("longitude") if located else None,
        }


class TrackForm(PublicForm):
    kode = forms.CharField(
        label=_("Tracking code"),
        max_length=40,
        help_text=_("As on your confirmation, e.g. ADU-7KQM-3XHP."),
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_kode(self):
        complaint = by_code(self.cleaned_data["kode"])
        if complaint is None:
            raise forms.ValidationError(_("No complaint has this tracking code. Check the code and try again."))
        return complaint.tracking_code


class PhotoField(forms.FileField):
    """One optional photo, cleaned as a complaint's attachments are (uploads.clean_upload): no PDF here."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))
        super().__init__(required=False, **kwargs)

    def clean(self, data, initial=None):
        photo = super().clean(data, initial)
        if not photo:
            return None
        cleaned = clean_upload(photo)
        if cleaned.content_type == "application/pdf":
            raise forms.ValidationError(_("Attach a photo: JPEG, PNG or WebP."))
        return cleaned


class FixCheckForm(PublicForm):
    """The answer to "is it fixed?", and what the resident sees now, for the unit."""

    answer = forms.ChoiceField(label=_("Is the problem fixed?"), choices=FixAnswer.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("What do you see now? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the unit and the verifiers read this."),
    )
    photo = PhotoField(label=_("A photo of it now (optional)"))


class UpdateForm(PublicForm):
    """What a resident adds to a public complaint: what they see now, and a photo."""

    text = forms.CharField(
        label=_("What do you see?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("E.g. “Masih rusak: the hole is bigger since the rain.” Do not name anyone."),
    )
    still_broken = forms.BooleanField(label=_("It is still broken"), required=False)
    photo = PhotoField(
        label=_("A photo (optional)"), help_text=_("Stored without its location or other data from the phone.")
    )


class FollowForm(PublicForm):
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("We ask you to confirm first; every email has a link to stop. Your address is never shown."),
    )


class RejectResponseForm(PublicForm):
    reason = forms.CharField(
        label=_("Why does the response not settle your complaint?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class RateForm(PublicForm):
    rating = forms.TypedChoiceField(
        label=_("How well was your complaint handled?"),
        coerce=int,
        choices=[
            (1, _("1 – very poorly")),
            (2, _("2 – poorly")),
            (3, _("3 – fairly")),
            (4, _("4 – well")),
            (5, _("5 – very well")),
        ],
        widget=forms.RadioSelect,
    )


MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
FIRST_YEAR = 2000  # no complaint is older than the portal's data


class PublicListForm(PublicForm):
    """The public list's filters; an unknown unit, category, status or month is a clear 400, not a 500."""

    opd = forms.ChoiceField(label=_("Unit"), required=False)
    kategori = forms.ChoiceField(label=_("Category"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses"))] + [choice for choice in Status.choices if choice[0] != Status.SUBMITTED],
    )
    bulan = forms.CharField(
        label=_("Month filed"),
        required=False,
        max_length=7,
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2026-01", "pattern": r"\d{4}-\d{2}"}),
        help_text=_("Year and month, e.g. 2026-01."),
    )

    def __init__(self, *args, units, **kwargs):
        """`units` are the current language's unit pages; their slugs are the values, as in the open data."""
        super().__init__(*args, **kwargs)
        self.units = {unit.slug: unit for unit in units}
        self.fields["opd"].choices = [("", _("All units"))] + [(slug, unit.title) for slug, unit in self.units.items()]
        self.fields["kategori"].choices = [("", _("All categories"))] + [
            (str(category.pk), category.label) for category in ComplaintCategory.objects.all()
        ]
        for name, message in [
            ("opd", _("There is no such unit.")),
            ("kategori", _("There is no such category.")),
            ("status", _("There is no such status.")),
        ]:
            self.fields[name].error_messages["invalid_choice"] = message

    def clean_bulan(self):
        value = self.cleaned_data["bulan"].strip()
        if not value:
            return None
        match = MONTH.match(value)
        if match is None:
            raise forms.ValidationError(_("Give the month as year and month, e.g. 2026-01."))
        year, month = int(match[1]), int(match[2])
        if not FIRST_YEAR <= year <= local_today().year + 1:
            raise forms.ValidationError(
                _("Give a month between %(first)d and next year."), params={"first": FIRST_YEAR}, code="bulan_range"
            )
        return year, month

    def filter(self, complaints):
        """The complaints matching the valid filters."""
        data = self.cleaned_data
        if data["opd"]:
            complaints = complaints.filter(unit__translation_key=self.units[data["opd"]].translation_key)
        if data["kategori"]:
            complaints = complaints.filter(category_id=int(data["kategori"]))
        if data["status"]:
            complaints = complaints.filter(status=data["status"])
        if data["bulan"]:
            year, month = data["bulan"]
            complaints = complaints.filter(submitted_at__year=year, submitted_at__month=month)
        return complaints
