"""The outbox: one row per email the portal owes someone, written in the same transaction as the change that causes
it, and the state of its delivery (feedback/outbox.py sends and sweeps).

A row is claimed before anything is sent (PENDING → SENDING, `attempted_at`), marked the moment it is handed to the
mail server (`handed_at`), then recorded as SENT or FAILED. A worker that dies before handing the email over leaves a
claim the sweep gives back (it is sent once, later); one that dies while the mail server has it leaves a row the
sweep records as UNCONFIRMED (it may have arrived), never to be sent again without someone deciding so.
"""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeliveryStatus(models.TextChoices):
    PENDING = "menunggu", _("Waiting to be sent")
    SENDING = "mengirim", _("Being sent")
    SENT = "terkirim", _("Sent")
    FAILED = "gagal", _("Failed")
    UNCONFIRMED = "takpasti", _("Sent, unconfirmed")
    CANCELLED = "batal", _("Not needed any more")


class OutgoingEmail(models.Model):
    """The delivery state every outbox row shares. A failed email is tried again by the sweep, after a pause that
    doubles with each attempt, until MAX_ATTEMPTS; after that it stays failed, with the last error, for staff."""

    MAX_ATTEMPTS = 5
    FIRST_PAUSE = timedelta(minutes=5)

    status = models.CharField(
        _("delivery"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True)
    attempted_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    handed_at = models.DateTimeField(_("handed to the mail server"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def awaits_decision(self) -> bool:
        """Not sent again by itself: it may have arrived (unconfirmed), or it failed MAX_ATTEMPTS times."""
        return self.status == DeliveryStatus.UNCONFIRMED or (
            self.status == DeliveryStatus.FAILED and self.attempts >= self.MAX_ATTEMPTS
        )

    @property
    def retry_due_at(self):
        """When a failed email may be tried again; None when it is not to be retried."""
        if self.status != DeliveryStatus.FAILED or self.attempts >= self.MAX_ATTEMPTS:
            return None
        return (self.attempted_at or self.created_at) + self.FIRST_PAUSE * 2 ** max(self.attempts - 1, 0)
