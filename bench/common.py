"""What the benchmarks share: a throwaway demo site, gunicorn in front of it, and a threaded HTTP load generator.

The site runs the production settings on SQLite in a temporary directory; the load generator is the standard
library only, so the figures depend on nothing but this repository. See bench/README.md.
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DB_NAME = "bench.sqlite3"
BUILT = "built"  # written once the demo site is complete, so that --reuse never runs on half a site


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--concurrency", type=int, default=8, help="simultaneous connections (default 8)")
    parser.add_argument("--duration", type=float, default=10, help="seconds measured per URL (default 10)")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of unmeasured load per URL (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--reuse", type=Path, metavar="DIR", help="reuse a directory kept with --keep")
    parser.add_argument("--redis", action="store_true", help="cache in Redis at 127.0.0.1:6379/15")


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
    steps = (["migrate", "--no-input"], ["createcachetable"], ["collectstatic", "--no-input"], ["load_demo"])
    for step in steps:
        started = time.monotonic()
        print(f"  manage.py {' '.join(step)} ...", end=" ", flush=True)
        manage(env, log, *step)
        print(f"{time.monotonic() - started:.0f} s")
    (directory / BUILT).touch()


@contextmanager
def demo_site(args: argparse.Namespace, **settings: str) -> Iterator[tuple[Path, dict[str, str]]]:
    """The demo site's directory and environment (`settings` added to it): built unless reused, removed unless kept."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))  # runs the clean-up below
    directory = args.reuse.resolve() if args.reuse else Path(tempfile.mkdtemp(prefix="portal-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    env = site_env(directory, redis=args.redis) | settings
    try:
        if not (directory / BUILT).exists():
            (directory / DB_NAME).unlink(missing_ok=True)
            print(f"Building the demo site in {directory}")
            build_site(directory, env)
        yield directory, env
    except KeyboardInterrupt:
        raise SystemExit("\ninterrupted") from None
    finally:
        if args.keep or args.reuse:
            print(f"\nkept {directory} (rerun with --reuse {directory})")
        else:
            shutil.rmtree(directory, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(
    directory: Path,
    env: dict[str, str],
    port: int,
    workers: int,
    *,
    application: str = "portal.wsgi",
    cwd: Path = ROOT,
    log_name: str = "gunicorn.log",
) -> subprocess.Popen:
    """In its own session, so that Ctrl-C reaches only this script, which then stops gunicorn gracefully."""
    command = [sys.executable, "-m", "gunicorn", application, f"--bind={HOST}:{port}", f"--workers={workers}"]
    command += ["--no-control-socket"]  # its default socket in ~/.gunicorn would clash with other gunicorns
    with (directory / log_name).open("a") as log:
        return subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=log, start_new_session=True)  # noqa: S603


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


@contextmanager
def gunicorn(directory: Path, env: dict[str, str], workers: int) -> Iterator[int]:
    """gunicorn serving the site on a free port, stopped on the way out; yields the port once the home page answers."""
    port = free_port()
    server = start_gunicorn(directory, env, port, workers)
    try:
        wait_until_up(server, port, directory / "gunicorn.log")
        yield port
    finally:
        stop_gunicorn(server)


@dataclass(frozen=True)
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    seconds: float  # from sending the request to reading the whole body


class Client:
    """One keep-alive connection with its own cookie jar; http.client reopens the connection when gunicorn closes it.

    The jar sends back every cookie it was given, also those marked Secure (the production settings mark the
    CSRF and session cookies so): a browser would keep them off plain http, but the server never checks.
    """

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=30)
        self.origin = f"http://{HOST}:{port}"
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, *, body: bytes | None = None, headers: dict | None = None) -> Response:
        headers = {"Accept-Language": "id", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        seconds = time.perf_counter() - started
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.partition(";")[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return Response(response.status, response.headers, content, seconds)

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def close(self) -> None:
        self.connection.close()


def answered_200(response: Response) -> bool:
    return response.status == 200


@dataclass(frozen=True)
class Scenario:
    """What one client does once, in a loop: `step` returns the response whose latency is measured, `ok` judges it."""

    label: str
    step: Callable[[Client], Response]
    ok: Callable[[Response], bool] = answered_200


def page(path: str) -> Scenario:
    return Scenario(path, lambda client: client.get(path))


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    errors: int = 0

    @property
    def answered(self) -> int:
        """Requests that got the expected answer."""
        return len(self.sizes)


def client_loop(port: int, scenario: Scenario, deadline: float, result: Result, lock: threading.Lock) -> None:
    client = Client(port)
    latencies, sizes, errors = [], [], 0
    while time.monotonic() < deadline:
        try:
            response = scenario.step(client)
        except (OSError, http.client.HTTPException):
            errors += 1
            time.sleep(0.05)  # the server is down or restarting: count the failure, do not spin
            continue
        latencies.append(response.seconds)
        if scenario.ok(response):
            sizes.append(len(response.body))
        else:
            errors += 1
    client.close()
    with lock:
        result.latencies += latencies
        result.sizes += sizes
        result.errors += errors


def drive(port: int, scenario: Scenario, concurrency: int, seconds: float) -> tuple[Result, float]:
    result, lock = Result(), threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client_loop, args=(port, scenario, deadline, result, lock), daemon=True)
        for _ in range(concurrency)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result, time.monotonic() - started


def measure(port: int, scenario: Scenario, args: argparse.Namespace) -> tuple[Result, Result]:
    """Warm up, then measure and print the row; returns both results (the warm-up's requests count too)."""
    warmup, _elapsed = drive(port, scenario, args.concurrency, args.warmup)
    result, elapsed = drive(port, scenario, args.concurrency, args.duration)
    print(report_row(scenario.label, result, elapsed), flush=True)
    return warmup, result


def percentile(ordered: list[float], share: float) -> float:
    """Nearest-rank percentile of an ordered list, in milliseconds."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] * 1000 if ordered else float("nan")


def print_table_header() -> None:
    print(f"{'URL':<48} {'reqs':>7} {'errors':>6} {'req/s':>7}", end="")
    print(f" {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'max ms':>7} {'KB':>7}")


def report_row(label: str, result: Result, elapsed: float) -> str:
    ordered = sorted(result.latencies)
    size = sum(result.sizes) / len(result.sizes) / 1024 if result.sizes else 0
    figures = [percentile(ordered, share) for share in (0.5, 0.9, 0.99, 1.0)]
    return (
        f"{label:<48} {len(ordered):>7} {result.errors:>6} {len(ordered) / elapsed:>7.1f}"
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
