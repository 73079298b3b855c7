"""What a programme page shows: each module with its evaluation totals and history, the sessions, and what the
reader may do in each (enrol, evaluate)."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Prefetch

from feedback.deadlines import local_today
from training.models import (
    RATING_SCALE,
    Enrolment,
    Evaluation,
    ModuleRevision,
    PerformanceSignal,
    SignalFollowUp,
    TrainingModule,
    TrainingSession,
)

MIN_RESPONSES = 5  # fewer evaluations than this are not shown: a handful of answers would name their authors


@dataclass(frozen=True)
class ModuleResults:
    responses: int
    shown: bool  # at least MIN_RESPONSES
    mean: Decimal | None  # to two decimals; None while not shown
    distribution: list[tuple[int, int]]  # (rating, how many), every rating of the scale; empty while not shown


def module_results(evaluations: list[Evaluation]) -> ModuleResults:
    """The totals of one module's evaluations, or only their number while there are fewer than MIN_RESPONSES."""
    responses = len(evaluations)
    if responses < MIN_RESPONSES:
        return ModuleResults(responses, False, None, [])
    counts = dict.fromkeys(RATING_SCALE, 0)
    for evaluation in evaluations:
        counts[evaluation.rating] += 1
    mean = Decimal(sum(evaluation.rating for evaluation in evaluations)) / responses
    return ModuleResults(responses, True, mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), list(counts.items()))


def programme_modules(programme) -> list[tuple[TrainingModule, ModuleResults]]:
    """Each module with its totals and its revisions, newest first: three queries whatever the numbers."""
    modules = programme.modules.prefetch_related(
        Prefetch("evaluations", queryset=Evaluation.objects.only("pk", "module_id", "rating")),
        Prefetch("revisions", queryset=ModuleRevision.objects.all()),
    )
    return [(module, module_results(list(module.evaluations.all()))) for module in modules]


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


def unit_signals(unit_key) -> list[PerformanceSignal]:
    """A unit's early warnings (by its translation key: the signals name the canonical page), newest first, each
    with its follow-ups: two queries."""
    signals = PerformanceSignal.objects.filter(unit__translation_key=unit_key)
    return list(signals.select_related("unit").prefetch_related(_follow_ups()).order_by("-year", "kind", "subject"))


def signals_of_year(year: int) -> list[PerformanceSignal]:
    """Every unit's early warnings of `year`, those still without a follow-up first."""
    signals = PerformanceSignal.objects.filter(year=year).select_related("unit").prefetch_related(_follow_ups())
    return sorted(signals, key=lambda signal: (bool(signal.follow_ups.all()), signal.unit.title, signal.kind))


def _follow_ups() -> Prefetch:
    return Prefetch("follow_ups", queryset=SignalFollowUp.objects.select_related("programme"))
