"""The public side of complaints, called by ComplaintsPage's routes: file one, follow it, list them, see figures.

Each view takes the page and the request, parses, calls a form, a selector or a service, and renders through the
page. A refusal is a page in the site's design with the reason: 400 for bad input, 404 for a wrong code or link,
429 when one device or address files too often, 503 (the typed form kept) when filing fails on our side.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from feedback import ratelimit
from feedback.complaints import fix_checks, selectors, services, updates
from feedback.complaints.analytics import complaint_figures
from feedback.complaints.feeds import FEED_ITEMS, PublicComplaintsFeed
from feedback.complaints.forms import (
    HONEYPOT_FIELD,
    ComplaintForm,
    FixCheckForm,
    FollowForm,
    PublicListForm,
    RateForm,
    RejectResponseForm,
    SimilarForm,
    TrackForm,
    UpdateForm,
)
from feedback.deadlines import DUE_SOON_DAYS, add_working_days, deadline_state, local_today
from feedback.models import (
    Complaint,
    ComplaintCategory,
    ComplaintFollower,
    ComplaintUpdate,
    FixCheck,
    Privacy,
    Status,
    UpdateStatus,
)
from feedback.page_cache import shows_complaints
from feedback.scorecards import EMPTY_SCORECARD, city_scorecards
from home.pages import private_response as _private
from home.pages import render_route as _render
from home.pages import secret_keep, secret_take
from pagecache.store import remember
from reports.selectors import units_in

logger = logging.getLogger(__name__)

SESSION_SECRETS = "complaint_secrets"
FILINGS = "complaints:filings"  # the hourly filing limits' keys
FILING_DEVICE = "complaint_device"
CHECK_SIMILAR = "check_similar"  # the form's button that looks for similar complaints instead of filing
TRY_AGAIN_SECONDS = 120
LINK_EMAILS_PER_HOUR = 3
FOLLOWS_PER_HOUR = 10
UPDATES_PER_HOUR = 5
LIST_PER_PAGE = 20


@dataclass(frozen=True)
class Deadline:
    label: str
    due: date
    state: str | None  # a DeadlineState, or None when the step is done


def landing(page, request, track_form=None, status=200):
    """What a complaint goes through and by when, with the box to find one by its tracking code."""
    default_days = {
        name: ComplaintCategory._meta.get_field(f"{name}_days").default
        for name in ("verification", "response", "feedback", "resolution")
    }
    context = {"track_form": track_form or TrackForm(), "default_days": default_days}
    return _render(page, request, None, context, status=status)


def file(page, request):
    """The filing form: validate, apply the flood limits, file through the service, then confirm.

    The limits count filings per device (the browser's session) and, much higher, per address, since a carrier's
    address is shared by a whole neighbourhood; the form shows what is left, and a filing over a limit gets the form
    back as typed with a 429, naming the phone and WhatsApp desk. When the limits cannot be counted, or storage or
    the database fails while filing, the form comes back with everything typed in it and a 503 asking to send it
    again in a moment; the failed try does not count."""
    if request.method != "POST":
        request.session[FILING_DEVICE] = True  # the session is the device the hourly limit counts
        return _render_form(page, request, ComplaintForm(), limits=_filing_limits_left(request))
    if request.POST.get(HONEYPOT_FIELD):
        return _render_form(page, request, ComplaintForm(), status=400, refused=True)
    if CHECK_SIMILAR in request.POST:
        return _check_similar(page, request)
    try:
        with ratelimit.attempts(_filing_limits(request), fail_closed=True) as filing:
            if not filing.allowed:
                return _limit_reached(page, request, filing.refused_by)
            form = ComplaintForm(request.POST, request.FILES)
            if not form.is_valid():
                return _render_form(page, request, form, status=400)
            try:
                filed = services.complaint_file(**form.service_arguments(), language=(get_language() or "id")[:10])
            except ValidationError as error:
                form.add_error(None, error)
                return _render_form(page, request, form, status=400)
            except (DatabaseError, OSError):
                logger.exception("A complaint could not be filed: storage or database failure.")
                return _try_again(page, request, form)
            if filed.created:  # the same form sent twice files, and counts, once
                filing.keep()
    except ratelimit.LimitsUnavailable:
        return _try_again(page, request, ComplaintForm(request.POST))
    if filed.secret:
        secret_keep(request, SESSION_SECRETS, filed.complaint.tracking_code, filed.secret)
    receipt = page.url + page.reverse_subpage("filed", args=[filed.complaint.tracking_code])
    if request.headers.get("Accept") == "application/json":  # the form's script, which sent it with a progress bar
        return JsonResponse({"redirect": receipt})
    return HttpResponseRedirect(receipt)


def _check_similar(page, request):
    """The "Cek pengaduan serupa" button without JavaScript: the form again as typed so far (not yet checked, so
    without error marks), with the open complaints of its category near its place."""
    typed = {name: value for name, value in request.POST.items() if name not in (CHECK_SIMILAR, "csrfmiddlewaretoken")}
    form = ComplaintForm(initial=typed)
    context = {"similar": _similar(request.POST), "similar_checked": True, "files_dropped": bool(request.FILES)}
    return _render_form(page, request, form, **context)


def similar(page, request):
    """The similar complaints as an HTML fragment, for the form's script to show as the resident chooses."""
    shows_complaints(request)
    context = {"page": page, "similar": _similar(request.GET)}
    return _render_fragment(request, "feedback/complaints/_similar.html", context)


def _similar(data) -> list[selectors.Similar] | None:
    """The open complaints like the one being written (`data`: the form's category, village, latitude and
    longitude, or the fragment's query); None until a known category and a place are given."""
    form = SimilarForm(data)
    if not form.is_valid():
        return None
    return selectors.similar_open(**form.cleaned_data)


def filed(page, request, code):
    """The confirmation, with the private link the first time only: the secret leaves the session as it is shown,
    so that the next person at a shared or internet-café computer cannot open it. (A filing whose confirmation never
    arrived keeps it until the confirmation does, and sending the form again leads there.)"""
    complaint = get_object_or_404(Complaint, tracking_code=code)
    secret = secret_take(request, SESSION_SECRETS, complaint.tracking_code)
    context = {"complaint": complaint, "secret": secret}
    if secret is not None:
        context["keep_link"] = _keep_link(page, request, complaint, secret)
    return _private(_render(page, request, "feedback/complaints/filed.html", context))


def complaint_list(page, request):
    """Every complaint the public may see, newest first, filtered by unit, category, status and month."""
    shows_complaints(request)
    form = PublicListForm(request.GET or None, units=units_in(page.locale_id))
    listed = Paginator(selectors.public_list(form), LIST_PER_PAGE).get_page(request.GET.get("halaman"))
    selectors.with_units_named(page.locale_id, listed)
    query = request.GET.copy()
    query.pop("halaman", None)
    context = {
        "form": form,
        # The empty filters, most visitors' view, are the same until a unit or category changes: rendered once.
        "filter_fields": None
        if form.is_bound
        else remember(
            f"complaint-filters:{page.pk}",
            lambda: render_to_string("feedback/complaints/_filter_fields.html", {"form": form}),
        ),
        "page_obj": listed,
        "elided_page_range": listed.paginator.get_elided_page_range(listed.number, on_each_side=1, on_ends=1),
        "filter_query": query.urlencode(),
    }
    return _render(page, request, "feedback/complaints/list.html", context, status=400 if form.errors else 200)


def complaint_feed(page, request):
    """The list as RSS, with the same filters: the newest complaints and nothing the list does not show."""
    shows_complaints(request)
    form = PublicListForm(request.GET or None, units=units_in(page.locale_id))
    if form.errors:
        problems = [f"{form[name].label}: {error}" for name, errors in form.errors.items() for error in errors]
        return HttpResponseBadRequest("\n".join(problems), content_type="text/plain; charset=utf-8")
    items = selectors.with_units_named(page.locale_id, list(selectors.public_list(form)[:FEED_ITEMS]))
    list_url = page.get_full_url(request) + page.reverse_subpage("list")
    return PublicComplaintsFeed(page, items, list_url)(request)


def scorecards(page, request):
    """The city's responsiveness scorecard and every unit's, side by side, then the complaints in figures."""
    shows_complaints(request)
    cards = city_scorecards()
    rows = [(unit, cards.by_unit.get(unit.translation_key, EMPTY_SCORECARD)) for unit in units_in(page.locale_id)]
    rows.sort(key=lambda row: (-row[1].received, row[0].title.lower()))
    figures = complaint_figures()
    context = {"city": cards.city, "rows": rows, "figures": figures, **selectors.figure_rows(figures)}
    return _render(page, request, "feedback/complaints/scorecards.html", context)


def track(page, request):
    form = TrackForm(request.GET)
    if form.is_valid():
        return HttpResponseRedirect(page.url + page.reverse_subpage("public", args=[form.cleaned_data["kode"]]))
    return landing(page, request, track_form=form, status=400)


def public(page, request, code):
    shows_complaints(request)
    with _lookup(request) as allowed:
        if not allowed:
            return _too_many(page, request)
        complaint = selectors.tracked(code)
    if code != complaint.tracking_code:  # typed by hand: the address to keep is the code as printed
        return HttpResponseRedirect(page.url + page.reverse_subpage("public", args=[complaint.tracking_code]))
    context = {
        **_tracking_context(complaint),
        "following": selectors.following(complaint),
        "can_follow": complaint.is_followable,
        "can_add_update": complaint.is_publicly_listed,
        "public_url": request.build_absolute_uri(page.url + page.reverse_subpage("public", args=[code])),
    }
    if complaint.is_publicly_listed:  # what its public page shows anyway, for a shared link's preview
        context.update(meta_title=complaint.title, meta_description=complaint.description)
    return _render(page, request, "feedback/complaints/public.html", context)


def follow(page, request, code):
    """Follow a public complaint by email: a confirmation email first, at most FOLLOWS_PER_HOUR from an address.
    (Its own page, so that the complaint's page holds no form and stays cached for every visitor.)"""
    complaint = selectors.tracked(code)
    if not complaint.is_followable:
        raise Http404
    form, status = FollowForm(request.POST or None), 200
    if request.method == "POST":
        follower = _follow(request, complaint, form)
        if follower is not None:
            if follower.confirmed_at:
                messages.success(request, _("You already follow this complaint."))
            else:
                messages.success(
                    request, _("Almost done: open the link in the email we sent to confirm that you follow it.")
                )
            return HttpResponseRedirect(page.url + page.reverse_subpage("public", args=[complaint.tracking_code]))
        status = 429 if form.has_error(NON_FIELD_ERRORS, "too_many") else 400
    context = {"complaint": complaint, "follow_form": form}
    return _render(page, request, "feedback/complaints/follow.html", context, status=status)


def add_update(page, request, code):
    """A signed-in resident adds what they see to a public complaint; a verifier publishes it."""
    complaint = selectors.tracked(code)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not updates.may_add_update(request.user, complaint):
        raise Http404
    form, status = UpdateForm(request.POST or None, request.FILES or None), 200
    if request.method == "POST":
        if form.is_valid():
            with ratelimit.attempt(f"complaints:updates:{request.user.pk}", UPDATES_PER_HOUR) as adding:
                if adding.allowed:
                    data = form.cleaned_data
                    updates.update_add(
                        complaint=complaint,
                        author=request.user,
                        text=data["text"],
                        still_broken=data["still_broken"],
                        photo=data["photo"],
                    )
                    adding.keep()
                    messages.success(request, _("Thank you: your update appears once a verifier has checked it."))
                    return HttpResponseRedirect(
                        page.url + page.reverse_subpage("public", args=[complaint.tracking_code])
                    )
                form.add_error(None, _("You have sent many updates this hour. Try again later."))
                status = 429
        else:
            status = 400
    context = {"complaint": complaint, "update_form": form}
    return _render(page, request, "feedback/complaints/add_update.html", context, status=status)


def update_photo(page, request, code, token):
    """A published update's photo (stored without its metadata), for everyone who sees the complaint."""
    update = get_object_or_404(
        ComplaintUpdate.objects.exclude(photo="").select_related("complaint"),
        complaint__tracking_code=code,
        token=token,
        status=UpdateStatus.PUBLISHED,
    )
    if not update.complaint.is_publicly_listed:
        raise Http404
    response = FileResponse(update.photo.open("rb"), content_type=update.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _follow(request, complaint: Complaint, form) -> ComplaintFollower | None:
    if not form.is_valid():
        return None
    key = f"complaints:follows:{ratelimit.client_address(request)}"
    with ratelimit.attempt(key, FOLLOWS_PER_HOUR) as following:
        if not following.allowed:
            form.add_error(
                None,
                ValidationError(
                    _("Too many follow requests from this connection this hour. Try again later."), code="too_many"
                ),
            )
            return None
        try:
            follower = services.complaint_follow(
                complaint=complaint, email=form.cleaned_data["email"], language=(get_language() or "id")[:10]
            )
        except ValidationError as error:
            form.add_error(None, error)
            return None
        following.keep()
    return follower


def follow_confirm(page, request, token):
    follower = services.follow_confirm(token=token)
    if follower is None:
        raise Http404
    messages.success(request, _("Confirmed: you will receive an email when the status of this complaint changes."))
    return HttpResponseRedirect(page.url + page.reverse_subpage("public", args=[follower.complaint.tracking_code]))


def follow_stop(page, request, token):
    """The link in every follower's email: a button (so that no link scanner stops a follow), then no more emails."""
    if request.method == "POST":
        follower = services.follow_stop(token=token)
        if follower is None:
            raise Http404
        messages.success(request, _("You no longer follow this complaint: no more emails will be sent about it."))
        return HttpResponseRedirect(page.url + page.reverse_subpage("public", args=[follower.complaint.tracking_code]))
    follower = get_object_or_404(ComplaintFollower.objects.select_related("complaint"), token=token)
    context = {"complaint": follower.complaint}
    return _private(_render(page, request, "feedback/complaints/follow_stop.html", context))


def private(page, request, code, secret):
    """The resident's own page: the whole complaint, and the verdict on the unit's response."""
    with _lookup(request) as allowed:
        if not allowed:
            return _too_many(page, request)
        complaint = selectors.tracked(code)
        if not services.secret_matches(secret, complaint.secret_hash):
            raise Http404
    here = page.url + page.reverse_subpage("private", args=[complaint.tracking_code, secret])
    reject_form, rate_form, fix_form, status = RejectResponseForm(), RateForm(), FixCheckForm(), 200
    if request.method == "POST":
        action = request.POST.get("action")
        done = False
        if action == "accept":
            done = _verdict(
                request, _("Thank you: the complaint is now resolved."), services.complaint_accept, complaint
            )
        elif action == "reject":
            reject_form = RejectResponseForm(request.POST)
            done = reject_form.is_valid() and _verdict(
                request,
                _("The complaint has been reopened and goes back to the unit."),
                services.complaint_reject_response,
                complaint,
                reason=reject_form.cleaned_data["reason"],
            )
        elif action == "send_link":
            done = _send_link(request, complaint, request.build_absolute_uri(here))
        elif action == "fixed":
            fix_form = FixCheckForm(request.POST, request.FILES)
            done = fix_form.is_valid() and _answer_fix_check(request, complaint, fix_form)
        elif action == "rate":
            rate_form = RateForm(request.POST)
            done = rate_form.is_valid() and _verdict(
                request,
                _("Thank you for rating the handling of your complaint."),
                services.complaint_rate,
                complaint,
                rating=int(rate_form.cleaned_data["rating"]),
            )
        if done:
            return _private(HttpResponseRedirect(here))
        status = 400
    context = {
        **_tracking_context(complaint, public_only=False),
        "here": here,
        "reject_form": reject_form,
        "rate_form": rate_form,
        "keep_link": _keep_link(page, request, complaint, secret),
        "can_answer": complaint.status == Status.RESPONDED,
        "can_rate": complaint.status == Status.RESOLVED and complaint.rating is None,
        "fix_form": fix_form,
        "can_answer_fix_check": fix_checks.fix_check_open(complaint),
    }
    return _private(_render(page, request, "feedback/complaints/private.html", context, status=status))


@dataclass(frozen=True)
class KeepLink:
    """The ways to keep a private link: WhatsApp, copying, and email when the resident gave an address."""

    path: str
    url: str
    masked_email: str  # "m•••@contoh.id", or "" when there is no address to send it to


def _keep_link(page, request, complaint: Complaint, secret: str) -> KeepLink:
    path = page.url + page.reverse_subpage("private", args=[complaint.tracking_code, secret])
    email = selectors.reporter_email(complaint)
    return KeepLink(path, request.build_absolute_uri(path), _masked(email) if email else "")


def _masked(email: str) -> str:
    name, _at, domain = email.partition("@")
    return f"{name[:1]}•••@{domain}"


def _send_link(request, complaint: Complaint, link: str) -> bool:
    """The private link to the resident's own address, at most LINK_EMAILS_PER_HOUR times an hour."""
    key = f"complaints:link-emails:{complaint.pk}"
    with ratelimit.attempt(key, LINK_EMAILS_PER_HOUR) as sending:
        if not sending.allowed:
            messages.error(request, _("The link has already been sent several times this hour: check your inbox."))
            return False
        done = _verdict(
            request,
            _("The private link is on its way to your email address."),
            services.complaint_send_private_link,
            complaint,
            link=link,
        )
        if done:
            sending.keep()
        return done


def fix_check(page, request, token):
    """The question "is it fixed?" from the email's link: answer, or ask to be asked again later."""
    check = get_object_or_404(FixCheck.objects.select_related("complaint"), token=token)
    complaint = check.complaint
    form, status = FixCheckForm(), 200
    if request.method == "POST":
        if "remind" in request.POST:
            try:
                check = fix_checks.fix_check_remind(check=check)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("We will ask you again on %(date)s.") % {"date": date_format(check.ask_on)})
            return _private(HttpResponseRedirect(request.path))
        form = FixCheckForm(request.POST, request.FILES)
        if form.is_valid() and _answer_fix_check(request, complaint, form):
            return HttpResponseRedirect(page.url + page.reverse_subpage("public", args=[complaint.tracking_code]))
        status = 400
    context = {
        "complaint": complaint,
        "check": check,
        "fix_form": form,
        "open": fix_checks.fix_check_open(complaint),
        "can_remind": check.reminders < fix_checks.MAX_REMINDERS,
    }
    return _private(_render(page, request, "feedback/complaints/fix_check.html", context, status=status))


def _answer_fix_check(request, complaint: Complaint, form) -> bool:
    data = form.cleaned_data
    return _verdict(
        request,
        _("Thank you: your answer is on the complaint's page and in the unit's record."),
        fix_checks.fix_check_answer,
        complaint,
        answer=data["answer"],
        note=data["note"],
        upload=data["photo"],
    )


def _verdict(request, success: str, service, complaint: Complaint, **arguments) -> bool:
    """Run the resident's verdict through its service; a refusal becomes the page's error message."""
    try:
        service(complaint=complaint, **arguments)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return False
    messages.success(request, success)
    return True


def _tracking_context(complaint: Complaint, *, public_only: bool = True) -> dict:
    """What anyone with the code may see; a *rahasia* complaint's content stays off the public page."""
    today = local_today()
    soon_until = add_working_days(today, DUE_SOON_DAYS)  # once per request, not once per deadline

    closed = complaint.status in (Status.RESOLVED, Status.REJECTED)
    steps = [
        (_("Verification"), complaint.verification_due, complaint.status != Status.SUBMITTED),
        (_("First response from the unit"), complaint.response_due, complaint.first_response_at is not None),
        (_("Your feedback on the response"), complaint.feedback_due, complaint.status != Status.RESPONDED),
        (_("Resolution"), complaint.resolution_due, closed),
    ]
    deadlines = [
        Deadline(label, due, deadline_state(due, today=today, done=done or closed, soon_until=soon_until))
        for label, due, done in steps
        if due
    ]
    return {
        "complaint": complaint,
        "show_content": not public_only or complaint.privacy != Privacy.CONFIDENTIAL,
        "deadlines": deadlines,
        "events": selectors.public_timeline(complaint),
    }


def _render_form(page, request, form, status=200, **context):
    return _render(page, request, "feedback/complaints/form.html", {"form": form, **context}, status=status)


def _filing_limits(request) -> dict[str, int]:
    """{limit key: filings allowed per hour}: the device's and the address's."""
    return ratelimit.per_device_and_address(
        request,
        FILINGS,
        per_device=settings.COMPLAINT_FILINGS_PER_HOUR,
        per_address=settings.COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR,
    )


@dataclass(frozen=True)
class LimitsLeft:
    per_device: int  # filings allowed per hour from one device
    left: int  # filings this device may still send this hour, the address's ceiling included


def _filing_limits_left(request) -> LimitsLeft:
    left = min(limit - ratelimit.used(key) for key, limit in _filing_limits(request).items())
    return LimitsLeft(settings.COMPLAINT_FILINGS_PER_HOUR, max(left, 0))


def _limit_reached(page, request, refused_by: list[str]):
    """429: the form back as typed (attachments must be chosen again), saying which limit was reached."""
    form = ComplaintForm(request.POST)
    context = {"limit_reached": "address" if ratelimit.address_key(request, FILINGS) in refused_by else "device"}
    response = _render_form(page, request, form, status=429, **context)
    response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
    return response


def _try_again(page, request, form):
    """503: the form again, as the resident typed it, asking to send it again in a moment."""
    if not connection.in_atomic_block:
        connection.close_if_unusable_or_obsolete()  # a lost connection is opened again for the page
    response = _render(page, request, "feedback/complaints/form.html", {"form": form, "unavailable": True}, status=503)
    response["Retry-After"] = str(TRY_AGAIN_SECONDS)
    return response


def _too_many(page, request):
    """429: too many look-ups that found nothing from this address."""
    response = _render(page, request, "feedback/complaints/too_many_lookups.html", {}, status=429)
    response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
    return response


@contextmanager
def _lookup(request):
    """A look-up by tracking code (and secret) that finds nothing counts against the address's hourly limit, so that
    nobody can try codes one after another; one that finds its complaint costs nothing, not even a write."""
    key = f"complaints:lookups:{ratelimit.client_address(request)}"
    try:
        yield not ratelimit.reached(key, settings.TRACKING_MISSES_PER_HOUR)
    except Http404:
        ratelimit.failure(key)
        raise


def _render_fragment(request, template, context):
    return HttpResponse(render_to_string(template, context, request=request))
