"""Ask "is it fixed?" by email of the residents whose complaint was resolved FIX_CHECK_DAYS ago, and of those who
asked to be asked again. Run it daily from cron; the rule is `feedback.complaints.fix_checks`."""

from django.core.management.base import BaseCommand

from feedback.complaints.fix_checks import due_for_email, fix_checks_send


class Command(BaseCommand):
    help = "Ask residents by email whether the problem of their resolved complaint is really fixed."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; send nothing.")

    def handle(self, *args, dry_run: bool, **options):
        if dry_run:
            self.stdout.write(f"{due_for_email().count()} resident(s) would be asked.")
            return
        self.stdout.write(f"{fix_checks_send()} resident(s) asked whether it is fixed.")
