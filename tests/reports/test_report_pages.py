"""What residents read: a report with its history, a unit's reports, an indicator's trend, the city dashboard."""

from decimal import Decimal as D

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import format_html
from wagtail import hooks
from wagtail.documents.models import Document

from reports.achievement import Polarity
from reports.models import ReportPeriod, UnitType
from reports.selectors import YearCoverage, default_year
from tests.factories import (
    BudgetLineFactory,
    DashboardPageFactory,
    IndicatorFactory,
    PerformanceReportPageFactory,
    UnitPageFactory,
)

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_report_shows_achievement_history_and_budget_in_indonesian(client, health):
    earlier = PerformanceReportPageFactory(parent=health, year=2023)
    IndicatorFactory(report=earlier, code="IKU-01", target=90, realisation=D("88.5"), end_target=95)
    report = PerformanceReportPageFactory(parent=health, year=2024)
    IndicatorFactory(
        report=report, code="IKU-01", name="Cakupan imunisasi dasar lengkap", target=D("1200.5"), realisation=1201
    )
    IndicatorFactory(report=report, code="IKU-02", name="Angka kematian bayi", polarity=Polarity.LOWER, target=0)
    IndicatorFactory(report=report, code="IKU-03", name="Prevalensi stunting", realisation=None)
    BudgetLineFactory(
        report=report, programme="Program Pemenuhan Upaya Kesehatan", ceiling=2_000_000, spending=1_850_000
    )

    html = client.get(report.url).content.decode()

    assert "Cakupan imunisasi dasar lengkap" in html
    assert "1.200,5" in html and "1.201" in html  # Indonesian grouping and decimal comma
    assert "88,5" in html  # last year's realisation, looked up by unit and code
    assert "95" in html  # end-of-term target carried over from 2023
    assert "tidak ada data" in html  # zero target and missing realisation: no data, not 0 %
    assert "2.000.000" in html and "92,5%" in html  # budget and absorption
    assert 'href="/data/laporan/' in html


def test_report_reads_the_english_way_under_en(client, health):
    report = PerformanceReportPageFactory(parent=health, year=2024)
    IndicatorFactory(report=report, target=D("1200.5"), realisation=D("1100.25"))
    english = report.copy_for_translation(locale=_english(), copy_parents=True, alias=True)

    html = client.get(english.url).content.decode()

    assert english.url.startswith("/en/")
    assert "1,200.5" in html and "1,100.25" in html and "91.6%" in html


def test_previous_year_comes_from_the_same_unit_only(client, index, health):
    other = UnitPageFactory(parent=index, slug="bkpsdm")
    IndicatorFactory(
        report=PerformanceReportPageFactory(parent=other, year=2023), code="IKU-01", realisation=D("12.34")
    )
    report = PerformanceReportPageFactory(parent=health, year=2024)
    IndicatorFactory(report=report, code="IKU-01")

    assert "12,34" not in client.get(report.url).content.decode()


def test_unit_page_lists_reports_by_year_with_the_latest_summary(client, health):
    for year in (2023, 2024):
        IndicatorFactory(
            report=PerformanceReportPageFactory(parent=health, year=year), target=100, realisation=80 + year - 2023
        )
    PerformanceReportPageFactory(parent=health, year=2024, period=ReportPeriod.Q1)
    draft = PerformanceReportPageFactory(parent=health, year=2025)
    draft.unpublish()

    html = client.get(health.url).content.decode()

    assert html.index("2024") < html.index("2023")
    assert "Triwulan 1" in html
    assert "LKjIP 2025" not in html
    assert "81%" in html  # the latest annual report's average achievement
    assert f'href="{health.url}indikator/' in html  # each indicator's trend over the years
    assert 'href="/data/opd/dinas-kesehatan.csv"' in html


