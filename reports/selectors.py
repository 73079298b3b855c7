"""Reads about units and their performance, named so that views and templates do not repeat filters.

Every selector here runs a fixed number of queries, however many units, reports or indicators exist.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby

from wagtail import hooks
from wagtail.models import Locale

from pagecache.store import remember
from reports.achievement import BAND_ORDER, Band, Polarity, absorption, achievement, average, band
from reports.models import (
    UNIT_TYPE_ORDER,
    BudgetLine,
    Indicator,
    PerformanceReportPage,
    ReportPeriod,
    UnitIndexPage,
    UnitPage,
    UnitType,
)
from reports.models.performance import parent_path


def live_units(within):
    return UnitPage.objects.published().descendant_of(within)


def units_in(locale_id: int) -> list[UnitPage]:
    """The live units of one language (a page's `locale_id`), by name (remembered until a page changes)."""
    return remember(
        f"units-in:{locale_id}",
        lambda: list(UnitPage.objects.published().filter(locale_id=locale_id).order_by("title")),
    )


def units_by_translation_key(locale_id: int) -> dict:
    """Live units by translation key, in the language of `locale_id` (a page's) where translated, otherwise in the
    language they exist in.

    Complaints and forum threads point at the default language's unit; a page in another language names the
    unit in its own language through this. Remembered until a page changes.
    """

    def compute() -> dict:
        units = {}
        for unit in UnitPage.objects.published().order_by("translation_key", "pk"):
            if unit.translation_key not in units or unit.locale_id == locale_id:
                units[unit.translation_key] = unit
        return units

    return remember(f"units-by-key:{locale_id}", compute)


def units_grouped_by_type(index: UnitIndexPage) -> list[tuple[str, list[UnitPage]]]:
    """[(type label, [units])], types in the city's order, units by name; one query."""
    units = sorted(live_units(index), key=lambda unit: (unit.type_order, unit.title.lower()))
    return [
        (UnitType(unit_type).label if unit_type in UNIT_TYPE_ORDER else unit_type, list(group))
        for unit_type, group in groupby(units, key=lambda unit: unit.unit_type)
    ]


def unit_reports(unit: UnitPage) -> list[PerformanceReportPage]:
    """The unit's published reports, newest year first, the annual report before the quarters."""
    reports = PerformanceReportPage.objects.live().public().child_of(unit)
    return sorted(reports, key=lambda report: (-report.year, report.period_order))


def reports_by_year(reports: list[PerformanceReportPage]) -> list[tuple[int, list[PerformanceReportPage]]]:
    return [(year, list(group)) for year, group in groupby(reports, key=lambda report: report.year)]


@dataclass
class IndicatorResult:
    """An indicator as a report shows it: achievement and band, with what history adds."""

    indicator: Indicator
    achievement: Decimal | None
    band: Band | None
    previous_realisation: Decimal | None = None
    end_target: Decimal | None = None
    progress: Decimal | None = None

    @property
    def met(self) -> bool | None:
        """The target reached in the indicator's direction (tercapai); None without data."""
        return self.indicator.met


def report_indicator_results(report: PerformanceReportPage) -> list[IndicatorResult]:
    """The report's indicators with last year's realisation and progress toward the end-of-term target.

    Works on an unsaved revision too (the preview reviewers see): the indicators come from the page
    object, the history from the unit's published reports of the same period in earlier years.
    """
    indicators = list(report.indicators.all())
    history = _earlier_values(report, [indicator.code for indicator in indicators])
    results = []
    for indicator in indicators:
        earlier = history.get(indicator.code, [])
        previous = next((row for row in earlier if row[0] == report.year - 1), None)
        end_target = indicator.end_target
        if end_target is None:
            end_target = next((row[2] for row in reversed(earlier) if row[2] is not None), None)
        results.append(
            IndicatorResult(
                indicator=indicator,
                achievement=indicator.achievement,
                band=indicator.band,
                previous_realisation=previous[1] if previous else None,
                end_target=end_target,
                progress=_progress(indicator, end_target),
            )
        )
    return results


def grouped_by_goal(results: list[IndicatorResult]) -> list[IndicatorResult]:
    """The indicators of each strategic goal together, goals in the order they first appear."""
    first_seen = {}
    for position, result in enumerate(results):
        first_seen.setdefault(result.indicator.goal, position)
    return sorted(results, key=lambda result: first_seen[result.indicator.goal])


def _earlier_values(report: PerformanceReportPage, codes: list[str]) -> dict[str, list[tuple]]:
    """{code: [(year, realisation, end target)] oldest first} from the unit's published earlier reports."""
    if not codes or not report.path or not report.year:
        return {}
    rows = (
        Indicator.objects.filter(
            code__in=codes,
            report__path__startswith=report.unit_path,
            report__depth=report.depth,
            report__locale_id=report.locale_id,
            report__live=True,
            report__period=report.period,
            report__year__lt=report.year,
        )
        .order_by("report__year")
        .values_list("code", "report__year", "realisation", "end_target")
    )
    history = defaultdict(list)
    for code, year, realisation, end_target in rows:
        history[code].append((year, realisation, end_target))
    return history


def _progress(indicator: Indicator, end_target: Decimal | None) -> Decimal | None:
    """How far the realisation has come toward the end-of-term target, by the indicator's own polarity.

    A range has no single end point to approach, so its progress is "no data".
    """
    if indicator.polarity == Polarity.RANGE:
        return None
    return achievement(polarity=indicator.polarity, target=end_target, realisation=indicator.realisation)


@dataclass
class ResultsSummary:
    """A report in a few numbers: average achievement, its band, and how many indicators fall in each band."""

    average: Decimal | None
    band: Band | None
    band_counts: list[tuple[Band, int]]
    without_data: int
    total: int
    met: int = 0  # targets met in their indicator's direction
    measured: int = 0  # indicators whose target and realisation are known


def results_summary(results: list[IndicatorResult]) -> ResultsSummary:
    mean = average(result.achievement for result in results)
    counts = Counter(result.band for result in results)
    return ResultsSummary(
        average=mean,
        band=band(mean),
        band_counts=[(rating, counts.get(rating, 0)) for rating in BAND_ORDER],
        without_data=counts.get(None, 0),
        total=len(results),
        met=sum(1 for result in results if result.met),
        measured=sum(1 for result in results if result.met is not None),
    )


@dataclass
class BudgetSummary:
    ceiling: Decimal
    spending: Decimal
    absorption: Decimal | None


def report_budget_summary(lines: list[BudgetLine]) -> BudgetSummary | None:
    if not lines:
        return None
    ceiling = sum((line.ceiling for line in lines), Decimal(0))
    spending = sum((line.spending for line in lines), Decimal(0))
    return BudgetSummary(ceiling=ceiling, spending=spending, absorption=absorption(ceiling=ceiling, spending=spending))


@dataclass
class LatestResults:
    report: PerformanceReportPage
    summary: ResultsSummary
    results: list[IndicatorResult]


def unit_latest_summary(reports: list[PerformanceReportPage]) -> LatestResults | None:
    """The latest annual report among `reports`, its indicators and their summary (without history)."""
    annual = [report for report in reports if report.period == ReportPeriod.ANNUAL]
    if not annual:
        return None
    latest = annual[0]
    results = [
        IndicatorResult(indicator=indicator, achievement=indicator.achievement, band=indicator.band)
        for indicator in latest.indicators.all()
    ]
    return LatestResults(report=latest, summary=results_summary(results), results=results)


@dataclass
class TrendPoint:
    report: PerformanceReportPage
    indicator: Indicator


def indicator_trend(unit: UnitPage, code: str) -> list[TrendPoint]:
    """One indicator of a unit across its published annual reports, oldest first."""
    indicators = (
        Indicator.objects.filter(
            code=code,
            report__path__startswith=unit.path,
            report__depth=unit.depth + 1,
            report__locale_id=unit.locale_id,
            report__live=True,
            report__period=ReportPeriod.ANNUAL,
        )
        .select_related("report")
        .order_by("report__year")
    )
    return [TrendPoint(report=indicator.report, indicator=indicator) for indicator in indicators]


@dataclass(frozen=True)
class YearCoverage:
    """A year with published annual reports, and how many of the units that publish reports have one for it."""

    year: int
    reporting: int
    units: int

    @property
    def most(self) -> bool:
        return self.reporting * 2 > self.units


def report_coverage(locale: Locale) -> list[YearCoverage]:
    """Each year with at least one published annual report, newest first, with its coverage (remembered until a page
    changes). The units counted are those with any published annual report: a unit that never reports is not
    waiting for a year to be complete."""

    def compute() -> list[YearCoverage]:
        reports = PerformanceReportPage.objects.live().public().filter(locale=locale, period=ReportPeriod.ANNUAL)
        units_per_year = defaultdict(set)
        for path, year in reports.values_list("path", "year"):
            units_per_year[year].add(parent_path(path))
        units = len(set().union(*units_per_year.values())) if units_per_year else 0
        return [YearCoverage(year, len(units_per_year[year]), units) for year in sorted(units_per_year, reverse=True)]

    return remember(f"report-coverage:{locale.pk}", compute)


def default_year(coverage: list[YearCoverage]) -> int | None:
    """The latest year most units have reported for; else the year most have; None without reports. A new year
    that one unit has reported early does not become what every resident sees first."""
    if not coverage:
        return None
    complete = [year for year in coverage if year.most]
    return (complete or sorted(coverage, key=lambda year: (year.reporting, year.year), reverse=True))[0].year


@dataclass
class UnitScore:
    unit: UnitPage
    report: PerformanceReportPage | None
    average: Decimal | None
    band: Band | None
    previous_average: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.average is None or self.previous_average is None:
            return None
        return self.average - self.previous_average


@dataclass
class WeakIndicator:
    unit: UnitPage
    report: PerformanceReportPage
    indicator: Indicator
    achievement: Decimal


@dataclass
class Dashboard:
    year: int | None
    scores: list[UnitScore] = field(default_factory=list)
    band_counts: list[tuple[Band, int]] = field(default_factory=list)
    without_data: int = 0
    weakest: list[WeakIndicator] = field(default_factory=list)
    city_average: Decimal | None = None

    @property
    def reporting(self) -> int:
        """How many of the units shown have a report for the year."""
        return sum(1 for score in self.scores if score.report is not None)


def city_dashboard(*, locale: Locale, year: int | None, unit_type: str = "", weakest: int = 10) -> Dashboard:
    """Every unit's average achievement in `year` against the year before; three queries in all."""
    if year is None:
        return Dashboard(year=None)
    units = UnitPage.objects.published().filter(locale=locale)
    if unit_type:
        units = units.filter(unit_type=unit_type)
    units_by_path = {unit.path: unit for unit in units}
    reports = {
        report.pk: report
        for report in PerformanceReportPage.objects.live()
        .public()
        .filter(locale=locale, period=ReportPeriod.ANNUAL, year__in=[year, year - 1])
        if report.unit_path in units_by_path
    }
    achievements = defaultdict(list)  # (unit path, year) -> [achievement]
    candidates = []
    for indicator in Indicator.objects.filter(report_id__in=reports):
        report = reports[indicator.report_id]
        key = (report.unit_path, report.year)
        value = indicator.achievement
        achievements[key].append(value)
        if report.year == year and value is not None and value < 100:
            candidates.append(WeakIndicator(units_by_path[key[0]], report, indicator, value))
    current = {report.unit_path: report for report in reports.values() if report.year == year}
    scores = []
    for path, unit in units_by_path.items():
        mean = average(achievements.get((path, year), []))
        scores.append(
            UnitScore(unit, current.get(path), mean, band(mean), average(achievements.get((path, year - 1), [])))
        )
    scores.sort(key=lambda score: (score.average is None, -(score.average or 0), score.unit.title.lower()))
    counts = Counter(score.band for score in scores)
    candidates.sort(key=lambda weak: weak.achievement)
    return Dashboard(
        year=year,
        scores=scores,
        band_counts=[(rating, counts.get(rating, 0)) for rating in BAND_ORDER],
        without_data=counts.get(None, 0),
        weakest=candidates[:weakest],
        city_average=average(score.average for score in scores),
    )


def hooked_sections(hook_name: str, *args) -> list:
    """What other apps add to a reports page through the Wagtail hook `hook_name`, so that `reports` never imports
    them: the dashboard's sections (`portal_dashboard_sections`, called with request, page and year), a unit's
    (`portal_unit_sections`, called with request and unit) and the open-data page's (`portal_data_sections`, called
    with the request). Each hook returns rendered HTML, or None to add nothing."""
    sections = (hook(*args) for hook in hooks.get_hooks(hook_name))
    return [section for section in sections if section]
