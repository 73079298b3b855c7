"""The GeoReport v2 endpoints under /open311/v2/, each in JSON or XML by its suffix (`services.json`)."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from feedback import ratelimit
from feedback.models import ComplaintsPage, Status
from home.pages import live_page_in
from open311 import filing, service_list, service_requests
from open311.formats import errors, respond
from open311.models import ApiClient, Submission

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-12-05T00:00:00+09:00"  # when these endpoints last changed in what they take or give


def _get_only(view):
    """GET (and HEAD) only, refused otherwise in the specification's error format."""

    @csrf_exempt  # so that a POST gets this 405, not the CSRF check's HTML page
    def wrapped(request, *args, fmt, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return errors(fmt, 405, _("This address answers GET only."))
        return view(request, *args, fmt=fmt, **kwargs)

    return wrapped


@_get_only
def discovery(request, fmt):
    endpoint = {
        "specification": SPECIFICATION,
        "url": request.build_absolute_uri(reverse("open311:root")),
        "changeset": CHANGESET,
        "type": "production",
        "formats": ["application/json", "text/xml"],
    }
    data = {
        "changeset": CHANGESET,
        "contact": _("Diskominfo Kota Ambon, through the portal's complaint page: %(url)s")
        % {"url": _page_url(request)},
        "key_service": _("Keys to file requests are issued by Diskominfo Kota Ambon; see the portal's README."),
        "endpoints": [endpoint],
    }
    return respond(data, fmt, "discovery")


@_get_only
def services(request, fmt):
    return respond(service_list.service_list(), fmt, "services")


@_get_only
def service_definition(request, code, fmt):
    category = service_list.active_categories().filter(pk=code).first() if _is_id(code) else None
    if category is None:
        return errors(fmt, 404, _("There is no service %(code)s.") % {"code": code})
    return respond(service_list.service_definition(category, _page_url(request, "file")), fmt, "service_definition")


@csrf_exempt  # an API called with a key, never from a browser session
def requests(request, fmt):
    if request.method == "POST":
        return _file(request, fmt)
    if request.method not in ("GET", "HEAD"):
        return errors(fmt, 405, _("This address answers GET and POST only."))
    try:
        query = service_requests.parse_query(request.GET)
    except service_requests.QueryError as error:
        return errors(fmt, 400, str(error))
    return _listed(request, fmt, service_requests.requests_matching(query))


@_get_only
def request_detail(request, code, fmt):
    found = service_requests.requests_matching(service_requests.Query(ids=(code,)))
    if not found:
        return errors(fmt, 404, _("There is no service request %(code)s.") % {"code": code})
    return _listed(request, fmt, found)


@_get_only
def token(request, token, fmt):
    submission = Submission.objects.select_related("complaint").filter(token=token).first()
    if submission is None:
        return errors(fmt, 404, _("There is no request with this token."))
    answer = {"token": submission.token}
    if submission.complaint.status != Status.SUBMITTED:
        answer["service_request_id"] = submission.complaint.tracking_code  # checked by a verifier: it has one
    return respond([answer], fmt, "service_requests")


def _file(request, fmt):
    client = ApiClient.authenticated(request.POST.get("api_key", ""))
    if client is None:
        return errors(fmt, 403, _("api_key is missing, unknown or revoked."))
    with ratelimit.attempt(f"open311:client:{client.pk}", client.hourly_limit) as attempt:
        attempt.keep()  # every request counts, refused or not: the key is the client's, not a resident's
        if not attempt.allowed:
            return errors(fmt, 429, _("Too many requests from this key in the last hour; try again later."))
        try:
            submission = filing.request_file(client=client, data=request.POST)
        except filing.Refused as refused:
            return errors(fmt, 400, *refused.problems)
    notice = _(
        "Received. A verifier checks it within %(days)d working days; tokens/%(token)s then gives its tracking code."
    ) % {"days": submission.complaint.category.verification_days, "token": submission.token}
    return respond([{"token": submission.token, "service_notice": notice}], fmt, "service_requests", status=201)


def _listed(request, fmt, complaints):
    page = live_page_in(ComplaintsPage, settings.LANGUAGE_CODE)

    def photo_url(complaint, photo_token):
        if page is None:
            return ""
        path = page.url + page.reverse_subpage("update_photo", args=[complaint.tracking_code, photo_token])
        return request.build_absolute_uri(path)

    rows = [service_requests.as_request(complaint, photo_url) for complaint in complaints]
    return respond(rows, fmt, "service_requests")


def _page_url(request, route: str = "") -> str:
    page = live_page_in(ComplaintsPage, settings.LANGUAGE_CODE)
    if page is None:
        return request.build_absolute_uri("/")
    return request.build_absolute_uri(page.url + (page.reverse_subpage(route) if route else ""))


def _is_id(value: str) -> bool:
    return value.isdigit() and len(value) < 19
