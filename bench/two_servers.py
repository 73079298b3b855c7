"""Two app servers and two task workers on one PostgreSQL and one Redis, behind nginx, as a city deploys the portal
once one machine is not enough (deploy/README.md). It builds the demo in a throwaway PostgreSQL database, starts
everything with the production settings (over plain http on loopback), then shows:

- complaints filed through nginx (which alternates between the servers) and double submits sent to both servers
  are each stored once;
- every notification email is sent once, although two workers compete for the outbox;
- a session made on one server is valid on the other;
- a forum reply posted on one server purges the thread page the other server keeps for anonymous visitors;
- the hourly filing limit of one device counts its filings on both servers.

It prints what it saw and exits non-zero when a check fails; it is bounded in time (--timeout) and not part of CI.

    .venv/bin/python bench/two_servers.py [--complaints 30] [--timeout 900]

Needs PostgreSQL at 127.0.0.1:5432 (user postgres), Redis at 127.0.0.1:6379 (database 14 is emptied) and nginx.
"""

import argparse
import email
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from common import HOST, ROOT, Client, free_port, manage, start_gunicorn, wait_until_up
from complaints import CSRF_INPUT, FILED, FORM, KEY_INPUT, STORIES, multipart

DATABASE = "portal_two_servers"
POSTGRES = f"postgres://postgres@{HOST}:5432"
REDIS = f"redis://{HOST}:6379/14"
PASSWORD = secrets.token_urlsafe(16)
RESIDENT = "warga.maria"
HIT_HEADER = "X-Page-Cache"

NGINX_CONF = """
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
    access_log {directory}/nginx-access.log;
    client_body_temp_path {directory}/nginx-body;
    proxy_temp_path {directory}/nginx-proxy;
    fastcgi_temp_path {directory}/nginx-fastcgi;
    uwsgi_temp_path {directory}/nginx-uwsgi;
    scgi_temp_path {directory}/nginx-scgi;
    upstream portal {{ server {host}:{first}; server {host}:{second}; }}
    server {{
        listen {host}:{port};
        client_max_body_size 55m;
        location / {{
            proxy_pass http://portal;
            proxy_set_header Host $http_host;  # with the port, as the browser sent it (CSRF compares origins)
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}
}}
"""


class Failed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    print(f"  {'ok  ' if condition else 'FAIL'} {what}")
    if not condition:
        raise Failed(what)


def environment(directory: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "ELASTICSEARCH_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        TRUSTED_PROXIES=HOST,
        DATABASE_URL=f"{POSTGRES}/{DATABASE}",
        REDIS_URL=REDIS,
        STATIC_ROOT=str(directory / "static"),
        MEDIA_ROOT=str(directory / "media"),
        SECURE_SSL_REDIRECT="false",
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(directory / "mail"),
        COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR="1000",  # every request here comes from one address
        WORKER_SWEEP_SECONDS="5",
    )
    return env


def database(sql: str, *params) -> list[tuple]:
    with psycopg.connect(f"{POSTGRES}/{DATABASE}") as connection:
        return connection.execute(sql, params).fetchall()


def build(directory: Path, env: dict) -> None:
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{DATABASE}"')
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)  # noqa: S607
    log = directory / "setup.log"
    for step in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["load_demo"]):
        started = time.monotonic()
        print(f"  manage.py {step[0]} ...", end=" ", flush=True)
        manage(env, log, *step)
        print(f"{time.monotonic() - started:.0f} s")
    script = f"from django.contrib.auth import get_user_model as U; u = U().objects.get(username='{RESIDENT}'); "
    script += f"u.set_password('{PASSWORD}'); u.save()"
    manage(env, log, "shell", "--no-imports", "-c", script)


def start(directory: Path, env: dict) -> tuple[list, int, int, int]:
    """Two gunicorns (two workers each), two task workers and nginx in front; returns the processes and ports."""
    first, second, front = free_port(), free_port(), free_port()
    processes = []
    for port, name in ((first, "app-1.log"), (second, "app-2.log")):
        processes.append(start_gunicorn(directory, env, port, 2, log_name=name))
        wait_until_up(processes[-1], port, directory / name)
    for number in (1, 2):
        with (directory / f"worker-{number}.log").open("a") as log:
            command = [sys.executable, "manage.py", "run_worker"]
            worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)  # noqa: S603
            processes.append(worker)
    conf = directory / "nginx.conf"
    conf.write_text(NGINX_CONF.format(directory=directory, host=HOST, first=first, second=second, port=front))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    command = [nginx, "-p", str(directory), "-c", str(conf), "-g", "daemon off;"]
    processes.append(subprocess.Popen(command, start_new_session=True))  # noqa: S603
    time.sleep(1)
    return processes, first, second, front


