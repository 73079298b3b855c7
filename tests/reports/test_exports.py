"""Open-data downloads: exact numbers in every format, only published Indonesian pages, cheap conditional requests."""

import csv
import io
import json
from decimal import Decimal as D

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from reports import exports
from reports.achievement import Polarity
from reports.columns import BUDGET_COLUMNS, COMPUTED_COLUMNS, INDICATOR_COLUMNS, UNIT_COLUMNS
from reports.models import BudgetLine, Indicator, ReportPeriod
from tests.factories import (
    BudgetLineFactory,
    IndicatorFactory,
    PerformanceReportPageFactory,
    UnitPageFactory,
)

pytestmark = pytest.mark.django_db

INDICATOR_NAMES = [column.name for column in UNIT_COLUMNS + INDICATOR_COLUMNS + COMPUTED_COLUMNS]
BUDGET_NAMES = [column.name for column in UNIT_COLUMNS + BUDGET_COLUMNS]
NUMBERS = {
    "target": "target",
    "batas_atas_target": "target_upper",
    "realisasi": "realisation",
    "target_akhir_renstra": "end_target",
}


@pytest.fixture
def report(health):
    """A 2024 report whose numbers test exactness: decimals, millions, a range, missing values."""
    earlier = PerformanceReportPageFactory(parent=health, year=2023)
    IndicatorFactory(report=earlier, code="IKU-01", realisation=D("88.5"))
    report = PerformanceReportPageFactory(parent=health, year=2024)
    IndicatorFactory(report=report, code="IKU-01", target=D("95.12"), realisation=D("90.3333"), end_target=98)
    IndicatorFactory(report=report, code="IKU-02", polarity=Polarity.LOWER, target=1_500_000, realisation=1_200_000)
    IndicatorFactory(
        report=report, code="IKU-03", polarity=Polarity.RANGE, target=D("10"), target_upper=D("12.5"), realisation=13
    )
    IndicatorFactory(report=report, code="IKU-04", realisation=None, explanation="=SUM(A1) bukan rumus")
    BudgetLineFactory(report=report, programme="Program Pemenuhan Upaya Kesehatan", ceiling=D("1500000"), spending=0)
    BudgetLineFactory(report=report, programme="Program Penunjang", ceiling=D("2000000.50"), spending=D("1850000.25"))
    return report


def stored_indicators(report):
    return {indicator.code: indicator for indicator in Indicator.objects.filter(report=report)}


def as_decimal(value):
    """A value read back from a file, as a Decimal; None for an empty cell."""
    if value is None or value == "":
        return None
    return D(str(value))


def assert_indicators_match(rows, report):
    stored = stored_indicators(report)
    assert [row["kode_indikator"] for row in rows] == ["IKU-01", "IKU-02", "IKU-03", "IKU-04"]
    for row in rows:
        indicator = stored[row["kode_indikator"]]
        for column, field in NUMBERS.items():
            value = getattr(indicator, field)
            if value is None:
                assert row[column] in ("", None), column
            else:
                assert as_decimal(row[column]) == value, column
        assert (row["penjelasan"] or "") == indicator.explanation  # empty text is an empty cell, null in JSON
        assert row["kode_opd"] == "1.02.0.00.0.00.01.0000"
        assert as_decimal(row["tahun"]) == 2024
        assert row["periode"] == "tahunan"


def assert_budget_matches(rows, report):
    stored = list(BudgetLine.objects.filter(report=report).order_by("sort_order", "pk"))
    assert [row["program"] for row in rows] == [line.programme for line in stored]
    for row, line in zip(rows, stored, strict=True):
        assert as_decimal(row["pagu"]) == line.ceiling
        assert as_decimal(row["realisasi_anggaran"]) == line.spending


