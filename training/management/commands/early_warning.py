"""Find the units whose performance falls (training/early_warning.py); run daily from cron (deploy/crontab)."""

from django.core.management.base import BaseCommand

from training.early_warning import signals_detect


class Command(BaseCommand):
    help = "Record the early warnings the rules find in the published reports and the complaints."

    def handle(self, *args, **options):
        new = signals_detect()
        self.stdout.write(f"{len(new)} new early warning(s).")
