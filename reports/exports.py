"""Open data: the performance reports as rows, and the CSV, JSON and XLSX files they are written to.

Every dataset comes from the default-locale (Indonesian) page tree, the official text, and only from
live, public pages. A dataset is loaded in a fixed number of queries however many units, reports and
indicators it holds, and knows its ETag and last modification before any row is built, so that a
conditional request costs those few queries only.
"""

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from wagtail.models import Locale

from reports.achievement import absorption
from reports.columns import BUDGET_COLUMNS, COMPUTED_COLUMNS, INDICATOR_COLUMNS, UNIT_COLUMNS, Column
from reports.models import BudgetLine, Indicator, PerformanceReportPage, ReportPeriod, UnitPage
from reports.models.performance import parent_path

INDICATOR_TABLE = UNIT_COLUMNS + INDICATOR_COLUMNS + COMPUTED_COLUMNS
BUDGET_TABLE = UNIT_COLUMNS + BUDGET_COLUMNS
LICENCE = "CC-BY-4.0"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
CENT = Decimal("0.01")
MAX_ID = 2**63 - 1  # larger numbers in the address overflow the database's integers


@dataclass
class Dataset:
    """The reports one download covers, with the pages whose publication changes its content."""

    name: str
    reports: list[PerformanceReportPage]
    units: dict[str, UnitPage]  # by path
    previous: dict[tuple, tuple]  # (unit path, year, period) -> (report id, published, revised)
    indicators: list[dict] = field(default_factory=list)
    budget: list[dict] = field(default_factory=list)

    @property
    def stamps(self) -> list[tuple]:
        """(id, last published, latest revision) of the reports, their units and the reports they compare with."""
        pages = [*self.reports, *self.units.values()]
        stamps = {(page.pk, page.last_published_at, page.latest_revision_created_at) for page in pages}
        return sorted(stamps | set(self.previous.values()), key=lambda stamp: stamp[0])

    @property
    def etag(self) -> str:
        return hashlib.sha256(repr((self.name, self.stamps)).encode()).hexdigest()[:32]

    @property
    def last_modified(self) -> datetime | None:
        times = [time for stamp in self.stamps for time in stamp[1:] if time is not None]
        return max(times, default=None)


def _published_reports(locale: Locale):
    return PerformanceReportPage.objects.live().public().filter(locale=locale)


def _published_units(locale: Locale):
    return UnitPage.objects.published().filter(locale=locale)


def report_dataset(report_id: int) -> Dataset | None:
    """One live report of the default locale, or None."""
    if report_id > MAX_ID:
        return None
    locale = Locale.get_default()
    report = _published_reports(locale).filter(pk=report_id).first()
    unit = report and _published_units(locale).filter(path=report.unit_path).first()
    if unit is None:
        return None
    name = f"lkjip-{unit.slug}-{report.year}-{report.period}"
    return _dataset(name, [report], {unit.path: unit}, locale, within=unit.path)


def unit_dataset(unit_slug: str) -> Dataset | None:
    """Every live report of a unit, oldest first; the slug may be that of the unit's translation."""
    locale = Locale.get_default()
    unit = _published_units(locale).filter(slug=unit_slug).order_by("path").first()
    if unit is None:
        translations = UnitPage.objects.filter(slug=unit_slug).values("translation_key")
        unit = _published_units(locale).filter(translation_key__in=translations).order_by("path").first()
    if unit is None:
        return None
    reports = list(_published_reports(locale).child_of(unit))
    return _dataset(f"lkjip-{unit.slug}", reports, {unit.path: unit}, locale, within=unit.path)


def city_dataset(year: int) -> Dataset | None:
    """Every live unit's live annual report for `year`, or None when there is none."""
    locale = Locale.get_default()
    reports = list(_published_reports(locale).filter(year=year, period=ReportPeriod.ANNUAL))
    paths = {report.unit_path for report in reports}
    units = {unit.path: unit for unit in _published_units(locale).filter(path__in=paths)} if paths else {}
    if not units:
        return None
    return _dataset(f"lkjip-kota-{year}", reports, units, locale)


def _dataset(name: str, reports: list, units: dict, locale: Locale, within: str = "") -> Dataset:
    reports = [report for report in reports if report.unit_path in units]
    reports.sort(key=lambda report: (units[report.unit_path].code, report.year, report.period_order, report.pk))
    return Dataset(name=name, reports=reports, units=units, previous=_previous_reports(reports, locale, within))


def _previous_reports(reports: list[PerformanceReportPage], locale: Locale, within: str) -> dict[tuple, tuple]:
    """The same unit's live report of the same period a year earlier, for each report; one query.

    Live but not necessarily public, like the history the report page itself shows.
    """
    if not reports:
        return {}
    wanted = {(report.unit_path, report.year - 1, report.period) for report in reports}
    candidates = PerformanceReportPage.objects.live().filter(
        locale=locale,
        depth__in={report.depth for report in reports},
        year__in={report.year - 1 for report in reports},
        period__in={report.period for report in reports},
        path__startswith=within,
    )
    found = {}
    for pk, path, year, period, published, revised in candidates.order_by("path").values_list(
        "pk", "path", "year", "period", "last_published_at", "latest_revision_created_at"
    ):
        key = (parent_path(path), year, period)
        if key in wanted:
            found.setdefault(key, (pk, published, revised))
    return found


