"""How fast gunicorn serves the public pages, uncached and from the page cache, side by side with a bare Wagtail page
and a static file, in one interleaved run.

Builds a throwaway SQLite demo site with the production settings and starts three gunicorns with the same settings
(one sync worker per CPU): the portal with its page cache off (PAGE_CACHE_SECONDS=0), the portal with it on, and a
project fresh from `wagtail start`, whose welcome page is the yardstick of an uncached page. The static file is the
portal's CSS through WhiteNoise. Each round measures every target once, in turn, so that what else the machine does
falls on all of them alike; the table gives the medians over the rounds and two ratios: a page uncached against the
bare Wagtail page, and a page from the cache against the static CSS. It prints figures and never asserts: see
bench/README.md.

    .venv/bin/python bench/serve.py [--rounds 3] [--concurrency 8] [--duration 5] [--warmup 1] [--keep | --reuse DIR]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import (
    DB_NAME,
    add_arguments,
    demo_site,
    drive,
    free_port,
    manage,
    page,
    percentile,
    print_environment,
    start_gunicorn,
    stop_gunicorn,
    wait_until_up,
)

PAGES = [
    "/",
    "/perangkat-daerah/",
    "/perangkat-daerah/dinas-kesehatan/",
    "{report}",
    "/dasbor-kinerja/",
    "/pengaduan/daftar/",
    "/pengaduan/lacak/{complaint}/",
    "/forum/",
    "/forum/topik/{thread}/",
    "/cari/?q=jalan",
]
ADDRESSES_QUERY = """
import json
from feedback.models import Complaint, Thread
from reports.models import PerformanceReportPage, ReportPeriod, UnitPage
unit = UnitPage.objects.live().get(slug="dinas-kesehatan", locale__language_code="id")
report = PerformanceReportPage.objects.live().child_of(unit).get(year=2024, period=ReportPeriod.ANNUAL)
complaint = Complaint.objects.publicly_listed().order_by("pk").first()
thread = Thread.objects.listed().order_by("pk").first()
print(json.dumps({"report": report.get_url_parts()[2], "complaint": complaint.tracking_code, "thread": thread.pk}))
"""
BARE, CSS = "bare Wagtail welcome page", "portal CSS (WhiteNoise)"
BARE_SETTINGS = """from .base import *  # noqa
SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1"]
"""


def addresses(env: dict[str, str], log: Path) -> dict:
    """The report, complaint and thread the benchmark opens, looked up in its database."""
    return json.loads(manage(env, log, "shell", "--no-imports", "-c", ADDRESSES_QUERY).strip().splitlines()[-1])


def static_css(directory: Path) -> str:
    """The hashed name of the portal's stylesheet, as collectstatic wrote it."""
    manifest = json.loads((directory / "static" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/portal.css"]


def bare_wagtail(directory: Path) -> tuple[Path, dict[str, str]]:
    """A project made by `wagtail start`, migrated and with its static files collected, on its production settings."""
    bare = directory / "bare"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bare.settings.production"}
    if not (bare / "db.sqlite3").exists():
        bare.mkdir(exist_ok=True)
        command = [str(Path(sys.executable).with_name("wagtail")), "start", "bare", str(bare)]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603 (fixed argv)
        (bare / "bare" / "settings" / "local.py").write_text(BARE_SETTINGS)
        for step in (["migrate", "--no-input"], ["collectstatic", "--no-input"]):
            command = [sys.executable, "manage.py", *step]
            subprocess.run(command, cwd=bare, env=env, check=True, capture_output=True)  # noqa: S603 (fixed argv)
    return bare, env


def start(directory: Path, env: dict[str, str], workers: int, log_name: str, **where) -> tuple[subprocess.Popen, int]:
    """A gunicorn (common.start_gunicorn; `where` may name another application and directory), once it answers."""
    port = free_port()
    server = start_gunicorn(directory, env, port, workers, log_name=log_name, **where)
    wait_until_up(server, port, directory / log_name)
    return server, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians are printed (default 3)")
    parser.set_defaults(duration=5, warmup=1)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    workers = os.cpu_count() or 1
    with demo_site(args) as (directory, env):
        found = addresses(env, directory / "setup.log")
        pages = [path.format(**found) for path in PAGES]
        bare, bare_env = bare_wagtail(directory)
        servers = []
        try:
            servers.append(start(directory, env | {"PAGE_CACHE_SECONDS": "0"}, workers, "g1.log"))
            servers.append(start(directory, env, workers, "g2.log"))
            servers.append(start(directory, bare_env, workers, "g3.log", application="bare.wsgi", cwd=bare))
            (_, uncached), (_, cached), (_, yardstick) = servers
            targets = [
                ("bare Wagtail welcome page", yardstick, "/"),
                ("portal CSS (WhiteNoise)", cached, static_css(directory)),
            ]
            targets += [(f"{path} uncached", uncached, path) for path in pages]
            targets += [(f"{path} cached", cached, path) for path in pages]
            print_environment(args, env, workers, load)
            print(f"{args.rounds} interleaved rounds; {DB_NAME} in {directory}\n")
            figures = {label: [] for label, _port, _path in targets}
            for number in range(1, args.rounds + 1):
                print(f"round {number} ...", flush=True)
                for label, port, path in targets:
                    drive(port, page(path), args.concurrency, args.warmup)
                    result, elapsed = drive(port, page(path), args.concurrency, args.duration)
                    ordered = sorted(result.latencies)
                    figures[label].append(
                        (len(ordered) / elapsed, percentile(ordered, 0.5), percentile(ordered, 0.99), result.errors)
                    )
            print_table(figures)
        finally:
            for server, _port in servers:
                stop_gunicorn(server)


def print_table(figures: dict) -> None:
    medians = {
        label: [statistics.median(column) for column in zip(*rows, strict=True)] for label, rows in figures.items()
    }
    bare_rate, css_rate = medians[BARE][0], medians[CSS][0]
    print(f"\n{'':<56} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}   ratio")
    for label, (rate, p50, p99, errors) in medians.items():
        if label.endswith(" uncached"):
            ratio = f"{rate / bare_rate:6.0%} of the bare Wagtail page"
        elif label.endswith(" cached"):
            ratio = f"{rate / css_rate:6.0%} of the static CSS"
        else:
            ratio = ""
        print(f"{label:<56} {rate:>8.1f} {p50:>7.1f} {p99:>7.1f} {errors:>6.0f}   {ratio}")


if __name__ == "__main__":
    main()
