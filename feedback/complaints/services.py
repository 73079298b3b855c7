"""State changes of complaints: filing, verification and routing (*disposisi*), handling, the resident's verdict.

Every change runs in a transaction on a locked row, checks the complaint's version when the caller saw one
(so two staff editing the same complaint do not silently overwrite each other), raises its version, and
appends a ComplaintEvent with the actor and the time.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from feedback import places
from feedback.complaints import codes, notifications
from feedback.deadlines import add_working_days, local_today
from feedback.models import (
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintFollower,
    ComplaintReporter,
    EventKind,
    Privacy,
    RejectionReason,
    Status,
)
from reports.models import UnitPage

HANDLING_STATUSES = [Status.ROUTED, Status.IN_PROGRESS, Status.RESPONDED]


class ComplaintChanged(Exception):
    """Someone else changed the complaint since the caller loaded it; reload and try again."""


@dataclass(frozen=True)
class Filed:
    complaint: Complaint
    secret: str | None  # the private link's secret, known only now; None when the submission was a repeat
    created: bool


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def secret_matches(secret: str, stored_hash: str) -> bool:
    """Whether a private link's secret is the one whose hash was kept, compared in constant time."""
    return hmac.compare_digest(secret_hash(secret), stored_hash)


def complaint_file(
    *,
    category: ComplaintCategory,
    title: str,
    description: str,
    place: str,
    incident_date,
    privacy: str,
    submission_key: str,
    village_code: str = "",
    latitude=None,
    longitude=None,
    name: str = "",
    email: str = "",
    phone: str = "",
    language: str = "id",
    uploads: tuple = (),
) -> Filed:
    """A resident's new complaint, its reporter and attachments, all or nothing.

    `submission_key` comes from the form the resident filled in: sending it twice files one complaint.
    """
    existing = Complaint.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return Filed(existing, None, False)
    if not category.active:
        raise ValidationError(_("This category no longer takes new complaints."))
    if privacy == Privacy.ANONYMOUS and not category.allows_anonymous:
        raise ValidationError(_("Complaints in this category cannot be anonymous."))
    today = local_today()
    if incident_date > today:
        raise ValidationError(_("The date of the incident cannot be in the future."))
    if village_code and places.village(village_code) is None:
        raise ValidationError(_("Choose a kelurahan, desa or negeri of Kota Ambon."))
    secret = secrets.token_urlsafe(24)  # 192 bits
    written = []  # files stored so far: a failed transaction must not leave personal data on disk
    try:
        with transaction.atomic():
            complaint = Complaint.objects.create(
                tracking_code=_unused_tracking_code(),
                secret_hash=secret_hash(secret),
                submission_key=submission_key,
                category=category,
                title=title,
                description=description,
                place=place,
                village_code=village_code,
                latitude=latitude,
                longitude=longitude,
                incident_date=incident_date,
                privacy=privacy,
                verification_due=add_working_days(today, category.verification_days),
                resolution_due=add_working_days(today, category.resolution_days),
            )
            ComplaintReporter.objects.create(
                complaint=complaint, name=name, email=email, phone=phone, language=language, consented_at=timezone.now()
            )
            for upload in uploads:
                attach(complaint, upload, written)
            event = event_add(complaint, EventKind.SUBMITTED, by=None, public=True)
            notifications.notify_filed(complaint, event)
    except Exception as error:
        for storage, name in written:
            storage.delete(name)
        existing = Complaint.objects.filter(submission_key=submission_key).first()
        if isinstance(error, IntegrityError) and existing is not None:
            return Filed(existing, None, False)  # the same form, sent twice at the same moment
        raise
    return Filed(complaint, secret, True)


def _unused_tracking_code() -> str:
    while True:
        code = codes.new_code()
        if not Complaint.objects.filter(tracking_code=code).exists():
            return code


def attach(complaint: Complaint, upload, written: list) -> None:
    """Store a cleaned upload (see feedback.complaints.uploads) under a random name, noting the file in `written`."""
    attachment = ComplaintAttachment(
        complaint=complaint,
        token=secrets.token_hex(16),
        extension=upload.extension,
        content_type=upload.content_type,
        size=len(upload.content),
        width=upload.width,
        height=upload.height,
    )
    attachment.file.save("upload", ContentFile(upload.content), save=False)
    written.append((attachment.file.storage, attachment.file.name))
    attachment.save()


