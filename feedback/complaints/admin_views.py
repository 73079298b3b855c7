"""Complaint handling in the Wagtail admin: the inbox, one complaint, the actions on it, its attachments.

Every view finds complaints only through feedback.complaints.access, so a user sees nothing of a complaint that is not
theirs to handle: a 404, also for attachments and actions, and also for the old unit once a complaint has
been handed over. A verifier-only action attempted by unit staff on a complaint they do see gets a 403.
"""

from collections.abc import Callable
from datetime import date

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from accounts import audit
from accounts.models import SecurityEvent
from feedback.admin_actions import AdminAction, action_run, offered_actions
from feedback.complaints import identity, notifications, reply_templates, selectors, services, updates
from feedback.complaints.access import complaint_for, complaints_for, handled_units, handles_complaints, is_verifier
from feedback.complaints.admin_forms import (
    ChangeCategoryForm,
    HandOverForm,
    InboxFilterForm,
    LaporForm,
    NoteForm,
    RejectForm,
    ReplyForm,
    ReviewUpdateForm,
    RouteForm,
    StartForm,
)
from feedback.complaints.exports import complaints_csv, export_filename
from feedback.complaints.notifications import RECIPIENTS
from feedback.complaints.services import HANDLING_STATUSES, ComplaintChanged
from feedback.deadlines import DUE_SOON_DAYS, DeadlineState, add_working_days, deadline_state, local_today
from feedback.models import Complaint, Status, UpdateStatus
from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below

PER_PAGE = 25
CSV_TYPE = "text/csv; charset=utf-8"


@require_GET
def complaint_inbox(request):
    """The complaints the user may handle, the next deadline first; verifiers start with the new ones. A 404 for
    admin users without a complaint role, as for every other complaint screen."""
    if not handles_complaints(request.user):
        raise Http404
    verifier = is_verifier(request.user)
    data = request.GET if request.GET else {"status": Status.SUBMITTED if verifier else selectors.OPEN}
    units = handled_units(request.user)
    form = InboxFilterForm(data, units=units, verifier=verifier)
    today = local_today()
    complaints = selectors.inbox(complaints_for(request.user), form.cleaned_data if form.is_valid() else None, today)
    page = Paginator(complaints, PER_PAGE).get_page(request.GET.get("p"))
    limit = add_working_days(today, DUE_SOON_DAYS)
    for complaint in page:
        complaint.deadline = deadline_state(complaint.owed_due, today=today, done=complaint.is_closed, soon_until=limit)
    context = {
        "form": form,
        "page": page,
        "elided_page_range": page.paginator.get_elided_page_range(page.number),
        "is_verifier": verifier,
        "export_units": units,
        "page_title": _("Complaints"),
        "header_title": _("Complaints"),
        "header_icon": "mail",
    }
    return TemplateResponse(request, "feedback/complaints/admin/inbox.html", context)


VERIFIERS_ONLY = {"permitted": is_verifier, "refusal": gettext_lazy("Only verifiers may do this.")}


def _in(*statuses) -> Callable[[Complaint, bool], bool]:
    """Offered while the complaint is in one of `statuses`; `verifier` says whether the user verifies."""
    return lambda complaint, verifier: complaint.status in statuses


def _reviewing_updates(complaint: Complaint, verifier: bool) -> bool:
    return verifier and complaint.resident_updates.filter(status=UpdateStatus.PENDING).exists()


def _verifying_in(*statuses) -> Callable[[Complaint, bool], bool]:
    return lambda complaint, verifier: verifier and complaint.status in statuses


