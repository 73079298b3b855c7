"""The forum's forms: they validate and present; posting and moderating are services."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from feedback.forms import PublicForm
from feedback.models.forum import FlagReason

MAX_TAGS = 5
BODY_HELP = _(
    "Plain text. **bold**, _italic_, lists with “-”, > quotes and [links](https://…) work. "
    "Do not write anyone's phone number, address or ID number."
)

AWAITING = "menunggu"
ACTIVITY = "aktivitas"


class ThreadForm(PublicForm):
    title = forms.CharField(label=_("Title"), max_length=150, help_text=_("Your question or topic in one line."))
    body = forms.CharField(label=_("Text"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 8}))
    unit = forms.ChoiceField(
        label=_("Addressed to a unit (optional)"),
        required=False,
        help_text=_("The unit's staff can then answer officially, and the wait for their answer is shown."),
    )
    tags = forms.CharField(
        label=_("Tags (optional)"),
        max_length=200,
        required=False,
        help_text=_("Up to five words, separated by commas, e.g. sampah, Sirimau."),
    )

    def __init__(self, *args, units, **kwargs):
        """`units` are the current language's unit pages; the value is the translation key, as units are shared."""
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = BODY_HELP
        self.units = {str(unit.translation_key): unit for unit in units}
        self.fields["unit"].choices = [("", _("No unit in particular"))] + [
            (key, unit.title) for key, unit in self.units.items()
        ]
        self.fields["unit"].error_messages["invalid_choice"] = _("There is no such unit.")

    def clean_tags(self):
        names = [name.strip() for name in self.cleaned_data["tags"].split(",") if name.strip()]
        if len(names) > MAX_TAGS:
            raise forms.ValidationError(_("Give at most five tags."))
        for name in names:
            if len(name) > 30 or not slugify(name):
                raise forms.ValidationError(_("Tags are short words of letters and numbers."))
        return tuple(dict.fromkeys(name.lower() for name in names))


class ReplyForm(PublicForm):
    body = forms.CharField(label=_("Your reply"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 5}))
    official = forms.BooleanField(label=_("Post as the unit's official answer"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = BODY_HELP


class EditForm(PublicForm):
    title = forms.CharField(label=_("Title"), max_length=150)
    body = forms.CharField(label=_("Text"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, opening: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = BODY_HELP
        if not opening:
            del self.fields["title"]


class FlagForm(PublicForm):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"), choices=FlagReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SortForm(PublicForm):
    urut = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(ACTIVITY, _("Latest activity")), (AWAITING, _("Awaiting an official answer"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["urut"].error_messages["invalid_choice"] = _(
            "Sort by latest activity or by the wait for an answer."
        )

    def sorted(self, threads):
        if self.is_valid() and self.cleaned_data["urut"] == AWAITING:
            return threads.awaiting_official_answer().order_by("created_at", "pk")
        return threads.order_by("-last_activity_at", "-pk")
