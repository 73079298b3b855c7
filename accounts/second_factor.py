"""Staff log in with a second factor: an authenticator app's code (TOTP), a recovery code, or a security key or
passkey (WebAuthn), all from allauth.mfa, set up on the staff member's own account page (/akun/2fa/).

Staff are the accounts that can see complainants' identities, route complaints, publish pages or moderate: every
account in a group (verifiers, moderators, unit staff, editors, reviewers) and every administrator. Residents have
no group; they may turn a second factor on, and are never asked to. A staff member without one is sent to set it up
before any staff screen (/admin/) opens; allauth asks for it at every login once it is there. There is one login
page for everyone (/akun/login/, with its lock after repeated failures): the Wagtail admin's own sends there.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.shortcuts import redirect
from django.utils.translation import gettext as _

SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def is_staff_account(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and (user.is_superuser or user.is_staff or user.groups.exists())


def has_second_factor(user: AbstractBaseUser) -> bool:
    return Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()


def needs_second_factor(user: AbstractBaseUser) -> bool:
    """A staff account that has not set up a second factor yet."""
    return is_staff_account(user) and not has_second_factor(user)


def authenticator_app_set_up(user: AbstractBaseUser) -> str:
    """Set up an authenticator app for the user without the setup page (the demo's staff); returns the secret
    to type into the app. allauth offers no public call for this, so its internal one is used here only."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


class StaffSecondFactorMiddleware:
    """The staff screens open only to staff with a second factor; the others are sent to set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(settings.STAFF_SCREENS_PATH) and needs_second_factor(request.user):
            messages.warning(
                request,
                _(
                    "Staff accounts can see residents' personal data, so they need a second factor. Set up an "
                    "authenticator app to continue to the staff screens."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
