"""Sending one complaint email, in a worker (Django's tasks framework, see TASKS in the settings).

`feedback.complaints.notifications` decides who is told and enqueues `send_notification` for each; this renders
the email in its recipient's language and records how delivery went. Only the resident's own emails ever name
the reporter.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from feedback.models import Complaint, ComplaintsPage, DeliveryStatus, Notification
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


@task()
def send_notification(notification_id: int) -> str:
    """Render one notification in its recipient's language and send it, recording the outcome.

    A failure is recorded on the Notification, never raised: the complaint's own status is not the
    delivery's business, and with the in-process backend this runs inside the request.
    """
    notification = Notification.objects.select_related(
        "complaint__category", "complaint__unit", "complaint__reporter", "event__unit"
    ).get(pk=notification_id)
    if notification.status == DeliveryStatus.SENT:
        return notification.status
    try:
        subject, body = render_notification(notification)
        send_mail(subject, body, None, [notification.recipient])
    except Exception as error:
        status, error_text, sent_at = DeliveryStatus.FAILED, f"{type(error).__name__}: {error}"[:2000], None
    else:
        status, error_text, sent_at = DeliveryStatus.SENT, "", timezone.now()
    Notification.objects.filter(pk=notification.pk).update(
        status=status, last_error=error_text, sent_at=sent_at, attempts=F("attempts") + 1, attempted_at=timezone.now()
    )
    return status


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
