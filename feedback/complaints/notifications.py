"""Who is told by email about what happens to a complaint.

The services call these functions inside the transaction of the change they announce, so a change and its
notifications are saved together or not at all. Each function writes one Notification per recipient (an outbox
row: its delivery state is kept apart from the complaint's status), for which
`feedback.complaints.tasks.send_notification` is queued once the transaction commits (feedback/outbox.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from feedback import outbox
from feedback.complaints.access import VERIFIER_GROUP
from feedback.complaints.tasks import (
    ESCALATED_TEMPLATE,
    FIX_CHECK_TEMPLATE,
    FOLLOW_CONFIRM_TEMPLATE,
    FOLLOWER_TEMPLATE,
    NEW_COMPLAINT_TEMPLATE,
    PRIVATE_LINK_TEMPLATE,
    RESIDENT_TEMPLATE,
    UNIT_TEMPLATE,
    send_notification,
)
from feedback.models import (
    Complaint,
    ComplaintEvent,
    ComplaintFollower,
    ComplaintReporter,
    Notification,
)
from reports.models import UnitPage

RECIPIENTS = {
    RESIDENT_TEMPLATE: _("The complainant"),
    PRIVATE_LINK_TEMPLATE: _("The complainant (their private link)"),
    FOLLOW_CONFIRM_TEMPLATE: _("A follower (confirming the follow)"),
    FOLLOWER_TEMPLATE: _("Followers"),
    FIX_CHECK_TEMPLATE: _("The complainant (is it fixed?)"),
    UNIT_TEMPLATE: _("The unit"),
    NEW_COMPLAINT_TEMPLATE: _("Verifiers"),
    ESCALATED_TEMPLATE: _("Verifiers and the unit's head (escalation)"),
}
"""Who an email went to, as staff may read it: never the address, which may be the complainant's."""


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


def notify_private_link(complaint: Complaint, link: str) -> Notification | None:
    """The resident asked for their private link by email; None when they gave no address (or it was erased)."""
    sent = _send(complaint, None, PRIVATE_LINK_TEMPLATE, _resident(complaint), private_link=link)
    return sent[0] if sent else None


def notifications_sweep(now=None) -> outbox.Swept:
    """Give back, record or queue again what dead workers and lost tasks left (see feedback.outbox.sweep)."""
    return outbox.sweep(Notification, send_notification, now)


def notification_send_again(notification: Notification) -> bool:
    """A verifier decided to send again an email that may not have arrived or stopped being retried."""
    return outbox.send_again(notification, send_notification)


def notify_fix_check(complaint: Complaint) -> None:
    """Some weeks after the resolution: is the problem really gone? (feedback.complaints.fix_checks)"""
    _send(complaint, None, FIX_CHECK_TEMPLATE, _resident(complaint))


def notify_not_fixed(complaint: Complaint, event: ComplaintEvent) -> None:
    """The resident says the problem is still there: the unit is told, and those who follow the complaint."""
    _send(complaint, event, UNIT_TEMPLATE, _unit_staff(complaint.unit))
    _notify_followers(complaint, event)


def notify_resident_update(complaint: Complaint, event: ComplaintEvent) -> None:
    """A resident's update was published: the filer and the followers are told (it is public news)."""
    _notify_resident(complaint, event)


def notify_follow_requested(follower: ComplaintFollower) -> None:
    """Someone asked to follow a complaint: the address is asked to confirm before anything else is sent to it."""
    _send(follower.complaint, None, FOLLOW_CONFIRM_TEMPLATE, [(follower.email, follower.language)])


def _notify_resident(complaint: Complaint, event: ComplaintEvent) -> None:
    """The resident, and for a public change those who confirmed they follow the complaint."""
    resident = _resident(complaint)
    _send(complaint, event, RESIDENT_TEMPLATE, resident)
    _notify_followers(complaint, event, {email.lower() for email, _language in resident})


def _notify_followers(complaint: Complaint, event: ComplaintEvent, told=frozenset()) -> None:
    """Those who confirmed they follow the complaint, of a public change (but not twice: `told` already know)."""
    if event.is_public:
        followers = complaint.followers.exclude(confirmed_at=None).order_by("pk")
        recipients = [(f.email, f.language) for f in followers if f.email.lower() not in told]
        _send(complaint, event, FOLLOWER_TEMPLATE, recipients)


def _resident(complaint: Complaint) -> list[tuple[str, str]]:
    """[(address, language)] of the resident who filed the complaint, or [] when they gave none or it was erased."""
    reporter = ComplaintReporter.objects.filter(complaint=complaint, anonymised_at=None).exclude(email="").first()
    return [(reporter.email, reporter.language)] if reporter else []


def _send(
    complaint: Complaint, event: ComplaintEvent | None, template: str, recipients: list[tuple[str, str]], **fields
) -> list[Notification]:
    notifications = []
    seen = set()
    for email, language in recipients:
        if not email or email.lower() in seen:
            continue
        seen.add(email.lower())
        notifications.append(
            Notification.objects.create(
                complaint=complaint, event=event, recipient=email, language=language, template=template, **fields
            )
        )
    outbox.queue(notifications, send_notification)
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
