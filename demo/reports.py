"""Demo performance reports (LKjIP) of every unit for 2023–2025, in Indonesian and English, and one draft.

Each unit has a plan: its strategic goals (*sasaran*), indicators on a Renstra 2021–2026 path and its
programmes. Realisations are derived from the plan, the unit's performance level that year and a
random generator seeded with the unit and indicator code, so every run writes the same numbers and the
summaries and explanations are generated from those numbers, never written apart from them.
"""

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from wagtail.documents.models import Document
from wagtail.models import Locale

from demo.pages import child_page, english_locale, text_pdf, translate_page
from demo.plans import (
    ADMINISTRATION_PLAN,
    EN,
    END_YEAR,
    GENERIC_PLANS,
    ID,
    LOWER,
    PLANS,
    RANGE,
    YEARS,
    Plan,
    Spec,
)
from demo.tables import UNITS
from reports.achievement import Band, absorption, achievement, average, band
from reports.models import (
    BudgetLine,
    Indicator,
    PerformanceReportPage,
    ReportPeriod,
    UnitIndexPage,
    UnitPage,
    report_slug,
)

# Average achievement a unit is heading for in 2023, 2024 and 2025; units not listed do well (97–101).
LEVELS = {
    "dinas-pupr": (84, 88, 92),
    "dinas-perkim": (88, 86, 93),
    "dinas-perhubungan": (72, 76, 83),
    "dinas-perikanan": (86, 80, 85),
    "dinas-pertanian": (62, 69, 77),
    "dinas-koperasi-ukm": (70, 74, 79),
    "dinas-tenaga-kerja": (80, 85, 90),
    "kesbangpol": (90, 92, 95),
    "kecamatan-leitimur-selatan": (78, 83, 88),
}
DEFAULT_LEVELS = (97, 99, 101)

SIGNED = {("dinas-kesehatan", 2025), ("bkpsdm", 2025), ("bappeda-litbang", 2025)}
DRAFT_UNIT, DRAFT_YEAR, DRAFT_PERIOD = "dinas-kesehatan", 2026, ReportPeriod.Q3
PERIODS = {  # how a summary names the period, and the share of the year's budget spent by its end
    ReportPeriod.ANNUAL: (("tahun {year}", "{year}"), Decimal(1)),
    ReportPeriod.Q1: (("triwulan I {year}", "the first quarter of {year}"), Decimal("0.15")),
    ReportPeriod.Q2: (("triwulan II {year}", "the second quarter of {year}"), Decimal("0.40")),
    ReportPeriod.Q3: (("triwulan III {year}", "the third quarter of {year}"), Decimal("0.70")),
    ReportPeriod.Q4: (("triwulan IV {year}", "the fourth quarter of {year}"), Decimal(1)),
}

