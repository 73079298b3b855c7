"""The rules of a public information request (UU 14/2008, Perki 1/2021), in working days on the calendar complaints
use (feedback.deadlines: weekends, national holidays, cuti bersama, the city's own days off):

- registered, it is answered within ANSWER_DAYS (10), extendable once by EXTENSION_DAYS (7) with a written reason
  (Art. 22(7)–(8));
- it is answered (with documents), refused only on an Art. 17 exemption with its consequence test (Art. 19), or
  transferred to the public body that holds the information;
- the requester may object (*keberatan*, Art. 35) on the grounds that fit what happened, within
  OBJECTION_WINDOW_DAYS (30) of the decision or of the deadline missed (Art. 36(1)); the PPID's superior answers
  within OBJECTION_ANSWER_DAYS (30, Art. 36(2)); after that, the Komisi Informasi (Art. 37).
"""

import secrets
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from feedback.complaints.codes import new_code
from feedback.complaints.services import secret_hash
from feedback.deadlines import add_working_days, local_today
from ppid import notifications
from ppid.models import (
    OPEN_STATUSES,
    EventKind,
    Exemption,
    InformationRequest,
    Objection,
    ObjectionGround,
    ObjectionOutcome,
    Requester,
    RequestEvent,
    RequestStatus,
)
from reports.models import UnitPage

ANSWER_DAYS = 10
EXTENSION_DAYS = 7
OBJECTION_WINDOW_DAYS = 30
OBJECTION_ANSWER_DAYS = 30
PREFIX = "INF"


@dataclass(frozen=True)
class Registered:
    request: InformationRequest
    secret: str | None  # the private link's secret, known only now; None when the submission was a repeat
    created: bool


def request_file(
    *,
    unit: UnitPage | None,
    information: str,
    purpose: str,
    channel: str,
    delivery: str,
    name: str,
    address: str,
    identity_type: str,
    identity_number: str,
    submission_key: str,
    phone: str = "",
    email: str = "",
    language: str = "id",
) -> Registered:
    """Register a request to the PPID Utama (`unit` None) or a unit's PPID Pelaksana; the same form sent twice
    registers once."""
    existing = InformationRequest.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return Registered(existing, None, False)
    if not information.strip() or not purpose.strip():
        raise ValidationError(_("Say what information you ask for and why."))
    secret = secrets.token_urlsafe(24)
    try:
        with transaction.atomic():
            request = InformationRequest.objects.create(
                registration_number=_unused_number(),
                secret_hash=secret_hash(secret),
                submission_key=submission_key,
                unit=unit,
                information=information.strip(),
                purpose=purpose.strip(),
                channel=channel,
                delivery=delivery,
                due_on=add_working_days(local_today(), ANSWER_DAYS),
            )
            Requester.objects.create(
                request=request,
                name=name,
                address=address,
                phone=phone,
                email=email,
                identity_type=identity_type,
                identity_number=identity_number,
                language=language,
            )
            _event(request, EventKind.REGISTERED, by=None)
    except IntegrityError:
        existing = InformationRequest.objects.filter(submission_key=submission_key).first()
        if existing is not None:
            return Registered(existing, None, False)
        raise
    return Registered(request, secret, True)


def _unused_number() -> str:
    while True:
        number = new_code(PREFIX)
        if not InformationRequest.objects.filter(registration_number=number).exists():
            return number


def request_extend(*, request: InformationRequest, by: AbstractBaseUser, reason: str) -> InformationRequest:
    """Once, before the deadline, with the reason the requester is told: 7 more working days after the 10."""
    if not reason.strip():
        raise ValidationError(_("Give the reason for the extension: the requester is told it in writing."))
    with transaction.atomic():
        request = _locked(request)
        if request.status != RequestStatus.REGISTERED:
            raise ValidationError(_("A request can be extended only once, while it waits for its answer."))
        if local_today() > request.due_on:
            raise ValidationError(_("The deadline has passed: it can no longer be extended."))
        request.status = RequestStatus.EXTENDED
        request.extended_until = add_working_days(request.due_on, EXTENSION_DAYS)
        request.extension_reason = reason.strip()
        request.save(update_fields=["status", "extended_until", "extension_reason"])
        notifications.notify_requester(
            request, _event(request, EventKind.EXTENDED, by=by, message=request.extension_reason)
        )
    return request


def request_answer(*, request: InformationRequest, by: AbstractBaseUser, message: str, documents=()):
    """The information is given: a message, and the documents the requester downloads from the private link."""
    if not message.strip() and not documents:
        raise ValidationError(_("Write the answer or attach the documents."))
    return _decide(request, RequestStatus.ANSWERED, EventKind.ANSWERED, by, message, documents=documents)


def request_refuse(
    *, request: InformationRequest, by: AbstractBaseUser, exemption: str, consequence_test: str, message: str = ""
):
    """Refused, only on an Art. 17 exemption and with the consequence test that shows why (Art. 19)."""
    if exemption not in Exemption.values:
        raise ValidationError(_("A request can be refused only on an exemption of Art. 17: choose it."))
    if not consequence_test.strip():
        raise ValidationError(_("Write the consequence test: what harm disclosing the information would cause."))
    return _decide(
        request,
        RequestStatus.REFUSED,
        EventKind.REFUSED,
        by,
        message,
        exemption=exemption,
        consequence_test=consequence_test.strip(),
    )


