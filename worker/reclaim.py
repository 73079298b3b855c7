"""Tasks a dead worker left RUNNING are run again.

A task is RUNNING from the moment a worker claims it until that worker records the result. A worker killed in
between (SIGKILL, the machine lost) records nothing, so the task would stay RUNNING for ever. Once its worker has
not beaten for three heartbeats, or, for a worker that never beat (a plain `db_worker`), once the task has run for
OUTBOX_TIMEOUT_SECONDS, it is made READY again. The portal's tasks may run twice: an email is sent once whatever
(feedback/outbox.py), an index update is the same the second time.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from worker.models import Heartbeat

logger = logging.getLogger(__name__)


def orphaned_tasks_reclaim(now=None) -> list[str]:
    """Make READY every RUNNING task whose worker is gone, and forget the gone workers; returns the tasks' ids."""
    now = now or timezone.now()
    silent_since = now - timedelta(seconds=3 * settings.WORKER_HEARTBEAT_SECONDS)
    beats = dict(Heartbeat.objects.values_list("worker_id", "beat_at"))
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("id", "worker_ids", "started_at")
    orphans = [task for task in running if _abandoned(task, beats, silent_since, now)]
    reclaimed = [
        str(task.id)
        for task in orphans
        if DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at).update(
            status=TaskResultStatus.READY
        )
    ]
    if reclaimed:
        logger.warning("Tasks of stopped workers queued again: %s.", ", ".join(reclaimed))
    # A worker that stopped beating is gone for good (a restarted one beats under a new id): its row is done with.
    Heartbeat.objects.filter(beat_at__lt=silent_since).delete()
    return reclaimed


def own_tasks_give_back(worker_id: str) -> list[str]:
    """A worker that lost its database mid-task gives back what it had claimed, once the database is back."""
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("id", "worker_ids")
    mine = [task.pk for task in running if task.worker_ids and task.worker_ids[-1] == worker_id]
    DBTaskResult.objects.filter(pk__in=mine, status=TaskResultStatus.RUNNING).update(status=TaskResultStatus.READY)
    return [str(pk) for pk in mine]


def _abandoned(task: DBTaskResult, beats: dict, silent_since, now) -> bool:
    worker_id = task.worker_ids[-1] if task.worker_ids else None
    beat = beats.get(worker_id)
    if beat is not None:
        return beat < silent_since
    started = task.started_at or now
    return started < now - timedelta(seconds=settings.OUTBOX_TIMEOUT_SECONDS)
