"""How responsive the city and its units are to complaints: the figures of the public scorecards.

Every figure is computed over all complaints, never a recent sample, in a fixed number of queries however
many complaints or units there are. A complaint counts for the unit that holds it now (after a hand-over,
the new unit); complaints rejected at verification belong to no unit and count only for the city.

* **received**: complaints filed (the city) or routed to the unit;
* **verified on time**: of the complaints verified (routed or rejected) or still waiting past their
  verification deadline, the share verified by that deadline;
* **median days to first response**: working days from routing to the unit's first public reply, over
  the complaints replied to;
* **resolved on time**: of the complaints resolved or still open past their resolution deadline, the
  share resolved by that deadline;
* **reopen rate**: of the complaints that got a response, the share whose resident rejected a response;
* **average rating**: the mean of the residents' 1–5 ratings;
* **fixed, say residents**: of the resolved complaints whose resident answered "is it fixed?" some weeks later
  (fixed or not fixed; "don't know" does not count), the share they confirmed fixed;
* **forum answer rate**: of the public forum threads addressed to the unit, the share it answered officially;
* **median forum answer time**: working days from a thread's opening to the unit's first official answer.

A share over no complaints, a median over no replies and an average over no ratings are "no data", not 0.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from feedback.deadlines import city_days_off, local_today, working_days_between
from feedback.models import Complaint, FixAnswer, Status, Thread
from feedback.models.complaints import OPEN_STATUSES

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class Share:
    """`part` of `whole` complaints, as a percentage; None when there is nothing to divide."""

    part: int
    whole: int

    @property
    def percent(self) -> Decimal | None:
        if not self.whole:
            return None
        return (Decimal(100) * self.part / self.whole).quantize(ONE_DECIMAL, ROUND_HALF_UP)


@dataclass(frozen=True)
class Scorecard:
    received: int
    verified_on_time: Share
    median_response_days: Decimal | None
    resolved_on_time: Share
    reopened: Share
    rating_sum: int
    ratings: int
    confirmed_fixed: Share
    forum_answered: Share
    forum_median_days: Decimal | None

    @property
    def rating_average(self) -> Decimal | None:
        if not self.ratings:
            return None
        return (Decimal(self.rating_sum) / self.ratings).quantize(ONE_DECIMAL, ROUND_HALF_UP)


EMPTY_SCORECARD = Scorecard(
    received=0,
    verified_on_time=Share(0, 0),
    median_response_days=None,
    resolved_on_time=Share(0, 0),
    reopened=Share(0, 0),
    rating_sum=0,
    ratings=0,
    confirmed_fixed=Share(0, 0),
    forum_answered=Share(0, 0),
    forum_median_days=None,
)


@dataclass(frozen=True)
class CityScorecards:
    city: Scorecard
    by_unit: dict[str, Scorecard]  # by the unit's translation key, so that every language's unit page finds it


def city_scorecards() -> CityScorecards:
    """The city's scorecard and each unit's; four queries."""
    key = "unit__translation_key"
    counts = _counts(Complaint.objects.all(), key)
    medians = _median_response_days(Complaint.objects.all(), key)
    forum = _forum(Thread.objects.all(), key)
    keys = {*counts, *forum} - {None}
    empty_counts = dict.fromkeys(COUNTED, 0)
    by_unit = {
        unit: _scorecard(counts.get(unit, empty_counts), medians.get(unit), forum.get(unit, NO_FORUM)) for unit in keys
    }
    city_row = {name: sum(row[name] for row in counts.values()) for name in COUNTED}
    return CityScorecards(city=_scorecard(city_row, medians.get(ALL), forum.get(ALL, NO_FORUM)), by_unit=by_unit)


def unit_scorecard(translation_key) -> Scorecard:
    """One unit's scorecard, whichever language its page is in; four queries."""
    complaints = Complaint.objects.filter(unit__translation_key=translation_key)
    forum = _forum(Thread.objects.filter(unit__translation_key=translation_key), None).get(ALL, NO_FORUM)
    return _scorecard(_counts(complaints, None)[None], _median_response_days(complaints, None).get(ALL), forum)


ALL = "*"

COUNTED = (
    "received",
    "verification_judged",
    "verified_on_time",
    "resolution_judged",
    "resolved_on_time",
    "responded",
    "reopened",
    "rating_sum",
    "ratings",
    "fix_answers",
    "confirmed_fixed",
)


