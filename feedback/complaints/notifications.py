"""Who is told by email about what happens to a complaint.

The services call these functions through `transaction.on_commit`, so nothing is announced for a change that
was rolled back. Each function writes one Notification per recipient (its delivery state is kept apart from
the complaint's status) and enqueues the task `send_notification` for it, so that sending runs in a
worker when a queue backend is configured. Only the resident's own emails ever name the reporter.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from feedback.complaints.access import VERIFIER_GROUP
from feedback.models import (
    Complaint,
    ComplaintEvent,
    ComplaintReporter,
    ComplaintsPage,
    DeliveryStatus,
    Notification,
)
from home.pages import live_page_in
from reports.models import UnitPage

# The resident's emails may address them by name; every other template is rendered without the reporter.
RESIDENT_TEMPLATE = "resident_update"
UNIT_TEMPLATE = "unit_assigned"
NEW_COMPLAINT_TEMPLATE = "verifier_new"
ESCALATED_TEMPLATE = "escalated"

RECIPIENTS = {
    RESIDENT_TEMPLATE: _("The complainant"),
    UNIT_TEMPLATE: _("The unit"),
    NEW_COMPLAINT_TEMPLATE: _("Verifiers"),
    ESCALATED_TEMPLATE: _("Verifiers and the unit's head (escalation)"),
}
"""Who an email went to, as staff may read it: never the address, which may be the complainant's."""


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


def notify_filed(complaint: Complaint, event: ComplaintEvent) -> None:
    """A new complaint waits for verification."""
    _send(complaint, event, NEW_COMPLAINT_TEMPLATE, _verifiers())


def notify_routed(complaint: Complaint, event: ComplaintEvent) -> None:
    """*Disposisi*: the resident learns which unit has it; the unit learns it has a new complaint."""
    _notify_resident(complaint, event)
    _send(complaint, event, UNIT_TEMPLATE, _unit_staff(event.unit))


def notify_handed_over(complaint: Complaint, event: ComplaintEvent) -> None:
    """Another unit took the complaint over: the resident and the new unit are told."""
    notify_routed(complaint, event)


def notify_reopened(complaint: Complaint, event: ComplaintEvent) -> None:
    """The resident rejected the response: the unit has it again."""
    notify_routed(complaint, event)


def notify_status_changed(complaint: Complaint, event: ComplaintEvent) -> None:
    """Any other public change (started, rejected, replied, resolved): the resident is told."""
    _notify_resident(complaint, event)


def notify_escalated(complaint: Complaint, event: ComplaintEvent) -> None:
    """A missed deadline or a second rejection: verifiers, the unit's head (its address) and the resident."""
    _notify_resident(complaint, event)
    head = [(complaint.unit.email, settings.LANGUAGE_CODE)] if complaint.unit and complaint.unit.email else []
    _send(complaint, event, ESCALATED_TEMPLATE, _verifiers() + head)


def notifications_retry(now=None) -> list[Notification]:
    """Send again every failed email whose pause since its last attempt is over (see Notification)."""
    now = now or timezone.now()
    failed = Notification.objects.filter(status=DeliveryStatus.FAILED, attempts__lt=Notification.MAX_ATTEMPTS)
    due = [notification for notification in failed.order_by("pk") if notification.retry_due_at <= now]
    for notification in due:
        send_notification.enqueue(notification.pk)
    return due


def _notify_resident(complaint: Complaint, event: ComplaintEvent) -> None:
    reporter = ComplaintReporter.objects.filter(complaint=complaint).first()
    if reporter is not None and reporter.email and reporter.anonymised_at is None:
        _send(complaint, event, RESIDENT_TEMPLATE, [(reporter.email, reporter.language)])


def _send(
    complaint: Complaint, event: ComplaintEvent, template: str, recipients: list[tuple[str, str]]
) -> list[Notification]:
    notifications = []
    seen = set()
    for email, language in recipients:
        if not email or email.lower() in seen:
            continue
        seen.add(email.lower())
        notifications.append(
            Notification.objects.create(
                complaint=complaint, event=event, recipient=email, language=language, template=template
            )
        )
    for notification in notifications:
        send_notification.enqueue(notification.pk)
    return notifications


def _language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def _users(**filters) -> list[tuple[str, str]]:
    users = get_user_model().objects.filter(is_active=True, **filters).exclude(email="")
    return [(user.email, _language(user)) for user in users.select_related("wagtail_userprofile").order_by("pk")]


def _verifiers() -> list[tuple[str, str]]:
    return _users(groups__name=VERIFIER_GROUP)


def _unit_staff(unit: UnitPage | None) -> list[tuple[str, str]]:
    """The unit's staff group, and the unit's own address."""
    if unit is None:
        return []
    staff = _users(groups=unit.staff_group) if unit.staff_group_id else []
    return staff + ([(unit.email, settings.LANGUAGE_CODE)] if unit.email else [])
