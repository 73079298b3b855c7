"""How fast gunicorn serves the public pages: the home page, the performance dashboard and a report.

Builds a throwaway SQLite demo site with the production settings, starts gunicorn on loopback and drives
it with a standard-library load generator. It prints figures and never asserts: see bench/README.md.

    .venv/bin/python bench/serve.py [--concurrency 8] [--duration 10] [--warmup 2] [--keep | --reuse DIR]
"""

import argparse
import os
import sys
from pathlib import Path

from common import add_arguments, demo_site, gunicorn, manage, measure, page, print_environment, print_table_header

PAGES = ["/", "/dasbor-kinerja/", "/dasbor-kinerja/?year=2024"]
REPORT_URL_QUERY = """
from reports.models import PerformanceReportPage, ReportPeriod, UnitPage
unit = UnitPage.objects.live().get(slug="dinas-kesehatan", locale__language_code="id")
report = PerformanceReportPage.objects.live().child_of(unit).get(year=2024, period=ReportPeriod.ANNUAL)
print(report.get_url_parts()[2])
"""


def report_path(env: dict[str, str], log: Path) -> str:
    """The URL path of the live 2024 annual report of Dinas Kesehatan in the benchmark's database."""
    path = manage(env, log, "shell", "--no-imports", "-c", REPORT_URL_QUERY).strip()
    if not path.startswith("/"):
        sys.exit(f"Unexpected report URL {path!r}; see {log}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args()
    load = os.getloadavg()[0]  # before the setup, which loads the machine itself
    workers = os.cpu_count() or 1
    with demo_site(args) as (directory, env):
        report = report_path(env, directory / "setup.log")
        with gunicorn(directory, env, workers) as port:
            print_environment(args, env, workers, load)
            print_table_header()
            for path in [*PAGES, report]:
                measure(port, page(path), args)


if __name__ == "__main__":
    main()
