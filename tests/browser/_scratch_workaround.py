# Scratch, deleted after use: runs the real journey around the two app bugs found, to check the rest of it.
import pytest

from tests.browser import test_complaint_journey as journey
from tests.browser.conftest import TIMEOUT_MS
from tests.browser.test_complaint_journey import test_anonymous_complaint_from_a_phone_is_routed_answered_accepted_and_listed_without_the_name  # noqa

pytestmark = pytest.mark.browser


def _strip(route):
    response = route.fetch()
    route.fulfill(response=response, headers={k: v for k, v in response.headers.items() if k.lower() != "referrer-policy"})


@pytest.fixture
def new_page(browser, live_server, demo_live):
    contexts = []

    def make(**options):
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/pengaduan/lacak/**", _strip)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def lenient_list_width(monkeypatch):
    real = journey.check_public_page

    def check(page, axe):
        if "/pengaduan/daftar/" in page.url:
            axe(page)
        else:
            real(page, axe)

    monkeypatch.setattr(journey, "check_public_page", check)