ENGLISH_TITLES = {unit["slug"]: unit["title"]["en"] for unit in UNITS}
BAND_WORDS = {
    Band.VERY_GOOD: ("sangat baik", "very good"),
    Band.GOOD: ("baik", "good"),
    Band.FAIR: ("cukup", "fair"),
    Band.POOR: ("kurang", "poor"),
    Band.VERY_POOR: ("sangat kurang", "very poor"),
}
OPENING = (
    "{unit} menutup {period} dengan kinerja {band} (rata-rata capaian {average}%)",
    "{unit} closed {period} with {band} results (average achievement {average}%)",
)
TARGETS_MET = {  # how many targets were met, said with or against the band (see `_targets_met`)
    "all": (": seluruh {total} target indikator tercapai.", ": all {total} indicator targets were met."),
    "most": (": {met} dari {total} target indikator tercapai.", ": {met} of {total} indicator targets were met."),
    "although": (
        ", meski baru {met} dari {total} target indikator yang tercapai penuh.",
        ", although only {met} of {total} indicator targets were fully met.",
    ),
    "few": (
        ": hanya {met} dari {total} target indikator tercapai.",
        ": only {met} of {total} indicator targets were met.",
    ),
    "although none": (
        ", meski belum ada target indikator yang tercapai penuh.",
        ", although none of its {total} indicator targets was fully met.",
    ),
    "none": (
        ": tidak satu pun dari {total} target indikator tercapai.",
        ": none of its {total} indicator targets was met.",
    ),
}
WEAKEST = (
    'Capaian terendah ada pada indikator "{name}" ({achievement}%) karena {cause}.',
    'The weakest result was "{name}" ({achievement}%), because of {cause}.',
)
SPENDING = (
    "Serapan anggaran mencapai {absorption}% dari pagu {ceiling}.",
    "Budget absorption reached {absorption}% of the {ceiling} ceiling.",
)
EXPLANATIONS = {
    "met": ("Target tercapai berkat {met}.", "Target met thanks to {met}."),
    "near": ("Target hampir tercapai; kekurangannya disebabkan {missed}.", "Just short of target because of {missed}."),
    "missed": ("Target belum tercapai karena {missed}.", "Below target because of {missed}."),
    "inside": ("Nilai berada dalam rentang target berkat {met}.", "Within the target range thanks to {met}."),
    "outside": (
        "Nilai berada di luar rentang target karena {missed}.",
        "Outside the target range because of {missed}.",
    ),
}


# --- Numbers -----------------------------------------------------------------------------------------


@dataclass
class Result:
    spec: Spec
    goal: tuple[str, str]
    target: Decimal
    upper: Decimal | None
    realisation: Decimal
    end_target: Decimal | None
    achievement: Decimal


@dataclass
class Spending:
    programme: tuple[str, str]
    ceiling: Decimal
    spending: Decimal


def plan_for(unit: UnitPage) -> Plan:
    return PLANS.get(unit.slug) or GENERIC_PLANS.get(unit.unit_type, ADMINISTRATION_PLAN)


def unit_level(slug: str, year: int) -> Decimal:
    """The achievement a unit is heading for in a year; 2026 continues the trend by a point."""
    levels = LEVELS.get(slug)
    if levels is None:
        offset = random.Random(slug).randint(-2, 3)  # noqa: S311 - demo data, not security
        levels = tuple(level + offset for level in DEFAULT_LEVELS)
    if year > YEARS[-1]:
        return Decimal(levels[-1] + year - YEARS[-1])
    return Decimal(levels[YEARS.index(year)])


