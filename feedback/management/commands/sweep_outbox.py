"""Put right what the email outboxes were left with (the task worker does this every WORKER_SWEEP_SECONDS; from cron
where no worker runs the sweeps): claims of dead workers given back, emails a dead worker was sending recorded as
unconfirmed, and emails waiting too long, or failed and due again, queued again. Every outbox's sweep is named in
OUTBOX_SWEEPS, so that an app above this one (the PPID's requester emails) is swept too."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Give back stale claims, record unconfirmed sends and queue again the emails that wait or failed."

    def handle(self, *args, **options):
        for path in settings.OUTBOX_SWEEPS:
            swept = import_string(path)()
            self.stdout.write(
                f"{path}: {len(swept.queued)} queued again, {swept.given_back} given back, "
                f"{swept.unconfirmed} unconfirmed."
            )
