"""The task worker: tasks of dead workers run again, its heartbeat and the queues' waits shown to staff, and a worker
that carries on when its database connection is cut (a PostgreSQL restart ends every connection the same way)."""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from feedback.forum.tasks import send_follower_email
from search.tasks import sync_search_documents
from worker.health import background_health
from worker.management.commands.run_worker import Life, Worker
from worker.models import Heartbeat
from worker.reclaim import orphaned_tasks_reclaim

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued_in_the_database(settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"], "QUEUES": settings.TASK_QUEUES}}


def running_task(worker_id: str, started_minutes_ago: float) -> DBTaskResult:
    result = DBTaskResult.objects.get(pk=sync_search_documents.enqueue("feedback.complaint", 0).id)
    result.claim(worker_id)
    DBTaskResult.objects.filter(pk=result.pk).update(started_at=timezone.now() - timedelta(minutes=started_minutes_ago))
    return result


def beating(worker_id: str, seconds_ago: float) -> Heartbeat:
    moment = timezone.now() - timedelta(seconds=seconds_ago)
    return Heartbeat.objects.create(
        worker_id=worker_id, hostname="app-1", pid=4242, queues="*", started_at=moment, beat_at=moment
    )


def status(result: DBTaskResult) -> str:
    return DBTaskResult.objects.get(pk=result.pk).status


def test_a_task_whose_worker_stopped_beating_runs_again_and_a_live_workers_task_does_not(queued_in_the_database):
    beating("dead", seconds_ago=120)
    beating("alive", seconds_ago=2)
    of_the_dead = running_task("dead", started_minutes_ago=1)
    of_the_living = running_task("alive", started_minutes_ago=30)

    assert orphaned_tasks_reclaim() == [str(of_the_dead.pk)]
    assert status(of_the_dead) == TaskResultStatus.READY
    assert status(of_the_living) == TaskResultStatus.RUNNING
    assert list(Heartbeat.objects.values_list("worker_id", flat=True)) == ["alive"]


def test_a_task_of_a_worker_that_never_beat_runs_again_after_the_timeout(queued_in_the_database, settings):
    task = running_task("a-plain-db-worker", started_minutes_ago=3)

    assert orphaned_tasks_reclaim() == []
    settings.OUTBOX_TIMEOUT_SECONDS = 120
    assert orphaned_tasks_reclaim() == [str(task.pk)]


def test_the_heartbeat_and_the_oldest_waiting_task_of_each_queue(queued_in_the_database):
    life = Life("worker-1", ["*"])
    life.beat()
    sync_search_documents.enqueue("feedback.complaint", 0)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=7))
    send_follower_email.enqueue(1)

    health = background_health()

    assert [beat.worker_id for beat in health.workers] == ["worker-1"]
    emails, other = sorted(health.queues, key=lambda queue: queue.name != "email")
    assert (emails.name, emails.waiting, emails.late) == ("email", 1, False)
    assert (other.name, other.waiting, other.late) == ("default", 1, True)
    assert not health.ok

    life.farewell()
    assert background_health().workers == []


def test_the_admin_home_says_when_no_worker_runs_and_how_long_the_queues_wait(client, verifier, queued_in_the_database):
    sync_search_documents.enqueue("feedback.complaint", 0)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=7))
    client.force_login(verifier)

    page = client.get("/admin/").content.decode()

    assert "Tidak ada pekerja tugas yang berjalan" in page
    assert "7\xa0menit" in page

    beating("worker-1", seconds_ago=1)
    page = client.get("/admin/").content.decode()
    assert "1 pekerja tugas berjalan" in page


def test_without_a_worker_backend_the_admin_home_has_no_panel(client, verifier):
    client.force_login(verifier)

    assert "Pekerjaan latar" not in client.get("/admin/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_worker_carries_on_after_its_database_connection_is_cut(queued_in_the_database, mailoutbox):
    if connection.vendor != "postgresql":
        pytest.skip("a database server to cut connections: PostgreSQL (make test-postgres)")
    worker = Worker(
        queue_names=["*"],
        excluded_queue_names=[],
        interval=0.1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=get_random_string(32),
    )
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: Heartbeat.objects.filter(worker_id=worker.worker_id).exists())
        with connection.cursor() as cursor:  # what a restart does to every connection but ours
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        task = sync_search_documents.enqueue("feedback.complaint", 0)

        wait_for(lambda: DBTaskResult.objects.get(pk=task.id).status == TaskResultStatus.SUCCESSFUL)
    finally:
        worker.running = False
        thread.join(timeout=10)
    assert not thread.is_alive()


def wait_for(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the worker did not get there in time"
        time.sleep(0.1)


def test_the_email_task_is_in_the_email_queue_ahead_of_indexing():
    assert (send_follower_email.queue_name, sync_search_documents.queue_name) == ("email", "default")
    assert send_follower_email.priority > sync_search_documents.priority
