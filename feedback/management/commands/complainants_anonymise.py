"""Blank complainants' identities once their complaint has been closed for the retention period (UU PDP).

Run it daily from cron. The complaint itself stays (it is part of the city's public record); only who filed
it is forgotten, including the address the resident's notification emails went to.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from feedback.models import ComplaintReporter, Notification
from feedback.notifications import RESIDENT_TEMPLATE


class Command(BaseCommand):
    help = "Blank the name, email and phone of complainants whose complaint closed longer ago than the retention."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")

    def handle(self, *args, dry_run: bool, **options):
        days = settings.COMPLAINT_IDENTITY_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        reporters = ComplaintReporter.objects.filter(
            anonymised_at__isnull=True, complaint__closed_at__isnull=False, complaint__closed_at__lt=cutoff
        )
        if dry_run:
            count = reporters.count()
            self.stdout.write(f"{count} complainant(s) would be anonymised (closed more than {days} days ago).")
            return
        with transaction.atomic():
            complaint_ids = list(reporters.select_for_update().values_list("complaint_id", flat=True))
            # A delivery error may quote the address, so it goes too.
            Notification.objects.filter(complaint_id__in=complaint_ids, template=RESIDENT_TEMPLATE).update(
                recipient="", last_error=""
            )
            ComplaintReporter.objects.filter(complaint_id__in=complaint_ids).update(
                name="", email="", phone="", anonymised_at=timezone.now()
            )
        self.stdout.write(f"{len(complaint_ids)} complainant(s) anonymised (closed more than {days} days ago).")