def _counts(complaints, group_by: str | None) -> dict:
    """The counted figures per `group_by` value (one row for all when None), in one aggregate query."""
    today = local_today()
    local = timezone.get_current_timezone()
    verified_day = TruncDate("verified_at", tzinfo=local)
    closed_day = TruncDate("closed_at", tzinfo=local)
    figures = {
        "received": Count("pk"),
        "verification_judged": Count(
            "pk", filter=Q(verified_at__isnull=False) | Q(status=Status.SUBMITTED, verification_due__lt=today)
        ),
        "verified_on_time": Count("pk", filter=Q(verified_at__isnull=False, verification_due__gte=verified_day)),
        "resolution_judged": Count(
            "pk", filter=Q(status=Status.RESOLVED) | Q(status__in=OPEN_STATUSES, resolution_due__lt=today)
        ),
        "resolved_on_time": Count("pk", filter=Q(status=Status.RESOLVED, resolution_due__gte=closed_day)),
        "responded": Count("pk", filter=Q(responded_at__isnull=False)),
        "reopened": Count("pk", filter=Q(responded_at__isnull=False, rejections_by_resident__gt=0)),
        "rating_sum": Sum("rating", default=0),
        "ratings": Count("rating"),
        "fix_answers": Count("fix_check", filter=Q(fix_check__answer__in=[FixAnswer.FIXED, FixAnswer.NOT_FIXED])),
        "confirmed_fixed": Count("fix_check", filter=Q(fix_check__answer=FixAnswer.FIXED)),
    }
    if group_by is None:
        return {None: complaints.aggregate(**figures)}
    rows = complaints.order_by().values(group_by).annotate(**figures)
    return {row.pop(group_by): row for row in rows}


def _median_response_days(complaints, group_by: str | None) -> dict:
    """Median working days from routing to first reply per `group_by` value, and over all under ALL."""
    rows = (
        complaints.filter(verified_at__isnull=False, first_response_at__isnull=False)
        .order_by()
        .values_list(group_by or "pk", "verified_at", "first_response_at")
    )
    return _median_working_days(list(rows), grouped=group_by is not None)


NO_FORUM = (Share(0, 0), None)


def _forum(threads, group_by: str | None) -> dict:
    """(answered share, median working days to the official answer) per `group_by` value and under ALL.

    Counts the threads the public sees, addressed to a unit; one query.
    """
    rows = list(
        threads.listed()
        .filter(unit__isnull=False)
        .order_by()
        .values_list(group_by or "pk", "created_at", "official_answered_at")
    )
    asked, answered = defaultdict(int), defaultdict(int)
    for key, _created_at, answered_at in rows:
        for bucket in (ALL, key) if group_by else (ALL,):
            asked[bucket] += 1
            answered[bucket] += answered_at is not None
    medians = _median_working_days([row for row in rows if row[2] is not None], grouped=group_by is not None)
    return {key: (Share(answered[key], count), medians.get(key)) for key, count in asked.items()}


def _median_working_days(rows: list[tuple], *, grouped: bool) -> dict:
    """Median working days between the two moments of each (key, start, end) row, per key and under ALL."""
    if not rows:
        return {}
    starts = [timezone.localdate(row[1]) for row in rows]
    ends = [timezone.localdate(row[2]) for row in rows]
    city = city_days_off(min(starts), max(ends))
    days = defaultdict(list)
    for (key, _start_at, _end_at), start, end in zip(rows, starts, ends, strict=True):
        taken = working_days_between(start, end, city=city)
        days[ALL].append(taken)
        if grouped:
            days[key].append(taken)
    return {key: Decimal(str(statistics.median(values))).quantize(ONE_DECIMAL) for key, values in days.items()}


def _scorecard(row: dict, median_days: Decimal | None, forum: tuple) -> Scorecard:
    return Scorecard(
        received=row["received"],
        verified_on_time=Share(row["verified_on_time"], row["verification_judged"]),
        median_response_days=median_days,
        resolved_on_time=Share(row["resolved_on_time"], row["resolution_judged"]),
        reopened=Share(row["reopened"], row["responded"]),
        rating_sum=row["rating_sum"],
        ratings=row["ratings"],
        confirmed_fixed=Share(row["confirmed_fixed"], row["fix_answers"]),
        forum_answered=forum[0],
        forum_median_days=forum[1],
    )
