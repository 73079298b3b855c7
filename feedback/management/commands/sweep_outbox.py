"""Put right what the email outboxes were left with (the task worker does this every WORKER_SWEEP_SECONDS; from cron
where no worker runs the sweeps): claims of dead workers given back, emails a dead worker was sending recorded as
unconfirmed, and emails waiting too long, or failed and due again, queued again."""

from django.core.management.base import BaseCommand

from feedback.complaints.notifications import notifications_sweep
from feedback.forum.notifications import follower_emails_sweep


class Command(BaseCommand):
    help = "Give back stale claims, record unconfirmed sends and queue again the emails that wait or failed."

    def handle(self, *args, **options):
        for name, swept in (("complaint", notifications_sweep()), ("forum", follower_emails_sweep())):
            self.stdout.write(
                f"{name} emails: {len(swept.queued)} queued again, {swept.given_back} given back, "
                f"{swept.unconfirmed} unconfirmed."
            )
