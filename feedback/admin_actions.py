"""Actions staff take from an object's page in the Wagtail admin: a complaint's handling, a forum post's moderation.

Each action is a form and the service it calls. The page offers the actions that apply, each with its own form;
sending one validates it, runs the service and goes back to the page with a message. A form with errors, or a
service's refusal, shows the page again with the form as it was sent and a 400, so nothing typed is lost.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.utils.functional import Promise
from django.utils.translation import gettext as _


class TargetForm(forms.Form):
    """An action's form; `target` (the complaint, the post) is there to fill in what the form starts with."""

    def __init__(self, *args, target, **kwargs):
        self.target = target
        super().__init__(*args, **kwargs)


def anyone(user) -> bool:
    return True


@dataclass(frozen=True)
class AdminAction:
    """One thing staff can do to a target: its form, when it is offered, the service it calls, what it says after.

    `offered` is asked with the facts the page knows (e.g. the complaint and whether the user verifies); `permitted`
    says who may do it at all: anyone else gets a 403.
    """

    name: str  # the last word of its URL
    label: Promise
    form: type[TargetForm]
    offered: Callable[..., bool]
    run: Callable[[object, dict, object], object]
    done: Promise
    permitted: Callable[[object], bool] = anyone
    refusal: Promise | str = ""  # what the 403 says to someone not permitted


def offered_actions(
    actions: dict[str, AdminAction], target, facts: tuple, *, bound, url, initial: dict | None = None
) -> list[tuple]:
    """(action, form, url) for each action offered; `bound` is a form sent with errors, shown again in its place;
    `initial` ({action name: {field: value}}) fills in a fresh form, as a picked reply template does."""
    offered = []
    for action in actions.values():
        if not action.offered(*facts):
            continue
        if bound is not None and bound.action == action.name:
            form = bound
        else:
            form = action.form(
                target=target, auto_id=f"{action.name}-%s", initial=dict((initial or {}).get(action.name, {}))
            )
        offered.append((action, form, url(action.name)))
    return offered


def action_run(
    request,
    action: AdminAction | None,
    target,
    *,
    render: Callable[..., HttpResponse],
    done: Callable[[], HttpResponse],
    conflicts: dict[type[Exception], str] | None = None,
) -> HttpResponse:
    """Validate the action's form and run its service for the user.

    `render(bound=form, status=400)` shows the target's page again; `done()` answers once the action ran.
    `conflicts` maps an exception meaning "someone else changed it meanwhile" to the message shown on `done()`.
    """
    if action is None:
        raise Http404
    if not action.permitted(request.user):
        return HttpResponseForbidden(str(action.refusal))
    form = action.form(request.POST, target=target, auto_id=f"{action.name}-%s")
    form.action = action.name
    if not form.is_valid():
        messages.error(request, _("The form has errors; see below."))
        return render(bound=form, status=400)
    try:
        action.run(target, form.cleaned_data, request.user)
    except tuple(conflicts or ()) as conflict:
        messages.error(request, str(conflicts[type(conflict)]))
        return done()
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, str(message))
        return render(bound=form, status=400, reload=True)
    messages.success(request, str(action.done))  # in the user's admin language, not when the message is stored
    return done()
