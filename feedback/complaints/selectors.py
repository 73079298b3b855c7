"""What the complaints' pages read: the public list and timeline, the figures' rows, the admin inbox.

Nothing here changes anything; the public ones show only what the public may see (never a reporter, a
*rahasia* complaint's content, an internal note or an attachment).
"""

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Case, DateField, F, IntegerField, Q, Value, When
from django.http import Http404

from feedback.complaints.codes import candidates
from feedback.models import Complaint, ComplaintCategory, ComplaintEvent, ComplaintReporter, Status
from feedback.models.complaints import OPEN_STATUSES
from reports.models import UnitPage
from reports.selectors import units_by_translation_key

OPEN = "open"  # the inbox's filter values beside the statuses: any open status, and the two deadline states
DUE_SOON = "due-soon"
OVERDUE = "overdue"
NOT_ROUTED = "none"  # the inbox's unit filter for complaints no unit has yet

LIST_FIELDS = [
    "tracking_code",
    "title",
    "place",
    "village_code",
    "status",
    "submitted_at",
    "closed_at",
    "category__name",
    "category__name_en",
]


def public_list(form=None):
    """The complaints the public list shows, newest first, as its filter form selects them (all without one); none
    when invalid."""
    complaints = Complaint.objects.publicly_listed()
    if form is not None and form.is_bound:
        complaints = form.filter(complaints) if form.is_valid() else complaints.none()
    return (
        complaints.select_related("category")
        .annotate(unit_key=F("unit__translation_key"))
        .only(*LIST_FIELDS)
        .order_by("-submitted_at", "-pk")
    )


def with_units_named(locale_id: int, complaints):
    """Give each listed complaint its unit's page in the language of `locale_id`, as `unit_here`."""
    units_by_key = units_by_translation_key(locale_id)
    for complaint in complaints:
        complaint.unit_here = units_by_key.get(complaint.unit_key)
    return complaints


def by_code(typed: str) -> Complaint | None:
    """The complaint with this tracking code, however the resident typed it (codes.candidates); None when there is
    none, or when a mistyped character leaves more than one it could be."""
    found = list(Complaint.objects.select_related("unit", "category").filter(tracking_code__in=candidates(typed))[:2])
    return found[0] if len(found) == 1 else None


def tracked(typed: str) -> Complaint:
    """by_code, or 404."""
    complaint = by_code(typed)
    if complaint is None:
        raise Http404
    return complaint


SIMILAR_RADIUS_METERS = 500
SIMILAR_LIMIT = 5
METERS_PER_DEGREE = 111_320


@dataclass(frozen=True)
class Similar:
    complaint: Complaint
    meters: int | None  # how far from the resident's point, when both have coordinates


def similar_open(*, category, village_code: str = "", latitude=None, longitude=None) -> list[Similar]:
    """Open public complaints of `category` in the same kelurahan or within SIMILAR_RADIUS_METERS of the point,
    nearest first, then newest: what a resident may follow instead of filing the same thing again. Never one a
    verifier has not checked yet, a *rahasia* one, or a closed one. Two queries at most, whatever the numbers."""
    near = Q(village_code=village_code) if village_code else Q(pk__in=[])
    point = (float(latitude), float(longitude)) if latitude is not None and longitude is not None else None
    if point is not None:
        rise = SIMILAR_RADIUS_METERS / METERS_PER_DEGREE
        run = rise / max(math.cos(math.radians(point[0])), 0.01)
        near |= Q(
            latitude__range=(Decimal(str(point[0] - rise)), Decimal(str(point[0] + rise))),
            longitude__range=(Decimal(str(point[1] - run)), Decimal(str(point[1] + run))),
        )
    candidates = (
        Complaint.objects.publicly_listed()
        .open()
        .filter(near, category=category)
        .only("tracking_code", "title", "place", "village_code", "status", "submitted_at", "latitude", "longitude")
        .order_by("-submitted_at")[: SIMILAR_LIMIT * 4]
    )
    found = []
    for complaint in candidates:
        meters = _meters(point, complaint) if point else None
        if complaint.village_code == village_code or (meters is not None and meters <= SIMILAR_RADIUS_METERS):
            found.append(Similar(complaint, meters))
    found.sort(key=lambda similar: similar.meters if similar.meters is not None else SIMILAR_RADIUS_METERS + 1)
    return found[:SIMILAR_LIMIT]


