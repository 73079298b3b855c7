"""State changes of profiles: the display name given at sign-up and changed later."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_MIN_LENGTH, Profile


def _clean_display_name(display_name: str) -> str:
    name = " ".join(display_name.split())
    if not DISPLAY_NAME_MIN_LENGTH <= len(name) <= DISPLAY_NAME_MAX_LENGTH:
        raise ValidationError(
            _("A display name has %(min)d to %(max)d characters."),
            params={"min": DISPLAY_NAME_MIN_LENGTH, "max": DISPLAY_NAME_MAX_LENGTH},
            code="display_name_length",
        )
    return name


def profile_create(*, user: AbstractBaseUser, display_name: str) -> Profile:
    """The profile of a resident who has just signed up."""
    name = _clean_display_name(display_name)
    with transaction.atomic():
        return Profile.objects.create(user=user, display_name=name)


def profile_rename(*, user: AbstractBaseUser, display_name: str) -> Profile:
    """Change the name shown for the user; staff accounts, made without a profile, get theirs here."""
    name = _clean_display_name(display_name)
    with transaction.atomic():
        profile, _created = Profile.objects.update_or_create(user=user, defaults={"display_name": name})
    return profile
