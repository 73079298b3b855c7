from django.conf import settings
from django.core.validators import MinLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

DISPLAY_NAME_MIN_LENGTH = 2
DISPLAY_NAME_MAX_LENGTH = 60


class Profile(models.Model):
    """What others see of an account: the name its owner chose, and whether a moderator suspended it.

    Residents get one at sign-up. Staff accounts are made in the Wagtail admin and get one only when they first
    change their display name; until then their full name or username stands in (see accounts.selectors).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        validators=[MinLengthValidator(DISPLAY_NAME_MIN_LENGTH)],
    )
    suspended_at = models.DateTimeField(_("suspended at"), null=True, blank=True)
    suspension_reason = models.TextField(_("reason for the suspension"), blank=True)
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("suspended by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return self.display_name


class SecurityEvent(models.Model):
    """One event of the security audit log (accounts/audit.py): written once, never changed, kept for the
    administrators and the Inspektorat. The client address is the real one behind the site's proxies."""

    class Kind(models.TextChoices):
        LOGIN = "login", _("Logged in")
        LOGIN_FAILED = "login_failed", _("Login failed")
        LOGIN_LOCKED = "login_locked", _("Login locked after failures")
        LOGOUT = "logout", _("Logged out")
        SECOND_FACTOR_ADDED = "mfa_added", _("Second factor added")
        SECOND_FACTOR_REMOVED = "mfa_removed", _("Second factor removed")
        RECOVERY_CODES_RENEWED = "mfa_recovery_codes", _("Recovery codes renewed")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        PASSWORD_RESET = "password_reset", _("Password reset by email")
        GROUPS_CHANGED = "groups_changed", _("Groups changed")
        IDENTITY_VIEWED = "identity_viewed", _("Complainant's identity viewed")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("event"), max_length=24, choices=Kind.choices, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), null=True, blank=True, on_delete=models.SET_NULL
    )
    username = models.CharField(_("account name"), max_length=254, blank=True)  # as typed, for failed logins too
    address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=200, blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("security event")
        verbose_name_plural = _("security events")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind} {self.username}"
