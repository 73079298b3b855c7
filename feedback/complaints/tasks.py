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
from feedback.models import Complaint, ComplaintFollower, ComplaintsPage, DeliveryStatus, FixCheck, Notification
from feedback.outbox import EMAIL_PRIORITY, EMAIL_QUEUE
from home.pages import live_page_in

# The resident's emails may address them by name; every other template is rendered without the reporter.
RESIDENT_TEMPLATE = "resident_update"
PRIVATE_LINK_TEMPLATE = "private_link"  # the resident's private link, sent to them at their request
FIX_CHECK_TEMPLATE = "fix_check"  # "is it fixed?", some weeks after the resolution (fix_checks.py)
RESIDENT_TEMPLATES = {RESIDENT_TEMPLATE, PRIVATE_LINK_TEMPLATE, FIX_CHECK_TEMPLATE}
# Followers' emails: the confirmation of a follow, then the public news; never the reporter, always a way to stop.
FOLLOW_CONFIRM_TEMPLATE = "follow_confirm"
FOLLOWER_TEMPLATE = "follower_update"
FOLLOWER_TEMPLATES = {FOLLOW_CONFIRM_TEMPLATE, FOLLOWER_TEMPLATE}
UNIT_TEMPLATE = "unit_assigned"
NEW_COMPLAINT_TEMPLATE = "verifier_new"
ESCALATED_TEMPLATE = "escalated"


def tracking_url(complaint: Complaint, language: str) -> str:
    """The public tracking page of a complaint in the resident's language (the Indonesian one if untranslated)."""
    return complaints_url(f"lacak/{complaint.tracking_code}/", language)


def complaints_url(route: str, language: str) -> str:
    """A full address under the complaints page in `language` (the Indonesian one if untranslated)."""
    page = live_page_in(ComplaintsPage, language)
    path = page.get_url_parts()[2] if page else "/pengaduan/"
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}{route}"


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
    outcome = outbox.deliver(notifications, notification_id, compose)
    # A private link leaves the database once it is on its way: the complaint keeps only the secret's hash.
    handed = [DeliveryStatus.SENT, DeliveryStatus.UNCONFIRMED, DeliveryStatus.CANCELLED]
    Notification.objects.filter(pk=notification_id, status__in=handed).update(private_link="")
    return outcome


def compose(notification: Notification) -> EmailMessage | None:
    """The email, or None when it is no longer wanted: a private link already sent (sending it again would need
    the link, which is gone), "is it fixed?" answered meanwhile, or a follower who stopped following before it
    left."""
    if notification.template == PRIVATE_LINK_TEMPLATE and not notification.private_link:
        return None
    fix_check = None
    if notification.template == FIX_CHECK_TEMPLATE:
        fix_check = FixCheck.objects.filter(complaint=notification.complaint).first()
        if fix_check is not None and fix_check.answer:
            return None  # answered meanwhile, on the private page
    follower = None
    if notification.template in FOLLOWER_TEMPLATES:
        follower = ComplaintFollower.objects.filter(
            complaint=notification.complaint, email=notification.recipient
        ).first()
        if follower is None:
            return None
    subject, body = render_notification(notification, follower, fix_check)
    return EmailMessage(subject, body, to=[notification.recipient])


def render_notification(
    notification: Notification, follower: ComplaintFollower | None = None, fix_check: FixCheck | None = None
) -> tuple[str, str]:
    """Subject and body from `feedback/complaints/email/<template>_subject.txt` and `<template>.txt`."""
    complaint = notification.complaint
    language = notification.language
    is_resident = notification.template in RESIDENT_TEMPLATES
    is_public = is_resident or notification.template in FOLLOWER_TEMPLATES
    with translation.override(language):
        context = {
            "complaint": complaint,
            "event": notification.event,
            "link": tracking_url(complaint, language) if is_public else admin_url(complaint),
            "private_link": notification.private_link,
            "confirm_link": complaints_url(f"ikuti/{follower.token}/", language) if follower else "",
            "stop_link": complaints_url(f"berhenti/{follower.token}/", language) if follower else "",
            "fix_link": complaints_url(f"sudah-beres/{fix_check.token}/", language) if fix_check else "",
            # The reporter's name only ever goes to the reporter.
            "reporter_name": complaint.reporter.name if is_resident else "",
        }
        name = f"feedback/complaints/email/{notification.template}"
        subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
        body = render_to_string(f"{name}.txt", context)
    return subject, body
