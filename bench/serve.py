"""How fast gunicorn serves the public pages: the home page, the performance dashboard and a report.

Builds a throwaway SQLite demo site with the production settings, starts gunicorn on loopback and drives
it with a standard-library load generator. It prints figures and never asserts: see bench/README.md.

    .venv/bin/python bench/serve.py [--concurrency 8] [--duration 10] [--warmup 2] [--keep | --reuse DIR]
"""

import argparse
import http.client
import math
import os
import platform
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DB_NAME = "bench.sqlite3"
BUILT = "built"  # written once the demo site is complete, so that --reuse never runs on half a site
PAGES = ["/", "/dasbor-kinerja/", "/dasbor-kinerja/?year=2024"]
REPORT_URL_QUERY = """
from reports.models import PerformanceReportPage, ReportPeriod, UnitPage
unit = UnitPage.objects.live().get(slug="dinas-kesehatan", locale__language_code="id")
report = PerformanceReportPage.objects.live().child_of(unit).get(year=2024, period=ReportPeriod.ANNUAL)
print(report.get_url_parts()[2])
"""


def site_env(directory: Path, *, redis: bool) -> dict[str, str]:
    """Production settings over plain http on loopback: only the HTTPS redirect is switched off."""
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=f"sqlite:///{directory / DB_NAME}",
        STATIC_ROOT=str(directory / "static"),
        MEDIA_ROOT=str(directory / "media"),
        SECURE_SSL_REDIRECT="false",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
    )
    if redis:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/15"
    return env


def manage(env: dict[str, str], log: Path, *args: str) -> str:
    """Run a management command; its output goes to the log and is shown only when it fails."""
    command = [sys.executable, "manage.py", *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603 (fixed argv)
    with log.open("a") as out:
        out.write(f"$ {' '.join(command[1:])}\n{result.stdout}{result.stderr}\n")
    if result.returncode != 0:
        sys.exit(f"manage.py {args[0]} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def build_site(directory: Path, env: dict[str, str]) -> None:
    log = directory / "setup.log"
    for step in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["load_demo"]):
        started = time.monotonic()
        print(f"  manage.py {' '.join(step)} ...", end=" ", flush=True)
        manage(env, log, *step)
        print(f"{time.monotonic() - started:.0f} s")
    (directory / BUILT).touch()


def report_path(env: dict[str, str], log: Path) -> str:
    """The URL path of the live 2024 annual report of Dinas Kesehatan in the benchmark's database."""
    path = manage(env, log, "shell", "--no-imports", "-c", REPORT_URL_QUERY).strip()
    if not path.startswith("/"):
        sys.exit(f"Unexpected report URL {path!r}; see {log}")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(directory: Path, env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    """In its own session, so that Ctrl-C reaches only this script, which then stops gunicorn gracefully."""
    command = [sys.executable, "-m", "gunicorn", "portal.wsgi", f"--bind={HOST}:{port}", f"--workers={workers}"]
    command += ["--no-control-socket"]  # its default socket in ~/.gunicorn would clash with other gunicorns
    with (directory / "gunicorn.log").open("a") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)  # noqa: S603


def wait_until_up(server: subprocess.Popen, port: int, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with code {server.returncode}; see {log}")
        connection = http.client.HTTPConnection(HOST, port, timeout=5)
        try:
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
        finally:
            connection.close()
    sys.exit(f"gunicorn did not answer within {timeout:.0f} s; see {log}")


def stop_gunicorn(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()  # SIGTERM: gunicorn lets the workers finish their requests
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    errors: int = 0


def client(port: int, path: str, deadline: float, result: Result, lock: threading.Lock) -> None:
    """One keep-alive connection; http.client opens a new one when the server closes it (gunicorn sync)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    latencies, sizes, errors = [], [], 0
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Accept-Language": "id"})
            response = connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            time.sleep(0.05)  # the server is down or restarting: count the failure, do not spin
            continue
        latencies.append(time.perf_counter() - started)
        if response.status == 200:
            sizes.append(len(body))
        else:
            errors += 1
    connection.close()
    with lock:
        result.latencies += latencies
        result.sizes += sizes
        result.errors += errors


def drive(port: int, path: str, concurrency: int, seconds: float) -> tuple[Result, float]:
    result, lock = Result(), threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, path, deadline, result, lock), daemon=True)
        for _ in range(concurrency)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result, time.monotonic() - started


def percentile(ordered: list[float], share: float) -> float:
    """Nearest-rank percentile of an ordered list, in milliseconds."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] * 1000 if ordered else float("nan")


def report_row(path: str, result: Result, elapsed: float) -> str:
    ordered = sorted(result.latencies)
    size = sum(result.sizes) / len(result.sizes) / 1024 if result.sizes else 0
    figures = [percentile(ordered, share) for share in (0.5, 0.9, 0.99, 1.0)]
    return (
        f"{path:<48} {len(ordered):>7} {result.errors:>6} {len(ordered) / elapsed:>7.1f}"
        + "".join(f" {figure:>7.0f}" for figure in figures)
        + f" {size:>7.1f}"
    )


def print_environment(args: argparse.Namespace, env: dict[str, str], workers: int, load: float) -> None:
    import django
    import wagtail

    print(f"\nCPUs: {os.cpu_count()}   Python {platform.python_version()}   Django {django.get_version()}", end="")
    print(f"   Wagtail {wagtail.__version__}   gunicorn sync workers: {workers}")
    print(f"database: SQLite {sqlite3.sqlite_version} ({env['DATABASE_URL']})   settings: production, http")
    print(f"cache: {'Redis ' + env['REDIS_URL'] if args.redis else 'local memory (per worker)'}")
    print(f"load: {args.concurrency} connections, {args.warmup:g} s warm-up + {args.duration:g} s per URL", end="")
    print(f"   load average at start: {load:.2f} (other processes share these CPUs)\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=8, help="simultaneous connections (default 8)")
    parser.add_argument("--duration", type=float, default=10, help="seconds measured per URL (default 10)")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of unmeasured load per URL (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--reuse", type=Path, metavar="DIR", help="reuse a directory kept with --keep")
    parser.add_argument("--redis", action="store_true", help="cache in Redis at 127.0.0.1:6379/15")
    args = parser.parse_args()
    load = os.getloadavg()[0]  # before the setup, which loads the machine itself
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))  # runs the clean-up below

    directory = args.reuse.resolve() if args.reuse else Path(tempfile.mkdtemp(prefix="portal-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    env = site_env(directory, redis=args.redis)
    workers = os.cpu_count() or 1
    server = None
    try:
        if not (directory / BUILT).exists():
            (directory / DB_NAME).unlink(missing_ok=True)
            print(f"Building the demo site in {directory}")
            build_site(directory, env)
        report = report_path(env, directory / "setup.log")
        port = free_port()
        server = start_gunicorn(directory, env, port, workers)
        wait_until_up(server, port, directory / "gunicorn.log")
        print_environment(args, env, workers, load)
        print(f"{'URL':<48} {'reqs':>7} {'errors':>6} {'req/s':>7}", end="")
        print(f" {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'max ms':>7} {'KB':>7}")
        for path in [*PAGES, report]:
            drive(port, path, args.concurrency, args.warmup)
            print(report_row(path, *drive(port, path, args.concurrency, args.duration)), flush=True)
    except KeyboardInterrupt:
        raise SystemExit("\ninterrupted") from None
    finally:
        if server is not None:
            stop_gunicorn(server)
        if args.keep or args.reuse:
            print(f"\nkept {directory} (rerun with --reuse {directory})")
        else:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
