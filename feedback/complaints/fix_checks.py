"""Asking "is it fixed?" (*sudah beres?*): some weeks after a complaint is resolved, its resident is asked whether
the problem is really gone, as FixMyStreet does, because a unit's answer often comes before the work is done.

- `fix_checks_send` (daily, `manage.py ask_if_fixed`) emails the residents who gave an address, FIX_CHECK_DAYS
  after the resolution (complaints resolved up to ASK_WINDOW_DAYS before that are still asked, for a missed day;
  older ones never, so that starting the command does not write to every resident of years past), and again
  FIX_CHECK_REMIND_DAYS after a resident asked to be reminded (at most MAX_REMINDERS times);
- residents without an address see the same question on their private page (`fix_check_open`);
- `fix_check_answer` records the answer once: on the public timeline, in the unit's scorecard, the note and photo
  for the unit, which is told when the problem is not fixed.
"""

import secrets
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from feedback.complaints import notifications
from feedback.complaints.services import attach, event_add
from feedback.deadlines import local_today
from feedback.models import Complaint, EventKind, FixAnswer, FixCheck, Status

ASK_WINDOW_DAYS = 14
MAX_REMINDERS = 2
ANSWER_EVENTS = {
    FixAnswer.FIXED: EventKind.CONFIRMED_FIXED,
    FixAnswer.NOT_FIXED: EventKind.NOT_FIXED,
    FixAnswer.UNKNOWN: EventKind.FIX_UNKNOWN,
}


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def fix_check_open(complaint: Complaint, today=None) -> bool:
    """Whether the resident may answer now: resolved FIX_CHECK_DAYS ago or more, and not answered yet."""
    today = today or local_today()
    if complaint.status != Status.RESOLVED or complaint.closed_at is None:
        return False
    if timezone.localdate(complaint.closed_at) + timedelta(days=settings.FIX_CHECK_DAYS) > today:
        return False
    check = FixCheck.objects.filter(complaint=complaint).first()
    return check is None or not check.answer


def due_for_email(today=None):
    """The complaints whose resident should be emailed the question today."""
    today = today or local_today()
    latest = today - timedelta(days=settings.FIX_CHECK_DAYS)
    first_time = Q(fix_check__isnull=True, closed_at__gte=_start_of(latest - timedelta(days=ASK_WINDOW_DAYS)))
    reminded = Q(fix_check__answer="", fix_check__asked_at__isnull=True, fix_check__ask_on__lte=today)
    return (
        Complaint.objects.filter(status=Status.RESOLVED, closed_at__lt=_start_of(latest + timedelta(days=1)))
        .filter(first_time | reminded)
        .filter(reporter__anonymised_at__isnull=True)
        .exclude(reporter__email="")
    )


def fix_checks_send(today=None) -> int:
    """Email the question to every resident due today; returns how many. Each is asked once per due date."""
    today = today or local_today()
    asked = 0
    for complaint in due_for_email(today).select_related("reporter"):
        with transaction.atomic():
            check, _created = FixCheck.objects.select_for_update().get_or_create(
                complaint=complaint, defaults={"token": secrets.token_urlsafe(32), "ask_on": today}
            )
            if check.asked_at is not None or check.answer:
                continue  # another run got there first
            check.asked_at = timezone.now()
            check.save(update_fields=["asked_at"])
            notifications.notify_fix_check(complaint)
            asked += 1
    return asked


def fix_check_remind(*, check: FixCheck) -> FixCheck:
    """The resident is not sure yet: ask again in FIX_CHECK_REMIND_DAYS, at most MAX_REMINDERS times."""
    if check.answer:
        raise ValidationError(_("This question has already been answered."))
    if check.reminders >= MAX_REMINDERS:
        raise ValidationError(_("We will not ask again: please answer now, or choose “I don't know”."))
    check.reminders += 1
    check.asked_at = None
    check.ask_on = local_today() + timedelta(days=settings.FIX_CHECK_REMIND_DAYS)
    check.save(update_fields=["reminders", "asked_at", "ask_on"])
    return check


def fix_check_answer(*, complaint: Complaint, answer: str, note: str = "", upload=None) -> FixCheck:
    """Record the resident's answer, once. `upload` is a cleaned photo (uploads.clean_upload) for the unit."""
    if answer not in FixAnswer.values:
        raise ValidationError(_("Choose one of the answers."))
    if not fix_check_open(complaint):
        raise ValidationError(_("This question is not open: it has been answered, or it is not time to ask yet."))
    written = []  # a photo stored for a failed answer must not stay on disk
    try:
        with transaction.atomic():
            check, _created = FixCheck.objects.select_for_update().get_or_create(
                complaint=complaint, defaults={"token": secrets.token_urlsafe(32), "ask_on": local_today()}
            )
            if check.answer:
                raise ValidationError(_("This question has already been answered."))
            check.answer, check.note, check.answered_at = answer, note.strip(), timezone.now()
            check.save(update_fields=["answer", "note", "answered_at"])
            event = event_add(complaint, ANSWER_EVENTS[answer], by=None, public=True)
            if check.note:
                event_add(complaint, EventKind.NOTE, by=None, public=False, message=check.note)
            if upload is not None:
                attach(complaint, upload, written)
            if answer == FixAnswer.NOT_FIXED:
                notifications.notify_not_fixed(complaint, event)
    except Exception:
        for storage, name in written:
            storage.delete(name)
        raise
    return check
