"""Accounts for the accounts tests: residents (signed up, verified) and unit staff (made in the admin)."""

import time

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth import get_user_model

from accounts.models import Profile
from accounts.second_factor import authenticator_app_set_up

PASSWORD = "sagu-lempeng-1995"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    """An account as an administrator makes it in the Wagtail admin: username, email, no allauth address record."""

    username = factory.Sequence(lambda n: f"petugas{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@ambon.go.id")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


def second_factor_set_up(user) -> str:
    """An authenticator app set up for the user, as on /akun/2fa/totp/activate/; returns its secret."""
    return authenticator_app_set_up(user)


CODE_MARGIN_SECONDS = 5


def totp_code(secret: str) -> str:
    """The code the authenticator app shows, taken as a person would: not in the last seconds of its period, when
    it may expire before the form reaches the server (allauth accepts only the current period's code)."""
    period = mfa_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < CODE_MARGIN_SECONDS:
        time.sleep(left)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


class ProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Warga {n}")

    class Meta:
        model = Profile


class ResidentFactory(UserFactory):
    """A resident who signed up and verified their address."""

    username = factory.Sequence(lambda n: f"warga{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    profile = factory.RelatedFactory(ProfileFactory, factory_related_name="user")
    address = factory.RelatedFactory(
        "tests.accounts.factories.EmailAddressFactory",
        factory_related_name="user",
        email=factory.SelfAttribute("..email"),
    )


class EmailAddressFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    email = factory.LazyAttribute(lambda address: address.user.email)
    verified = True
    primary = True

    class Meta:
        model = EmailAddress
