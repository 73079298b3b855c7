"""The early warning (*peringatan dini*): which units' performance is falling, so their heads can act.

Three rules, their thresholds settings (README, "ASN training"):
- an indicator's achievement (*capaian*) fell by more than EARLY_WARNING_DROP_POINTS percentage points from the
  unit's annual report of the year before (the same indicator: the same code);
- an indicator's achievement is rated Kurang or Sangat Kurang (≤ 65 %);
- the complaints routed to the unit in the last complete quarter are at least EARLY_WARNING_COMPLAINTS_MIN and at
  least EARLY_WARNING_COMPLAINTS_RISE times those of the same quarter a year before (once the portal has complaints
  from that quarter a year before: without them every unit would seem to rise).

`signals_detect` records each signal once (PerformanceSignal); it runs from `manage.py early_warning` (daily from
cron) and keeps what it found before, with the units' follow-ups.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db.models import Count
from wagtail.models import Page

from feedback.deadlines import local_today
from feedback.models import Complaint
from reports.achievement import Band, achievement, band
from reports.models import Indicator, ReportPeriod, UnitPage
from training.models import PerformanceSignal, SignalKind

LOW_BANDS = {Band.POOR, Band.VERY_POOR}
TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Found:
    unit_id: int
    kind: str
    subject: str
    subject_name: str
    year: int
    previous: Decimal | None
    value: Decimal | None


def signals_detect(today: date | None = None) -> list[PerformanceSignal]:
    """Record every signal the rules find now that is not recorded yet; returns the new ones."""
    found = indicator_signals() + complaint_signals(today or local_today())
    known = set(PerformanceSignal.objects.values_list("unit_id", "kind", "subject", "year"))
    new = [
        PerformanceSignal(
            unit_id=item.unit_id,
            kind=item.kind,
            subject=item.subject,
            subject_name=item.subject_name[:300],
            year=item.year,
            previous=_rounded(item.previous),
            value=_rounded(item.value),
        )
        for item in found
        if (item.unit_id, item.kind, item.subject, item.year) not in known
    ]
    return PerformanceSignal.objects.bulk_create(new, ignore_conflicts=True)


def indicator_signals() -> list[Found]:
    """Falls and poor ratings in the units' published annual reports (in the site's default language)."""
    units = {unit.path: unit for unit in UnitPage.objects.published().canonical()}
    rows = Indicator.objects.filter(
        report__live=True, report__period=ReportPeriod.ANNUAL, report__locale__language_code=settings.LANGUAGE_CODE
    ).values_list("report__path", "report__year", "code", "name", "polarity", "target", "target_upper", "realisation")
    by_unit_code = defaultdict(dict)  # (unit id, code) -> {year: (name, achievement)}
    for path, year, code, name, polarity, target, upper, realisation in rows:
        unit = units.get(path[: -Page.steplen])
        if unit is not None:
            value = achievement(polarity=polarity, target=target, realisation=realisation, upper=upper)
            by_unit_code[(unit.pk, code)][year] = (name, value)
    found = []
    drop = Decimal(settings.EARLY_WARNING_DROP_POINTS)
    for (unit_id, code), years in by_unit_code.items():
        for year, (name, value) in years.items():
            if value is None:
                continue
            previous = years.get(year - 1, (None, None))[1]
            if previous is not None and previous - value > drop:
                found.append(Found(unit_id, SignalKind.DROP, code, name, year, previous, value))
            if band(value) in LOW_BANDS:
                found.append(Found(unit_id, SignalKind.LOW, code, name, year, previous, value))
    return found


def complaint_signals(today: date) -> list[Found]:
    """Units whose complaints of the last complete quarter rose sharply against the same quarter a year before."""
    start, end = last_complete_quarter(today)
    before = (start.replace(year=start.year - 1), end.replace(year=end.year - 1))
    now_counts, then_counts = _complaints_by_unit(start, end), _complaints_by_unit(*before)
    if not then_counts:
        return []  # no history to compare with yet
    quarter = f"{start.year}-T{(start.month - 1) // 3 + 1}"
    rise, minimum = Decimal(str(settings.EARLY_WARNING_COMPLAINTS_RISE)), settings.EARLY_WARNING_COMPLAINTS_MIN
    return [
        Found(unit_id, SignalKind.COMPLAINTS, quarter, quarter, start.year, Decimal(then_counts.get(unit_id, 0)), count)
        for unit_id, count in now_counts.items()
        if count >= minimum and count >= rise * then_counts.get(unit_id, 0)
    ]


def last_complete_quarter(today: date) -> tuple[date, date]:
    """The first and the day after the last day of the quarter before `today`'s."""
    first_month = (today.month - 1) // 3 * 3 + 1
    end = date(today.year, first_month, 1)
    start = date(end.year - 1, 10, 1) if first_month == 1 else date(end.year, first_month - 3, 1)
    return start, end


def _complaints_by_unit(start: date, end: date) -> dict[int, int]:
    rows = (
        Complaint.objects.filter(unit__isnull=False, submitted_at__date__gte=start, submitted_at__date__lt=end)
        .values("unit_id")
        .annotate(count=Count("id"))
    )
    return {row["unit_id"]: row["count"] for row in rows}


def _rounded(value):
    return None if value is None else Decimal(value).quantize(TWO_PLACES)
