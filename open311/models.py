"""The applications allowed to file complaints through Open311, and what each filed."""

import hashlib
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from feedback.models import Complaint


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiClient(models.Model):
    """An application registered to file complaints (a mobile app, the call centre, an aggregator). Its key is shown
    once, when the client is added, and only its hash is kept; unticking `active` revokes it at once."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    contact = models.EmailField(_("contact email"), help_text=_("Who runs the application, for questions about it."))
    hourly_limit = models.PositiveIntegerField(
        _("requests filed per hour"), default=60, help_text=_("More are refused (429) until the hour has passed.")
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Untick to revoke the key at once."))
    key_prefix = models.CharField(_("key begins with"), max_length=8, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Open311 client")
        verbose_name_plural = _("Open311 clients")

    def __str__(self):
        return self.name

    def issue_key(self) -> str:
        """A new key for the client, replacing any earlier one (save the client to keep it)."""
        key = secrets.token_urlsafe(32)
        self.key_prefix, self.key_hash = key[:8], key_hash(key)
        return key

    @classmethod
    def authenticated(cls, key: str) -> "ApiClient | None":
        """The active client whose key this is, or None."""
        if not key:
            return None
        return cls.objects.filter(key_hash=key_hash(key), active=True).first()


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Submission(models.Model):
    """A complaint an Open311 client filed. Its token answers `tokens/<token>` until a verifier has checked the
    complaint; from then on it gives the complaint's tracking code (its `service_request_id`)."""

    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="open311_submission")
    client = models.ForeignKey(ApiClient, on_delete=models.SET_NULL, null=True, related_name="submissions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Open311 submission")

    def __str__(self):
        return self.token
