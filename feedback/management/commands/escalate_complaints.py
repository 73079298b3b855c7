"""Escalate open complaints past a deadline (from cron, e.g. daily); the service notifies verifiers and units."""

from django.core.management.base import BaseCommand

from feedback.complaints.services import complaints_escalate_overdue


class Command(BaseCommand):
    help = "Escalate every open complaint past a deadline that has not been escalated yet."

    def handle(self, *args, **options):
        escalated = complaints_escalate_overdue()
        for complaint in escalated:
            self.stdout.write(complaint.tracking_code)
        self.stdout.write(f"{len(escalated)} complaint(s) escalated.")
