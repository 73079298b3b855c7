"""At the end of a run: the ten slowest tests and what the whole run took, so that a change that slows the suite
shows at once. A test's time is its setup, call and teardown together (a fixture that rebuilds too much shows in
the setup); the run's time is the wall clock from the start of the session, workers included."""

import time
from collections import Counter

from django.conf import settings

SLOWEST = 10

durations: Counter = Counter()
ran: set[str] = set()
started = time.monotonic()


def pytest_sessionstart(session):
    global started
    started = time.monotonic()


def pytest_runtest_logreport(report):
    durations[report.nodeid] += report.duration
    if report.when == "call":
        ran.add(report.nodeid)


def pytest_terminal_summary(terminalreporter, config):
    if hasattr(config, "workerinput") or not durations:  # a pytest-xdist worker: its controller reports
        return
    write = terminalreporter.write_line
    terminalreporter.section(f"the {SLOWEST} slowest tests (setup + call + teardown)")
    for nodeid, seconds in durations.most_common(SLOWEST):
        write(f"{seconds:8.2f} s  {nodeid}")
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    write(f"{len(ran)} test{'' if len(ran) == 1 else 's'} ran on {engine} in {minutes} min {seconds:02d} s")
