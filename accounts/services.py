"""State changes of profiles: the display name given at sign-up and changed later, and suspension."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_MIN_LENGTH, Profile
from accounts.plain_text import without_format_characters


def _clean_display_name(display_name: str) -> str:
    name = " ".join(without_format_characters(display_name).split())
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


def account_suspend(*, user: AbstractBaseUser, by: AbstractBaseUser, reason: str) -> Profile:
    """The account can still read, but no longer take part (post, flag, edit) until reinstated.

    Who may suspend is the caller's rule (the forum's moderators); this keeps who decided, when and why.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the account is suspended."))
    if user.pk == by.pk:
        raise ValidationError(_("You cannot suspend your own account."))
    with transaction.atomic():
        profile, _created = Profile.objects.get_or_create(user=user)
        profile.suspended_at, profile.suspension_reason, profile.suspended_by = timezone.now(), reason, by
        profile.save(update_fields=["suspended_at", "suspension_reason", "suspended_by"])
    return profile


def account_reinstate(*, user: AbstractBaseUser) -> None:
    Profile.objects.filter(user=user).update(suspended_at=None, suspension_reason="", suspended_by=None)
