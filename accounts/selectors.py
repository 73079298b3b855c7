"""What the public site shows of an account: its name, and whether it may still take part."""

from django.contrib.auth.models import AbstractBaseUser

from accounts.models import Profile


def display_name(user: AbstractBaseUser) -> str:
    """The profile's display name, else the full name, else the username (also allauth's ACCOUNT_USER_DISPLAY)."""
    try:
        profile = user.profile
    except Profile.DoesNotExist:
        profile = None
    if profile is not None and profile.display_name:
        return profile.display_name
    return user.get_full_name().strip() or user.get_username()


def suspension_reason(user: AbstractBaseUser) -> str | None:
    """Why the account is suspended (see accounts.services.account_suspend), or None when it is not."""
    if not user.is_authenticated:
        return None
    return (
        Profile.objects.filter(user_id=user.pk, suspended_at__isnull=False)
        .values_list("suspension_reason", flat=True)
        .first()
    )
