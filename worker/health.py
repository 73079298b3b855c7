"""Whether background work runs: the workers alive, and how long the oldest task of each queue has waited."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from worker.models import Heartbeat

LATE_SECONDS = 300  # a task waiting longer than this is worth a look


@dataclass(frozen=True)
class QueueHealth:
    name: str
    waiting: int
    oldest: datetime | None  # when the longest-waiting task was queued; None: nothing waits
    late: bool  # it has waited longer than LATE_SECONDS


@dataclass(frozen=True)
class Health:
    workers: list[Heartbeat]  # beating now
    last_beat: datetime | None  # of any worker, alive or not
    queues: list[QueueHealth]

    @property
    def ok(self) -> bool:
        return bool(self.workers) and not any(queue.late for queue in self.queues)


def background_health(now=None) -> Health:
    """Two queries: the heartbeats, and the waiting tasks counted per queue with the oldest one's age."""
    now = now or timezone.now()
    beats = list(Heartbeat.objects.all())
    alive_since = now - timedelta(seconds=3 * settings.WORKER_HEARTBEAT_SECONDS)
    waiting = (
        DBTaskResult.objects.ready()
        .values("queue_name")
        .annotate(oldest=Min("enqueued_at"), count=Count("id"))
        .order_by()
    )
    by_queue = {row["queue_name"]: row for row in waiting}
    queues = []
    for name in settings.TASK_QUEUES:
        row = by_queue.get(name)
        oldest = row["oldest"] if row else None
        late = oldest is not None and (now - oldest).total_seconds() > LATE_SECONDS
        queues.append(QueueHealth(name, row["count"] if row else 0, oldest, late))
    return Health(
        workers=[beat for beat in beats if beat.beat_at >= alive_since],
        last_beat=max((beat.beat_at for beat in beats), default=None),
        queues=queues,
    )


def uses_a_worker() -> bool:
    """Whether tasks wait for a worker at all (not with TASKS_BACKEND=immediate, where they run in the request)."""
    return settings.TASKS["default"]["BACKEND"] == settings.TASK_BACKENDS["database"]