def _locked(complaint: Complaint, expected_version: int | None) -> Complaint:
    current = Complaint.objects.select_for_update().get(pk=complaint.pk)
    if expected_version is not None and current.version != expected_version:
        raise ComplaintChanged
    return current


def _require(complaint: Complaint, statuses: list[str]) -> None:
    if complaint.status not in statuses:
        raise ValidationError(
            _("This cannot be done while the complaint is “%(status)s”."),
            params={"status": complaint.get_status_display()},
        )


def _save(complaint: Complaint, *fields: str) -> None:
    complaint.version += 1
    complaint.save(update_fields=[*fields, "version"])


def event_add(complaint: Complaint, kind: str, *, by, public: bool, message: str = "") -> ComplaintEvent:
    return ComplaintEvent.objects.create(
        complaint=complaint,
        kind=kind,
        actor=by,
        is_public=public,
        message=message,
        status=complaint.status,
        unit=complaint.unit,
    )


def complaint_change_category(
    *, complaint: Complaint, category: ComplaintCategory, by: AbstractBaseUser, expected_version: int | None = None
) -> Complaint:
    """A verifier corrects the category before routing; the deadlines follow the new category."""
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        _require(complaint, [Status.SUBMITTED])
        old = complaint.category
        complaint.category = category
        filed = timezone.localdate(complaint.submitted_at)
        complaint.verification_due = add_working_days(filed, category.verification_days)
        complaint.resolution_due = add_working_days(filed, category.resolution_days)
        _save(complaint, "category", "verification_due", "resolution_due")
        event_add(complaint, EventKind.CATEGORY_CHANGED, by=by, public=False, message=f"{old.name} → {category.name}")
    return complaint


