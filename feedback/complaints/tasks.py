"""Sending one complaint email, in a worker (Django's tasks framework, see TASKS in the settings).

`feedback.complaints.notifications` decides who is told and writes a Notification (an outbox row) for each, for
which `send_notification` is queued; this renders the email in its recipient's language and sends it once
(feedback/outbox.py). Only the resident's own emails ever name
the reporter.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from feedback import outbox
from feedback.models import Complaint, ComplaintsPage, Notification
from feedback.outbox import EMAIL_PRIORITY, EMAIL_QUEUE
from home.pages import live_page_in

# The resident's emails may address them by name; every other template is rendered without the reporter.
RESIDENT_TEMPLATE = "resident_update"
UNIT_TEMPLATE = "unit_assigned"
NEW_COMPLAINT_TEMPLATE = "verifier_new"
ESCALATED_TEMPLATE = "escalated"


def tracking_url(complaint: Complaint, language: str) -> str:
    """The public tracking page of a complaint in the resident's language (the Indonesian one if untranslated)."""
    page = live_page_in(ComplaintsPage, language)
    path = page.get_url_parts()[2] if page else "/pengaduan/"
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}lacak/{complaint.tracking_code}/"


def admin_url(complaint: Complaint) -> str:
    """The complaint's page in the admin (what verifiers and unit staff open)."""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('feedback_complaint', args=[complaint.pk])}"


@task(queue_name=EMAIL_QUEUE, priority=EMAIL_PRIORITY)
def send_notification(notification_id: int) -> str:
    """Render one notification in its recipient's language and send it once, recording the outcome (see
    feedback.outbox.deliver)."""
    notifications = Notification.objects.select_related(
        "complaint__category", "complaint__unit", "complaint__reporter", "event__unit"
    )
    return outbox.deliver(notifications, notification_id, compose)


def compose(notification: Notification) -> EmailMessage:
    subject, body = render_notification(notification)
    return EmailMessage(subject, body, to=[notification.recipient])


def render_notification(notification: Notification) -> tuple[str, str]:
    """Subject and body from `feedback/complaints/email/<template>_subject.txt` and `<template>.txt`."""
    complaint = notification.complaint
    is_resident = notification.template == RESIDENT_TEMPLATE
    with translation.override(notification.language):
        context = {
            "complaint": complaint,
            "event": notification.event,
            "link": tracking_url(complaint, notification.language) if is_resident else admin_url(complaint),
            # The reporter's name only ever goes to the reporter.
            "reporter_name": complaint.reporter.name if is_resident else "",
        }
        name = f"feedback/complaints/email/{notification.template}"
        subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
        body = render_to_string(f"{name}.txt", context)
    return subject, body
