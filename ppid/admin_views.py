"""The PPID's screens in the Wagtail admin: its requests, one request with its requester, and the actions on it;
the superiors answer objections there. Anyone without a PPID role gets a 404, as in the complaint screens."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from feedback.admin_actions import AdminAction, action_run, offered_actions
from home import converters  # noqa: F401 - registers <id:…> before the routes below
from ppid import access, services
from ppid.admin_forms import AnswerForm, ExtendForm, ObjectionAnswerForm, RefuseForm, TransferForm
from ppid.models import OPEN_STATUSES, InformationRequest, RequestStatus


def _pending_objection(information_request: InformationRequest):
    return information_request.objections.filter(answered_at=None).first()


def _objection_answer(information_request, data, by):
    if not access.answers_objections(by, information_request):
        raise PermissionDenied
    objection = _pending_objection(information_request)
    if objection is None:
        raise Http404
    services.objection_answer(objection=objection, by=by, outcome=data["outcome"], answer=data["answer"])


ACTIONS = {
    action.name: action
    for action in [
        AdminAction(
            "extend",
            gettext_lazy("Extend by 7 working days"),
            ExtendForm,
            lambda request, superior: request.status == RequestStatus.REGISTERED,
            lambda request, data, by: services.request_extend(request=request, by=by, reason=data["reason"]),
            gettext_lazy("The request has been extended; the requester sees the reason."),
        ),
        AdminAction(
            "answer",
            gettext_lazy("Answer with the information"),
            AnswerForm,
            lambda request, superior: request.status in OPEN_STATUSES,
            lambda request, data, by: services.request_answer(
                request=request,
                by=by,
                message=data["message"],
                documents=[data["document"]] if data["document"] else [],
            ),
            gettext_lazy("The request has been answered."),
        ),
        AdminAction(
            "refuse",
            gettext_lazy("Refuse on an exemption"),
            RefuseForm,
            lambda request, superior: request.status in OPEN_STATUSES,
            lambda request, data, by: services.request_refuse(
                request=request,
                by=by,
                exemption=data["exemption"],
                consequence_test=data["consequence_test"],
                message=data["message"],
            ),
            gettext_lazy("The request has been refused."),
        ),
        AdminAction(
            "transfer",
            gettext_lazy("Transfer to another public body"),
            TransferForm,
            lambda request, superior: request.status in OPEN_STATUSES,
            lambda request, data, by: services.request_transfer(
                request=request, by=by, body=data["body"], message=data["message"]
            ),
            gettext_lazy("The request has been transferred."),
        ),
        AdminAction(
            "objection",
            gettext_lazy("Answer the objection"),
            ObjectionAnswerForm,
            lambda request, superior: superior and _pending_objection(request) is not None,
            _objection_answer,
            gettext_lazy("The objection has been answered."),
        ),
    ]
}


@require_GET
def ppid_inbox(request):
    if not access.handles_requests(request.user):
        raise Http404
    requests = access.requests_for(request.user).select_related("unit").order_by("due_on", "pk")
    context = {"requests": requests, "page_title": gettext_lazy("Information requests"), "header_icon": "doc-full"}
    return TemplateResponse(request, "ppid/admin/inbox.html", context)


def _render_detail(request, information_request, *, bound=None, status=200):
    superior = access.answers_objections(request.user, information_request)
    actions = offered_actions(
        ACTIONS,
        information_request,
        (information_request, superior),
        bound=bound,
        url=lambda name: reverse("ppid_request_action", args=[information_request.pk, name]),
    )
    context = {
        "information_request": information_request,
        "requester": information_request.requester,
        "events": information_request.events.select_related("actor"),
        "documents": information_request.documents.all(),
        "objections": information_request.objections.all(),
        "actions": actions,
        "page_title": information_request.registration_number,
        "header_icon": "doc-full",
    }
    return TemplateResponse(request, "ppid/admin/detail.html", context, status=status)


@require_GET
def ppid_detail(request, pk: int):
    return _render_detail(request, access.request_for(request.user, pk))


@require_POST
def ppid_action(request, pk: int, action: str):
    information_request = access.request_for(request.user, pk)

    def render(bound, status, reload=False):
        chosen = access.request_for(request.user, pk) if reload else information_request
        return _render_detail(request, chosen, bound=bound, status=status)

    def done():
        return redirect("ppid_request", pk)

    return action_run(request, ACTIONS.get(action), information_request, render=render, done=done)


@require_GET
def ppid_document(request, pk: int, document_id: int):
    """A document of the answer, for those who handle the request."""
    chosen = get_object_or_404(access.request_for(request.user, pk).documents.all(), pk=document_id)
    response = FileResponse(chosen.file.open("rb"), as_attachment=True, filename=chosen.filename)
    response["Cache-Control"] = "private, no-store"
    return response


def ppid_admin_urls() -> list:
    return [
        path("ppid/", ppid_inbox, name="ppid_requests"),
        path("ppid/<id:pk>/", ppid_detail, name="ppid_request"),
        path("ppid/<id:pk>/documents/<id:document_id>/", ppid_document, name="ppid_request_document"),
        path("ppid/<id:pk>/<slug:action>/", ppid_action, name="ppid_request_action"),
    ]
