"""Send again the complaint emails that failed (from cron, e.g. every 5 minutes); each waits longer than the last."""

from django.core.management.base import BaseCommand

from feedback.complaints.notifications import notifications_retry


class Command(BaseCommand):
    help = "Try again every failed complaint email whose pause since its last attempt is over."

    def handle(self, *args, **options):
        retried = notifications_retry()
        self.stdout.write(f"{len(retried)} email(s) tried again.")