def read_csv(response):
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_csv_keeps_every_stored_number_exactly_and_missing_values_empty(client, report):
    response = client.get(reverse("opendata:report", args=[report.pk, "csv"]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lkjip-dinas-kesehatan-2024-tahunan.csv"'
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(INDICATOR_NAMES)
    assert ",95.12," in text and ",1500000," in text  # decimal point, no grouping, no trailing zeros
    rows = read_csv(response)
    assert_indicators_match(rows, report)
    assert rows[3]["realisasi"] == rows[3]["capaian_persen"] == rows[3]["predikat"] == ""


def test_budget_csv_is_the_same_address_ending_in_anggaran(client, report):
    url = reverse("opendata:report_budget", args=[report.pk])
    response = client.get(url)

    assert url == f"/data/laporan/{report.pk}.anggaran.csv"
    assert 'filename="lkjip-dinas-kesehatan-2024-tahunan-anggaran.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert list(rows[0]) == BUDGET_NAMES
    assert_budget_matches(rows, report)
    assert [row["serapan_persen"] for row in rows] == ["0", "92.5"]


def test_json_keeps_numbers_exact_and_missing_values_null(client, report):
    response = client.get(reverse("opendata:report", args=[report.pk, "json"]))

    assert response["Content-Type"] == "application/json"
    document = json.loads(response.content, parse_float=D)
    assert document["dataset"]["name"] == "lkjip-dinas-kesehatan-2024-tahunan"
    assert document["dataset"]["license"] == "CC-BY-4.0"
    assert {column["name"] for column in document["columns"]} == set(INDICATOR_NAMES + BUDGET_NAMES)
    assert list(document["indicators"][0]) == INDICATOR_NAMES
    assert_indicators_match(document["indicators"], report)
    assert_budget_matches(document["budget"], report)
    missing = document["indicators"][3]
    assert missing["realisasi"] is None and missing["capaian_persen"] is None and missing["predikat"] is None
    assert missing["batas_atas_target"] is None and missing["realisasi_tahun_lalu"] is None


def test_xlsx_has_two_sheets_with_bold_headers_and_numeric_cells(client, report):
    response = client.get(reverse("opendata:report", args=[report.pk, "xlsx"]))

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["indikator", "anggaran"]
    sheets = {}
    for sheet in workbook.worksheets:
        header = [cell.value for cell in sheet[1]]
        assert all(cell.font.bold for cell in sheet[1])
        sheets[sheet.title] = [
            dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)
        ]
    assert list(sheets["indikator"][0]) == INDICATOR_NAMES
    assert list(sheets["anggaran"][0]) == BUDGET_NAMES
    assert_indicators_match(sheets["indikator"], report)
    assert_budget_matches(sheets["anggaran"], report)
    assert isinstance(sheets["indikator"][0]["target"], float) and isinstance(sheets["indikator"][0]["tahun"], int)
    assert sheets["indikator"][3]["penjelasan"] == "=SUM(A1) bukan rumus"  # text, never a formula


def test_achievement_and_previous_year_are_computed_for_each_indicator(client, report):
    rows = json.loads(client.get(reverse("opendata:report", args=[report.pk, "json"])).content, parse_float=D)
    by_code = {row["kode_indikator"]: row for row in rows["indicators"]}

    assert by_code["IKU-01"]["realisasi_tahun_lalu"] == D("88.5")
    assert by_code["IKU-02"]["realisasi_tahun_lalu"] is None  # no such indicator in 2023
    assert by_code["IKU-01"]["capaian_persen"] == D("94.97")  # 90.3333 / 95.12 × 100 = 94.9677…
    assert by_code["IKU-01"]["predikat"] == "sangat-baik"
    assert by_code["IKU-02"]["capaian_persen"] == D("120")  # lower is better: (2 − 1.2M / 1.5M) × 100
    assert by_code["IKU-03"]["capaian_persen"] == D("96")  # above the range: (2 − 13 / 12.5) × 100
    # "sangat-baik" and still below its target; lower and met; above its range: missed; no realisation: no data
    assert [by_code[code]["status_target"] for code in ("IKU-01", "IKU-02", "IKU-03", "IKU-04")] == [
        "belum-tercapai",
        "tercapai",
        "belum-tercapai",
        None,
    ]
    csv_rows = read_csv(client.get(reverse("opendata:report", args=[report.pk, "csv"])))
    assert [row["status_target"] for row in csv_rows] == ["belum-tercapai", "tercapai", "belum-tercapai", ""]
    assert by_code["IKU-01"]["url_laporan"] == report.full_url


def test_a_unit_history_runs_oldest_first_across_years_and_periods(client, health):
    for year, period in [(2024, ReportPeriod.Q1), (2023, ReportPeriod.ANNUAL), (2024, ReportPeriod.ANNUAL)]:
        IndicatorFactory(
            report=PerformanceReportPageFactory(parent=health, year=year, period=period),
            code="IKU-01",
            realisation=year,
        )
    IndicatorFactory(
        report=PerformanceReportPageFactory(parent=health, year=2023, period=ReportPeriod.Q1),
        code="IKU-01",
        realisation=1,
    )

    response = client.get(reverse("opendata:unit", args=["dinas-kesehatan", "csv"]))

    rows = read_csv(response)
    assert [(row["tahun"], row["periode"]) for row in rows] == [
        ("2023", "tahunan"),
        ("2023", "tw1"),
        ("2024", "tahunan"),
        ("2024", "tw1"),
    ]
    assert [row["realisasi_tahun_lalu"] for row in rows] == ["", "", "2023", "1"]  # same period a year earlier
    assert 'filename="lkjip-dinas-kesehatan.csv"' in response["Content-Disposition"]
    budget = client.get(reverse("opendata:unit_budget", args=["dinas-kesehatan"]))
    assert 'filename="lkjip-dinas-kesehatan-anggaran.csv"' in budget["Content-Disposition"]
    assert read_csv(budget) == []  # no budget lines: a header and nothing else


def test_drafts_private_reports_and_other_locales_are_never_exported(client, index, health):
    published = PerformanceReportPageFactory(parent=health, year=2024)
    IndicatorFactory(report=published, code="IKU-PUBLISHED")
    draft = PerformanceReportPageFactory(parent=health, year=2023)
    IndicatorFactory(report=draft, code="IKU-DRAFT")
    draft.unpublish()
    quarter = PerformanceReportPageFactory(parent=health, year=2024, period=ReportPeriod.Q2)
    IndicatorFactory(report=quarter, code="IKU-QUARTER")
    english = published.copy_for_translation(Locale.objects.create(language_code="en"), copy_parents=True, alias=True)
    hidden_unit = UnitPageFactory(parent=index, slug="dinas-tertutup")
    IndicatorFactory(report=PerformanceReportPageFactory(parent=hidden_unit, year=2024), code="IKU-HIDDEN-UNIT")
    hidden_unit.unpublish()

    unit_rows = read_csv(client.get(reverse("opendata:unit", args=["dinas-kesehatan", "csv"])))
    city_rows = read_csv(client.get(reverse("opendata:city", args=[2024, "csv"])))

    assert [row["kode_indikator"] for row in unit_rows] == ["IKU-PUBLISHED", "IKU-QUARTER"]
    assert [row["kode_indikator"] for row in city_rows] == ["IKU-PUBLISHED"]  # annual reports of live units
    assert client.get(reverse("opendata:city_budget", args=[2024])).status_code == 200
    assert client.get(reverse("opendata:report", args=[draft.pk, "csv"])).status_code == 404
    assert client.get(reverse("opendata:report", args=[english.pk, "csv"])).status_code == 404
    assert client.get(reverse("opendata:unit", args=["dinas-tertutup", "csv"])).status_code == 404
    assert client.get(reverse("opendata:city", args=[2023, "csv"])).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/data/laporan/999999.csv",
        "/data/laporan/99999999999999999999999.json",
        "/data/laporan/{report}.pdf",
        "/data/laporan/{report}.anggaran.json",
        "/data/laporan/{unit}.csv",  # a page that is not a report
        "/data/opd/tidak-ada.xlsx",
        "/data/opd/dinas-kesehatan.txt",
        "/data/kota/1999.csv",
        "/data/kota/99999999999999999999999.csv",
    ],
)
def test_unknown_reports_units_years_and_formats_are_not_found(client, report, health, url):
    assert client.get(url.format(report=report.pk, unit=health.pk)).status_code == 404


