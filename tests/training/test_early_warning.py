"""The early warning: each of the three rules on constructed data, none on a steady unit, each warning recorded
once, and the unit's follow-up, written by its own staff, shown with the warning."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from feedback.models import Complaint
from reports.services import unit_ensure_staff_group
from tests.factories import (
    ComplaintCategoryFactory,
    DashboardPageFactory,
    IndicatorFactory,
    PerformanceReportPageFactory,
    UnitPageFactory,
    UnitStaffFactory,
    file_complaint,
)
from training.early_warning import last_complete_quarter, signals_detect
from training.models import FollowUpAction, PerformanceSignal, SignalKind
from training.services import signal_follow_up

pytestmark = pytest.mark.django_db

TODAY = date(2026, 5, 20)  # the last complete quarter is 2026-T1: January to March


def reports_with(unit, code, realisations_by_year, target=100):
    for year, realisation in realisations_by_year.items():
        report = PerformanceReportPageFactory(parent=unit, year=year)
        IndicatorFactory(report=report, code=code, name=f"Indikator {code}", target=target, realisation=realisation)


def complaints_for(unit, count, when):
    category = ComplaintCategoryFactory(unit=unit)
    for _ in range(count):
        complaint = file_complaint(category).complaint
        moment = timezone.make_aware(datetime.combine(when, datetime.min.time()))
        Complaint.objects.filter(pk=complaint.pk).update(unit=unit, submitted_at=moment)


def kinds(unit):
    return sorted(PerformanceSignal.objects.filter(unit=unit).values_list("kind", "subject", "year"))


@pytest.fixture
def units(unit_index):
    return [UnitPageFactory(parent=unit_index) for _ in range(2)]


def test_a_fall_of_more_than_ten_points_gives_a_warning_and_a_steady_unit_none(units):
    falling, steady = units
    reports_with(falling, "IKU-1", {2024: 95, 2025: 80})
    reports_with(steady, "IKU-1", {2024: 95, 2025: 94})

    signals_detect(TODAY)

    assert kinds(falling) == [(SignalKind.DROP, "IKU-1", 2025)]
    drop = PerformanceSignal.objects.get(unit=falling)
    assert (drop.previous, drop.value) == (Decimal("95.00"), Decimal("80.00"))
    assert kinds(steady) == []


def test_an_indicator_rated_poor_or_very_poor_gives_a_warning(units):
    reports_with(units[0], "IKU-2", {2025: 60})
    reports_with(units[1], "IKU-2", {2025: 66})  # Cukup: no warning

    signals_detect(TODAY)

    assert kinds(units[0]) == [(SignalKind.LOW, "IKU-2", 2025)]
    assert kinds(units[1]) == []


def test_complaints_rising_sharply_against_the_same_quarter_give_a_warning_and_steady_ones_none(units):
    rising, steady = units
    complaints_for(rising, 6, date(2026, 2, 10))
    complaints_for(rising, 2, date(2025, 2, 10))
    complaints_for(steady, 5, date(2026, 2, 10))
    complaints_for(steady, 5, date(2025, 3, 1))

    signals_detect(TODAY)

    assert kinds(rising) == [(SignalKind.COMPLAINTS, "2026-T1", 2026)]
    assert kinds(steady) == []


def test_without_complaints_from_a_year_before_no_unit_seems_to_rise(units):
    complaints_for(units[0], 9, date(2026, 2, 10))

    signals_detect(TODAY)

    assert kinds(units[0]) == []


def test_each_warning_is_recorded_once(units):
    reports_with(units[0], "IKU-1", {2024: 95, 2025: 50})

    first, second = signals_detect(TODAY), signals_detect(TODAY)

    assert len(first) == 2 and second == []  # a fall and a Very poor rating
    assert PerformanceSignal.objects.count() == 2


def test_the_last_complete_quarter():
    assert last_complete_quarter(date(2026, 5, 20)) == (date(2026, 1, 1), date(2026, 4, 1))
    assert last_complete_quarter(date(2026, 1, 5)) == (date(2025, 10, 1), date(2026, 1, 1))


def test_the_units_staff_write_a_follow_up_shown_on_the_unit_page_and_other_units_staff_cannot(client, units):
    reports_with(units[0], "IKU-1", {2024: 95, 2025: 80})
    signals_detect(TODAY)
    signal = PerformanceSignal.objects.get()
    unit_ensure_staff_group(unit=units[1])
    url = f"/admin/peringatan-dini/{signal.pk}/"

    client.force_login(UnitStaffFactory(unit=units[1]))
    assert client.post(url, {"action": FollowUpAction.OTHER, "description": "Bukan urusan kami."}).status_code == 404
    client.force_login(UnitStaffFactory(unit=units[0]))
    refused = client.post(url, {"action": FollowUpAction.TRAINING, "description": "Pelatihan."})
    assert refused.status_code == 400  # training, but which programme?
    done = client.post(url, {"action": FollowUpAction.PROCESS_REVIEW, "description": "Alur pelayanan ditinjau ulang."})

    assert done.status_code == 302
    client.logout()
    page = client.get(units[0].url).content.decode()
    assert "Peringatan dini" in page
    assert "Alur pelayanan ditinjau ulang." in page
    assert "Alur pelayanan" not in client.get(units[1].url).content.decode()


def test_the_dashboard_lists_the_years_warnings_those_without_a_follow_up_first(client, home, units):
    dashboard = DashboardPageFactory(parent=home)
    reports_with(units[0], "IKU-1", {2024: 95, 2025: 80})
    reports_with(units[1], "IKU-7", {2024: 90, 2025: 70})
    signals_detect(TODAY)
    answered = PerformanceSignal.objects.get(unit=units[0])
    unit_ensure_staff_group(unit=units[0])
    signal_follow_up(
        signal=answered,
        by=UnitStaffFactory(unit=units[0]),
        action=FollowUpAction.OTHER,
        description="Target ditinjau bersama Bappeda.",
    )

    page = client.get(dashboard.url, {"tahun": 2025}).content.decode()

    assert "Peringatan dini pada 2025" in page
    assert "Cara kerja peringatan dini" in page  # the rule, on the page
    assert page.index(units[1].title) < page.index("Target ditinjau bersama Bappeda.")
