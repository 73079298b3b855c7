"""The yearly figures of information requests (Perki 1/2021's annual service report), for the city and per unit:
requests received, responded to in time, extended, refused by ground, transferred, and the objections with their
outcome. A share over nothing is "no data", never 0, as in the complaint scorecards (feedback.scorecards.Share).
Two queries for a year, however many requests."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from feedback.deadlines import local_today
from feedback.scorecards import Share
from ppid.models import OPEN_STATUSES, Exemption, InformationRequest, Objection, ObjectionOutcome, RequestStatus


@dataclass
class Figures:
    received: int = 0
    answered: int = 0
    refused: int = 0
    transferred: int = 0
    extended: int = 0
    responded_in_time: int = 0
    judged: int = 0  # decided, or still open past the deadline: what "in time" is measured over
    refused_by_ground: Counter = field(default_factory=Counter)
    objections: int = 0
    objections_upheld: int = 0
    objections_rejected: int = 0

    @property
    def in_time(self) -> Share:
        """Of the requests decided or past their deadline, those answered, refused or transferred in time."""
        return Share(self.responded_in_time, self.judged)

    @property
    def refusals(self) -> list[tuple[str, str, int]]:
        """(code, label, count) of each Art. 17 ground refused on, in the article's order."""
        return [(code, Exemption(code).label, count) for code, count in sorted(self.refused_by_ground.items())]

    @property
    def objections_waiting(self) -> int:
        return self.objections - self.objections_upheld - self.objections_rejected


@dataclass(frozen=True)
class YearFigures:
    year: int
    city: Figures
    by_unit: dict  # the unit's translation key (None: the PPID Utama's own requests) -> Figures


def year_figures(year: int, today: date | None = None) -> YearFigures:
    """The figures of the requests registered in `year`."""
    return figures_by_year(year=year, today=today).get(year) or YearFigures(year, Figures(), {})


def figures_by_year(*, year: int | None = None, today: date | None = None) -> dict[int, YearFigures]:
    """The figures of every year with requests (or of `year` only), by year."""
    today = today or local_today()
    requests = (
        InformationRequest.objects.all()
        if year is None
        else InformationRequest.objects.filter(registered_at__year=year)
    )
    rows = requests.values_list(
        "pk", "registered_at", "unit__translation_key", "status", "due_on", "extended_until", "decided_at", "exemption"
    )
    years, placed = {}, {}
    for pk, registered_at, unit, status, due_on, extended_until, decided_at, exemption in rows:
        registered_in = timezone.localdate(registered_at).year
        figures = years.setdefault(registered_in, YearFigures(registered_in, Figures(), {}))
        placed[pk] = (figures.city, figures.by_unit.setdefault(unit, Figures()))
        for each in placed[pk]:
            _count(each, status, extended_until or due_on, extended_until is not None, decided_at, exemption, today)
    for request_id, outcome in Objection.objects.filter(request__in=requests).values_list("request_id", "outcome"):
        for each in placed.get(request_id, ()):
            each.objections += 1
            each.objections_upheld += outcome == ObjectionOutcome.UPHELD
            each.objections_rejected += outcome == ObjectionOutcome.REJECTED
    return dict(sorted(years.items(), reverse=True))


def _count(figures: Figures, status, due: date, extended: bool, decided_at, exemption: str, today: date) -> None:
    figures.received += 1
    figures.extended += extended
    figures.answered += status == RequestStatus.ANSWERED
    figures.refused += status == RequestStatus.REFUSED
    figures.transferred += status == RequestStatus.TRANSFERRED
    if status == RequestStatus.REFUSED:
        figures.refused_by_ground[exemption] += 1
    if status in OPEN_STATUSES:
        figures.judged += today > due
    else:
        figures.judged += 1
        figures.responded_in_time += timezone.localdate(decided_at) <= due
