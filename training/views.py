"""The programme page's views, called by TrainingProgrammePage's routes: the programme, enrolling, evaluating. (The
open-data downloads are reports.views.tables_download, in training.urls.)"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from feedback.deadlines import end_of_today
from home.pages import render_route as _render
from pagecache.store import depends_on, expires
from training import selectors, services
from training.forms import EvaluationForm
from training.models import Enrolment
from training.purges import programme_tag


def programme(page, request):
    depends_on(request, programme_tag(page.source.pk))
    expires(request, end_of_today())  # whether a session still takes enrolments depends on the day
    context = {
        "organiser": page.organiser.localized,
        "modules": selectors.programme_modules(page.source),
        "sessions": selectors.programme_sessions(page.source, request.user),
        "min_responses": selectors.MIN_RESPONSES,
    }
    return _render(page, request, "training/training_programme_page.html", context)


def enrol(page, request, session_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    session = get_object_or_404(page.source.sessions, pk=session_id)
    try:
        services.session_enrol(session=session, participant=request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return _back(page, status=303)
    messages.success(request, _("You are enrolled in the session."))
    return _back(page, status=303)


def evaluate(page, request, session_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("session__programme"),
        session__programme=page.source,
        session_id=session_id,
        participant=request.user,
    )
    done = set(enrolment.evaluations.values_list("module_id", flat=True))
    modules = [module for module in page.source.modules.all() if module.pk not in done]
    form = EvaluationForm(request.POST or None, modules=modules)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.evaluation_submit(enrolment=enrolment, ratings=form.ratings(), comments=form.comments())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Thank you: your evaluation is recorded."))
                return _back(page, status=303)
        status = 400
    context = {"form": form, "enrolment": enrolment, "session": enrolment.session}
    return _render(page, request, "training/evaluation.html", context, status=status)


def _back(page, status):
    response = HttpResponseRedirect(page.url)
    response.status_code = status
    return response