def test_downloads_carry_validators_and_answer_a_conditional_request_without_building(client, report, monkeypatch):
    report.save_revision().publish()
    url = reverse("opendata:report", args=[report.pk, "csv"])
    response = client.get(url)
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=300"}
    etag, last_modified = response["ETag"], response["Last-Modified"]

    def not_built(*args, **kwargs):
        raise AssertionError("a conditional request must not build the file")

    monkeypatch.setattr(exports, "build_rows", not_built)
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304
    assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 304
    monkeypatch.undo()

    report.refresh_from_db()
    report.save_revision().publish()
    changed = client.get(url, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_city_export_runs_the_same_queries_for_2_and_10_units(client, index):
    def build_units(first, last):
        for number in range(first, last):
            unit = UnitPageFactory(parent=index, slug=f"unit-{number}")
            for year in (2023, 2024):
                report = PerformanceReportPageFactory(parent=unit, year=year)
                IndicatorFactory.create_batch(3, report=report)
                BudgetLineFactory(report=report)

    def queries(fmt):
        url = reverse("opendata:city", args=[2024, fmt])
        client.get(url)  # warm per-process caches (content types, site root paths)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    build_units(0, 2)
    small = {fmt: queries(fmt) for fmt in ("csv", "json", "xlsx")}
    build_units(2, 10)
    large = {fmt: queries(fmt) for fmt in ("csv", "json", "xlsx")}

    assert large == small
    assert len(read_csv(client.get(reverse("opendata:city", args=[2024, "csv"])))) == 30


@pytest.mark.parametrize("url", ["/data/", "/en/data/"])
def test_the_data_dictionary_explains_every_column_in_both_languages(client, report, url):
    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for column in UNIT_COLUMNS + INDICATOR_COLUMNS + COMPUTED_COLUMNS + BUDGET_COLUMNS:
        assert f"<code>{column.name}</code>" in html
    assert "(CC BY 4.0)" in html
    assert f'href="/data/laporan/{report.pk}.csv"' in html
    assert f'<html lang="{"en" if url.startswith("/en/") else "id"}">' in html
