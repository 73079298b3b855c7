"""Browser journeys: Playwright (sync API) drives Debian's Chromium against pytest-django's live server.

Every page a journey checks with `axe` is screenshotted to test-artifacts/<test-name>-<n>.png (git-ignored).
"""

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BLOCKING_IMPACTS = ("serious", "critical")
TIMEOUT_MS = 10_000  # a page of the portal on localhost loads in well under a second
expect.set_options(timeout=TIMEOUT_MS)  # assertions wait as long as actions: both CPUs may be busy with the suite


@pytest.fixture
def browser(monkeypatch):
    """Chromium, started for each test and stopped before its database is emptied.

    Playwright's sync API keeps an asyncio event loop running in the test thread while it is started. Django then
    refuses database access (SynchronousOnlyOperation), hence DJANGO_ALLOW_ASYNC_UNSAFE; and its connection handler
    switches to a separate set of connections, which would break the other tests' transactional rollbacks if the
    loop outlived a test. So both the loop and the variable last exactly one test (starting Chromium takes ~0.5 s);
    the variable must not leak into the rest of the suite either (`check --deploy` in a subprocess rejects it).
    """
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. "
            "Install it with `make system-packages` (or `apt-get install chromium`).",
            pytrace=False,
        )
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()  # the connections opened while the loop ran, so PostgreSQL can flush and drop


@pytest.fixture
def new_page(browser, live_server, transactional_db, demo):
    """new_page(**context_options): a page in a fresh browser context whose base URL is the live server.

    The live server's thread sees only what is committed, hence `transactional_db`: the journey gets a fresh copy
    of the demo built once for the session (tests/conftest.py), since it may change it."""
    contexts = []

    def make(**context_options):
        context = browser.new_context(base_url=live_server.url, **context_options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized page with JavaScript, for journeys that need nothing special."""
    return new_page()


@pytest.fixture
def axe(request):
    """axe(page): screenshot the page, run axe-core on it and fail on any serious or critical violation."""
    ARTIFACTS.mkdir(exist_ok=True)
    test_name = re.sub(r"[^\w.-]+", "_", request.node.name)
    for old_screenshot in ARTIFACTS.glob(f"{test_name}-*.png"):  # keep only this run's pages
        old_screenshot.unlink()
    checked = []
    runner = Axe()

    def check(page):
        checked.append(page.url)
        page.screenshot(path=ARTIFACTS / f"{test_name}-{len(checked)}.png", full_page=True)
        results = runner.run(page)
        blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
        if blocking:
            report = "\n".join(describe_violation(violation) for violation in blocking)
            pytest.fail(f"axe found serious or critical accessibility violations on {page.url}:\n{report}")

    return check


def describe_violation(violation: dict, max_targets: int = 3) -> str:
    """`- color-contrast [serious] Elements must meet minimum color contrast ratio thresholds: a.brand, ...`"""
    targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
    shown = ", ".join(targets[:max_targets])
    if len(targets) > max_targets:
        shown += f" (+{len(targets) - max_targets} more)"
    return f"- {violation['id']} [{violation['impact']}] {violation['help']}: {shown}"
