"""Working-day deadlines (DESIGN.md, "Complaint workflow and deadlines"), checked against the 2026 calendar.

2026 days off from the `holidays` package that these tests rely on (public holidays and cuti bersama):
Thu 1 Jan; Wed 18 Mar (cuti bersama Nyepi), Thu 19 Mar (Nyepi), Fri 20 Mar (cuti bersama Idul Fitri),
Sat 21 – Sun 22 Mar (Idul Fitri 1447 H), Mon 23 – Tue 24 Mar (cuti bersama Idul Fitri); Fri 3 Apr (Good Friday);
Fri 1 May; Thu 14 – Fri 15 May (Ascension and its cuti bersama); Wed 27 – Thu 28 May (Idul Adha and its
cuti bersama); Mon 1 Jun (Pancasila); Tue 16 Jun (Islamic New Year); Mon 17 Aug (Independence Day).
"""

import datetime as dt
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.deadlines import (
    DeadlineState,
    add_working_days,
    deadline_state,
    local_today,
    working_days_between,
)
from feedback.models import CityHoliday

pytestmark = pytest.mark.django_db


def test_a_weekend_is_skipped():
    assert add_working_days(date(2026, 2, 6), 3) == date(2026, 2, 11)  # Friday → Wednesday


def test_zero_working_days_is_the_start_even_on_a_holiday():
    assert add_working_days(date(2026, 3, 21), 0) == date(2026, 3, 21)


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2026, 2, 6), -1)


def test_idul_fitri_and_its_cuti_bersama_push_the_deadline_past_them():
    assert not is_working_day(date(2026, 3, 20))  # cuti bersama, a Friday
    assert not is_working_day(date(2026, 3, 24))  # cuti bersama, a Tuesday
    # Filed Tuesday 17 March: 18–24 March are all days off, so the 3 working days are 25, 26 and 27 March.
    assert add_working_days(date(2026, 3, 17), 3) == date(2026, 3, 27)
    assert add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 25)


def test_new_year_is_skipped_across_the_year_boundary():
    assert add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 2)


def test_independence_day_is_skipped():
    assert add_working_days(date(2026, 8, 14), 1) == date(2026, 8, 18)  # Friday → Tuesday, Monday 17 August off


def test_a_city_day_off_is_skipped():
    CityHoliday.objects.create(date=date(2026, 9, 7), name="Hari Jadi Kota Ambon")
    assert not is_working_day(date(2026, 9, 7))
    assert add_working_days(date(2026, 9, 4), 1) == date(2026, 9, 8)  # Friday → Tuesday


def test_sixty_working_days_counted_by_hand():
    # From Monday 6 April 2026, 60 working days without holidays are 12 full weeks: Monday 29 June.
    # Seven weekday days off fall in between: 1 May, 14 and 15 May, 27 and 28 May, 1 June, 16 June.
    # Seven more working days after 29 June: 30 June, 1, 2, 3, 6, 7 and 8 July.
    assert add_working_days(date(2026, 4, 6), 60) == date(2026, 7, 8)


def test_sixty_working_days_read_city_days_off_in_one_query(django_assert_max_num_queries):
    CityHoliday.objects.create(date=date(2026, 6, 2), name="Libur kota")
    with django_assert_max_num_queries(1):
        assert add_working_days(date(2026, 4, 6), 60) == date(2026, 7, 9)


def test_a_city_closure_longer_than_the_first_window_is_read_in_another_query(django_assert_max_num_queries):
    # One working day reads a 32-day window; 45 days closed from 1 September need a second one.
    start = date(2026, 9, 1)
    CityHoliday.objects.bulk_create(
        CityHoliday(date=start + dt.timedelta(days=offset), name="Penutupan kantor") for offset in range(45)
    )
    with django_assert_max_num_queries(2):
        assert add_working_days(date(2026, 8, 31), 1) == date(2026, 10, 16)


def test_working_days_between_skips_the_idul_fitri_week(django_assert_max_num_queries):
    # After Friday 13 March: Monday 16 and Tuesday 17, then nothing until 25, 26 and 27 March.
    with django_assert_max_num_queries(1):
        assert working_days_between(date(2026, 3, 13), date(2026, 3, 27)) == 5


def test_working_days_between_is_zero_when_the_end_is_not_after_the_start():
    assert working_days_between(date(2026, 3, 13), date(2026, 3, 13)) == 0
    assert working_days_between(date(2026, 3, 13), date(2026, 3, 2)) == 0


def test_working_days_between_counts_a_city_day_off_out():
    CityHoliday.objects.create(date=date(2026, 9, 7), name="Hari Jadi Kota Ambon")
    assert working_days_between(date(2026, 9, 4), date(2026, 9, 11)) == 4


@pytest.mark.parametrize(
    ("due", "today", "expected"),
    [
        (date(2026, 2, 11), date(2026, 2, 12), DeadlineState.OVERDUE),  # the day after the due date
        (date(2026, 2, 11), date(2026, 2, 11), DeadlineState.DUE_SOON),  # the due date itself
        (date(2026, 2, 11), date(2026, 2, 9), DeadlineState.DUE_SOON),  # Monday, due Wednesday
        (date(2026, 2, 11), date(2026, 2, 6), DeadlineState.ON_TIME),  # Friday, due Wednesday: 3 working days
        (date(2026, 2, 10), date(2026, 2, 6), DeadlineState.DUE_SOON),  # Friday, due Tuesday, across a weekend
        (date(2026, 3, 25), date(2026, 3, 17), DeadlineState.DUE_SOON),  # 8 calendar days, across Idul Fitri
        (date(2026, 3, 27), date(2026, 3, 17), DeadlineState.ON_TIME),
    ],
)
def test_deadline_state(due, today, expected):
    assert deadline_state(due, today=today) == expected


def test_deadline_state_is_none_without_a_due_date_or_once_done():
    assert deadline_state(None, today=date(2026, 2, 12)) is None
    assert deadline_state(date(2026, 2, 11), today=date(2026, 2, 12), done=True) is None


def test_today_is_ambons_date_not_utcs(monkeypatch):
    # 16:30 UTC on 1 March is 01:30 on 2 March in Asia/Jayapura (UTC+9).
    monkeypatch.setattr("django.utils.timezone.now", lambda: dt.datetime(2026, 3, 1, 16, 30, tzinfo=dt.UTC))
    assert local_today() == date(2026, 3, 2)
    assert deadline_state(date(2026, 3, 1)) == DeadlineState.OVERDUE


@settings(deadline=None)
@given(start=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), n=st.integers(1, 80))
def test_n_working_days_later_is_a_working_day_n_working_days_away(start, n):
    due = add_working_days(start, n)
    assert is_working_day(due)
    assert working_days_between(start, due) == n
    assert working_days_between(start, due - dt.timedelta(days=1)) == n - 1


def is_working_day(day: date) -> bool:
    """A working day is the one working day between the day before and it."""
    return working_days_between(day - dt.timedelta(days=1), day) == 1
