"""The public side of complaints: filing one and following it by tracking code or private link.

The routes are Indonesian path words in both languages (``ajukan``, ``terkirim``, ``lacak``) so that a
tracking link printed on paper or read out over the phone works whatever the reader's language.
"""

import hmac
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from feedback import ratelimit
from feedback.models.complaints import Complaint, ComplaintCategory, ComplaintEvent, Privacy, Status
from reports.selectors import units_by_translation_key, units_in

SESSION_SECRETS = "complaint_secrets"
LIST_PER_PAGE = 20
LIST_FIELDS = [
    "tracking_code",
    "title",
    "place",
    "status",
    "submitted_at",
    "closed_at",
    "category__name",
    "category__name_en",
]
PRIVATE_HEADERS = {"Cache-Control": "private, no-store", "Referrer-Policy": "strict-origin"}
"""A private link's secret must leave the page in no Referer: `strict-origin` sends the site's origin only.
Not `no-referrer`: under it browsers send `Origin: null` with the page's own forms and Django's CSRF check
refuses them."""

DEFAULT_CONSENT_TEXT = (
    "Data yang Anda kirim (isi pengaduan, lampiran, serta nama, email dan nomor telepon bila diisi) hanya "
    "digunakan untuk menangani pengaduan ini. Identitas Anda tidak pernah ditampilkan di situs ini dan hanya "
    "dilihat oleh verifikator pengaduan Pemerintah Kota Ambon serta, bila Anda memilih Publik, petugas perangkat "
    "daerah yang menangani pengaduan Anda; setiap akses dicatat. "
    "Data disimpan selama masa retensi yang ditetapkan, "
    "lalu identitas Anda dianonimkan. "
    "Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda berhak meminta salinan, "
    "perbaikan atau penghapusan data Anda dengan menghubungi pengelola pengaduan."
)


@dataclass(frozen=True)
class Deadline:
    label: str
    due: date
    state: str | None  # a DeadlineState, or None when the step is done


