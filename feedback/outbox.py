"""Delivering the outbox (feedback/models/outbox.py): each row sent at most once, and nothing left stuck.

The services write the rows inside their own transaction and call `queue` for them: once the transaction commits,
the row's sender task is queued (in the `email` queue, ahead of search indexing). The task calls `deliver`, which
claims the row (an UPDATE that only one worker can win), composes the email, marks the moment it goes to the mail
server, sends it and records the outcome. `sweep` (run by the task worker every WORKER_SWEEP_SECONDS, or by
`manage.py sweep_outbox` from cron) gives back claims a dead worker left, records as unconfirmed what a worker
died while sending, and queues again what waited longer than OUTBOX_TIMEOUT_SECONDS or failed and is due.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from feedback.models.outbox import DeliveryStatus, OutgoingEmail

logger = logging.getLogger(__name__)

CLAIMABLE = [DeliveryStatus.PENDING, DeliveryStatus.FAILED]
EMAIL_QUEUE = "email"  # the task queue of everything sent to people (TASKS["default"]["QUEUES"])
EMAIL_PRIORITY = 50  # ahead of indexing (priority 0) when one worker takes every queue


@dataclass
class Swept:
    """What one sweep of one outbox did, by row id."""

    given_back: int = 0  # claims of a worker that died before handing the email over: waiting again
    unconfirmed: int = 0  # handed to the mail server by a worker that died: may have arrived, not sent again
    queued: list[int] = field(default_factory=list)  # waiting (or failed and due) rows queued again


def queue(rows: list[OutgoingEmail], task) -> None:
    """Queue `task` for each row once the surrounding transaction commits (at once outside one). Should queuing
    fail, the rows wait, written, for the sweep."""
    if not rows:
        return
    model, pks = type(rows[0]), [row.pk for row in rows]

    def enqueue():
        model.objects.filter(pk__in=pks).update(queued_at=timezone.now())
        for pk in pks:
            task.enqueue(pk)

    transaction.on_commit(enqueue, robust=True)


def deliver(rows: models.QuerySet, pk: int, compose: Callable[[OutgoingEmail], EmailMessage | None]) -> str:
    """Send the row `pk` of `rows` once: claim it, compose it (None: no longer needed), send it, record how it went.

    A failure is recorded on the row, never raised: the change that caused the email is not the delivery's
    business, and with the in-process task backend this runs inside the request.
    """
    claimed_at = timezone.now()
    claimable = rows.model.objects.filter(pk=pk, status__in=CLAIMABLE)
    claim = {"status": DeliveryStatus.SENDING, "attempted_at": claimed_at, "handed_at": None}
    if not claimable.update(**claim, attempts=F("attempts") + 1):
        return rows.model.objects.filter(pk=pk).values_list("status", flat=True).first() or "gone"
    mine = rows.model.objects.filter(pk=pk, status=DeliveryStatus.SENDING, attempted_at=claimed_at)
    try:
        message = compose(rows.get(pk=pk))
        if message is None:
            mine.update(status=DeliveryStatus.CANCELLED)
            return DeliveryStatus.CANCELLED
        message.extra_headers.setdefault("Message-ID", message_id(rows.model, pk))
        with get_connection() as message.connection:  # opened first: a refused connection never had the email
            # Recorded before the mail server sees it: from here on a dead worker means "may have been sent".
            if not mine.filter(handed_at=None).update(handed_at=timezone.now()):
                return "lost"  # the sweep took the claim back (this worker was too slow) and another has it now
            message.send()
    except Exception as error:
        logger.warning("Email %s %s failed.", rows.model._meta.label, pk, exc_info=True)
        mine.update(status=DeliveryStatus.FAILED, last_error=f"{type(error).__name__}: {error}"[:2000])
        return DeliveryStatus.FAILED
    # Sent: recorded even if the sweep meanwhile thought it unconfirmed.
    rows.model.objects.filter(pk=pk, attempted_at=claimed_at).update(
        status=DeliveryStatus.SENT, last_error="", sent_at=timezone.now()
    )
    return DeliveryStatus.SENT


def send_again(row: OutgoingEmail, task) -> bool:
    """Staff decided that an email that may not have arrived (unconfirmed) or that stopped being retried (failed
    MAX_ATTEMPTS times) is sent again, with the same Message-ID; False when it is in neither state."""
    again = type(row).objects.filter(pk=row.pk, status__in=[DeliveryStatus.UNCONFIRMED, DeliveryStatus.FAILED])
    if not again.update(status=DeliveryStatus.PENDING, queued_at=None):
        return False
    queue([row], task)
    return True


def message_id(model, pk: int) -> str:
    """One Message-ID per row, whatever the attempt: a copy sent again is recognisable as the same email."""
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >") or "localhost"
    return f"<{model._meta.label_lower}.{pk}@{domain}>"


def sweep(model: type[OutgoingEmail], task, now=None) -> Swept:
    """Put right what dead workers and lost tasks left in one outbox; see the module's docstring."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.OUTBOX_TIMEOUT_SECONDS)
    sending = model.objects.filter(status=DeliveryStatus.SENDING)
    stale_claims = sending.filter(handed_at=None, attempted_at__lt=cutoff)
    abandoned = list(stale_claims.values_list("pk", flat=True))  # their task died with the worker: queue them now
    swept = Swept(
        given_back=stale_claims.filter(pk__in=abandoned).update(status=DeliveryStatus.PENDING),
        unconfirmed=sending.filter(handed_at__lt=cutoff).update(
            status=DeliveryStatus.UNCONFIRMED,
            last_error="The worker stopped while the mail server had this email; it may have been delivered.",
        ),
    )
    waiting = model.objects.filter(status=DeliveryStatus.PENDING).filter(
        Q(queued_at__lt=cutoff) | Q(queued_at=None, created_at__lt=cutoff)
    )
    failed = model.objects.filter(status=DeliveryStatus.FAILED, attempts__lt=model.MAX_ATTEMPTS)
    due = [row.pk for row in failed.order_by("pk") if row.retry_due_at <= now]
    swept.queued = sorted({*abandoned, *waiting.values_list("pk", flat=True), *due})
    model.objects.filter(pk__in=swept.queued).update(queued_at=now)
    for pk in swept.queued:
        task.enqueue(pk)
    if swept.given_back or swept.unconfirmed or swept.queued:
        logger.warning("Outbox %s swept: %s.", model._meta.label, swept)
    return swept
