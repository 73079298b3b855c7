"""GeoReport's requests: the complaints as their public pages show them.

The list holds what the public list holds (checked by a verifier, never *rahasia*, never rejected as no complaint at
all); a request asked for by its tracking code is shown as its tracking page shows it, the content only when that
page shows it. Nothing here ever names or contacts a reporter, or shows an attachment: the only photos are those of
residents' updates a verifier published.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from feedback.models import Complaint, ComplaintEvent, ComplaintUpdate, Status, UpdateStatus
from feedback.models.complaints import OPEN_STATUSES

STATUSES = {"open": OPEN_STATUSES, "closed": [Status.RESOLVED, Status.REJECTED]}
MAX_SPAN = timedelta(days=90)  # the specification's longest range, and the default one
PAGE_SIZE, MAX_PAGE_SIZE = 100, 1000
MAX_IDS = 100


class QueryError(Exception):
    """A parameter the specification does not allow; its message says which and why."""


@dataclass(frozen=True)
class Query:
    ids: tuple[str, ...] = ()
    service_codes: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    statuses: tuple[str, ...] = ()
    page: int = 1
    page_size: int = PAGE_SIZE


def parse_query(params) -> Query:
    """The filters of GET requests: service_request_id (which overrides the rest), service_code, start_date,
    end_date, status, and the paging most servers add (page, page_size)."""
    ids = _listed(params, "service_request_id")
    if len(ids) > MAX_IDS:
        raise QueryError(_("Ask for at most %(count)d service_request_id at once.") % {"count": MAX_IDS})
    statuses = _listed(params, "status")
    if unknown := [status for status in statuses if status not in STATUSES]:
        raise QueryError(_("status is open or closed, not %(value)s.") % {"value": ", ".join(unknown)})
    start, end = _moment(params, "start_date"), _moment(params, "end_date")
    if start and end and start > end:
        raise QueryError(_("start_date is after end_date."))
    if start and end and end - start > MAX_SPAN:
        raise QueryError(_("start_date and end_date may be at most 90 days apart."))
    return Query(
        ids=tuple(ids),
        service_codes=tuple(_listed(params, "service_code")),
        start=start,
        end=end,
        statuses=tuple(statuses),
        page=_number(params, "page", 1, None),
        page_size=_number(params, "page_size", PAGE_SIZE, MAX_PAGE_SIZE),
    )


def requests_matching(query: Query):
    """The complaints a query asks for, newest first, one page of them; a fixed number of queries however many."""
    if query.ids:
        complaints = Complaint.objects.filter(tracking_code__in=query.ids)
    else:
        complaints = Complaint.objects.publicly_listed()
        if query.service_codes:
            codes = [code for code in query.service_codes if code.isdigit() and len(code) < 19]
            complaints = complaints.filter(category_id__in=codes)
        if query.statuses:
            complaints = complaints.filter(status__in=[s for status in query.statuses for s in STATUSES[status]])
        start, end = query.start, query.end  # either missing: 90 days from the other, or the last 90 days
        if start is None:
            end = end or timezone.now()
            start = end - MAX_SPAN
        elif end is None:
            end = start + MAX_SPAN
        complaints = complaints.filter(submitted_at__gte=start, submitted_at__lte=end)
    first = (query.page - 1) * query.page_size
    return list(_annotated(complaints).order_by("-submitted_at", "-pk")[first : first + query.page_size])


def _annotated(complaints):
    public_events = ComplaintEvent.objects.filter(complaint=OuterRef("pk"), is_public=True).order_by(
        "-created_at", "-pk"
    )
    photos = ComplaintUpdate.objects.filter(complaint=OuterRef("pk"), status=UpdateStatus.PUBLISHED).exclude(photo="")
    return complaints.select_related("category", "unit").annotate(
        notes=Subquery(public_events.exclude(message="").values("message")[:1]),
        updated=Subquery(public_events.values("created_at")[:1]),
        photo_token=Subquery(photos.order_by("created_at", "pk").values("token")[:1]),
    )


def as_request(complaint: Complaint, photo_url) -> dict:
    """One complaint as a GeoReport request; `photo_url(complaint, token)` is the address of an update's photo.
    One the public list does not show gives its status, category and dates only: no text, place, unit or notes, as
    the tracking page hides a *rahasia* complaint's."""
    shown = complaint.is_publicly_listed
    request = {
        "service_request_id": complaint.tracking_code,
        "status": "open" if complaint.status in OPEN_STATUSES else "closed",
        "status_notes": (shown and complaint.notes) or complaint.get_status_display(),
        "service_name": complaint.category.name,
        "service_code": str(complaint.category_id),
        "agency_responsible": complaint.unit.title if shown and complaint.unit else "",
        "service_notice": "",
        "requested_datetime": _w3c(complaint.submitted_at),
        "updated_datetime": _w3c(complaint.updated or complaint.submitted_at),
        "expected_datetime": _w3c(timezone.make_aware(datetime.combine(complaint.resolution_due, time.max))),
    }
    if shown:
        area = complaint.area_name()
        request.update(
            description=complaint.description,
            address=", ".join(part for part in (complaint.place, area) if part),
            address_id=complaint.village_code,
            lat=float(complaint.latitude) if complaint.latitude is not None else None,
            long=float(complaint.longitude) if complaint.longitude is not None else None,
            media_url=photo_url(complaint, complaint.photo_token) if complaint.photo_token else "",
        )
    return request


def _w3c(moment: datetime) -> str:
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def _listed(params, name: str) -> list[str]:
    return [value.strip() for value in params.get(name, "").split(",") if value.strip()]


def _moment(params, name: str) -> datetime | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        moment = parse_datetime(value.replace(" ", "+"))  # a "+" sent unencoded in a query arrives as a space
    except ValueError:
        moment = None
    if moment is None:
        raise QueryError(_("%(name)s is a W3C date and time, e.g. 2026-01-31T00:00:00Z.") % {"name": name})
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def _number(params, name: str, default: int, largest: int | None) -> int:
    value = params.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1 or (largest and int(value) > largest) or len(value) > 6:
        bounds = _("from 1 to %(largest)d") % {"largest": largest} if largest else _("from 1")
        raise QueryError(_("%(name)s is a whole number %(bounds)s.") % {"name": name, "bounds": bounds})
    return int(value)