class ComplaintsPage(RoutablePageMixin, Page):
    """*Pengaduan*: where residents file a complaint and follow it, without an account."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    consent_text = models.TextField(
        _("consent text"),
        max_length=2000,
        default=DEFAULT_CONSENT_TEXT,
        help_text=_("Shown next to the consent box: what is done with the complainant's data (UU PDP)."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("consent_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("complaints page")

    def get_context(self, request, *args, **kwargs):
        from feedback.complaints.forms import TrackForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("track_form", TrackForm())
        context["default_days"] = {
            name: ComplaintCategory._meta.get_field(f"{name}_days").default
            for name in ("verification", "response", "feedback", "resolution")
        }
        return context

    @path("", name="landing")
    def landing(self, request):
        return self.render(request)

    @path("ajukan/", name="file")
    def file(self, request):
        """The filing form: validate, apply the flood limit, file through the service, then confirm."""
        from feedback.complaints.forms import HONEYPOT_FIELD, ComplaintForm
        from feedback.complaints.services import complaint_file

        if request.method != "POST":
            return self._render_form(request, ComplaintForm())
        if request.POST.get(HONEYPOT_FIELD):
            return self._render_form(request, ComplaintForm(), status=400, refused=True)
        if _filings_from(request) >= settings.COMPLAINT_FILINGS_PER_HOUR:
            return self._too_many(request)
        form = ComplaintForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render_form(request, form, status=400)
        if _count_filing(request) > settings.COMPLAINT_FILINGS_PER_HOUR:
            return self._too_many(request)
        try:
            filed = complaint_file(**form.service_arguments(), language=(get_language() or "id")[:10])
        except ValidationError as error:
            _uncount_filing(request)
            form.add_error(None, error)
            return self._render_form(request, form, status=400)
        if not filed.created:
            _uncount_filing(request)  # the same form sent twice files, and counts, once
        if filed.secret:
            secrets_by_code = request.session.get(SESSION_SECRETS, {})
            secrets_by_code[filed.complaint.tracking_code] = filed.secret
            request.session[SESSION_SECRETS] = secrets_by_code
        return HttpResponseRedirect(self.url + self.reverse_subpage("filed", args=[filed.complaint.tracking_code]))

    @path("terkirim/<str:code>/", name="filed")
    def filed(self, request, code):
        complaint = get_object_or_404(Complaint, tracking_code=code)
        secret = request.session.get(SESSION_SECRETS, {}).get(complaint.tracking_code)
        response = self.render(
            request,
            context_overrides={"complaint": complaint, "secret": secret},
            template="feedback/complaint_filed.html",
        )
        _private(response)
        return response

    @path("daftar/", name="list")
    def complaint_list(self, request):
        """Every complaint the public may see, newest first, filtered by unit, category, status and month."""
        form, complaints = self._listed(request)
        page = Paginator(complaints, LIST_PER_PAGE).get_page(request.GET.get("halaman"))
        self._name_units(page)
        query = request.GET.copy()
        query.pop("halaman", None)
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "page_obj": page,
                "elided_page_range": page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
                "filter_query": query.urlencode(),
            },
            template="feedback/complaint_list.html",
        )
        response.status_code = 400 if form.errors else 200
        return response

    @path("daftar/rss/", name="feed")
    def complaint_feed(self, request):
        """The list as RSS, with the same filters: the newest complaints and nothing the list does not show."""
        from feedback.complaints.feeds import FEED_ITEMS, PublicComplaintsFeed

        form, complaints = self._listed(request)
        if form.errors:
            problems = [f"{form[name].label}: {error}" for name, errors in form.errors.items() for error in errors]
            return HttpResponseBadRequest("\n".join(problems), content_type="text/plain; charset=utf-8")
        items = self._name_units(list(complaints[:FEED_ITEMS]))
        list_url = self.get_full_url(request) + self.reverse_subpage("list")
        return PublicComplaintsFeed(self, items, list_url)(request)

    def _listed(self, request):
        """The list's filter form and the complaints it selects; none when a filter is invalid."""
        from feedback.complaints.forms import PublicListForm

        form = PublicListForm(request.GET or None, units=units_in(self.locale))
        complaints = Complaint.objects.publicly_listed()
        if form.is_bound:
            complaints = form.filter(complaints) if form.is_valid() else complaints.none()
        complaints = (
            complaints.select_related("category")
            .annotate(unit_key=F("unit__translation_key"))
            .only(*LIST_FIELDS)
            .order_by("-submitted_at", "-pk")
        )
        return form, complaints

    def _name_units(self, complaints):
        """Give each listed complaint its unit's page in this page's language, as `unit_here`."""
        units_by_key = units_by_translation_key(self.locale)
        for complaint in complaints:
            complaint.unit_here = units_by_key.get(complaint.unit_key)
        return complaints

    @path("responsivitas/", name="scorecards")
    def scorecards(self, request):
        """The city's responsiveness scorecard and every unit's, side by side, then the complaints in figures."""
        from feedback.analytics import complaint_figures
        from feedback.scorecards import EMPTY_SCORECARD, city_scorecards

        scorecards = city_scorecards()
        units = units_in(self.locale)
        rows = [(unit, scorecards.by_unit.get(unit.translation_key, EMPTY_SCORECARD)) for unit in units]
        rows.sort(key=lambda row: (-row[1].received, row[0].title.lower()))
        figures = complaint_figures()
        return self.render(
            request,
            context_overrides={"city": scorecards.city, "rows": rows, "figures": figures, **_figure_rows(figures)},
            template="feedback/scorecards.html",
        )

    @path("lacak/", name="track")
    def track(self, request):
        from feedback.complaints.forms import TrackForm

        form = TrackForm(request.GET)
        if form.is_valid():
            return HttpResponseRedirect(self.url + self.reverse_subpage("public", args=[form.cleaned_data["kode"]]))
        response = self.render(request, context_overrides={"track_form": form})
        response.status_code = 400
        return response

    @path("lacak/<str:code>/", name="public")
    def public(self, request, code):
        complaint = _tracked(code)
        return self.render(
            request,
            context_overrides=_tracking_context(complaint),
            template="feedback/complaint_public.html",
        )

    @path("lacak/<str:code>/<str:secret>/", name="private")
    def private(self, request, code, secret):
        """The resident's own page: the whole complaint, and the verdict on the unit's response."""
        from feedback.complaints.forms import RateForm, RejectResponseForm
        from feedback.complaints.services import secret_hash

        complaint = _tracked(code)
        if not hmac.compare_digest(secret_hash(secret), complaint.secret_hash):
            raise Http404
        here = self.url + self.reverse_subpage("private", args=[complaint.tracking_code, secret])
        reject_form, rate_form, status = RejectResponseForm(), RateForm(), 200
        if request.method == "POST":
            action = request.POST.get("action")
            if action == "accept":
                done = self._act(request, _("Thank you: the complaint is now resolved."), "complaint_accept", complaint)
            elif action == "reject":
                reject_form = RejectResponseForm(request.POST)
                done = reject_form.is_valid() and self._act(
                    request,
                    _("The complaint has been reopened and goes back to the unit."),
                    "complaint_reject_response",
                    complaint,
                    reason=reject_form.cleaned_data["reason"],
                )
            elif action == "rate":
                rate_form = RateForm(request.POST)
                done = rate_form.is_valid() and self._act(
                    request,
                    _("Thank you for rating the handling of your complaint."),
                    "complaint_rate",
                    complaint,
                    rating=int(rate_form.cleaned_data["rating"]),
                )
            else:
                done = False
            if done:
                return _private(HttpResponseRedirect(here))
            status = 400
        context = _tracking_context(complaint, public_only=False)
        context.update(
            {
                "here": here,
                "reject_form": reject_form,
                "rate_form": rate_form,
                "can_answer": complaint.status == Status.RESPONDED,
                "can_rate": complaint.status == Status.RESOLVED and complaint.rating is None,
            }
        )
        response = self.render(request, context_overrides=context, template="feedback/complaint_private.html")
        response.status_code = status
        return _private(response)

    def _act(self, request, success, service_name, complaint, **arguments) -> bool:
        from feedback.complaints import services

        try:
            getattr(services, service_name)(complaint=complaint, **arguments)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return False
        messages.success(request, success)
        return True

    def _render_form(self, request, form, status=200, refused=False):
        response = self.render(
            request, context_overrides={"form": form, "refused": refused}, template="feedback/complaint_form.html"
        )
        response.status_code = status
        return response

    def _too_many(self, request):
        response = self.render(request, template="feedback/complaint_too_many.html")
        response.status_code = 429
        response["Retry-After"] = "3600"
        return response


