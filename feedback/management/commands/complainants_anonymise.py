"""Blank complainants' identities once their complaint has been closed for the retention period (UU PDP).

Run it daily from cron. The rule is `feedback.complaints.identity.identities_anonymise`.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.complaints.identity import expired_identities, identities_anonymise


class Command(BaseCommand):
    help = "Blank the name, email and phone of complainants whose complaint closed longer ago than the retention."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")

    def handle(self, *args, dry_run: bool, **options):
        days = settings.COMPLAINT_IDENTITY_RETENTION_DAYS
        if dry_run:
            count = expired_identities().count()
            self.stdout.write(f"{count} complainant(s) would be anonymised (closed more than {days} days ago).")
            return
        count = identities_anonymise()
        self.stdout.write(f"{count} complainant(s) anonymised (closed more than {days} days ago).")
