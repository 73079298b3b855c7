"""Open-data addresses. Downloads are language-neutral (outside i18n_patterns); the dictionary is translated.

`/data/laporan/<id>.<fmt>`, `/data/opd/<unit slug>.<fmt>` and `/data/kota/<year>.<fmt>`, fmt being
csv, json or xlsx. JSON and XLSX hold the indicator and the budget tables; the budget table as CSV is
the same address with `.anggaran.csv` (`/data/laporan/12.anggaran.csv`): slugs and numbers never contain
a dot, so no unit slug can be mistaken for it.
"""

from django.urls import path, register_converter

from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below
from reports import views


class _TextConverter:
    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class FormatConverter(_TextConverter):
    regex = "csv|json|xlsx"


class YearConverter:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class UnicodeSlugConverter(_TextConverter):
    """Wagtail allows Unicode slugs; Django's `slug` converter would not match them."""

    regex = r"[-\w]+"


register_converter(FormatConverter, "opendata_format")
register_converter(UnicodeSlugConverter, "opendata_slug")
register_converter(YearConverter, "opendata_year")

app_name = "opendata"

BUDGET = {"fmt": "csv", "table": "budget"}

urlpatterns = [
    path("laporan/<id:report_id>.<opendata_format:fmt>", views.download, name="report"),
    path("laporan/<id:report_id>.anggaran.csv", views.download, BUDGET, name="report_budget"),
    path("opd/<opendata_slug:unit_slug>.<opendata_format:fmt>", views.download, name="unit"),
    path("opd/<opendata_slug:unit_slug>.anggaran.csv", views.download, BUDGET, name="unit_budget"),
    path("kota/<opendata_year:year>.<opendata_format:fmt>", views.download, name="city"),
    path("kota/<opendata_year:year>.anggaran.csv", views.download, BUDGET, name="city_budget"),
]


def tables_path(datasets: dict, dataset: str, name: str, *, sheet: str | None = None):
    """The address of another app's dataset of several tables (reports.views.tables_download): `<dataset>.<fmt>`,
    or with `sheet` the CSV of that one table at `<dataset>.<sheet>.csv`."""
    if sheet is None:
        return path(
            f"{dataset}.<opendata_format:fmt>",
            views.tables_download,
            {"datasets": datasets, "dataset": dataset},
            name=name,
        )
    arguments = {"datasets": datasets, "dataset": dataset, "fmt": "csv", "sheet": sheet}
    return path(f"{dataset}.{sheet}.csv", views.tables_download, arguments, name=name)


# Included inside i18n_patterns: `/data/` in Indonesian, `/en/data/` in English.
dictionary_urlpatterns = [path("data/", views.data_dictionary, name="data_dictionary")]
