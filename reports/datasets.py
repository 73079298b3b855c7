"""The open datasets as a catalogue describes them: each app describes its own, beside the addresses of its downloads,
through the hook `portal_datasets` (called with nothing, returning a list of DatasetEntry); the catalogue app serves
them as CKAN's API, DCAT and Data Packages. This module describes the performance reports: one dataset per year
(every unit's annual report) and one per unit (its history).

Descriptions are the city's Indonesian text, as the datasets are. Building them costs a fixed number of queries.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Max
from django.urls import reverse
from wagtail.models import Locale

from reports.columns import Column
from reports.exports import BUDGET_TABLE, INDICATOR_TABLE
from reports.models import PerformanceReportPage, ReportPeriod, UnitPage
from reports.models.performance import parent_path

CITY = "pemerintah-kota-ambon"
CITY_NAME = "Pemerintah Kota Ambon"


@dataclass(frozen=True)
class Resource:
    """One file of a dataset: a CSV of one table (with its columns, for the Data Package), or all tables in JSON or
    XLSX."""

    name: str
    fmt: str
    url: str
    columns: tuple[Column, ...] = ()


@dataclass(frozen=True)
class DatasetEntry:
    name: str  # its identifier: lower-case letters, digits and dashes, as CKAN requires
    title: str
    description: str
    keywords: tuple[str, ...]
    frequency: str  # a Dublin Core frequency: annual, quarterly, monthly, daily, continuous, irregular
    start: date | None
    end: date | None
    modified: datetime | None
    page: str  # the page that explains it (the open-data page, its section)
    datapackage: str  # the address of its datapackage.json, beside the downloads
    resources: tuple[Resource, ...] = field(default_factory=tuple)
    publisher: str = CITY  # the unit's slug, or the city
    publisher_name: str = CITY_NAME


def download_base(viewname: str, **kwargs) -> str:
    """The address of a dataset's files without the format: `/data/kota/2025` for `/data/kota/2025.<fmt>`."""
    return reverse(viewname, kwargs={**kwargs, "fmt": "csv"}).removesuffix(".csv")


def tables_resources(base: str, tables: list[tuple[str, tuple[Column, ...]]], *, first_at_base: bool = False):
    """The files of a dataset of several tables at `<base>.<fmt>` (reports.urls.tables_path): JSON and XLSX of
    all, and a CSV of each table at `<base>.<sheet>.csv` (or, with `first_at_base`, the first at `<base>.csv`)."""
    resources = [
        Resource(sheet, "csv", f"{base}.csv" if first_at_base and index == 0 else f"{base}.{sheet}.csv", columns)
        for index, (sheet, columns) in enumerate(tables)
    ]
    return (
        *resources,
        Resource("semua-tabel", "json", f"{base}.json"),
        Resource("semua-tabel", "xlsx", f"{base}.xlsx"),
    )


def report_datasets() -> list[DatasetEntry]:
    """A dataset per year with annual reports and one per unit with reports: three queries."""
    locale = Locale.get_default()
    reports = PerformanceReportPage.objects.live().public().filter(locale=locale)
    rows = list(reports.values_list("path", "year", "period", "last_published_at"))
    units = {unit.path: unit for unit in UnitPage.objects.published().filter(locale=locale)}
    dictionary = reverse("data_dictionary")
    datasets = []
    years = reports.filter(period=ReportPeriod.ANNUAL).values("year").annotate(modified=Max("last_published_at"))
    for row in years.order_by("-year"):
        year = row["year"]
        base = download_base("opendata:city", year=year)
        datasets.append(
            DatasetEntry(
                name=f"kinerja-opd-kota-ambon-{year}",
                title=f"Capaian kinerja perangkat daerah Kota Ambon {year}",
                description=(
                    f"Indikator kinerja utama setiap perangkat daerah Kota Ambon tahun {year} dari Laporan Kinerja "
                    "(LKjIP): target, realisasi, capaian, predikat dan apakah target tercapai, serta pagu dan "
                    "realisasi anggaran per program."
                ),
                keywords=("SAKIP", "LKjIP", "kinerja", "anggaran", str(year)),
                frequency="annual",
                start=date(year, 1, 1),
                end=date(year, 12, 31),
                modified=row["modified"],
                page=f"{dictionary}#datasets-title",
                datapackage=f"{base}.datapackage.json",
                resources=_report_resources(base),
            )
        )
    for path, unit in sorted(units.items(), key=lambda item: item[1].code):
        own = [row for row in rows if parent_path(row[0]) == path]
        if not own:
            continue
        base = download_base("opendata:unit", unit_slug=unit.slug)
        first, last = min(row[1] for row in own), max(row[1] for row in own)
        datasets.append(
            DatasetEntry(
                name=f"kinerja-{unit.slug}",
                title=f"Capaian kinerja {unit.title}",
                description=(
                    f"Indikator kinerja {unit.title} dari setiap Laporan Kinerja (LKjIP) yang diterbitkan, "
                    f"{first}–{last}: target, realisasi, capaian dan predikat, serta anggaran per program."
                ),
                publisher=unit.slug,
                publisher_name=unit.title,
                keywords=("SAKIP", "LKjIP", "kinerja", unit.short_name or unit.title),
                frequency="annual",
                start=date(first, 1, 1),
                end=date(last, 12, 31),
                modified=max((row[3] for row in own if row[3]), default=None),
                page=f"{dictionary}#datasets-title",
                datapackage=f"{base}.datapackage.json",
                resources=_report_resources(base),
            )
        )
    return datasets


def report_entry(report_id: int) -> DatasetEntry | None:
    """One live report's files (/data/laporan/<id>.*), described for the Data Package beside them; the catalogue
    lists the report within its year's and its unit's datasets instead. Two queries."""
    locale = Locale.get_default()
    report = PerformanceReportPage.objects.live().public().filter(locale=locale, pk=report_id).first()
    unit = report and UnitPage.objects.published().filter(locale=locale, path=report.unit_path).first()
    if unit is None:
        return None
    base = download_base("opendata:report", report_id=report.pk)
    return DatasetEntry(
        name=f"kinerja-{unit.slug}-{report.year}-{report.period}",
        title=f"{report.title} · {unit.title}",
        description=report.summary,
        keywords=("SAKIP", "LKjIP", "kinerja", unit.short_name or unit.title, str(report.year)),
        frequency="annual",
        start=date(report.year, 1, 1),
        end=date(report.year, 12, 31),
        modified=report.last_published_at,
        page=report.url,
        datapackage=f"{base}.datapackage.json",
        resources=_report_resources(base),
        publisher=unit.slug,
        publisher_name=unit.title,
    )


def _report_resources(base: str) -> tuple[Resource, ...]:
    return (
        Resource("indikator", "csv", f"{base}.csv", tuple(INDICATOR_TABLE)),
        Resource("anggaran", "csv", f"{base}.anggaran.csv", tuple(BUDGET_TABLE)),
        Resource("semua-tabel", "json", f"{base}.json"),
        Resource("semua-tabel", "xlsx", f"{base}.xlsx"),
    )


def years_span(years) -> tuple[date | None, date | None]:
    """The first day of the first year and the last of the last, for a temporal coverage."""
    years = [year for year in years if year]
    return (date(min(years), 1, 1), date(max(years), 12, 31)) if years else (None, None)