def _quantize(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _places(*figures: str) -> int:
    return max(-Decimal(figure).as_tuple().exponent for figure in figures)


def indicator_result(slug: str, plan: Plan, spec: Spec, year: int) -> Result:
    """Target on the straight Renstra path from 2023 to 2026; realisation from the achievement aimed at."""
    rng = random.Random(f"{slug}-{spec.code}")  # noqa: S311 - demo data, not security
    bias = Decimal(rng.randint(-50, 50)) / 10 + spec.bias
    steps = [(Decimal(rng.randint(-30, 30)) / 10, Decimal(rng.randint(20, 80)) / 100) for _year in range(4)]
    step = year - YEARS[0]
    noise, position = steps[step]
    aimed = Decimal(spec.achieved[step]) if spec.achieved else unit_level(slug, year) + bias + noise

    places = _places(spec.target, spec.end)
    start, end = Decimal(spec.target), Decimal(spec.end)
    target = _quantize(start + (end - start) * step / (END_YEAR - YEARS[0]), places)
    upper = Decimal(spec.upper) if spec.upper else None
    share = aimed / 100
    if spec.polarity == RANGE:
        if aimed >= 100:
            value = target + (upper - target) * position
        else:
            value = upper * (2 - share) if spec.overshoots else target * share
    elif spec.polarity == LOWER:
        value = target * (2 - share)
    else:
        value = target * share
    value = max(Decimal(0), _quantize(value, places))
    if spec.measure.maximum is not None:
        value = min(value, spec.measure.maximum)
    return Result(
        spec=spec,
        goal=plan.goals[spec.goal],
        target=target,
        upper=upper,
        realisation=value,
        end_target=None if spec.polarity == RANGE else end,
        achievement=achievement(polarity=spec.polarity, target=target, realisation=value, upper=upper),
    )


def budget(slug: str, plan: Plan, year: int, spent_share: Decimal = Decimal(1)) -> list[Spending]:
    """Ceilings growing about 4 % a year; weak years absorb less (delayed tenders, idle programmes)."""
    weak = unit_level(slug, year) < 85
    rows = []
    for position, (name_id, name_en, millions) in enumerate(plan.programmes):
        rng = random.Random(f"{slug}-{year}-budget-{position}")  # noqa: S311 - demo data, not security
        growth = Decimal("1.04") ** (year - YEARS[0]) * (1 + Decimal(rng.randint(-60, 60)) / 1000)
        ceiling = _quantize(millions * growth * 1000, 0) * 1000
        low, high = (930, 985) if position == 0 else (720, 880) if weak else (850, 980)
        spent = ceiling * Decimal(rng.randint(low, high)) / 1000 * spent_share
        rows.append(Spending(programme=(name_id, name_en), ceiling=ceiling, spending=_quantize(spent, 0)))
    return rows


# --- Words -------------------------------------------------------------------------------------------


def _number(value: Decimal, lang: int, places: int = 1) -> str:
    text = f"{value:,.{places}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == ID else text


def _figure(value: Decimal) -> str:
    """An Indonesian figure with the decimals it was written with: 94,67 or 12."""
    return _number(value, ID, places=max(0, -value.as_tuple().exponent))


def _rupiah(value: Decimal, lang: int) -> str:
    amount, word = (value / 10**9, ("miliar", "billion")) if value >= 10**9 else (value / 10**6, ("juta", "million"))
    return f"{('Rp', 'IDR')[lang]} {_number(amount, lang)} {word[lang]}"


def explanation(result: Result, lang: int) -> str:
    if result.spec.polarity == RANGE:
        case = "inside" if result.achievement >= 100 else "outside"
    else:
        case = "met" if result.achievement >= 100 else "near" if result.achievement >= 90 else "missed"
    return EXPLANATIONS[case][lang].format(met=result.spec.met[lang], missed=result.spec.missed[lang])


def _targets_met(met: int, total: int, rating: Band) -> str:
    """A good average with few targets met is said with "although"; a poor one with "only"."""
    if met == total:
        return "all"
    if met * 2 >= total:
        return "most"
    if rating in (Band.VERY_GOOD, Band.GOOD):
        return "although" if met else "although none"
    return "few" if met else "none"


def summary(unit_name: str, period: str, results: list[Result], rows: list[Spending], lang: int) -> str:
    """One to three sentences read off the numbers: overall band, the weakest indicator, the budget."""
    mean = average(result.achievement for result in results)
    rating = band(mean)
    met, total = sum(result.achievement >= 100 for result in results), len(results)
    opening = OPENING[lang].format(
        unit=unit_name, period=period, band=BAND_WORDS[rating][lang], average=_number(mean, lang)
    )
    sentences = [opening + TARGETS_MET[_targets_met(met, total, rating)][lang].format(met=met, total=total)]
    weakest = min(results, key=lambda result: result.achievement)
    if weakest.achievement < 100:
        sentences.append(
            WEAKEST[lang].format(
                name=weakest.spec.name[lang],
                achievement=_number(weakest.achievement, lang),
                cause=weakest.spec.missed[lang],
            )
        )
    ceiling = sum((row.ceiling for row in rows), Decimal(0))
    spent = sum((row.spending for row in rows), Decimal(0))
    sentences.append(
        SPENDING[lang].format(
            absorption=_number(absorption(ceiling=ceiling, spending=spent), lang), ceiling=_rupiah(ceiling, lang)
        )
    )
    return " ".join(sentences)


def report_fields(unit: UnitPage, year: int, period: str, lang: int) -> dict:
    """Summary, indicators and budget lines of one report in one language, ready for the page's constructor."""
    plan = plan_for(unit)
    results = [indicator_result(unit.slug, plan, spec, year) for spec in plan.indicators]
    period_names, spent_share = PERIODS[period]
    rows = budget(unit.slug, plan, year, spent_share)
    unit_name = (unit.title, ENGLISH_TITLES.get(unit.slug, unit.title))[lang]
    return {
        "summary": summary(unit_name, period_names[lang].format(year=year), results, rows, lang),
        "indicators": [
            Indicator(
                sort_order=position,
                goal=result.goal[lang],
                code=result.spec.code,
                name=result.spec.name[lang],
                measure_unit=(result.spec.measure.id, result.spec.measure.en)[lang],
                polarity=result.spec.polarity,
                target=result.target,
                target_upper=result.upper,
                realisation=result.realisation,
                end_target=result.end_target,
                explanation=explanation(result, lang),
            )
            for position, result in enumerate(results)
        ],
        "budget_lines": [
            BudgetLine(sort_order=position, programme=row.programme[lang], ceiling=row.ceiling, spending=row.spending)
            for position, row in enumerate(rows)
        ],
    }


# --- Pages -------------------------------------------------------------------------------------------


def build_reports(index: UnitIndexPage) -> PerformanceReportPage:
    """Publish every unit's annual reports for 2023–2025 with their English translations.

    Returns Dinas Kesehatan's third-quarter 2026 report, made as a draft for the caller to send to review.
    """
    english_locale()
    units = UnitPage.objects.live().child_of(index).filter(locale=Locale.get_default())
    for unit in units:
        for year in YEARS:
            _publish_annual_report(unit, year)
    return _draft_report(units.get(slug=DRAFT_UNIT))


def _publish_annual_report(unit: UnitPage, year: int) -> None:
    fields = report_fields(unit, year, ReportPeriod.ANNUAL, ID)
    report, _created = child_page(
        unit,
        PerformanceReportPage,
        slug=report_slug(year, ReportPeriod.ANNUAL),
        title=f"Laporan Kinerja (LKjIP) {year}",
        year=year,
        period=ReportPeriod.ANNUAL,
        official_document=_signed_pdf(unit, year, fields) if (unit.slug, year) in SIGNED else None,
        **fields,
    )
    translate_page(
        report, title=f"Performance Report (LKjIP) {year}", **report_fields(unit, year, ReportPeriod.ANNUAL, EN)
    )


def _signed_pdf(unit: UnitPage, year: int, fields: dict) -> Document:
    """A stand-in for the signed LKjIP: the summary, each indicator's figures and the head's signature."""
    return text_pdf(
        f"LKjIP {unit.title} {year} (bertanda tangan)",
        heading=f"LKjIP {unit.title} {year}",
        lines=[
            "Pemerintah Kota Ambon",
            fields["summary"],
            "",
            *(
                f"{indicator.code} {indicator.name}: target {_figure(indicator.target)}, "
                f"realisasi {_figure(indicator.realisation)} {indicator.measure_unit}"
                for indicator in fields["indicators"]
            ),
            "",
            f"Ambon, 31 Maret {year + 1}",
            f"{unit.head_title}, {unit.head_name}",
            "Ditandatangani secara elektronik (dokumen contoh).",
        ],
    )


def _draft_report(unit: UnitPage) -> PerformanceReportPage:
    """The quarterly report created but not published: only a revision, waiting for the review workflow."""
    slug = report_slug(DRAFT_YEAR, DRAFT_PERIOD)
    existing = unit.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    report = PerformanceReportPage(
        slug=slug,
        title=f"Laporan Kinerja (LKjIP) Triwulan III {DRAFT_YEAR}",
        year=DRAFT_YEAR,
        period=DRAFT_PERIOD,
        live=False,
        has_unpublished_changes=True,
        **report_fields(unit, DRAFT_YEAR, DRAFT_PERIOD, ID),
    )
    unit.add_child(instance=report)
    report.save_revision()
    return report