def stop(processes: list) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()  # SIGTERM: gunicorn and the workers finish what they are doing, nginx stops
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def categories() -> list[int]:
    return [row[0] for row in database("SELECT id FROM feedback_complaintcategory ORDER BY id")]


def filing_fields(client: Client, port_path: str, category: int, number: int) -> tuple[bytes, str] | None:
    form = client.get(FORM)
    token, key = CSRF_INPUT.search(form.body), KEY_INPUT.search(form.body)
    if form.status != 200 or token is None or key is None:
        return None
    title, description, place, village = STORIES[number % len(STORIES)]
    fields = {
        "csrfmiddlewaretoken": token[1].decode(),
        "submission_key": key[1].decode(),
        "category": str(category),
        "title": f"{title} ({number})",
        "description": description,
        "place": place,
        "village": village,
        "latitude": "",
        "longitude": "",
        "incident_date": (date.today() - timedelta(days=1 + number % 20)).isoformat(),
        "name": f"Warga {number}",
        "email": f"warga{number}@contoh.id",
        "phone": "",
        "privacy": "publik",
        "consent": "on",
        "website": "",
    }
    return multipart(fields, [])


def post_form(client: Client, body: bytes, content_type: str):
    headers = {"Content-Type": content_type, "Origin": client.origin, "Referer": client.origin + FORM}
    return client.request("POST", FORM, body=body, headers=headers)