def request_transfer(*, request: InformationRequest, by: AbstractBaseUser, body: str, message: str = ""):
    """The information is held by another public body: the request is sent on, and the requester told where."""
    if not body.strip():
        raise ValidationError(_("Name the public body that holds the information."))
    return _decide(request, RequestStatus.TRANSFERRED, EventKind.TRANSFERRED, by, message, transferred_to=body.strip())


def _decide(request, status, kind, by, message: str, *, documents=(), **fields) -> InformationRequest:
    with transaction.atomic():
        request = _locked(request)
        if request.status not in OPEN_STATUSES:
            raise ValidationError(_("This request has already been decided."))
        request.status, request.decided_at = status, timezone.now()
        for name, value in fields.items():
            setattr(request, name, value)
        request.save(update_fields=["status", "decided_at", *fields])
        if documents:
            request.documents.set(documents)
        notifications.notify_requester(request, _event(request, kind, by=by, message=message.strip()))
    return request


def objection_window(request: InformationRequest, today: date | None = None) -> tuple[date, date] | None:
    """(first day, last day) in which the requester may object: from the decision, or from the day after the
    deadline missed, for OBJECTION_WINDOW_DAYS working days; None while the PPID is still within its time, or
    after a transfer (the other body answers then)."""
    today = today or local_today()
    if request.status in OPEN_STATUSES:
        if today <= request.answer_due:
            return None
        opened = request.answer_due
    elif request.status == RequestStatus.TRANSFERRED:
        return None
    else:
        opened = timezone.localdate(request.decided_at)
    return opened, add_working_days(opened, OBJECTION_WINDOW_DAYS)


def objection_grounds(request: InformationRequest, today: date | None = None) -> list[str]:
    """The Art. 35 grounds that fit what happened to the request, when it may be objected to today."""
    today = today or local_today()
    window = objection_window(request, today)
    if window is None or today > window[1]:
        return []
    if request.status in OPEN_STATUSES:
        return [ObjectionGround.NO_RESPONSE, ObjectionGround.PERIODIC_NOT_PUBLISHED]
    if request.status == RequestStatus.REFUSED:
        return [ObjectionGround.REFUSED, ObjectionGround.PERIODIC_NOT_PUBLISHED]
    grounds = [
        ObjectionGround.NOT_AS_ASKED,
        ObjectionGround.NOT_FULFILLED,
        ObjectionGround.UNREASONABLE_COST,
        ObjectionGround.PERIODIC_NOT_PUBLISHED,
    ]
    if timezone.localdate(request.decided_at) > request.answer_due:
        grounds.append(ObjectionGround.LATE)
    return grounds


def objection_file(*, request: InformationRequest, ground: str, reason: str, today: date | None = None) -> Objection:
    """The requester objects to the PPID's superior, on a ground that fits, within the window, one at a time."""
    today = today or local_today()
    if not reason.strip():
        raise ValidationError(_("Explain the objection."))
    with transaction.atomic():
        request = _locked(request)
        if ground not in objection_grounds(request, today):
            window = objection_window(request, today)
            if window is not None and today > window[1]:
                raise ValidationError(_("The 30 working days to object have passed: the Komisi Informasi remains."))
            raise ValidationError(_("This ground does not fit what happened to the request, or it is too early."))
        if request.objections.filter(answered_at=None).exists():
            raise ValidationError(_("An objection to this request is already waiting for its answer."))
        objection = Objection.objects.create(
            request=request, ground=ground, reason=reason.strip(), due_on=add_working_days(today, OBJECTION_ANSWER_DAYS)
        )
        _event(request, EventKind.OBJECTED, by=None, message=objection.get_ground_display())
    return objection


def objection_answer(*, objection: Objection, by: AbstractBaseUser, outcome: str, answer: str) -> Objection:
    """The PPID's superior (*atasan PPID*) decides, in writing."""
    if outcome not in ObjectionOutcome.values:
        raise ValidationError(_("Choose whether the objection is upheld."))
    if not answer.strip():
        raise ValidationError(_("Write the answer to the objection."))
    with transaction.atomic():
        objection = Objection.objects.select_for_update().get(pk=objection.pk)
        if objection.answered_at is not None:
            raise ValidationError(_("This objection has already been answered."))
        objection.outcome, objection.answer = outcome, answer.strip()
        objection.answered_at, objection.answered_by = timezone.now(), by
        objection.save(update_fields=["outcome", "answer", "answered_at", "answered_by"])
        event = _event(objection.request, EventKind.OBJECTION_ANSWERED, by=by, message=objection.answer)
        notifications.notify_requester(objection.request, event)
    return objection


def _locked(request: InformationRequest) -> InformationRequest:
    return InformationRequest.objects.select_for_update().get(pk=request.pk)


def _event(request: InformationRequest, kind: str, *, by, message: str = "") -> RequestEvent:
    return RequestEvent.objects.create(request=request, kind=kind, actor=by, message=message)
