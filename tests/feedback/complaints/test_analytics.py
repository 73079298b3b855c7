"""Complaint analytics from the database: each figure from known complaints, the pages that show them, their cost."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale

from feedback.complaints import services
from feedback.complaints.analytics import ComplaintFigures, DatabaseComplaintAnalytics, complaint_figures, percentile
from feedback.models import Complaint, Privacy, RejectionReason
from feedback.scorecards import city_scorecards
from tests.factories import (
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    DashboardPageFactory,
    PerformanceReportPageFactory,
    UnitPageFactory,
    file_complaint,
)

IDENTITY = {"name": "Yosef Matulessy", "email": "yosef@example.com", "phone": "0813 5555 0101"}
WIT = timezone.get_fixed_timezone(9 * 60)


@pytest.fixture
def other_unit(unit_index):
    return UnitPageFactory(parent=unit_index, slug="dinas-kesehatan", title="Dinas Kesehatan")


@pytest.fixture
def health(other_unit):
    return ComplaintCategoryFactory(unit=other_unit, name="Layanan puskesmas", name_en="Community health centres")


def routed(category, verifier, **fields) -> Complaint:
    return services.complaint_route(complaint=file_complaint(category, **fields).complaint, by=verifier)


def resolved(category, verifier, **fields) -> Complaint:
    replied = services.complaint_reply(complaint=routed(category, verifier, **fields), message="Sudah.", by=verifier)
    return services.complaint_accept(complaint=replied)


def filed_at(complaint: Complaint, moment: datetime, *, days_to_close: float | None = None) -> None:
    closed_at = moment + timedelta(days=days_to_close) if days_to_close is not None else None
    fields = {"submitted_at": moment} | ({"closed_at": closed_at} if closed_at else {})
    Complaint.objects.filter(pk=complaint.pk).update(**fields)


def figures(year=None, unit_key=None) -> ComplaintFigures:
    return DatabaseComplaintAnalytics().figures(year=year, unit_key=unit_key)


def test_with_no_complaints_every_count_is_zero_and_no_percentile(db):
    assert figures() == ComplaintFigures(total=0)
    assert figures().resolution_p50 is None


def test_counts_by_unit_category_and_status_cover_every_complaint_received(
    category, health, unit, other_unit, verifier
):
    routed(category, verifier)
    routed(category, verifier)
    routed(health, verifier)
    file_complaint(category)  # not verified yet: no unit
    services.complaint_reject(
        complaint=file_complaint(health).complaint, reason=RejectionReason.NOT_CITY_AUTHORITY, by=verifier
    )

    counted = figures()

    assert counted.total == 5 == city_scorecards().city.received
    assert counted.by_unit == {str(unit.translation_key): 2, str(other_unit.translation_key): 1}
    assert counted.by_category == {category.pk: 3, health.pk: 2}
    assert counted.by_status == {"didisposisi": 3, "diajukan": 1, "ditolak": 1}


def test_months_are_the_citys_and_a_year_keeps_only_its_complaints(category, verifier):
    # 31 January 2026 20:00 UTC is already 1 February 05:00 in Ambon.
    filed_at(routed(category, verifier), datetime(2026, 1, 31, 20, tzinfo=UTC))
    filed_at(routed(category, verifier), datetime(2026, 1, 10, 12, tzinfo=WIT))
    filed_at(routed(category, verifier), datetime(2025, 12, 31, 23, tzinfo=WIT))

    assert figures().by_month == {"2025-12": 1, "2026-01": 1, "2026-02": 1}
    this_year = figures(2026)
    assert (this_year.total, this_year.by_month) == (2, {"2026-01": 1, "2026-02": 1})
    assert figures(2024) == ComplaintFigures(total=0)


def test_resolution_percentiles_in_calendar_days_over_resolved_complaints_only(category, verifier):
    start = datetime(2026, 3, 2, 9, tzinfo=WIT)
    for days in (1, 2, 3, 4, 10):
        filed_at(resolved(category, verifier), start, days_to_close=days)
    rejected = services.complaint_reject(
        complaint=file_complaint(category).complaint, reason=RejectionReason.NOT_A_COMPLAINT, by=verifier
    )
    filed_at(rejected, start - timedelta(days=300))  # closed, but not resolved: no resolution time
    routed(category, verifier)  # open

    counted = figures()

    assert counted.by_status["selesai"] == 5
    assert counted.resolution_p50 == Decimal("3.0")
    assert counted.resolution_p90 == Decimal("7.6")  # 4 + 0.6 × (10 − 4), between the closest ranks


def test_a_unit_key_keeps_only_the_complaints_the_unit_holds(category, health, unit, other_unit, verifier):
    start = datetime(2025, 6, 2, 9, tzinfo=WIT)
    for days in (2, 4):
        filed_at(resolved(category, verifier), start, days_to_close=days)
    filed_at(routed(category, verifier), datetime(2026, 1, 5, 9, tzinfo=WIT))
    filed_at(resolved(health, verifier), start, days_to_close=30)
    routed(health, verifier)
    file_complaint(category)  # not verified yet: no unit holds it

    counted = figures(unit_key=unit.translation_key)

    assert counted.total == 3
    assert counted.by_unit == {str(unit.translation_key): 3}
    assert counted.by_category == {category.pk: 3}
    assert counted.by_status == {"selesai": 2, "didisposisi": 1}
    assert (counted.resolution_p50, counted.resolution_p90) == (Decimal("3.0"), Decimal("3.8"))
    assert figures(unit_key=str(unit.translation_key)) == counted
    assert figures(2025, unit_key=unit.translation_key).by_status == {"selesai": 2}


def test_percentiles_interpolate_between_the_closest_ranks():
    assert percentile([], 50) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([2.3, 2.4], 50) == pytest.approx(2.35)
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5


def test_confidential_complaints_count_and_the_figures_hold_nothing_personal(category, verifier):
    secret = routed(category, verifier, privacy=Privacy.CONFIDENTIAL, title="Pungutan liar di kantor camat", **IDENTITY)
    routed(category, verifier, **IDENTITY)

    counted = figures()

    assert counted.total == 2
    shown = repr(counted)
    for personal in (secret.title, secret.description, secret.place, secret.tracking_code, *IDENTITY.values()):
        assert personal not in shown


def test_the_settings_choose_the_source_and_the_database_is_the_default(settings, category, verifier):
    routed(category, verifier)
    settings.COMPLAINT_ANALYTICS = f"{__name__}.FixedAnalytics"
    assert complaint_figures(2026) == ComplaintFigures(total=2026)
    assert complaint_figures(unit_key="pupr") == ComplaintFigures(total=None, by_unit={"pupr": 1})

    del settings.COMPLAINT_ANALYTICS
    assert complaint_figures() == figures()


class FixedAnalytics:
    def figures(self, *, year=None, unit_key=None) -> ComplaintFigures:
        return ComplaintFigures(total=year, by_unit={unit_key: 1} if unit_key else {})


def test_the_figures_cost_five_queries_for_3_and_30_complaints(category, health, verifier):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            figures()
        return len(captured)

    for number in range(3):
        resolved(category if number % 2 else health, verifier)
    few = queries()
    for number in range(27):
        (resolved if number % 3 else routed)(category if number % 2 else health, verifier)

    assert few == queries() == 5


@pytest.fixture
def page(home):
    return ComplaintsPageFactory(parent=home)


def test_the_scorecards_page_shows_the_figures_in_indonesian(client, page, category, health, verifier):
    filed_at(resolved(category, verifier), datetime(2026, 2, 3, 9, tzinfo=WIT), days_to_close=2.5)
    filed_at(routed(health, verifier), datetime(2026, 3, 3, 9, tzinfo=WIT))
    filed_at(routed(health, verifier), datetime(2026, 3, 4, 9, tzinfo=WIT))

    response = client.get(f"{page.url}responsivitas/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="figures-title"' in html
    assert response.context["by_category"] == [("Layanan puskesmas", 2), (category.name, 1)]
    assert response.context["by_status"] == [("Didisposisikan ke perangkat daerah", 2), ("Selesai", 1)]
    assert '<time datetime="2026-03">Maret 2026</time>' in html
    assert '<time datetime="2026-02">Februari 2026</time>' in html
    assert html.index("Maret 2026") < html.index("Februari 2026")  # newest first
    assert "2,5" in html  # half resolved within 2,5 days, in Indonesian notation


def test_the_english_scorecards_page_names_categories_and_months_in_english(client, page, category, health, verifier):
    english = Locale.objects.create(language_code="en")
    english_page = page.copy_for_translation(english, copy_parents=True)
    english_page.save_revision().publish()
    filed_at(resolved(health, verifier), datetime(2026, 2, 3, 9, tzinfo=WIT), days_to_close=2.5)

    response = client.get(f"{english_page.url}responsivitas/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Complaints in figures" in html
    assert response.context["by_category"] == [("Community health centres", 1)]
    assert response.context["by_status"] == [("Resolved", 1)]
    assert '<time datetime="2026-02">February 2026</time>' in html
    assert "half of the resolved complaints were resolved within 2.5 days, 90% within 2.5 days" in html


def test_the_scorecards_page_costs_the_same_queries_for_3_and_30_complaints(client, page, category, health, verifier):
    def queries() -> int:
        client.get(f"{page.url}responsivitas/")  # warm Wagtail's site and page caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{page.url}responsivitas/").status_code == 200
        return len(captured)

    for number in range(3):
        resolved(category if number % 2 else health, verifier)
    few = queries()
    for number in range(27):
        filed_at(
            (resolved if number % 3 else routed)(ComplaintCategoryFactory(unit=category.unit), verifier),
            timezone.now() - timedelta(days=31 * number),
        )

    assert queries() == few


@pytest.fixture
def dashboard(home, unit):
    for year in (2025, 2026):
        PerformanceReportPageFactory(parent=unit, year=year)
    return DashboardPageFactory(parent=home, slug="dasbor-kinerja")


def section(html: str, title_id: str) -> str:
    """The <section> whose heading has `title_id`."""
    start = html.rindex("<section", 0, html.index(f'id="{title_id}"'))
    return html[start : html.index("</section>", start)]


def test_the_dashboard_shows_the_complaints_of_the_chosen_year(
    client, dashboard, category, health, unit, other_unit, verifier
):
    in_2025 = datetime(2025, 5, 5, 9, tzinfo=WIT)
    filed_at(resolved(category, verifier), in_2025, days_to_close=2)
    filed_at(routed(health, verifier), in_2025)
    filed_at(routed(health, verifier), in_2025)
    for _ in range(3):  # in 2026: would put `unit` first if counted
        filed_at(routed(category, verifier), datetime(2026, 1, 5, 9, tzinfo=WIT))

    response = client.get(dashboard.url, {"year": 2025})

    assert response.status_code == 200
    shown = section(response.content.decode(), "complaint-figures-title")
    with translation.override("id"):
        assert translation.gettext("Complaints filed in %(year)s") % {"year": 2025} in shown
    assert "Seluruhnya 3 pengaduan diterima." in shown
    assert '<tr><th scope="row">Didisposisikan ke perangkat daerah</th><td class="numeric">2</td></tr>' in shown
    assert '<tr><th scope="row">Selesai</th><td class="numeric">1</td></tr>' in shown
    assert "dalam 2 hari, 90% dalam 2 hari" in shown
    health_row = (
        f'<tr><th scope="row"><a href="{other_unit.url}">Dinas Kesehatan</a></th><td class="numeric">2</td></tr>'
    )
    unit_row = f'<tr><th scope="row"><a href="{unit.url}">{unit.title}</a></th><td class="numeric">1</td></tr>'
    assert health_row in shown and unit_row in shown
    assert shown.index(health_row) < shown.index(unit_row)  # the most complaints first
    assert shown.count("<caption>") == 2


def test_a_report_year_without_complaints_shows_the_latest_year_that_has_some_and_says_so(
    client, dashboard, category, verifier
):
    filed_at(routed(category, verifier), datetime(2026, 1, 5, 9, tzinfo=WIT))
    filed_at(routed(category, verifier), datetime(2025, 12, 31, 23, 30, tzinfo=UTC))  # 1 January 2026 in Ambon
    filed_at(routed(category, verifier), datetime(2024, 6, 1, 9, tzinfo=WIT))

    response = client.get(dashboard.url, {"year": 2025})

    assert response.status_code == 200
    shown = section(response.content.decode(), "complaint-figures-title")
    with translation.override("id"):
        assert translation.gettext("Complaints filed in %(year)s") % {"year": 2026} in shown
    assert "Tidak ada pengaduan yang diajukan pada 2025." in shown
    assert "Seluruhnya 2 pengaduan diterima." in shown  # both of 2026 in the city's time zone


def test_the_dashboard_says_when_no_complaint_was_ever_filed(client, dashboard):
    response = client.get(dashboard.url, {"year": 2025})

    shown = section(response.content.decode(), "complaint-figures-title")
    with translation.override("id"):
        assert translation.gettext("No complaints were received in %(year)s.") % {"year": 2025} in shown
    assert "<table" not in shown


def test_the_unit_scorecard_shows_the_units_own_status_counts_and_resolution_time(
    client, category, health, unit, verifier
):
    start = datetime(2026, 3, 2, 9, tzinfo=WIT)
    for days in (2, 4):
        filed_at(resolved(category, verifier), start, days_to_close=days)
    routed(category, verifier)
    filed_at(resolved(health, verifier), start, days_to_close=30)  # another unit's
    routed(health, verifier)
    routed(health, verifier)

    response = client.get(unit.url)

    assert response.status_code == 200
    shown = section(response.content.decode(), "complaints-title")
    assert '<tr><th scope="row">Selesai</th><td class="numeric">2</td></tr>' in shown
    assert '<tr><th scope="row">Didisposisikan ke perangkat daerah</th><td class="numeric">1</td></tr>' in shown
    assert "dalam 3 hari, 90% dalam 3,8 hari" in shown


def test_a_unit_without_complaints_shows_no_status_table(client, unit):
    response = client.get(unit.url)

    shown = section(response.content.decode(), "complaints-title")
    assert "Waktu penyelesaian: belum ada pengaduan yang selesai." in shown
    assert "<table" not in shown


def test_a_confidential_complaint_counts_on_the_unit_scorecard_and_shows_nothing_personal(
    client, category, unit, verifier
):
    secret = routed(category, verifier, privacy=Privacy.CONFIDENTIAL, title="Pungutan liar di kantor camat", **IDENTITY)
    routed(category, verifier)

    html = client.get(unit.url).content.decode()

    shown = section(html, "complaints-title")
    assert '<tr><th scope="row">Didisposisikan ke perangkat daerah</th><td class="numeric">2</td></tr>' in shown
    for personal in (secret.title, secret.description, secret.place, secret.tracking_code, *IDENTITY.values()):
        assert personal not in html


def test_the_dashboard_and_a_unit_page_cost_the_same_queries_for_1_and_3_units_with_complaints(
    client, dashboard, category, unit, verifier
):
    def queries() -> tuple[int, int]:
        counted = []
        for url, query in ((dashboard.url, {"year": 2025}), (unit.url, {})):
            client.get(url, query)  # warm Wagtail's site and page caches
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url, query).status_code == 200
            counted.append(len(captured))
        return tuple(counted)

    in_2025 = datetime(2025, 5, 5, 9, tzinfo=WIT)
    filed_at(resolved(category, verifier), in_2025, days_to_close=2)
    few = queries()
    for number in range(2):
        other = UnitPageFactory(parent=unit.get_parent(), slug=f"kecamatan-{number}")
        for _ in range(3):
            filed_at(resolved(ComplaintCategoryFactory(unit=other), verifier), in_2025, days_to_close=number + 1)
            filed_at(routed(category, verifier), in_2025)

    assert queries() == few
