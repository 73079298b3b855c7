"""What a programme page shows: each module with its evaluation totals and history, the sessions, and what the
reader may do in each (enrol, evaluate)."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Prefetch

from feedback.deadlines import local_today
from home.pages import live_translations
from reports.models import UnitPage
from training.models import (
    RATING_SCALE,
    Enrolment,
    Evaluation,
    ModuleRevision,
    PerformanceSignal,
    SignalFollowUp,
    TrainingModule,
    TrainingProgrammePage,
    TrainingSession,
)

MIN_RESPONSES = 5  # fewer evaluations than this are not shown: a handful of answers would name their authors


@dataclass(frozen=True)
class ModuleResults:
    responses: int
    shown: bool  # at least MIN_RESPONSES
    mean: Decimal | None  # to two decimals; None while not shown
    distribution: list[tuple[int, int]]  # (rating, how many), every rating of the scale; empty while not shown


def module_results(ratings: list[int]) -> ModuleResults:
    """The totals of one module's ratings, or only their number while there are fewer than MIN_RESPONSES."""
    responses = len(ratings)
    if responses < MIN_RESPONSES:
        return ModuleResults(responses, False, None, [])
    counts = dict.fromkeys(RATING_SCALE, 0)
    for rating in ratings:
        counts[rating] += 1
    mean = Decimal(sum(ratings)) / responses
    return ModuleResults(responses, True, mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), list(counts.items()))


def programme_modules(programme) -> list[tuple[TrainingModule, ModuleResults]]:
    """Each module with its totals and its revisions, newest first: three queries whatever the numbers."""
    modules = programme.modules.prefetch_related(
        Prefetch("evaluations", queryset=Evaluation.objects.only("pk", "module_id", "rating")),
        Prefetch("revisions", queryset=ModuleRevision.objects.all()),
    )
    return [
        (module, module_results([evaluation.rating for evaluation in module.evaluations.all()])) for module in modules
    ]


@dataclass(frozen=True)
class SessionView:
    session: TrainingSession
    taken: int  # places taken
    enrolled: bool  # the reader is enrolled
    can_enrol: bool
    can_evaluate: bool  # enrolled, the session ended, and some module not yet evaluated by the reader


def programme_sessions(programme, user) -> list[SessionView]:
    today = local_today()
    sessions = programme.sessions.annotate(taken=Count("enrolments"))
    mine = {}
    if user.is_authenticated:
        enrolments = Enrolment.objects.filter(session__programme=programme, participant=user)
        mine = {enrolment.session_id: enrolment for enrolment in enrolments.annotate(done=Count("evaluations"))}
    module_count = programme.modules.count()
    views = []
    for session in sessions:
        enrolment = mine.get(session.pk)
        views.append(
            SessionView(
                session=session,
                taken=session.taken,
                enrolled=enrolment is not None,
                can_enrol=enrolment is None and session.starts_on > today and session.taken < session.capacity,
                can_evaluate=enrolment is not None and session.ends_on <= today and enrolment.done < module_count,
            )
        )
    return views


def programmes_listed(index) -> list:
    """The index's live, public programmes, newest first, each with its organising unit in the reader's language
    (`organiser_page`): the same queries however many."""
    programmes = list(
        TrainingProgrammePage.objects.child_of(index).live().public().select_related("organiser").order_by("-pk")
    )
    organisers = live_translations(UnitPage, {programme.organiser.translation_key for programme in programmes})
    for programme in programmes:
        programme.organiser_page = organisers.get(programme.organiser.translation_key, programme.organiser)
    return programmes


def unit_signals(unit_key) -> list[PerformanceSignal]:
    """A unit's early warnings (by its translation key: the signals name the canonical page), newest first, each
    with its follow-ups: a fixed number of queries."""
    signals = PerformanceSignal.objects.filter(unit__translation_key=unit_key)
    return _in_reader_language(
        list(signals.select_related("unit").prefetch_related(_follow_ups()).order_by("-year", "kind", "subject"))
    )


def signals_of_year(year: int) -> list[PerformanceSignal]:
    """Every unit's early warnings of `year`, those still without a follow-up first: a fixed number of queries."""
    signals = PerformanceSignal.objects.filter(year=year).select_related("unit").prefetch_related(_follow_ups())
    signals = _in_reader_language(list(signals))
    return sorted(signals, key=lambda signal: (bool(signal.follow_ups.all()), signal.unit_page.title, signal.kind))


def _follow_ups() -> Prefetch:
    return Prefetch("follow_ups", queryset=SignalFollowUp.objects.select_related("programme"))


def _in_reader_language(signals: list[PerformanceSignal]) -> list[PerformanceSignal]:
    """Each signal's unit (`unit_page`) and each follow-up's programme (`programme_page`, live only) as the page of
    the reader's language where it is translated: the same queries however many."""
    follow_ups = [follow_up for signal in signals for follow_up in signal.follow_ups.all()]
    units = live_translations(UnitPage, {signal.unit.translation_key for signal in signals})
    programmes = live_translations(
        TrainingProgrammePage,
        {follow_up.programme.translation_key for follow_up in follow_ups if follow_up.programme_id},
    )
    for signal in signals:
        signal.unit_page = units.get(signal.unit.translation_key, signal.unit)
    for follow_up in follow_ups:
        programme = follow_up.programme
        follow_up.programme_page = programme and programmes.get(programme.translation_key)
    return signals
