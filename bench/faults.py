"""Fault benchmark: complaints filed while the task worker is killed and PostgreSQL restarts; nothing stuck, lost or
sent twice.

On a scratch PostgreSQL database with the demo loaded, it files complaints through the filing service (as the web
form does, retrying a filing the database dropped with the same submission key, as a resident's browser resends
the form), while `manage.py run_worker`, under a supervisor that starts it again like systemd's Restart=always,
sends their notifications to a local SMTP sink (aiosmtpd). It kills the worker with SIGKILL several times, some
of them while the sink holds an email, and restarts PostgreSQL once. Then it waits for the outbox to settle and
counts, for the complaints it filed: complaints per submission, notification rows per complaint, emails received
per notification row (by its Message-ID). Bounded: about four minutes; `--filings` and `--kills` change the load.

    python bench/faults.py [--filings 300] [--kills 6] [--keep-database]

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and the rights to restart it (`pg_ctlcluster`, or
`service postgresql restart`).
"""

import argparse
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "portal_faults"
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
SETTLE_SECONDS = 120


class Sink:
    """A local SMTP server that keeps every Message-ID it accepted, and can be made slow to accept."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.received: list[str] = []
        self.delay = 0.05  # seconds each email spends "at the mail server": the window a kill may fall into
        self.receiving = threading.Event()
        self.lock = threading.Lock()
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        import asyncio
        import email

        self.receiving.set()
        await asyncio.sleep(self.delay)
        message = email.message_from_bytes(envelope.content)
        with self.lock:
            self.received.append(message.get("Message-ID", ""))
        self.receiving.clear()
        return "250 Message accepted for delivery"


class Supervisor(threading.Thread):
    """Starts `run_worker` again whenever it stops, as systemd's Restart=always does."""

    def __init__(self, env: dict[str, str]):
        super().__init__(daemon=True)
        self.env, self.process, self.stopping, self.starts = env, None, threading.Event(), 0

    def run(self):
        while not self.stopping.is_set():
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "run_worker", "--interval", "0.2", "--verbosity", "0"],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.starts += 1
            self.process.wait()
            time.sleep(0.5)

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)

    def stop(self):
        self.stopping.set()
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def psql(sql: str) -> None:
    subprocess.run(["psql", ADMIN_URL, "-q", "-c", sql], check=True, capture_output=True)  # noqa: S603, S607


def restart_postgresql() -> str:
    if shutil.which("pg_ctlcluster"):
        listing = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=True)  # noqa: S603, S607
        clusters = listing.stdout.split()
        command = ["pg_ctlcluster", clusters[0], clusters[1], "restart"]
    else:
        command = ["service", "postgresql", "restart"]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 (fixed argv)
    return " ".join(command)


def manage(env: dict[str, str], *arguments: str) -> None:
    command = [sys.executable, "manage.py", *arguments]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603 (fixed argv)


def file_complaints(count: int, done: list[str], errors: Counter) -> None:
    """File `count` complaints through the service; a filing the database dropped is sent again with its key."""
    from django.db import DatabaseError, connection

    from feedback.complaints.services import complaint_file
    from feedback.deadlines import local_today
    from feedback.models import ComplaintCategory, Privacy

    categories = list(ComplaintCategory.objects.filter(active=True).order_by("pk"))
    for number in range(count):
        key = f"faults-{number}-{secrets.token_hex(8)}"
        while True:
            try:
                complaint_file(
                    category=categories[number % len(categories)],
                    title=f"Uji gangguan {number}",
                    description="Pengaduan dari uji gangguan: lampu jalan mati sejak minggu lalu.",
                    place="Jl. A. Y. Patty, Kec. Sirimau",
                    incident_date=local_today() - timedelta(days=1),
                    privacy=Privacy.PUBLIC,
                    submission_key=key,
                    name="Warga Uji",
                    email=f"warga{number}@example.com",
                )
                done.append(key)
                break
            except DatabaseError as error:
                errors[type(error).__name__] += 1
                connection.close()
                time.sleep(0.5)
        time.sleep(0.05)


def settle(deadline: float) -> None:
    """Wait until every notification of the filed complaints is in a final state, or the deadline."""
    from django.db import DatabaseError, connection

    from feedback.models import DeliveryStatus, Notification

    open_states = [DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.FAILED]
    while time.monotonic() < deadline:
        try:
            rows = Notification.objects.filter(complaint__submission_key__startswith="faults-")
            if not rows.filter(status__in=open_states).exists():
                return
        except DatabaseError:
            connection.close()
        time.sleep(1)


