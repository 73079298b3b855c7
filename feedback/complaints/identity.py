"""Who filed a complaint (UU PDP): kept in ComplaintReporter, apart from the complaint, and decided here alone.

- who may see a reporter (`may_see_identity`), and each look recorded as an IdentityView (`reporter_shown_to`);
- identities, and the addresses of those who followed the complaint, forgotten once it has been closed for the
  retention period (`identities_anonymise`);
- everything held about one complainant or follower, for a subject-access request (`complainant_data`).

Nothing else reads a reporter's name, email or phone, except the resident's own emails, which go to that address.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from feedback.complaints.access import is_verifier
from feedback.complaints.tasks import FOLLOWER_TEMPLATES, RESIDENT_TEMPLATES
from feedback.models import Complaint, ComplaintFollower, ComplaintReporter, IdentityView, Notification, Privacy
from reports.models import UnitPage


def may_see_identity(user: AbstractBaseUser, complaint: Complaint) -> bool:
    """Verifiers always; for a *publik* complaint also the staff of the unit handling it, to contact the resident.

    *Anonim* and *rahasia* hide the complainant from the unit (SP4N-LAPOR!): only verifiers know who it is.
    """
    if is_verifier(user):
        return True
    return (
        complaint.privacy == Privacy.PUBLIC and UnitPage.objects.staffed_by(user).filter(pk=complaint.unit_id).exists()
    )


def reporter_shown_to(user: AbstractBaseUser, complaint: Complaint) -> ComplaintReporter | None:
    """The complaint's reporter for someone who may see it, the look recorded; PermissionDenied for anyone else."""
    if not may_see_identity(user, complaint):
        raise PermissionDenied(
            _("Only verifiers, and for a public complaint the unit handling it, may see who filed a complaint.")
        )
    with transaction.atomic():
        IdentityView.objects.create(complaint=complaint, viewer=user)
    return ComplaintReporter.objects.filter(complaint=complaint).first()


def expired_identities():
    """Reporters not yet anonymised whose complaint closed longer ago than the retention period."""
    return ComplaintReporter.objects.filter(
        anonymised_at__isnull=True, complaint__closed_at__isnull=False, complaint__closed_at__lt=_retention_cutoff()
    )


def identities_anonymise() -> int:
    """Blank the expired identities and the addresses their emails went to, and forget the followers of complaints
    closed as long ago; returns how many complainants.

    The complaint stays (it is part of the city's public record); only who filed or followed it is forgotten.
    """
    with transaction.atomic():
        complaint_ids = list(expired_identities().select_for_update().values_list("complaint_id", flat=True))
        # A delivery error may quote the address, so it goes too.
        Notification.objects.filter(complaint_id__in=complaint_ids, template__in=RESIDENT_TEMPLATES).update(
            recipient="", last_error="", private_link=""
        )
        ComplaintReporter.objects.filter(complaint_id__in=complaint_ids).update(
            name="", email="", phone="", anonymised_at=timezone.now()
        )
        closed_long_ago = Complaint.objects.filter(closed_at__lt=_retention_cutoff())
        ComplaintFollower.objects.filter(complaint__in=closed_long_ago).delete()
        Notification.objects.filter(complaint__in=closed_long_ago, template__in=FOLLOWER_TEMPLATES).exclude(
            recipient=""
        ).update(recipient="", last_error="")
    return len(complaint_ids)


def _retention_cutoff():
    return timezone.now() - timedelta(days=settings.COMPLAINT_IDENTITY_RETENTION_DAYS)


def complainant_data(email: str) -> dict:
    """Everything held about the complainant with this email address: their complaints and the emails sent."""
    reporters = (
        ComplaintReporter.objects.filter(email__iexact=email)
        .select_related("complaint__category", "complaint__unit")
        .prefetch_related("complaint__attachments", "complaint__events")
        .order_by("complaint__submitted_at")
    )
    return {
        "email": email,
        "complaints": [_complaint(reporter) for reporter in reporters],
        "emails_sent": [
            {
                "complaint": notification.complaint.tracking_code,
                "created_at": notification.created_at,
                "status": notification.status,
                "sent_at": notification.sent_at,
            }
            for notification in Notification.objects.filter(recipient__iexact=email).select_related("complaint")
        ],
        "follows": [
            {
                "complaint": follower.complaint.tracking_code,
                "since": follower.created_at,
                "confirmed_at": follower.confirmed_at,
            }
            for follower in ComplaintFollower.objects.filter(email__iexact=email).select_related("complaint")
        ],
    }


def _complaint(reporter: ComplaintReporter) -> dict:
    complaint = reporter.complaint
    return {
        "identity": {
            "name": reporter.name,
            "email": reporter.email,
            "phone": reporter.phone,
            "language": reporter.language,
            "consented_at": reporter.consented_at,
            "anonymised_at": reporter.anonymised_at,
        },
        "tracking_code": complaint.tracking_code,
        "category": complaint.category.name,
        "unit": complaint.unit.title if complaint.unit else None,
        "title": complaint.title,
        "description": complaint.description,
        "place": complaint.place,
        "latitude": complaint.latitude,
        "longitude": complaint.longitude,
        "incident_date": complaint.incident_date,
        "privacy": complaint.privacy,
        "status": complaint.status,
        "submitted_at": complaint.submitted_at,
        "closed_at": complaint.closed_at,
        "rating": complaint.rating,
        "attachments": [str(attachment) for attachment in complaint.attachments.all()],
        "events": [
            {"kind": event.kind, "created_at": event.created_at, "status": event.status, "message": event.message}
            for event in complaint.events.all()
            if event.is_public
        ],
    }
