"""The public side of the PPID, called by PpidPage's routes: the page, asking, the registration receipt (the
private link shown once), the requester's private page with the answer's documents and the objection; the city's and
the units' Daftar Informasi Publik with their documents; and the yearly service figures.

A refusal of bad input is a page in the site's design and a 400; a wrong number or link a 404; too many requests
from one device or address a 429 with the form kept.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from feedback import ratelimit
from feedback.complaints.services import secret_matches
from feedback.deadlines import end_of_today, local_today
from home.pages import private_response as _private
from home.pages import render_route as _render
from home.pages import secret_keep, secret_take
from pagecache.store import depends_on, expires
from ppid import selectors, services
from ppid.forms import ObjectionForm, RequestForm
from ppid.models import InformationCategory, InformationRequest, PublicInformation, PublicInformationDocument
from ppid.purges import LISTS, REQUEST_FIGURES
from ppid.statistics import year_figures

SESSION_SECRETS = "ppid_secrets"
REQUESTS_PER_HOUR = 5  # per device (the browser's session)
REQUESTS_PER_ADDRESS_PER_HOUR = 60  # a carrier's address is shared by a neighbourhood


def landing(page, request):
    """What anyone may ask, how long the PPID has, and what to do when the answer does not satisfy."""
    context = {
        "answer_days": services.ANSWER_DAYS,
        "extension_days": services.EXTENSION_DAYS,
        "objection_days": services.OBJECTION_WINDOW_DAYS,
        "objection_answer_days": services.OBJECTION_ANSWER_DAYS,
    }
    return _render(page, request, None, context)


def ask(page, request):
    if request.method != "POST":
        request.session["ppid_device"] = True  # the session is the device the hourly limit counts
        return _render(page, request, "ppid/ask.html", {"form": RequestForm()})
    if request.POST.get("website"):
        return _render(page, request, "ppid/ask.html", {"form": RequestForm(), "refused": True}, status=400)
    limits = ratelimit.per_device_and_address(
        request, "ppid:requests", per_device=REQUESTS_PER_HOUR, per_address=REQUESTS_PER_ADDRESS_PER_HOUR
    )
    with ratelimit.attempts(limits) as asking:
        form = RequestForm(request.POST)
        if not asking.allowed:
            return _render(page, request, "ppid/ask.html", {"form": form, "limit_reached": True}, status=429)
        if not form.is_valid():
            return _render(page, request, "ppid/ask.html", {"form": form}, status=400)
        try:
            registered = services.request_file(**form.service_arguments(), language=(get_language() or "id")[:10])
        except ValidationError as error:
            form.add_error(None, error)
            return _render(page, request, "ppid/ask.html", {"form": form}, status=400)
        if registered.created:
            asking.keep()
    if registered.secret:
        secret_keep(request, SESSION_SECRETS, registered.request.registration_number, registered.secret)
    number = registered.request.registration_number
    return HttpResponseRedirect(page.url + page.reverse_subpage("registered", args=[number]))


def registered(page, request, number):
    """The receipt, with the private link the first time only (it leaves the session as it is shown)."""
    information_request = get_object_or_404(InformationRequest, registration_number=number)
    secret = secret_take(request, SESSION_SECRETS, number)
    context = {"information_request": information_request, "secret": secret}
    if secret is not None:
        path = page.url + page.reverse_subpage("private", args=[number, secret])
        context["private_path"], context["private_url"] = path, request.build_absolute_uri(path)
    return _private(_render(page, request, "ppid/registered.html", context))


def private(page, request, number, secret):
    """The requester's own page: the request, its deadlines and timeline, the answer's documents, the objection."""
    information_request = _checked(number, secret)
    grounds = services.objection_grounds(information_request)
    form, status = ObjectionForm(grounds=grounds), 200
    here = page.url + page.reverse_subpage("private", args=[number, secret])
    if request.method == "POST":
        form = ObjectionForm(request.POST, grounds=grounds)
        if form.is_valid():
            try:
                services.objection_file(
                    request=information_request, ground=form.cleaned_data["ground"], reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your objection is registered: the PPID's superior answers it in writing."))
                return _private(HttpResponseRedirect(here))
        status = 400
    context = {
        "information_request": information_request,
        "events": information_request.events.all(),
        "documents": information_request.documents.all(),
        "objections": information_request.objections.all(),
        "objection_form": form if grounds else None,
        "window": services.objection_window(information_request),
        "today": local_today(),
        "here": here,
        "secret": secret,
    }
    return _private(_render(page, request, "ppid/private.html", context, status=status))


def document(page, request, number, secret, document_id):
    """A document of the answer, only through the requester's private link."""
    information_request = _checked(number, secret)
    return _private(_download(get_object_or_404(information_request.documents.all(), pk=document_id)))


def _checked(number: str, secret: str) -> InformationRequest:
    information_request = get_object_or_404(InformationRequest, registration_number=number)
    if not secret_matches(secret, information_request.secret_hash):
        raise Http404
    return information_request


def information_list(page, request, unit_slug):
    """A body's Daftar Informasi Publik: the city's (`unit_slug` None), with the units that publish one, or a unit's."""
    depends_on(request, LISTS)
    unit = None
    if unit_slug is not None:
        unit = selectors.listed_unit(unit_slug)
        if unit is None:
            raise Http404
    context = {
        "unit": unit.localized if unit else None,
        "lists": selectors.body_lists(unit),
        "units": selectors.publishing_units() if unit is None else None,
    }
    return _render(page, request, "ppid/information_list.html", context)


def list_document(page, request, attachment_id):
    """A document of a listed entry; an exempted entry's are not found, whoever asks."""
    attachment = get_object_or_404(
        PublicInformationDocument.objects.select_related("document").filter(
            entry__in=PublicInformation.objects.listed().exclude(category=InformationCategory.EXEMPTED)
        ),
        pk=attachment_id,
    )
    return _download(attachment.document)


def _download(document):
    """A document as a download under its own name, never shown inline nor sniffed as anything else."""
    response = FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def statistics(page, request, year):
    """The year's service figures (Perki 1/2021's annual report): for the city and each body that had requests."""
    depends_on(request, REQUEST_FIGURES)
    expires(request, end_of_today())  # a request still open becomes late at midnight
    years = selectors.request_years()
    today = local_today()
    if year is None:
        year = years[0] if years else today.year
    elif year not in years and year != today.year:
        raise Http404
    figures = year_figures(year, today=today)
    context = {"year": year, "years": years, "figures": figures, "bodies": selectors.figures_by_body(figures)}
    return _render(page, request, "ppid/statistics.html", context)