def test_indicator_trend_page_shows_every_year(client, health):
    for year, realisation in ((2023, 70), (2024, 75), (2025, 82)):
        IndicatorFactory(
            report=PerformanceReportPageFactory(parent=health, year=year),
            code="IKU-07",
            name="Sampah tertangani",
            realisation=realisation,
        )

    response = client.get(f"{health.url}indikator/IKU-07/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Sampah tertangani" in html
    assert all(year in html for year in ("2023", "2024", "2025"))
    assert client.get(f"{health.url}indikator/TIDAK-ADA/").status_code == 404


def test_a_report_whose_indicator_code_has_a_space_still_renders(client, health):
    """The trend link's converter takes what an editor may type (a control character never)."""
    report = PerformanceReportPageFactory(parent=health, year=2024)
    IndicatorFactory(report=report, code="IKU 1.2", name="Cakupan imunisasi")

    response = client.get(report.url)

    assert response.status_code == 200
    assert f'href="{health.url}indikator/IKU%201.2/"' in response.content.decode()


def test_a_unit_page_shows_the_sections_other_apps_add_and_its_indicator_pages_do_not_ask_for_them(client, health):
    IndicatorFactory(report=PerformanceReportPageFactory(parent=health, year=2024), code="IKU-07")
    asked_for = []

    def added(request, unit):
        asked_for.append(request.path)
        return format_html('<section id="added-section">{}</section>', unit.title)

    def nothing(request, unit):
        return None

    hooked = [("portal_unit_sections", added), ("portal_unit_sections", nothing)]
    with hooks.register_temporarily(hooked):
        unit_html = client.get(health.url).content.decode()
        trend = client.get(f"{health.url}indikator/IKU-07/")

    assert unit_html.count(f'<section id="added-section">{health.title}</section>') == 1
    assert trend.status_code == 200
    assert asked_for == [health.url]


def build_dashboard_site(home, index, unit_count: int):
    dashboard = DashboardPageFactory(parent=home, slug="dasbor-kinerja")
    for n in range(unit_count):
        add_unit_with_reports(index, n)
    return dashboard


def add_unit_with_reports(index, n):
    unit = UnitPageFactory(parent=index, slug=f"unit-{n}", unit_type=list(UnitType)[n % len(UnitType)])
    for year in (2023, 2024):
        report = PerformanceReportPageFactory(parent=unit, year=year)
        IndicatorFactory(report=report, code="IKU-01", target=100, realisation=40 + n % 60 + (year - 2023) * 5)
        IndicatorFactory(report=report, code="IKU-02", target=100, realisation=None)
    return unit


def test_dashboard_ranks_units_and_compares_with_last_year(client, home, index):
    dashboard = build_dashboard_site(home, index, 3)

    html = client.get(dashboard.url, {"year": 2024}).content.decode()

    assert "Dinas Contoh" in html
    assert "+5" in html  # change from 2023
    assert "Indikator yang paling jauh dari target" in html
    assert 'href="/data/kota/2024.csv"' in html
    assert html.index("47%") < html.index("45%")  # best unit first


def test_dashboard_filters_by_unit_type(client, home, index):
    dashboard = build_dashboard_site(home, index, 5)  # none of the first five types is a district
    kecamatan = UnitPageFactory(
        parent=index, slug="kecamatan-sirimau", title="Kecamatan Sirimau", unit_type="kecamatan"
    )
    IndicatorFactory(report=PerformanceReportPageFactory(parent=kecamatan, year=2024), target=100, realisation=99)

    html = client.get(dashboard.url, {"year": 2024, "unit_type": UnitType.DISTRICT}).content.decode()

    assert "Kecamatan Sirimau" in html
    assert "Dinas Contoh" not in html


def test_dashboard_shows_the_sections_other_apps_add_for_the_chosen_year(client, home, index):
    dashboard = build_dashboard_site(home, index, 1)

    def added(request, page, year):
        return format_html('<section id="added-section">{} {}</section>', page.title, year)

    def nothing(request, page, year):
        return None

    hooked = [("portal_dashboard_sections", added), ("portal_dashboard_sections", nothing)]
    with hooks.register_temporarily(hooked):
        html = client.get(dashboard.url, {"year": 2023}).content.decode()

    assert html.count('<section id="added-section">Dasbor Kinerja 2023</section>') == 1
    assert html.index("added-section") < html.index('id="downloads-title"')


@pytest.mark.parametrize("query", [{"year": "1999"}, {"year": "abc"}, {"unit_type": "kerajaan"}])
def test_dashboard_answers_bad_filters_with_a_clear_400(client, home, index, query):
    dashboard = build_dashboard_site(home, index, 1)

    response = client.get(dashboard.url, query)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_report_page_queries_do_not_grow_with_indicators(client, health):
    report = PerformanceReportPageFactory(parent=health, year=2024)
    earlier = PerformanceReportPageFactory(parent=health, year=2023)
    for n in range(5):
        IndicatorFactory(report=report, code=f"IKU-{n}")
        IndicatorFactory(report=earlier, code=f"IKU-{n}")
    BudgetLineFactory(report=report)
    small = queries_for(client, report.url)
    for n in range(5, 50):
        IndicatorFactory(report=report, code=f"IKU-{n}")
        IndicatorFactory(report=earlier, code=f"IKU-{n}")
        BudgetLineFactory(report=report)

    assert queries_for(client, report.url) == small
    assert small <= 25


def test_dashboard_and_unit_queries_do_not_grow_with_units(client, home, index):
    dashboard = build_dashboard_site(home, index, 5)
    unit = add_unit_with_reports(index, 99)
    small = (queries_for(client, dashboard.url), queries_for(client, unit.url))
    for n in range(5, 50):
        add_unit_with_reports(index, n)

    assert (queries_for(client, dashboard.url), queries_for(client, unit.url)) == small
    assert small[0] <= 33  # with the complaints of the year that feedback adds (and, with none, the latest year)


def _english():
    from demo.pages import english_locale

    return english_locale()


def test_indicators_of_one_goal_are_shown_together(client, health):
    report = PerformanceReportPageFactory(parent=health, year=2024)
    for code, goal in (("IKU-01", "Kesehatan"), ("IKU-02", "Pelayanan"), ("IKU-03", "Kesehatan")):
        IndicatorFactory(report=report, code=code, name=f"Indikator {code}", goal=goal)

    html = client.get(report.url).content.decode()

    assert html.count("Sasaran: Kesehatan") == 1
    assert html.index("Indikator IKU-01") < html.index("Indikator IKU-03") < html.index("Sasaran: Pelayanan")


def test_a_missed_lower_is_better_target_reads_not_met_in_the_card_and_the_table(client, health):
    report = PerformanceReportPageFactory(parent=health, year=2025)
    IndicatorFactory(
        report=report, name="Prevalensi stunting", polarity=Polarity.LOWER, target=16, realisation=D("16.83")
    )
    IndicatorFactory(report=report, name="Cakupan imunisasi", target=90, realisation=D("92.4"))

    html = client.get(report.url).content.decode()

    table = html.split('<table class="indicator-table">')[1].split("</table>")[0]
    stunting = table.split("Prevalensi stunting")[1].split("Cakupan imunisasi")[0]
    assert "Belum tercapai" in stunting and "Sangat Baik" in stunting  # close, rated very good, and missed
    assert 'data-label="Target tercapai?"' in stunting  # what a phone shows above the mark
    immunisation = table.split("Cakupan imunisasi")[1]
    assert "Tercapai" in immunisation and "Belum" not in immunisation


def test_the_signed_report_link_gives_its_type_and_real_size_even_when_none_was_stored(client, health):
    document = Document(title="LKjIP bertanda tangan", file=ContentFile(b"%PDF-1.4\n" + b"x" * 2039, name="lkjip.pdf"))
    document.save()  # saved in code, as the demo and imports do: Wagtail stores no size then
    report = PerformanceReportPageFactory(parent=health, year=2024, official_document=document)

    html = client.get(report.url).content.decode()

    assert Document.objects.get(pk=document.pk).file_size is None
    assert 'Laporan bertanda tangan</a> <span class="meta">(PDF, 2,0\xa0KB)</span>' in html
    assert "0\xa0bita" not in html


@pytest.mark.parametrize(
    ("coverage", "expected"),
    [
        ([(2026, 1, 37), (2025, 36, 37), (2024, 37, 37)], 2025),  # one unit early in 2026: not the default
        ([(2026, 19, 37), (2025, 37, 37)], 2026),  # most units have reported: the latest year
        ([(2026, 18, 37), (2025, 37, 37)], 2025),  # half is not most
        ([(2026, 3, 10), (2025, 4, 10), (2024, 4, 10)], 2025),  # none has most: the year most have, latest first
        ([], None),
    ],
)
def test_the_dashboards_default_year_is_the_latest_most_units_have_reported_for(coverage, expected):
    assert default_year([YearCoverage(*year) for year in coverage]) == expected


def test_the_dashboard_opens_on_the_year_most_units_reported_and_says_how_many(client, home, index):
    dashboard = build_dashboard_site(home, index, 3)  # three units, 2023 and 2024
    early = PerformanceReportPageFactory(parent=index.get_children().first().specific, year=2025)
    IndicatorFactory(report=early, target=100, realisation=90)

    html = client.get(dashboard.url).content.decode()

    assert "Kota Ambon pada 2024" in html
    assert "3 dari 3 perangkat daerah telah melapor untuk tahun ini." in html
    assert '<option value="2025">2025 (1 dari 3 perangkat daerah)</option>' in html
    assert "2 dari 3" not in html
    chosen = client.get(dashboard.url, {"year": 2025}).content.decode()
    assert "1 dari 3 perangkat daerah telah melapor untuk tahun ini." in chosen
