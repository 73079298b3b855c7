"""Account forms: allauth's login and sign-up (with a display name and a honeypot), and the display-name change."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_MIN_LENGTH
from accounts.services import profile_create

HONEYPOT_FIELD = "website"


def display_name_field() -> forms.CharField:
    return forms.CharField(
        label=_("Display name"),
        min_length=DISPLAY_NAME_MIN_LENGTH,
        max_length=DISPLAY_NAME_MAX_LENGTH,
        help_text=_("Shown with what you write on this site, e.g. “Maria L.”. Not your email address."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )


class LoginForm(AllauthLoginForm):
    """allauth's login, its one field labelled with what it takes ("Username or email") rather than "Login"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = login.widget.attrs.pop("placeholder", login.label)


class SignupForm(AllauthSignupForm):
    """Email, display name and password twice; allauth makes up the username (residents log in by email)."""

    display_name = display_name_field()
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    field_order = ["email", "display_name", "password1", "password2", HONEYPOT_FIELD]
    trap_field = HONEYPOT_FIELD

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def custom_signup(self, request, user) -> None:
        profile_create(user=user, display_name=self.cleaned_data["display_name"])


class DisplayNameForm(forms.Form):
    display_name = display_name_field()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
