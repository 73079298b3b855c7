"""Complaint analytics: how many complaints by unit, category, status and month, and how long resolving takes.

The figures come from the database, or from an analytics index when `settings.COMPLAINT_ANALYTICS` names
another class with the same `figures` method (`search.analytics.ElasticsearchComplaintAnalytics`); feedback
never imports that app, it only loads the class the setting names. Both count what the scorecards count as
received: every complaint, *rahasia* ones included, since a count reveals nobody.

Resolution time is in calendar days from filing to closing, over resolved complaints. Its percentiles
interpolate linearly between the closest ranks, as PostgreSQL's `percentile_cont` and Elasticsearch's
percentiles over a small index do, so that both sources give the same figures.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from django.conf import settings
from django.db.models import Count, DateField
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.module_loading import import_string

from feedback.models import Complaint, Status

DEFAULT_ANALYTICS = "feedback.complaints.analytics.DatabaseComplaintAnalytics"
RESOLVED_STATUSES = (Status.RESOLVED,)
"""Closed by a rejection is not resolved: only these statuses have a resolution time."""

PERCENTS = (50, 90)
ONE_DECIMAL = Decimal("0.1")
SECONDS_PER_DAY = 86_400


@dataclass(frozen=True)
class ComplaintFigures:
    total: int
    by_unit: dict[str, int] = field(default_factory=dict)  # by the unit page's translation key, as a string
    by_category: dict[int, int] = field(default_factory=dict)  # by ComplaintCategory id
    by_status: dict[str, int] = field(default_factory=dict)  # by Status value
    by_month: dict[str, int] = field(default_factory=dict)  # by "YYYY-MM" of filing, in the city's time zone
    resolution_p50: Decimal | None = None  # calendar days, one decimal; None when nothing is resolved
    resolution_p90: Decimal | None = None

    def status_rows(self) -> list[tuple[str, int]]:
        """(label, count) in the reader's language, statuses in workflow order, those with no complaint left out."""
        return [(status.label, self.by_status[status]) for status in Status if status in self.by_status]


def complaint_figures(year: int | None = None, unit_key: UUID | str | None = None) -> ComplaintFigures:
    """The figures from the source the settings choose; over all years when `year` is None, and over all units
    when `unit_key` (a unit page's translation key) is None."""
    analytics = import_string(getattr(settings, "COMPLAINT_ANALYTICS", DEFAULT_ANALYTICS))
    return analytics().figures(year=year, unit_key=unit_key)


class DatabaseComplaintAnalytics:
    """The figures straight from the complaints table, in five queries however many complaints there are."""

    def figures(self, *, year: int | None = None, unit_key: UUID | str | None = None) -> ComplaintFigures:
        complaints = Complaint.objects.order_by()
        if year is not None:
            complaints = complaints.filter(submitted_at__year=year)
        if unit_key is not None:
            complaints = complaints.filter(unit__translation_key=unit_key)
        month = TruncMonth("submitted_at", tzinfo=timezone.get_current_timezone(), output_field=DateField())
        months = _counts(complaints.annotate(month=month), "month")
        units = _counts(complaints, "unit__translation_key")
        by_status = _counts(complaints, "status")
        resolved = complaints.filter(status__in=RESOLVED_STATUSES, closed_at__isnull=False)
        durations = [resolution_days(*moments) for moments in resolved.values_list("submitted_at", "closed_at")]
        return ComplaintFigures(
            total=sum(by_status.values()),
            by_unit={str(key): count for key, count in units.items() if key is not None},
            by_category=_counts(complaints, "category_id"),
            by_status=by_status,
            by_month={f"{month:%Y-%m}": count for month, count in months.items()},
            resolution_p50=one_decimal(percentile(durations, 50)),
            resolution_p90=one_decimal(percentile(durations, 90)),
        )


def _counts(complaints, key: str) -> dict:
    return dict(complaints.values_list(key).annotate(count=Count("pk")).values_list(key, "count"))


def resolution_days(submitted_at: datetime, closed_at: datetime) -> float:
    """Calendar days from filing to closing, to the hundredth: what both analytics sources take percentiles of."""
    return round((closed_at - submitted_at).total_seconds() / SECONDS_PER_DAY, 2)


def percentile(values: list[float], percent: float) -> float | None:
    """The `percent`th percentile, interpolated linearly between the closest ranks; None over no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = percent / 100 * (len(ordered) - 1)  # in Elasticsearch's order of operations, to the last bit
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def one_decimal(days: float | None) -> Decimal | None:
    """Days as shown, to one decimal, rounded half up like the scorecards."""
    return None if days is None else Decimal(str(days)).quantize(ONE_DECIMAL, ROUND_HALF_UP)