def _meters(point: tuple[float, float], complaint: Complaint) -> int | None:
    """Great-circle distance from `point` to the complaint's coordinates, to the metre; None when it has none."""
    if complaint.latitude is None or complaint.longitude is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (*point, float(complaint.latitude), float(complaint.longitude)))
    haversine = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return round(2 * 6_371_000 * math.asin(math.sqrt(haversine)))


@dataclass(frozen=True)
class Following:
    followers: int  # addresses that confirmed they follow the complaint
    merged: list[Complaint]  # public complaints a verifier merged into it as duplicates


def latest_complaint_year() -> int | None:
    """The latest calendar year (in the city's time zone) in which a complaint was filed; None before the first."""
    latest = Complaint.objects.datetimes("submitted_at", "year", order="DESC").first()
    return latest.year if latest else None


def following(complaint: Complaint) -> Following:
    """Who else cares about this complaint, as the public page shows it: two queries."""
    merged = Complaint.objects.publicly_listed().filter(duplicate_of=complaint).only("tracking_code", "title")
    return Following(complaint.followers.exclude(confirmed_at=None).count(), list(merged.order_by("submitted_at")))


def reporter_email(complaint: Complaint) -> str:
    """The address the resident gave with the complaint, for their own emails; "" when none or erased."""
    found = ComplaintReporter.objects.filter(complaint=complaint, anonymised_at=None).values_list("email", flat=True)
    return found.first() or ""


def public_timeline(complaint: Complaint) -> list[ComplaintEvent]:
    events = ComplaintEvent.objects.filter(complaint=complaint, is_public=True).select_related(
        "unit", "resident_update"
    )
    fields = ("kind", "created_at", "message", "status", "unit__title", "complaint_id")
    update_fields = ("token", "photo", "still_broken", "complaint_id", "event_id")
    return list(events.only(*fields, *(f"resident_update__{name}" for name in update_fields)))


def figure_rows(figures) -> dict:
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


OWED_DUE = Case(
    When(status=Status.SUBMITTED, then=F("verification_due")),
    When(status__in=[Status.ROUTED, Status.IN_PROGRESS], first_response_at__isnull=True, then=F("response_due")),
    default=F("resolution_due"),
    output_field=DateField(),
)
"""The date of the step the city owes next, which the inbox sorts by."""

IS_CLOSED = Case(When(status__in=OPEN_STATUSES, then=Value(0)), default=Value(1), output_field=IntegerField())


def inbox(complaints, filters: dict | None, today: date):
    """The complaints of the admin inbox as its filters select them, the step the city owes next first."""
    if filters is not None:
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
        if filters.get("unit") == NOT_ROUTED:
            complaints = complaints.filter(unit__isnull=True)
        elif filters.get("unit"):
            complaints = complaints.filter(unit_id=filters["unit"])
        if query := filters["q"].strip():
            complaints = complaints.filter(
                Q(tracking_code__iexact=query) | Q(pk__in=complaints.with_lapor_id(query).values("pk"))
            )
    return (
        complaints.select_related("category", "unit")
        .annotate(owed_due=OWED_DUE, is_closed=IS_CLOSED)
        .order_by("is_closed", "owed_due", "pk")
    )


def nobody_answers(complaint: Complaint) -> bool:
    """Whether the open complaint sits with a unit that has no active staff account, so that nobody sees it."""
    if complaint.unit_id is None or complaint.status not in OPEN_STATUSES:
        return False
    return not UnitPage.objects.with_staffing().filter(pk=complaint.unit_id, has_active_staff=True).exists()


@dataclass(frozen=True)
class UnitLoad:
    """A unit's open complaints on the admin home; `unit` is None for those still waiting to be routed."""

    unit: UnitPage | None
    open: int
    overdue: int
    due_soon: int

    @property
    def unanswerable(self) -> bool:
        """Routed to a unit where no active account would see them."""
        return self.unit is not None and not self.unit.has_active_staff


def load_by_unit(complaints, units, today: date) -> list[UnitLoad]:
    """The open complaints among `complaints`, counted per unit of `units`: the most overdue first, units
    without open complaints left out. Two queries, whatever the number of units and complaints."""
    rows = {row["unit"]: row for row in complaints.load_by_unit(today)}
    named = {unit.pk: unit for unit in units.with_staffing().filter(pk__in=[pk for pk in rows if pk is not None])}
    loads = [
        UnitLoad(named.get(pk), row["open"], row["overdue"], row["due_soon"])
        for pk, row in rows.items()
        if pk is None or pk in named
    ]
    return sorted(loads, key=lambda load: (-load.overdue, -load.due_soon, -load.open, getattr(load.unit, "title", "")))