def count(sink: Sink, filed: list[str]) -> dict:
    from django.contrib.auth import get_user_model
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from feedback.complaints.access import VERIFIER_GROUP
    from feedback.models import Complaint, DeliveryStatus, Notification
    from feedback.outbox import message_id

    complaints = Complaint.objects.filter(submission_key__startswith="faults-")
    per_key = Counter(complaints.values_list("submission_key", flat=True))
    rows = list(Notification.objects.filter(complaint__in=complaints))
    rows_per_complaint = Counter(row.complaint_id for row in rows)
    received = Counter(sink.received)
    verifiers = get_user_model().objects.filter(groups__name=VERIFIER_GROUP, is_active=True).exclude(email="")
    expected_rows = len({email.lower() for email in verifiers.values_list("email", flat=True)})
    by_status = Counter(row.status for row in rows)
    unconfirmed = [row for row in rows if row.status == DeliveryStatus.UNCONFIRMED]
    return {
        "filings": len(filed),
        "complaints": complaints.count(),
        "complaints lost": len(set(filed) - set(per_key)),
        "complaints duplicated": sum(n - 1 for n in per_key.values() if n > 1),
        "notification rows": len(rows),
        "notification rows missing": sum(
            max(expected_rows - rows_per_complaint.get(pk, 0), 0) for pk in complaints.values_list("pk", flat=True)
        ),
        "rows by delivery": dict(by_status),
        "stuck (waiting, being sent or failed)": sum(
            by_status.get(state, 0) for state in (DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.FAILED)
        ),
        "emails lost (sent, never received)": sum(
            1 for row in rows if row.status == DeliveryStatus.SENT and not received[message_id(Notification, row.pk)]
        ),
        "emails duplicated": sum(max(received[message_id(Notification, row.pk)] - 1, 0) for row in rows),
        "unconfirmed rows received / not": (
            sum(1 for row in unconfirmed if received[message_id(Notification, row.pk)]),
            sum(1 for row in unconfirmed if not received[message_id(Notification, row.pk)]),
        ),
        "tasks still RUNNING": DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--filings", type=int, default=300)
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--keep-database", action="store_true")
    options = parser.parse_args()

    sink = Sink()
    url = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.local",
        "DATABASE_URL": url,
        "TASKS_BACKEND": "database",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_TIMEOUT": "5",
        "OUTBOX_TIMEOUT_SECONDS": "5",
        "WORKER_HEARTBEAT_SECONDS": "1",
        "WORKER_SWEEP_SECONDS": "2",
        "MEDIA_ROOT": tempfile.mkdtemp(prefix="portal-faults-media-"),
    }
    psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    psql(f"CREATE DATABASE {DATABASE}")
    started = time.monotonic()
    print(f"Preparing {DATABASE}: migrate and load_demo …", flush=True)
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo")
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()

    sink.controller.start()
    supervisor = Supervisor(env)
    supervisor.start()
    filed, errors = [], Counter()
    filer = threading.Thread(target=file_complaints, args=(options.filings, filed, errors), daemon=True)
    print(f"Filing {options.filings} complaints; {options.kills} SIGKILLs of the worker, one PostgreSQL restart …")
    run_started = time.monotonic()
    filer.start()
    restarted_with, kills, kills_while_sending = "", 0, 0
    for number in range(options.kills):
        time.sleep(random.uniform(1.5, 4))  # noqa: S311 - a benchmark's jitter
        if number % 2 == 0:
            sink.receiving.wait(timeout=3)  # some kills fall while the mail server holds an email
            kills_while_sending += sink.receiving.is_set()
        supervisor.kill()
        kills += 1
        if number == options.kills // 2:
            restarted_with = restart_postgresql()
    filer.join(timeout=SETTLE_SECONDS)
    settle(time.monotonic() + SETTLE_SECONDS)
    supervisor.stop()
    sink.controller.stop()
    figures = count(sink, filed)
    print(
        f"\nRun: {time.monotonic() - run_started:.0f} s (setup {run_started - started:.0f} s); worker started "
        f"{supervisor.starts} times; {kills} SIGKILLs ({kills_while_sending} while the sink held an email); "
        f"PostgreSQL restarted with `{restarted_with}`; filings retried after a database error: "
        f"{sum(errors.values())} {dict(errors)}"
    )
    for name, value in figures.items():
        print(f"  {name:<42} {value}")
    if not options.keep_database:
        from django.db import connections

        connections.close_all()
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        shutil.rmtree(env["MEDIA_ROOT"], ignore_errors=True)


if __name__ == "__main__":
    main()