ACTIONS = {
    action.name: action
    for action in [
        AdminAction(
            "category",
            gettext_lazy("Correct the category"),
            ChangeCategoryForm,
            _verifying_in(Status.SUBMITTED),
            lambda complaint, data, by: services.complaint_change_category(
                complaint=complaint, category=data["category"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The category has been corrected."),
            **VERIFIERS_ONLY,
        ),
        AdminAction(
            "route",
            gettext_lazy("Route to a unit"),
            RouteForm,
            _verifying_in(Status.SUBMITTED),
            lambda complaint, data, by: services.complaint_route(
                complaint=complaint, unit=data["unit"], note=data["note"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The complaint has been routed."),
            **VERIFIERS_ONLY,
        ),
        AdminAction(
            "reject",
            gettext_lazy("Reject"),
            RejectForm,
            _verifying_in(Status.SUBMITTED),
            lambda complaint, data, by: services.complaint_reject(
                complaint=complaint,
                reason=data["reason"],
                message=data["message"],
                duplicate_of=data["duplicate_of"],
                by=by,
                expected_version=data["version"],
            ),
            gettext_lazy("The complaint has been rejected."),
            **VERIFIERS_ONLY,
        ),
        AdminAction(
            "start",
            gettext_lazy("Start handling"),
            StartForm,
            _in(Status.ROUTED),
            lambda complaint, data, by: services.complaint_start(
                complaint=complaint, by=by, expected_version=data["version"]
            ),
            gettext_lazy("The complaint is now in progress."),
        ),
        AdminAction(
            "reply",
            gettext_lazy("Reply in public"),
            ReplyForm,
            _in(*HANDLING_STATUSES),
            lambda complaint, data, by: services.complaint_reply(
                complaint=complaint, message=data["message"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The reply has been published."),
        ),
        AdminAction(
            "note",
            gettext_lazy("Add an internal note"),
            NoteForm,
            _in(*Status.values),
            lambda complaint, data, by: services.complaint_add_note(
                complaint=complaint, message=data["message"], by=by
            ),
            gettext_lazy("The note has been added."),
        ),
        AdminAction(
            "hand-over",
            gettext_lazy("Hand over to another unit"),
            HandOverForm,
            _in(Status.ROUTED, Status.IN_PROGRESS),
            lambda complaint, data, by: services.complaint_hand_over(
                complaint=complaint, unit=data["unit"], reason=data["reason"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The complaint has been handed over."),
        ),
        AdminAction(
            "review-update",
            gettext_lazy("Review an update from a resident"),
            ReviewUpdateForm,
            _reviewing_updates,
            lambda complaint, data, by: updates.update_review(
                update=data["update"], by=by, publish=data["publish"], reason=data["reason"]
            ),
            gettext_lazy("The update has been reviewed."),
            **VERIFIERS_ONLY,
        ),
        AdminAction(
            "lapor",
            gettext_lazy("Record the SP4N-LAPOR! tracking id"),
            LaporForm,
            _in(*Status.values),
            lambda complaint, data, by: services.complaint_link_lapor(
                complaint=complaint,
                lapor_tracking_id=data["lapor_tracking_id"],
                by=by,
                expected_version=data["version"],
            ),
            gettext_lazy("The SP4N-LAPOR! tracking id has been recorded."),
        ),
    ]
}


def _deadlines(complaint: Complaint) -> list[tuple[str, date | None, DeadlineState | None]]:
    today = local_today()
    soon_until = add_working_days(today, DUE_SOON_DAYS)
    steps = [
        (_("Verification"), complaint.verification_due, complaint.verified_at is not None),
        (_("First response"), complaint.response_due, complaint.first_response_at is not None),
        (_("Resident feedback"), complaint.feedback_due, complaint.status != Status.RESPONDED),
        (_("Resolution"), complaint.resolution_due, complaint.closed_at is not None),
    ]
    return [
        (label, due, deadline_state(due, today=today, done=done, soon_until=soon_until))
        for label, due, done in steps
        if due
    ]


def _render_detail(request, complaint: Complaint, *, bound=None, reporter=None, status: int = 200):
    """The complaint page; `bound` is an action form sent with errors, shown again in place of a fresh one."""
    verifier = is_verifier(request.user)
    replies = _reply_templates(request, complaint)
    actions = offered_actions(
        ACTIONS,
        complaint,
        (complaint, verifier),
        bound=bound,
        url=lambda name: reverse("feedback_complaint_action", args=[complaint.pk, name]),
        initial={replies["action"]: {"message": replies["picked"][1]}} if replies["picked"] else None,
    )
    context = {
        "complaint": complaint,
        "events": complaint.events.select_related("actor", "unit"),
        "attachments": complaint.attachments.all(),
        "resident_updates": complaint.resident_updates.select_related("reviewed_by"),
        "deliveries": [
            (RECIPIENTS.get(notification.template, notification.template), notification)
            for notification in complaint.notifications.order_by("created_at", "pk")
        ],
        "deadlines": _deadlines(complaint),
        "nobody_answers": selectors.nobody_answers(complaint),
        "replies": replies,
        "actions": actions,
        "is_verifier": verifier,
        "can_see_identity": identity.may_see_identity(request.user, complaint),
        "reporter": reporter,
        "page_title": complaint.tracking_code,
        "page_subtitle": complaint.title,
        "header_title": complaint.tracking_code,
        "header_icon": "mail",
    }
    return TemplateResponse(request, "feedback/complaints/admin/detail.html", context, status=status)


def _reply_templates(request, complaint: Complaint) -> dict:
    """The templates offered for the complaint, each filled in, and the one picked (?template=<id>), if any."""
    offered = [
        (template, reply_templates.filled(template, complaint)) for template in reply_templates.templates_for(complaint)
    ]
    picked = request.GET.get("template", "")
    return {
        "action": reply_templates.action_of(complaint),
        "offered": offered,
        "picked": next(((t, text) for t, text in offered if str(t.pk) == picked), None),
    }


@require_GET
def complaint_detail(request, pk: int):
    return _render_detail(request, complaint_for(request.user, pk))


@require_POST
def complaint_identity(request, pk: int):
    """Shows the complainant's identity to those who may see it, and logs that they looked (UU PDP).

    `identity.reporter_shown_to` decides and records. Behind a POST, so that every look is a deliberate act, and
    behind the password or second factor given again (allauth's reauthentication, valid for
    ACCOUNT_REAUTHENTICATION_TIMEOUT): a session left open on a desk does not open identities.
    """
    return _identity_shown(request, complaint_for(request.user, pk))


@reauthentication_required
def _identity_shown(request, complaint):
    try:
        reporter = identity.reporter_shown_to(request.user, complaint)
    except PermissionDenied as refusal:
        return HttpResponseForbidden(str(refusal))
    audit.record(SecurityEvent.Kind.IDENTITY_VIEWED, request=request, user=request.user, detail=complaint.tracking_code)
    return _render_detail(request, complaint, reporter=reporter)


@require_POST
def complaint_action(request, pk: int, action: str):
    """Runs one action through its service, with the version the user saw; a stale version changes nothing."""
    complaint = complaint_for(request.user, pk)

    def render(bound, status, reload=False):
        return _render_detail(
            request, complaint_for(request.user, pk) if reload else complaint, bound=bound, status=status
        )

    def done():
        if not complaints_for(request.user).filter(pk=pk).exists():  # handed over away from the user's unit
            return redirect("feedback_complaints")
        return redirect("feedback_complaint", pk)

    conflicts = {ComplaintChanged: gettext_lazy("Someone else changed this complaint; it has been reloaded.")}
    return action_run(request, ACTIONS.get(action), complaint, render=render, done=done, conflicts=conflicts)


@require_GET
def complaint_attachment(request, pk: int, token: str):
    """An attachment, only for those who may handle the complaint, always downloaded, never rendered inline."""
    complaint = complaint_for(request.user, pk)
    attachment = complaint.attachments.filter(token=token).first()
    if attachment is None:
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=f"{complaint.tracking_code}-{attachment.token[:8]}{attachment.extension}",
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def update_photo(request, pk: int, token: str):
    """A resident's update photo, for those who handle the complaint (also before a verifier published it)."""
    complaint = complaint_for(request.user, pk)
    update = complaint.resident_updates.exclude(photo="").filter(token=token).first()
    if update is None:
        raise Http404
    response = FileResponse(update.photo.open("rb"), content_type=update.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def complaint_export(request, unit_id: int):
    """All of one unit's complaints as CSV, for that unit's staff and the verifiers; nobody's identity."""
    unit = handled_units(request.user).filter(pk=unit_id).first()
    if unit is None:
        raise Http404
    response = HttpResponse(complaints_csv(complaints_for(request.user).filter(unit=unit)), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export_filename(unit, local_today())}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def notification_send_again(request, pk: int, notification_id: int):
    """A verifier sends again an email that may not have arrived (unconfirmed) or stopped being retried."""
    complaint = complaint_for(request.user, pk)
    if not is_verifier(request.user):
        raise PermissionDenied
    notification = complaint.notifications.filter(pk=notification_id).first()
    if notification is None:
        raise Http404
    if notifications.notification_send_again(notification):
        messages.success(request, _("The email is sent again."))
    else:
        messages.warning(request, _("This email was not sent again: it is not waiting for a decision."))
    return redirect("feedback_complaint", pk)


def complaint_admin_urls() -> list:
    return [
        path("complaints/", complaint_inbox, name="feedback_complaints"),
        path("complaints/export/<id:unit_id>.csv", complaint_export, name="feedback_complaints_export"),
        path("complaints/<id:pk>/", complaint_detail, name="feedback_complaint"),
        path("complaints/<id:pk>/identity/", complaint_identity, name="feedback_complaint_identity"),
        path(
            "complaints/<id:pk>/attachments/<token:token>/",
            complaint_attachment,
            name="feedback_complaint_attachment",
        ),
        path("complaints/<id:pk>/updates/<token:token>/photo/", update_photo, name="feedback_update_photo"),
        path(
            "complaints/<id:pk>/emails/<id:notification_id>/send-again/",
            notification_send_again,
            name="feedback_notification_send_again",
        ),
        path("complaints/<id:pk>/<slug:action>/", complaint_action, name="feedback_complaint_action"),
    ]
