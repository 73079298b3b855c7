"""Open-data downloads of the performance reports, and the data dictionary that explains them."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition, require_safe
from wagtail.models import Locale

from reports import exports
from reports.achievement import BAND_ORDER, Band
from reports.columns import BUDGET_COLUMNS, COMPUTED_COLUMNS, INDICATOR_COLUMNS, UNIT_COLUMNS, described_columns
from reports.models import PerformanceReportPage, ReportPeriod, UnitPage
from reports.selectors import hooked_sections

FINDERS = {"report_id": exports.report_dataset, "unit_slug": exports.unit_dataset, "year": exports.city_dataset}


def _dataset(request, **kwargs) -> exports.Dataset:
    """Found once per request: the conditional check and the download share it."""
    if not hasattr(request, "opendata_dataset"):
        (key,) = FINDERS.keys() & kwargs.keys()
        request.opendata_dataset = FINDERS[key](kwargs[key])
    if request.opendata_dataset is None:
        raise Http404
    return request.opendata_dataset


def _etag(request, **kwargs) -> str:
    return f"{_dataset(request, **kwargs).etag}-{kwargs.get('table', 'indicators')}-{kwargs.get('fmt', 'csv')}"


def _last_modified(request, **kwargs):
    return _dataset(request, **kwargs).last_modified


@require_safe
@cache_control(public=True, max_age=300)
@condition(etag_func=_etag, last_modified_func=_last_modified)
def download(request, *, table: str = "indicators", fmt: str = "csv", **lookup):
    """A dataset as a file. A budget table is CSV only: the other formats hold both tables."""
    dataset = exports.build_rows(_dataset(request, **lookup), request)
    if fmt == "json":
        with translation.override(settings.LANGUAGE_CODE):
            meta = {"dictionary": request.build_absolute_uri(reverse("data_dictionary"))}
        content = exports.write_json(dataset.name, meta, exports.report_tables(dataset))
    elif fmt == "xlsx":
        content = exports.write_xlsx(exports.report_tables(dataset))
    elif table == "budget":
        content = exports.write_csv(dataset.budget, exports.BUDGET_TABLE)
    else:
        content = exports.write_csv(dataset.indicators, exports.INDICATOR_TABLE)
    suffix = "-anggaran" if table == "budget" else ""
    response = HttpResponse(content, content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition_header(True, f"{dataset.name}{suffix}.{fmt}")
    return response


@require_safe
@cache_control(public=True, max_age=300)
def tables_download(request, *, datasets: dict, dataset: str, fmt: str, sheet: str | None = None):
    """Another app's dataset of several tables as a file (`datasets` maps a file name to the function building its
    tables from the request): every table in JSON and XLSX; one in CSV, the first unless `sheet` names it."""
    tables = datasets[dataset](request)
    if fmt == "json":
        with translation.override(settings.LANGUAGE_CODE):
            meta = {"dictionary": request.build_absolute_uri(reverse("data_dictionary"))}
        content = exports.write_json(dataset, meta, tables)
    elif fmt == "xlsx":
        content = exports.write_xlsx(tables)
    else:
        table = next(table for table in tables if sheet in (None, table.sheet))
        content = exports.write_csv(table.rows, table.columns)
    response = HttpResponse(content, content_type=exports.CONTENT_TYPES[fmt])
    name = f"{dataset}.{sheet}.{fmt}" if sheet else f"{dataset}.{fmt}"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


BAND_LIMITS = {
    Band.VERY_GOOD: _("91 or more"),
    Band.GOOD: _("76 to below 91"),
    Band.FAIR: _("66 to below 76"),
    Band.POOR: _("above 50, below 66"),
    Band.VERY_POOR: _("50 or less"),
}


def data_dictionary(request):
    """What the open-data files hold: datasets, addresses, formats and every column; other apps add their datasets'
    sections through the hook `portal_data_sections` (called with the request, returning rendered HTML or None)."""
    tables = [
        (_("Unit and period (both tables)"), UNIT_COLUMNS, "kolom"),
        (_("Indicator table: what the unit reports"), INDICATOR_COLUMNS, "kolom"),
        (_("Indicator table: computed by the portal"), COMPUTED_COLUMNS, "kolom"),
        (_("Budget table"), BUDGET_COLUMNS, "kolom"),
    ]
    columns = described_columns(tables)
    bands = [(rating.value, rating.label, BAND_LIMITS[rating]) for rating in BAND_ORDER]
    alternates = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            alternates.append((code, reverse("data_dictionary")))
    return render(
        request,
        "reports/data_dictionary.html",
        {
            "columns": columns,
            "bands": bands,
            "examples": _examples(),
            "alternates": alternates,
            "sections": hooked_sections("portal_data_sections", request),
        },
    )


def _examples() -> dict:
    """Real addresses to try, from the latest published annual report; placeholders when there is none."""
    report = (
        PerformanceReportPage.objects.live()
        .public()
        .filter(locale=Locale.get_default(), period=ReportPeriod.ANNUAL)
        .order_by("-year", "path")
        .first()
    )
    unit = report and UnitPage.objects.live().filter(path=report.unit_path).first()
    if unit is None:
        return {}
    return {
        "report": reverse("opendata:report", args=[report.pk, "csv"]),
        "unit": reverse("opendata:unit", args=[unit.slug, "json"]),
        "city": reverse("opendata:city", args=[report.year, "xlsx"]),
        "budget": reverse("opendata:report_budget", args=[report.pk]),
    }