def _figure_rows(figures) -> dict:
    """Table rows in the reader's language: statuses in workflow order, categories by count, months newest first."""
    categories = ComplaintCategory.objects.filter(pk__in=figures.by_category).only("name", "name_en")
    by_category = sorted(
        ((category.label, figures.by_category[category.pk]) for category in categories),
        key=lambda row: (-row[1], row[0].lower()),
    )
    return {
        "by_status": figures.status_rows(),
        "by_category": by_category,
        "by_month": [
            (date.fromisoformat(f"{month}-01"), count)
            for month, count in sorted(figures.by_month.items(), reverse=True)
        ],
    }


def _private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


def _tracked(code: str) -> Complaint:
    return get_object_or_404(Complaint.objects.select_related("unit", "category"), tracking_code=code.strip().upper())


def _tracking_context(complaint: Complaint, *, public_only: bool = True) -> dict:
    """What anyone with the code may see; a *rahasia* complaint's content stays off the public page."""
    from feedback.deadlines import DUE_SOON_DAYS, add_working_days, deadline_state, local_today

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
    events = ComplaintEvent.objects.filter(complaint=complaint, is_public=True).select_related("unit")
    return {
        "complaint": complaint,
        "show_content": not public_only or complaint.privacy != Privacy.CONFIDENTIAL,
        "deadlines": deadlines,
        "events": list(events.only("kind", "created_at", "message", "status", "unit__title", "complaint_id")),
    }


def _rate_key(request) -> str:
    return f"complaints:filings:{ratelimit.client_address(request)}"


def _filings_from(request) -> int:
    return ratelimit.hits(_rate_key(request))


def _count_filing(request) -> int:
    return ratelimit.hit(_rate_key(request))


def _uncount_filing(request) -> None:
    ratelimit.unhit(_rate_key(request))