def build_rows(dataset: Dataset, request=None) -> Dataset:
    """Fill the dataset's indicator and budget rows: two queries, and no more for more reports."""
    previous_ids = {key: stamp[0] for key, stamp in dataset.previous.items()}
    report_ids = [report.pk for report in dataset.reports]
    indicators = Indicator.objects.filter(report_id__in=[*report_ids, *previous_ids.values()])
    by_report, earlier = {}, {}
    for indicator in indicators.order_by("sort_order", "pk"):
        by_report.setdefault(indicator.report_id, []).append(indicator)
        earlier.setdefault((indicator.report_id, indicator.code), indicator.realisation)
    lines = {}
    for line in BudgetLine.objects.filter(report_id__in=report_ids).order_by("sort_order", "pk"):
        lines.setdefault(line.report_id, []).append(line)

    for report in dataset.reports:
        unit = dataset.units[report.unit_path]
        common = {"kode_opd": unit.code, "nama_opd": unit.title, "tahun": report.year, "periode": report.period}
        previous_id = previous_ids.get((unit.path, report.year - 1, report.period))
        url = report.get_full_url(request)
        for indicator in by_report.get(report.pk, []):
            dataset.indicators.append(
                common | _indicator_values(indicator, earlier.get((previous_id, indicator.code)), url)
            )
        for line in lines.get(report.pk, []):
            dataset.budget.append(
                common
                | {
                    "program": line.programme,
                    "pagu": line.ceiling,
                    "realisasi_anggaran": line.spending,
                    "serapan_persen": _round(absorption(ceiling=line.ceiling, spending=line.spending)),
                }
            )
    return dataset


TARGET_STATUS = {True: "tercapai", False: "belum-tercapai"}  # the column status_target; None: no data


def _indicator_values(indicator: Indicator, previous: Decimal | None, url: str) -> dict:
    rating = indicator.band
    return {
        "sasaran": indicator.goal,
        "kode_indikator": indicator.code,
        "indikator": indicator.name,
        "satuan": indicator.measure_unit,
        "polaritas": indicator.polarity,
        "target": indicator.target,
        "batas_atas_target": indicator.target_upper,
        "realisasi": indicator.realisation,
        "target_akhir_renstra": indicator.end_target,
        "penjelasan": indicator.explanation or None,
        "realisasi_tahun_lalu": previous,
        "capaian_persen": _round(indicator.achievement),
        "predikat": rating.value if rating else None,
        "status_target": TARGET_STATUS.get(indicator.met),
        "url_laporan": url,
    }


def _round(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT, rounding=ROUND_HALF_UP)


def plain(value: Decimal) -> str:
    """`95.1200` → `95.12`, `1500000.00` → `1500000`: the value exactly, no exponent, no trailing zeros."""
    if not value:
        return "0"
    return format(value.normalize(), "f")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


def write_csv(rows: list[dict], columns: list[Column]) -> bytes:
    """UTF-8 with a byte order mark, so that Excel reads the Indonesian text right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.name for column in columns])
    for row in rows:
        writer.writerow([_text(row.get(column.name)) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")


@dataclass(frozen=True)
class Table:
    """One table of a download: its key in JSON, its sheet in XLSX, its columns and rows."""

    key: str
    sheet: str
    columns: list[Column]
    rows: list[dict]


def report_tables(dataset: Dataset) -> list[Table]:
    return [
        Table("indicators", "indikator", INDICATOR_TABLE, dataset.indicators),
        Table("budget", "anggaran", BUDGET_TABLE, dataset.budget),
    ]


def write_json(name: str, meta: dict, tables: list[Table]) -> bytes:
    """Numbers are JSON numbers written exactly: parse them as decimals to keep every digit."""
    columns = list({column.name: column for table in tables for column in table.columns}.values())
    document = {
        "dataset": {"name": name, "license": LICENCE, **meta},
        "columns": [{"name": column.name, "type": column.kind} for column in columns],
        **{table.key: [_ordered(row, table.columns) for row in table.rows] for table in tables},
    }
    return (_json(document) + "\n").encode()


def _ordered(row: dict, columns: list[Column]) -> dict:
    return {column.name: row.get(column.name) for column in columns}


def _json(value) -> str:
    """json.dumps, except that a Decimal is written as the number it is rather than a float or a string."""
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(key)}: {_json(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",\n".join(_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def write_xlsx(tables: list[Table]) -> bytes:
    """A sheet per table; numbers are numeric cells, text is never read as a formula."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(table.sheet)
        for number, column in enumerate(table.columns, start=1):
            sheet.cell(row=1, column=number, value=column.name).font = bold
        for row_number, row in enumerate(table.rows, start=2):
            for number, column in enumerate(table.columns, start=1):
                _xlsx_cell(sheet, row_number, number, row.get(column.name))
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet, row: int, column: int, value) -> None:
    if value is None or value == "":
        return
    if isinstance(value, str):
        cell = sheet.cell(row=row, column=column, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"
    else:
        sheet.cell(row=row, column=column, value=value)
