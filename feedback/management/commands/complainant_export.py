"""Everything held about one complainant, as JSON: the answer to a subject-access request under UU PDP."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from feedback.models import ComplaintReporter, Notification


class Command(BaseCommand):
    help = "Print as JSON everything held about the complainant with this email address."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The complainant's email address.")

    def handle(self, *args, email: str, **options):
        email = email.strip()
        if not email:
            raise CommandError("Give the complainant's email address.")
        data = complainant_data(email)
        self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))


def complainant_data(email: str) -> dict:
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