def complaint_route(
    *,
    complaint: Complaint,
    by: AbstractBaseUser,
    unit: UnitPage | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> Complaint:
    """*Disposisi*: the verifier sends the complaint to a unit, by default the one its category names."""
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        _require(complaint, [Status.SUBMITTED])
        complaint.unit = unit or complaint.category.unit
        complaint.status = Status.ROUTED
        complaint.verified_at = timezone.now()
        complaint.response_due = add_working_days(local_today(), complaint.category.response_days)
        _save(complaint, "unit", "status", "verified_at", "response_due")
        event = event_add(complaint, EventKind.ROUTED, by=by, public=True)
        if note:
            event_add(complaint, EventKind.NOTE, by=by, public=False, message=note)
        notifications.notify_routed(complaint, event)
    return complaint


def complaint_reject(
    *,
    complaint: Complaint,
    reason: str,
    by: AbstractBaseUser,
    message: str = "",
    duplicate_of: Complaint | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """The verifier turns the complaint down with a reason the resident sees."""
    if reason not in RejectionReason.values:
        raise ValidationError(_("Choose a reason for the rejection."))
    if reason == RejectionReason.DUPLICATE and (duplicate_of is None or duplicate_of.pk == complaint.pk):
        raise ValidationError(_("Name the complaint this one duplicates."))
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        _require(complaint, [Status.SUBMITTED])
        complaint.status = Status.REJECTED
        complaint.rejection_reason = reason
        complaint.duplicate_of = duplicate_of if reason == RejectionReason.DUPLICATE else None
        complaint.verified_at = complaint.closed_at = timezone.now()
        _save(complaint, "status", "rejection_reason", "duplicate_of", "verified_at", "closed_at")
        event = event_add(complaint, EventKind.REJECTED, by=by, public=True, message=message)
        notifications.notify_status_changed(complaint, event)
        if complaint.duplicate_of is not None:
            _follow_for_reporter(complaint, complaint.duplicate_of)
    return complaint


def _follow_for_reporter(duplicate: Complaint, original: Complaint) -> None:
    """The filer of a duplicate hears about the complaint it was merged into: they gave their address to hear about
    this problem, so the follow needs no confirmation."""
    reporter = ComplaintReporter.objects.filter(complaint=duplicate, anonymised_at=None).exclude(email="").first()
    if reporter is None:
        return
    ComplaintFollower.objects.get_or_create(
        complaint=original,
        email=reporter.email.lower(),
        defaults={"language": reporter.language, "token": secrets.token_urlsafe(32), "confirmed_at": timezone.now()},
    )


def complaint_follow(*, complaint: Complaint, email: str, language: str) -> ComplaintFollower:
    """Someone follows an open public complaint by email; the address must confirm first (a new follow, or one not
    yet confirmed, gets the confirmation email again)."""
    if not Complaint.objects.get(pk=complaint.pk).is_followable:  # as it is now, not as the caller loaded it
        raise ValidationError(_("Only open public complaints can be followed."))
    with transaction.atomic():
        follower, _created = ComplaintFollower.objects.get_or_create(
            complaint=complaint,
            email=email.strip().lower(),
            defaults={"language": language, "token": secrets.token_urlsafe(32)},
        )
        if follower.confirmed_at is None:
            notifications.notify_follow_requested(follower)
    return follower


def follow_confirm(*, token: str) -> ComplaintFollower | None:
    """The address confirmed it wants the complaint's news; None for a link that matches no follow (stopped)."""
    follower = ComplaintFollower.objects.select_related("complaint").filter(token=token).first()
    if follower is not None and follower.confirmed_at is None:
        follower.confirmed_at = timezone.now()
        follower.save(update_fields=["confirmed_at"])
    return follower


def follow_stop(*, token: str) -> ComplaintFollower | None:
    """No more emails about the complaint to this address; the follow is deleted with the address."""
    follower = ComplaintFollower.objects.select_related("complaint").filter(token=token).first()
    if follower is not None:
        follower.delete()
    return follower


def complaint_start(*, complaint: Complaint, by: AbstractBaseUser, expected_version: int | None = None) -> Complaint:
    """The unit has taken the complaint up."""
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        _require(complaint, [Status.ROUTED])
        complaint.status = Status.IN_PROGRESS
        _save(complaint, "status")
        event = event_add(complaint, EventKind.STATUS_CHANGED, by=by, public=True)
        notifications.notify_status_changed(complaint, event)
    return complaint


def complaint_reply(
    *, complaint: Complaint, message: str, by: AbstractBaseUser, expected_version: int | None = None
) -> Complaint:
    """The unit's public answer. The resident then has the feedback window to accept or reject it."""
    if not message.strip():
        raise ValidationError(_("Write the reply."))
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        _require(complaint, HANDLING_STATUSES)
        now = timezone.now()
        complaint.status = Status.RESPONDED
        complaint.first_response_at = complaint.first_response_at or now
        complaint.responded_at = now
        complaint.feedback_due = add_working_days(local_today(), complaint.category.feedback_days)
        _save(complaint, "status", "first_response_at", "responded_at", "feedback_due")
        event = event_add(complaint, EventKind.REPLY, by=by, public=True, message=message)
        notifications.notify_status_changed(complaint, event)
    return complaint


def complaint_add_note(*, complaint: Complaint, message: str, by: AbstractBaseUser) -> ComplaintEvent:
    """An internal note: staff and verifiers see it, the public and the resident never do."""
    if not message.strip():
        raise ValidationError(_("Write the note."))
    with transaction.atomic():
        complaint = _locked(complaint, None)
        return event_add(complaint, EventKind.NOTE, by=by, public=False, message=message)


def complaint_hand_over(
    *,
    complaint: Complaint,
    unit: UnitPage,
    reason: str,
    by: AbstractBaseUser,
    expected_version: int | None = None,
) -> Complaint:
    """Another unit is responsible: it gets the complaint, with a fresh first-response deadline."""
    if not reason.strip():
        raise ValidationError(_("Say why another unit is responsible."))
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        _require(complaint, [Status.ROUTED, Status.IN_PROGRESS])
        if unit.pk == complaint.unit_id:
            raise ValidationError(_("The complaint is already with this unit."))
        complaint.unit = unit
        complaint.status = Status.ROUTED
        complaint.response_due = add_working_days(local_today(), complaint.category.response_days)
        _save(complaint, "unit", "status", "response_due")
        event = event_add(complaint, EventKind.HANDED_OVER, by=by, public=True, message=reason)
        notifications.notify_handed_over(complaint, event)
    return complaint


def complaint_accept(*, complaint: Complaint) -> Complaint:
    """The resident accepts the response (through the private link): the complaint is resolved."""
    with transaction.atomic():
        complaint = _locked(complaint, None)
        _require(complaint, [Status.RESPONDED])
        complaint.status = Status.RESOLVED
        complaint.closed_at = timezone.now()
        _save(complaint, "status", "closed_at")
        event = event_add(complaint, EventKind.ACCEPTED, by=None, public=True)
        notifications.notify_status_changed(complaint, event)
    return complaint


def complaint_reject_response(*, complaint: Complaint, reason: str) -> Complaint:
    """The resident rejects the response: it reopens with the same unit; a second rejection escalates it."""
    if not reason.strip():
        raise ValidationError(_("Say why the response does not settle your complaint."))
    with transaction.atomic():
        complaint = _locked(complaint, None)
        _require(complaint, [Status.RESPONDED])
        complaint.status = Status.IN_PROGRESS
        complaint.rejections_by_resident += 1
        complaint.feedback_due = None
        _save(complaint, "status", "rejections_by_resident", "feedback_due")
        event = event_add(complaint, EventKind.REOPENED, by=None, public=True, message=reason)
        notifications.notify_reopened(complaint, event)
        if complaint.rejections_by_resident >= 2:
            _escalate(complaint)
    return complaint


def complaint_rate(*, complaint: Complaint, rating: int) -> Complaint:
    """The resident rates the handling, 1 to 5, once the complaint is closed."""
    if rating not in range(1, 6):
        raise ValidationError(_("Give a rating from 1 to 5."))
    with transaction.atomic():
        complaint = _locked(complaint, None)
        _require(complaint, [Status.RESOLVED])
        if complaint.rating is not None:
            raise ValidationError(_("This complaint has already been rated."))
        complaint.rating = rating
        _save(complaint, "rating")
        event_add(complaint, EventKind.RATED, by=None, public=True, message=str(rating))
    return complaint


def complaint_send_private_link(*, complaint: Complaint, link: str) -> None:
    """The resident asks for their private link by email, to the address they gave when filing."""
    with transaction.atomic():
        if notifications.notify_private_link(complaint, link) is None:
            raise ValidationError(_("No email address was given with this complaint."))


def complaint_link_lapor(
    *, complaint: Complaint, lapor_tracking_id: str, by: AbstractBaseUser, expected_version: int | None = None
) -> Complaint:
    """Record the SP4N-LAPOR! tracking id of a complaint that also came in through LAPOR!."""
    lapor_tracking_id = lapor_tracking_id.strip()
    if not lapor_tracking_id:
        raise ValidationError(_("Enter the SP4N-LAPOR! tracking id."))
    with transaction.atomic():
        complaint = _locked(complaint, expected_version)
        complaint.lapor_tracking_id = lapor_tracking_id
        _save(complaint, "lapor_tracking_id")
        event_add(complaint, EventKind.LAPOR_LINKED, by=by, public=False, message=lapor_tracking_id)
    return complaint


def complaints_escalate_overdue(*, today=None) -> list[Complaint]:
    """Escalate every open complaint past a deadline that has not been escalated yet; returns them."""
    today = today or local_today()
    escalated = []
    for complaint in Complaint.objects.open().overdue(today).filter(escalated_at__isnull=True):
        with transaction.atomic():
            complaint = _locked(complaint, None)
            if complaint.escalated_at is None:
                _escalate(complaint)
                escalated.append(complaint)
    return escalated


def _escalate(complaint: Complaint) -> None:
    complaint.escalated_at = timezone.now()
    _save(complaint, "escalated_at")
    event = event_add(complaint, EventKind.ESCALATED, by=None, public=True)
    notifications.notify_escalated(complaint, event)