def file_complaints(front: int, first: int, second: int, count: int) -> tuple[int, int]:
    """`count` complaints through nginx from four threads, then five double submits: the same form to both servers.
    Returns (complaints meant, filings answered with the receipt)."""
    kinds, answered, lock = categories(), Counter(), threading.Lock()

    def worker(numbers):
        for number in numbers:
            client = Client(front)
            prepared = filing_fields(client, FORM, kinds[number % len(kinds)], number)
            response = post_form(client, *prepared) if prepared else None
            with lock:
                answered[
                    response is not None
                    and response.status == 302
                    and bool(FILED.fullmatch(response.headers.get("Location", "")))
                ] += 1
            client.close()

    threads = [threading.Thread(target=worker, args=(range(start, count, 4),)) for start in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for number in range(count, count + 5):  # double submits: one form, sent to each server
        one = Client(first)
        prepared = filing_fields(one, FORM, kinds[number % len(kinds)], number)
        other = Client(second)
        other.cookies = dict(one.cookies)
        for client in (one, other):
            response = post_form(client, *prepared)
            answered[response.status == 302] += 1
    return count + 5, answered[True]


def wait_for_emails(expected: int, timeout: float = 120) -> list[tuple]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = database("SELECT id, status FROM feedback_notification")
        if len(rows) >= expected and all(status not in ("menunggu", "mengirim") for _id, status in rows):
            return rows
        time.sleep(2)
    return database("SELECT id, status FROM feedback_notification")


def wait_for_tasks(timeout: float = 120) -> int:
    """Until the workers have run every queued task (the search index updates purge pages); returns how many wait."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        waiting = database(
            "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
        )[0][0]
        if not waiting:
            return 0
        time.sleep(1)
    return waiting


def sent_messages(directory: Path) -> Counter:
    """Message-IDs of the emails the file backend wrote, with how many times each was written."""
    ids = Counter()
    for path in (directory / "mail").glob("*.log"):
        for chunk in path.read_text(errors="replace").split("\n" + "-" * 79 + "\n"):
            if chunk.strip():
                ids[email.message_from_string(chunk.strip()).get("Message-ID")] += 1
    return ids


def log_in(client: Client) -> bool:
    form = client.get("/akun/login/")
    token = CSRF_INPUT.search(form.body)
    body = f"csrfmiddlewaretoken={token[1].decode()}&login={RESIDENT}&password={PASSWORD}".encode()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": client.origin,
        "Referer": client.origin + "/akun/login/",
    }
    return client.request("POST", "/akun/login/", body=body, headers=headers).status == 302


def reply(client: Client, thread_path: str, text: str) -> bool:
    page = client.get(thread_path)
    token = CSRF_INPUT.search(page.body)
    body = urlencode({"csrfmiddlewaretoken": token[1].decode(), "body": text}).encode()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": client.origin,
        "Referer": client.origin + thread_path,
    }
    return client.request("POST", thread_path, body=body, headers=headers).status in (302, 303)


def run(directory: Path, args) -> None:
    env = environment(directory)
    print(f"Building the demo on PostgreSQL ({DATABASE}) in {directory}")
    build(directory, env)
    processes, first, second, front = start(directory, env)
    try:
        print(f"Two app servers ({HOST}:{first}, {HOST}:{second}), two task workers, nginx at {HOST}:{front}\n")
        before = database("SELECT COUNT(*) FROM feedback_complaint")[0][0]
        meant, answered = file_complaints(front, first, second, args.complaints)
        stored = database("SELECT COUNT(*) FROM feedback_complaint")[0][0] - before
        keys = database(
            "SELECT submission_key, COUNT(*) FROM feedback_complaint GROUP BY submission_key HAVING COUNT(*) > 1"
        )
        print(f"Filing: {meant} complaints meant ({args.complaints} through nginx, 5 double submits to both servers)")
        check(stored == meant, f"{stored} complaints stored, each once ({answered} posts answered with the receipt)")
        check(not keys, f"duplicates: {len(keys)}")
        notifications = wait_for_emails(stored)
        sent = sent_messages(directory)
        statuses = Counter(status for _id, status in notifications)
        print(f"\nEmails: {len(notifications)} notification rows, statuses {dict(statuses)}")
        check(statuses.get("terkirim", 0) == len(notifications), "every notification sent")
        check(sum(sent.values()) == len(notifications), f"{sum(sent.values())} emails written by the two workers")
        check(max(sent.values(), default=0) == 1, "no email sent twice")
        workers = database(
            "SELECT worker_ids, COUNT(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL'"
            " GROUP BY worker_ids ORDER BY 2 DESC"
        )
        print(f"  tasks run by each worker: {[count for _ids, count in workers]}")

        print("\nSession")
        resident = Client(first)
        check(log_in(resident), f"{RESIDENT} logs in on server 1")
        on_second = Client(second)
        on_second.cookies = dict(resident.cookies)
        check(on_second.get("/akun/nama/").status == 200, "the same session is valid on server 2")

        print("\nPage cache")
        check(wait_for_tasks() == 0, "the workers ran every queued task (search index updates purge pages)")
        thread = database(  # one whose page shows no "waiting 3 hours", which would keep it only until the minute
            "SELECT id FROM feedback_thread WHERE hidden_at IS NULL AND held_at IS NULL"
            " AND (unit_id IS NULL OR official_answered_at IS NOT NULL) ORDER BY id LIMIT 1"
        )[0][0]
        path = f"/forum/topik/{thread}/"
        reader = Client(second)
        for _attempt in range(5):
            kept = reader.get(path)
            if kept.headers.get(HIT_HEADER) == "hit":
                break
            time.sleep(0.2)
        check(
            kept.headers.get(HIT_HEADER) == "hit",
            f"server 2 keeps {path} for anonymous readers ({HIT_HEADER}: {kept.headers.get(HIT_HEADER)})",
        )
        text = f"Terima kasih, sudah kami cek di lapangan ({secrets.token_hex(3)})."
        writer = Client(first)
        writer.cookies = dict(resident.cookies)
        check(reply(writer, path, text), "a reply posted on server 1")
        fresh = reader.get(path)
        check(text.encode() in fresh.body and fresh.headers.get(HIT_HEADER) != "hit", "server 2 shows it at once")

        print("\nRate limit")
        device, answers = Client(first), []
        kinds = categories()
        for number in range(6):
            device.connection.close()
            device.connection.port = (first, second)[number % 2]
            device.origin = f"http://{HOST}:{device.connection.port}"
            prepared = filing_fields(device, FORM, kinds[0], 1000 + number)
            answers.append(post_form(device, *prepared).status)
        check(answers[:5] == [302] * 5 and answers[5] == 429, f"one device, alternating servers: {answers}")
        print("\nAll checks passed.")
    finally:
        stop(processes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--complaints", type=int, default=30, help="complaints filed through nginx (default 30)")
    parser.add_argument("--timeout", type=int, default=900, help="seconds before the run gives up (default 900)")
    parser.add_argument("--keep", action="store_true", help="keep the directory and the database")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, lambda *_: sys.exit("timed out"))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))
    signal.alarm(args.timeout)
    directory = Path(tempfile.mkdtemp(prefix="portal-two-servers-"))
    try:
        run(directory, args)
    except Failed as failure:
        sys.exit(f"\nFailed: {failure} (logs in {directory})")
    finally:
        if not args.keep:
            with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as server:
                server.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
