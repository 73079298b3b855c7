"""Complaint handling in the Wagtail admin: the inbox, one complaint, the actions on it, its attachments.

Every view finds complaints only through feedback.complaints.access, so a user sees nothing of a complaint that is not
theirs to handle: a 404, also for attachments and actions, and also for the old unit once a complaint has
been handed over. A verifier-only action attempted by unit staff on a complaint they do see gets a 403.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, DateField, F, IntegerField, Q, Value, When
from django.http import FileResponse, Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from feedback.complaints import identity, services
from feedback.complaints.access import complaint_for, complaints_for, handled_units, is_verifier
from feedback.complaints.admin_forms import (
    DUE_SOON,
    OPEN,
    OVERDUE,
    ChangeCategoryForm,
    HandOverForm,
    InboxFilterForm,
    LaporForm,
    NoteForm,
    RejectForm,
    ReplyForm,
    RouteForm,
    StartForm,
)
from feedback.complaints.exports import complaints_csv, export_filename
from feedback.complaints.notifications import RECIPIENTS
from feedback.complaints.services import HANDLING_STATUSES, ComplaintChanged
from feedback.deadlines import DUE_SOON_DAYS, DeadlineState, add_working_days, deadline_state, local_today
from feedback.models import Complaint, Status
from feedback.models.complaints import OPEN_STATUSES

PER_PAGE = 25
CSV_TYPE = "text/csv; charset=utf-8"

OWED_DUE = Case(
    When(status=Status.SUBMITTED, then=F("verification_due")),
    When(status__in=[Status.ROUTED, Status.IN_PROGRESS], first_response_at__isnull=True, then=F("response_due")),
    default=F("resolution_due"),
    output_field=DateField(),
)
"""The date of the step the city owes next, which the inbox sorts by."""

IS_CLOSED = Case(When(status__in=OPEN_STATUSES, then=Value(0)), default=Value(1), output_field=IntegerField())


@require_GET
def complaint_inbox(request):
    """The complaints the user may handle, the next deadline first; verifiers start with the new ones."""
    verifier = is_verifier(request.user)
    data = request.GET if request.GET else {"status": Status.SUBMITTED if verifier else OPEN}
    form = InboxFilterForm(data)
    complaints = complaints_for(request.user)
    today = local_today()
    if form.is_valid():
        filters = form.cleaned_data
        if filters["status"] == OPEN:
            complaints = complaints.open()
        elif filters["status"]:
            complaints = complaints.filter(status=filters["status"])
        if filters["category"]:
            complaints = complaints.filter(category=filters["category"])
        if filters["deadline"] == OVERDUE:
            complaints = complaints.overdue(today)
        elif filters["deadline"] == DUE_SOON:
            complaints = complaints.due_soon(today)
        if query := filters["q"].strip():
            complaints = complaints.filter(
                Q(tracking_code__iexact=query) | Q(pk__in=complaints.with_lapor_id(query).values("pk"))
            )
    complaints = (
        complaints.select_related("category", "unit")
        .annotate(owed_due=OWED_DUE, is_closed=IS_CLOSED)
        .order_by("is_closed", "owed_due", "pk")
    )
    page = Paginator(complaints, PER_PAGE).get_page(request.GET.get("p"))
    limit = add_working_days(today, DUE_SOON_DAYS)
    for complaint in page:
        complaint.deadline = deadline_state(complaint.owed_due, today=today, done=complaint.is_closed, soon_until=limit)
    context = {
        "form": form,
        "page": page,
        "elided_page_range": page.paginator.get_elided_page_range(page.number),
        "is_verifier": verifier,
        "export_units": handled_units(request.user),
        "page_title": _("Complaints"),
        "header_title": _("Complaints"),
        "header_icon": "mail",
    }
    return TemplateResponse(request, "feedback/complaints/admin/inbox.html", context)


@dataclass(frozen=True)
class Action:
    """One thing staff can do to a complaint: its form, when it is offered, and the service it calls."""

    name: str
    label: Promise
    form: type
    statuses: tuple
    run: Callable
    done: Promise
    verifier_only: bool = False


ACTIONS = {
    action.name: action
    for action in [
        Action(
            "category",
            gettext_lazy("Correct the category"),
            ChangeCategoryForm,
            (Status.SUBMITTED,),
            lambda complaint, data, by: services.complaint_change_category(
                complaint=complaint, category=data["category"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The category has been corrected."),
            verifier_only=True,
        ),
        Action(
            "route",
            gettext_lazy("Route to a unit"),
            RouteForm,
            (Status.SUBMITTED,),
            lambda complaint, data, by: services.complaint_route(
                complaint=complaint, unit=data["unit"], note=data["note"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The complaint has been routed."),
            verifier_only=True,
        ),
        Action(
            "reject",
            gettext_lazy("Reject"),
            RejectForm,
            (Status.SUBMITTED,),
            lambda complaint, data, by: services.complaint_reject(
                complaint=complaint,
                reason=data["reason"],
                message=data["message"],
                duplicate_of=data["duplicate_of"],
                by=by,
                expected_version=data["version"],
            ),
            gettext_lazy("The complaint has been rejected."),
            verifier_only=True,
        ),
        Action(
            "start",
            gettext_lazy("Start handling"),
            StartForm,
            (Status.ROUTED,),
            lambda complaint, data, by: services.complaint_start(
                complaint=complaint, by=by, expected_version=data["version"]
            ),
            gettext_lazy("The complaint is now in progress."),
        ),
        Action(
            "reply",
            gettext_lazy("Reply in public"),
            ReplyForm,
            tuple(HANDLING_STATUSES),
            lambda complaint, data, by: services.complaint_reply(
                complaint=complaint, message=data["message"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The reply has been published."),
        ),
        Action(
            "note",
            gettext_lazy("Add an internal note"),
            NoteForm,
            tuple(Status.values),
            lambda complaint, data, by: services.complaint_add_note(
                complaint=complaint, message=data["message"], by=by
            ),
            gettext_lazy("The note has been added."),
        ),
        Action(
            "hand-over",
            gettext_lazy("Hand over to another unit"),
            HandOverForm,
            (Status.ROUTED, Status.IN_PROGRESS),
            lambda complaint, data, by: services.complaint_hand_over(
                complaint=complaint, unit=data["unit"], reason=data["reason"], by=by, expected_version=data["version"]
            ),
            gettext_lazy("The complaint has been handed over."),
        ),
        Action(
            "lapor",
            gettext_lazy("Record the SP4N-LAPOR! tracking id"),
            LaporForm,
            tuple(Status.values),
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
    actions = []
    for action in ACTIONS.values():
        if complaint.status not in action.statuses or (action.verifier_only and not verifier):
            continue
        if bound is not None and bound.action == action.name:
            form = bound
        else:
            form = action.form(complaint=complaint, auto_id=f"{action.name}-%s")
        url = reverse("feedback_complaint_action", args=[complaint.pk, action.name])
        actions.append((action, form, url))
    context = {
        "complaint": complaint,
        "events": complaint.events.select_related("actor", "unit"),
        "attachments": complaint.attachments.all(),
        "deliveries": [
            (RECIPIENTS.get(notification.template, notification.template), notification)
            for notification in complaint.notifications.order_by("created_at", "pk")
        ],
        "deadlines": _deadlines(complaint),
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


@require_GET
def complaint_detail(request, pk: int):
    return _render_detail(request, complaint_for(request.user, pk))


@require_POST
def complaint_identity(request, pk: int):
    """Shows the complainant's identity to those who may see it, and logs that they looked (UU PDP).

    `identity.reporter_shown_to` decides and records. Behind a POST, so that every look is a deliberate act.
    """
    complaint = complaint_for(request.user, pk)
    try:
        reporter = identity.reporter_shown_to(request.user, complaint)
    except PermissionDenied as refusal:
        return HttpResponseForbidden(str(refusal))
    return _render_detail(request, complaint, reporter=reporter)


@require_POST
def complaint_action(request, pk: int, action: str):
    """Runs one action through its service, with the version the user saw; a stale version changes nothing."""
    complaint = complaint_for(request.user, pk)
    action = ACTIONS.get(action)
    if action is None:
        raise Http404
    if action.verifier_only and not is_verifier(request.user):
        return HttpResponseForbidden(_("Only verifiers may do this."))
    form = action.form(request.POST, complaint=complaint, auto_id=f"{action.name}-%s")
    form.action = action.name
    if not form.is_valid():
        messages.error(request, _("The form has errors; see below."))
        return _render_detail(request, complaint, bound=form, status=400)
    try:
        action.run(complaint, form.cleaned_data, request.user)
    except ComplaintChanged:
        messages.error(request, _("Someone else changed this complaint; it has been reloaded."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, str(message))
        return _render_detail(request, complaint_for(request.user, pk), bound=form, status=400)
    else:
        messages.success(request, str(action.done))  # in the user's admin language, not when the message is stored
        if not complaints_for(request.user).filter(pk=pk).exists():  # handed over away from the user's unit
            return redirect("feedback_complaints")
    return redirect("feedback_complaint", pk)


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
def complaint_export(request, unit_id: int):
    """All of one unit's complaints as CSV, for that unit's staff and the verifiers; nobody's identity."""
    unit = handled_units(request.user).filter(pk=unit_id).first()
    if unit is None:
        raise Http404
    response = HttpResponse(complaints_csv(complaints_for(request.user).filter(unit=unit)), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export_filename(unit, local_today())}"'
    response["Cache-Control"] = "private, no-store"
    return response


def complaint_admin_urls() -> list:
    return [
        path("complaints/", complaint_inbox, name="feedback_complaints"),
        path("complaints/export/<int:unit_id>.csv", complaint_export, name="feedback_complaints_export"),
        path("complaints/<int:pk>/", complaint_detail, name="feedback_complaint"),
        path("complaints/<int:pk>/identity/", complaint_identity, name="feedback_complaint_identity"),
        path(
            "complaints/<int:pk>/attachments/<str:token>/",
            complaint_attachment,
            name="feedback_complaint_attachment",
        ),
        path("complaints/<int:pk>/<slug:action>/", complaint_action, name="feedback_complaint_action"),
    ]
