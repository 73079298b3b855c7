"""Complaint deadlines in working days (DESIGN.md, "Complaint workflow and deadlines").

Perpres 76/2013 counts deadlines in working days, so a complaint filed before Idul Fitri is not overdue
because the offices were closed. A working day is Monday to Friday, except:

* Indonesian national holidays (*hari libur nasional*, the `holidays` package's public category);
* collective leave days (*cuti bersama*, the package's government category), which the package lists
  year by year from the joint ministerial decrees: government offices close on them, so they count as days off;
* days off the city declares on top of those (CityHoliday), read from the database.
"""

from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from feedback.models.holidays import CityHoliday

DUE_SOON_DAYS = 2
"""A step is due soon when its due date is at most this many working days away."""

ONE_DAY = timedelta(days=1)


class DeadlineState(models.TextChoices):
    ON_TIME = "tepat-waktu", _("On time")
    DUE_SOON = "segera", _("Due soon")
    OVERDUE = "terlambat", _("Overdue")


@lru_cache(maxsize=64)
def national_days_off(year: int) -> frozenset[date]:
    """Public holidays and cuti bersama of one year; computing them is costly and they never change at runtime."""
    calendar = holidays.country_holidays("ID", years=year, categories=(holidays.PUBLIC, holidays.GOVERNMENT))
    return frozenset(calendar)


def city_days_off(after: date, until: date) -> set[date]:
    """The CityHoliday dates in (after, until], in one query."""
    return set(CityHoliday.objects.filter(date__gt=after, date__lte=until).values_list("date", flat=True))


def _is_working_day(day: date, city: set[date]) -> bool:
    return day.weekday() < 5 and day not in national_days_off(day.year) and day not in city


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start`; `start` itself does not count, so 0 returns it unchanged.

    City days off are read one window at a time: 2n + 30 calendar days hold n working days unless the city
    declares weeks off, in which case the loop reads the next window.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    while days:
        window_end = day + timedelta(days=days * 2 + 30)
        city = city_days_off(day, window_end)
        while days and day < window_end:
            day += ONE_DAY
            if _is_working_day(day, city):
                days -= 1
    return day


def working_days_between(start: date, end: date, *, city: set[date] | None = None) -> int:
    """Working days after `start` up to and including `end` (0 if `end` is not after `start`).

    Counting many spans, pass the city's days off for the whole period as `city` to read them once.
    """
    if end <= start:
        return 0
    if city is None:
        city = city_days_off(start, end)
    return sum(_is_working_day(start + timedelta(days=offset), city) for offset in range(1, (end - start).days + 1))


def local_today() -> date:
    """Today in Ambon (Asia/Jayapura): a deadline falls due at local midnight, not at UTC's."""
    return timezone.localdate()


def end_of_today() -> datetime:
    """Local midnight tonight: until then every deadline keeps the state it has now."""
    return timezone.make_aware(datetime.combine(local_today() + ONE_DAY, time.min))


def deadline_state(
    due: date | None, *, today: date | None = None, done: bool = False, soon_until: date | None = None
) -> DeadlineState | None:
    """Where a step stands against its due date; None when it has no due date or is already done.

    Due soon means `today` plus DUE_SOON_DAYS working days reaches the due date, so the due date itself,
    and a Tuesday seen on the Friday before, are due soon. A page showing many deadlines passes that
    cutoff as `soon_until`, computed once (it costs a query).
    """
    if due is None or done:
        return None
    if today is None:
        today = local_today()
    if today > due:
        return DeadlineState.OVERDUE
    if soon_until is None:
        soon_until = add_working_days(today, DUE_SOON_DAYS)
    if soon_until >= due:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME
