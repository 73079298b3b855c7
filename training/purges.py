"""Which saves make a programme page kept for anonymous visitors stale: its modules, sessions, enrolments (places
taken), evaluations (the totals) and revisions (the history), each tagged with its programme."""

from pagecache.signals import purge_on_change
from training.models import (
    Enrolment,
    Evaluation,
    ModuleRevision,
    PerformanceSignal,
    SignalFollowUp,
    TrainingModule,
    TrainingSession,
)

EARLY_WARNING = "early-warning"  # the dashboard's and the unit pages' early-warning sections


def programme_tag(programme_id: int) -> str:
    return f"training:{programme_id}"


def connect() -> None:
    purge_on_change(TrainingModule, TrainingSession, tags=lambda row: (programme_tag(row.programme_id),))
    purge_on_change(Enrolment, tags=lambda row: (programme_tag(row.session.programme_id),))
    purge_on_change(Evaluation, tags=lambda row: (programme_tag(row.module.programme_id),))
    purge_on_change(ModuleRevision, tags=lambda row: (programme_tag(row.module.programme_id),))
    purge_on_change(PerformanceSignal, SignalFollowUp, tags=(EARLY_WARNING,))
