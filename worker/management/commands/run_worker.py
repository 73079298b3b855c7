"""The task worker: django-tasks-db's `db_worker`, made to outlive its database and to say that it is alive.

- When the database goes away (a PostgreSQL restart, a network cut) the plain worker exits; this one logs it, waits
  (1, 2, 4 … up to 30 s), gives back the task it was running, and carries on once the database answers again.
- Beside the loop, a thread records a heartbeat every WORKER_HEARTBEAT_SECONDS (worker.models.Heartbeat) and runs
  the sweeps in WORKER_SWEEPS every WORKER_SWEEP_SECONDS: tasks of dead workers run again (worker/reclaim.py),
  emails stuck in the outboxes given back or queued again (feedback/outbox.py).

It takes every queue by default, emails first (their tasks have a higher priority); `--queue-name email` and
`--queue-name default` run one worker per queue. Any other failure still ends the process, non-zero, for its
supervisor (`make run`'s loop, systemd's Restart=always) to start it again.
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connections
from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django.utils.module_loading import import_string
from django_tasks_db.management.commands import db_worker

from worker.models import Heartbeat
from worker.reclaim import own_tasks_give_back

logger = logging.getLogger("worker")

LONGEST_PAUSE = 30


class Worker(db_worker.Worker):
    def run(self) -> None:
        life = Life(self.worker_id, self.queue_names)
        life.start()
        try:
            pause = 1
            while self.running:
                started = time.monotonic()
                try:
                    super().run()
                    return
                except DatabaseError:
                    if time.monotonic() - started > 2 * LONGEST_PAUSE:
                        pause = 1  # a new outage, not the same one going on
                    logger.warning("The database is unreachable; trying again in %s s.", pause, exc_info=True)
                    connections.close_all()
                    time.sleep(pause)
                    pause = min(pause * 2, LONGEST_PAUSE)
                    self._give_back()
        finally:
            life.stop()

    def _give_back(self) -> None:
        try:
            given = own_tasks_give_back(self.worker_id)
        except DatabaseError:
            connections.close_all()
            return
        if given:
            logger.warning("Tasks given back after the database returned: %s.", ", ".join(given))


class Life(threading.Thread):
    """The heartbeat and the sweeps, in a thread of their own with their own database connection."""

    def __init__(self, worker_id: str, queues: list[str]):
        super().__init__(name="worker-life", daemon=True)
        self.worker_id, self.queues = worker_id, ",".join(queues)
        self.started_at = timezone.now()
        self.stopping = threading.Event()
        self.next_sweep = 0.0

    def run(self) -> None:
        while not self.stopping.is_set():
            self.beat()
            if time.monotonic() >= self.next_sweep:
                self.sweep()
                self.next_sweep = time.monotonic() + settings.WORKER_SWEEP_SECONDS
            self.stopping.wait(settings.WORKER_HEARTBEAT_SECONDS)
        self.farewell()
        connections.close_all()

    def beat(self) -> None:
        try:
            Heartbeat.objects.update_or_create(
                worker_id=self.worker_id,
                defaults={"beat_at": timezone.now()},
                create_defaults={
                    "beat_at": timezone.now(),
                    "started_at": self.started_at,
                    "hostname": socket.gethostname()[:255],
                    "pid": os.getpid(),
                    "queues": self.queues[:255],
                },
            )
        except DatabaseError:
            logger.warning("Heartbeat not recorded: the database is unreachable.")
            connections.close_all()

    def sweep(self) -> None:
        for path in settings.WORKER_SWEEPS:
            try:
                import_string(path)()
            except DatabaseError:
                logger.warning("Sweep %s skipped: the database is unreachable.", path)
                connections.close_all()
            except Exception:
                logger.exception("Sweep %s failed.", path)

    def farewell(self) -> None:
        try:
            Heartbeat.objects.filter(worker_id=self.worker_id).delete()
        except DatabaseError:
            logger.warning("Heartbeat not removed: the database is unreachable.")

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=5)


class Command(db_worker.Command):
    help = "Run the background task worker: emails first, then indexing; survives database restarts."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(queue_name="*")

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, **options) -> None:
        self.configure_logging(verbosity)
        worker = Worker(
            queue_names=queue_name.split(","),
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
            batch=batch,
            interval=options["interval"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        if reload and not batch:  # `make dev`: started again when the code changes
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
