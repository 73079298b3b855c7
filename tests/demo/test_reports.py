"""The demo performance reports: three published years per unit in two languages, and one draft for review."""

from decimal import Decimal

import pytest
from wagtail.models import Locale, Page

from demo.home import build_home
from demo.plans import ID, PLANS, YEARS
from demo.reports import build_reports, plan_for, report_fields
from demo.tables import UNITS
from demo.units import build_units
from reports.achievement import Polarity
from reports.models import Indicator, PerformanceReportPage, ReportPeriod, UnitPage

SUBSET = {"dinas-kesehatan", "bkpsdm", "dinas-lingkungan-hidup-dan-persampahan", "kecamatan-sirimau"}


@pytest.fixture
def built(db, settings, tmp_path):
    """Home, four units and their reports; returns the unit index and the draft."""
    settings.MEDIA_ROOT = tmp_path
    index = build_units(build_home(), units=[unit for unit in UNITS if unit["slug"] in SUBSET])
    return index, build_reports(index)


def indonesian_reports():
    return PerformanceReportPage.objects.filter(locale=Locale.get_default())


def unit_path(slug: str, language: str = "id") -> str:
    return UnitPage.objects.get(slug=slug, locale__language_code=language).path


def indicators_of(slug: str, *, year: int, language: str = "id"):
    return Indicator.objects.filter(
        report__slug=f"lkjip-{year}",
        report__locale__language_code=language,
        report__path__startswith=unit_path(slug, language),
    )


def test_every_demo_unit_has_three_to_six_indicators_and_two_to_four_programmes(db):  # a page needs its locale
    for unit in UNITS:
        plan = plan_for(UnitPage(slug=unit["slug"], unit_type=unit["unit_type"]))
        assert plan is PLANS.get(unit["slug"], plan), unit["slug"]
        codes = [spec.code for spec in plan.indicators]
        assert 3 <= len(codes) <= 6, unit["slug"]
        assert len(set(codes)) == len(codes), unit["slug"]
        assert 2 <= len(plan.programmes) <= 4, unit["slug"]


def test_demo_figures_are_the_same_on_every_run(db):  # a page needs its locale
    unit = UnitPage(slug="dinas-kesehatan", title="Dinas Kesehatan", unit_type="dinas")
    first, second = (report_fields(unit, 2024, ReportPeriod.ANNUAL, ID) for _run in range(2))
    assert first["summary"] == second["summary"]
    assert [line.spending for line in first["budget_lines"]] == [line.spending for line in second["budget_lines"]]
    # Pinned: the seed is a string, so the figures do not change between processes either.
    assert first["indicators"][0].realisation == Decimal("95.06")


def test_each_unit_gets_three_published_annual_reports_in_indonesian_and_english(built, client):
    english = Locale.objects.get(language_code="en")
    for unit in UnitPage.objects.filter(locale=Locale.get_default()):
        reports = indonesian_reports().child_of(unit).live().filter(period=ReportPeriod.ANNUAL)
        assert sorted(reports.values_list("year", flat=True)) == list(YEARS), unit.slug
        for report in reports:
            assert 3 <= report.indicators.count() <= 6
            assert 2 <= report.budget_lines.count() <= 4
            assert report.summary and report.live_revision_id == report.latest_revision_id
            translation = report.get_translation(english).specific
            assert translation.live and translation.alias_of_id is None
            assert translation.title == f"Performance Report (LKjIP) {report.year}"
            assert translation.summary != report.summary
            assert translation.indicators.count() == report.indicators.count()
    english_names = set(indicators_of("dinas-kesehatan", year=2023, language="en").values_list("name", flat=True))
    assert "Complete basic immunisation coverage" in english_names
    assert "Cakupan imunisasi dasar lengkap" not in english_names
    signed = indonesian_reports().get(slug="lkjip-2025", path__startswith=unit_path("dinas-kesehatan"))
    assert signed.official_document.file.name.endswith(".pdf")
    for report in PerformanceReportPage.objects.live().filter(year=2024):
        assert client.get(report.url).status_code == 200


def test_indicators_keep_their_codes_polarity_and_end_targets_and_land_on_both_sides_of_target(built):
    required = {
        ("dinas-kesehatan", "Cakupan imunisasi dasar lengkap"): Polarity.HIGHER,
        ("dinas-kesehatan", "Angka kematian bayi per 1.000 kelahiran hidup"): Polarity.LOWER,
        ("dinas-kesehatan", "Prevalensi stunting pada balita"): Polarity.LOWER,
        ("bkpsdm", "Persentase ASN yang mengikuti pelatihan/pengembangan kompetensi"): Polarity.HIGHER,
        ("bkpsdm", "Indeks sistem merit"): Polarity.HIGHER,
        ("dinas-lingkungan-hidup-dan-persampahan", "Persentase sampah yang tertangani"): Polarity.HIGHER,
        ("kecamatan-sirimau", "Indeks kepuasan masyarakat (IKM) layanan kecamatan"): Polarity.HIGHER,
        ("kecamatan-sirimau", "Persentase pelayanan administrasi selesai tepat waktu"): Polarity.HIGHER,
    }
    for (slug, name), polarity in required.items():
        assert indicators_of(slug, year=2024).get(name=name).polarity == polarity, name
    assert 100 <= indicators_of("bkpsdm", year=2025).get(name="Indeks sistem merit").realisation <= 400

    for slug in SUBSET:
        rows = [
            list(indicators_of(slug, year=year).order_by("sort_order").values_list("code", "name", "end_target"))
            for year in YEARS
        ]
        assert rows[0] == rows[1] == rows[2], slug

    indicators = list(Indicator.objects.filter(report__in=indonesian_reports().live()))
    assert any(indicator.achievement < 100 for indicator in indicators)
    assert any(indicator.achievement > 100 for indicator in indicators)
    ranges = [indicator for indicator in indicators if indicator.polarity == Polarity.RANGE]
    assert ranges and all(indicator.target < indicator.target_upper for indicator in ranges)
    assert all(indicator.realisation == indicator.realisation.quantize(Decimal("0.01")) for indicator in indicators)


def test_the_quarterly_draft_waits_for_review_and_a_second_build_adds_nothing(built):
    index, draft = built
    assert (draft.year, draft.period, draft.get_parent().slug) == (2026, ReportPeriod.Q3, "dinas-kesehatan")
    assert not draft.live and draft.has_unpublished_changes
    assert draft.latest_revision is not None and draft.live_revision is None
    assert not draft.has_translation(Locale.objects.get(language_code="en"))

    pages, indicators = Page.objects.count(), Indicator.objects.count()
    assert build_reports(index) == draft
    assert (Page.objects.count(), Indicator.objects.count()) == (pages, indicators)
