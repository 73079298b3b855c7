"""The security audit log in the Wagtail admin (/admin/keamanan/): for administrators and the Inspektorat only (a
404 for everyone else), filtered by account, event and date, downloadable as CSV, with nothing to edit."""

from datetime import date, datetime, time

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from accounts.groups import admin_group_ensure, is_member
from accounts.models import SecurityEvent
from accounts.plain_text import spreadsheet_csv

AUDITOR_GROUP = "Inspektorat"
PER_PAGE = 50
FIRST_DAY = date(2000, 1, 1)


def auditor_group_ensure():
    """The Inspektorat's group: the Wagtail admin and this log."""
    return admin_group_ensure(AUDITOR_GROUP, app_label="accounts", managed=[])


def may_audit(user) -> bool:
    return user.is_superuser or is_member(user, AUDITOR_GROUP)


class AuditFilterForm(forms.Form):
    akun = forms.CharField(label=gettext_lazy("Account"), required=False, max_length=254)
    jenis = forms.ChoiceField(
        label=gettext_lazy("Event"),
        required=False,
        choices=[("", gettext_lazy("All events")), *SecurityEvent.Kind.choices],
    )
    dari = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}), localize=False
    )
    sampai = forms.DateField(
        label=gettext_lazy("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}), localize=False
    )

    def clean(self):
        cleaned = super().clean()
        for name in ("dari", "sampai"):
            day = cleaned.get(name)
            if day is not None and not FIRST_DAY <= day <= timezone.localdate():
                self.add_error(name, _("Give a day between 2000 and today."))
        return cleaned

    def filter(self, events):
        data = self.cleaned_data
        if data["akun"]:
            events = events.filter(username__icontains=data["akun"].strip())
        if data["jenis"]:
            events = events.filter(kind=data["jenis"])
        if data["dari"]:
            events = events.filter(at__gte=timezone.make_aware(datetime.combine(data["dari"], time.min)))
        if data["sampai"]:
            events = events.filter(at__lte=timezone.make_aware(datetime.combine(data["sampai"], time.max)))
        return events


@require_GET
def security_audit(request):
    if not may_audit(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    events = SecurityEvent.objects.all()
    if form.is_bound:
        events = form.filter(events) if form.is_valid() else events.none()
    if request.GET.get("format") == "csv" and not form.errors:
        return _csv(events)
    page = Paginator(events, PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    context = {
        "form": form,
        "page": page,
        "csv_query": f"{query.urlencode()}&format=csv" if query else "format=csv",
        "page_title": _("Security log"),
        "header_title": _("Security log"),
        "header_icon": "lock",
    }
    return TemplateResponse(request, "accounts/admin/audit.html", context, status=400 if form.errors else 200)


COLUMNS = [
    ("waktu", lambda event: timezone.localtime(event.at).strftime("%Y-%m-%d %H:%M:%S")),
    ("peristiwa", lambda event: event.kind),
    ("akun", lambda event: event.username),
    ("alamat", lambda event: event.address),
    ("peramban", lambda event: event.user_agent),
    ("rincian", lambda event: event.detail),
]


def _csv(events) -> HttpResponse:
    response = HttpResponse(spreadsheet_csv(COLUMNS, events.iterator()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="log-keamanan-{timezone.localdate():%Y%m%d}.csv"'
    return response


def audit_admin_urls() -> list:
    return [path("keamanan/", security_audit, name="security_audit")]
