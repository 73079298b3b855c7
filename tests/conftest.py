"""The test database's content: the bare migrated site or the Ambon demo, each built once per session and database.

Every database test starts from a saved copy of what it asks for (tests/database.py): `demo` gives the demo site as
`load_demo` builds it, anything else the migrated database. A test that only rolls back leaves the copy as it was,
so the next test asking for the same content starts at once; a test that commits (transactional tests, browser
journeys) works on the copy, and the next test gets a fresh one.
"""

import io
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import TransactionTestCase
from django.utils import translation
from pytest_django.plugin import validate_django_db
from wagtail.models import Locale

from reports.services import unit_ensure_staff_group
from tests.accounts.factories import ResidentFactory
from tests.database import CHANGED, DatabaseCopies
from tests.factories import (
    ComplaintCategoryFactory,
    ModeratorFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
    VerifierFactory,
    make_site_home,
)

pytest_plugins = ["tests.timing"]

MIGRATED, DEMO = "migrated", "demo"


@dataclass(frozen=True)
class DemoBuild:
    """What building the demo once did, for the tests of `load_demo` itself."""

    output: str  # what load_demo printed, the generated passwords included
    emails: list  # every email sent while it ran and after its commits


def clear_caches() -> None:
    for each in caches.all():
        each.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: what an earlier test cached may describe another database."""
    clear_caches()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request an earlier test made in English leaves English
    active in the worker's thread, and numbers formatted afterwards would read 87.25 instead of 87,25."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def database_copies(django_db_setup, django_db_blocker):
    """The migrated test database, saved once so that any test can start from it again."""
    with django_db_blocker.unblock():
        copies = DatabaseCopies(connections[DEFAULT_DB_ALIAS])
        copies.save(MIGRATED)
    yield copies
    with django_db_blocker.unblock():
        copies.drop()


@pytest.fixture(scope="session")
def demo_build(database_copies, django_db_blocker) -> DemoBuild:
    """The demo site, built once in this session and database by `load_demo` with real commits, then saved."""
    with django_db_blocker.unblock():
        database_copies.bring(MIGRATED)
        clear_caches()
        mail.outbox = []
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        build = DemoBuild(output=output.getvalue(), emails=list(mail.outbox))
        database_copies.save(DEMO)
        clear_caches()
    return build


@pytest.fixture
def database_content(request, database_copies, django_db_blocker):
    """Before the test's transaction begins, the database holds a fresh copy of the content the test asks for."""
    wanted = DEMO if "demo_build" in request.fixturenames else MIGRATED
    if wanted == DEMO:
        request.getfixturevalue("demo_build")
    with django_db_blocker.unblock():
        database_copies.bring(wanted)
    yield wanted
    if commits(request):
        database_copies.holds = CHANGED


@pytest.fixture(scope="session", autouse=True)
def no_flush_after_committing_tests():
    """Django empties the database after a test that committed, but the next test gets a fresh copy anyway
    (`database_content`): the flush (a TRUNCATE of every table and the post_migrate handlers, ~0.7 s on
    PostgreSQL) is skipped."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TransactionTestCase, "_fixture_teardown", lambda test_case: None)
        yield


@pytest.fixture
def _django_db_helper(database_content, _django_db_helper):
    """pytest-django's own per-test database setup (the transaction it rolls back, or none for a test that commits),
    run once `database_content` has put the right copy in place. Overriding it is the one hook that every way of
    asking for the database (`db`, `transactional_db`, `live_server`, the `django_db` mark) goes through."""
    yield


def commits(request) -> bool:
    """Whether the test commits for real, as pytest-django decides it."""
    marker = request.node.get_closest_marker("django_db")
    transaction, reset_sequences = validate_django_db(marker)[:2] if marker else (False, False)
    return transaction or reset_sequences or bool({"transactional_db", "live_server"} & set(request.fixturenames))


@pytest.fixture
def home(db):
    return make_site_home()


@pytest.fixture
def english(home):
    """The English site: the home page translated, as load_demo has it."""
    locale = Locale.objects.create(language_code="en")
    home.copy_for_translation(locale).save_revision().publish()
    return locale


# The people of the portal, one fixture per role; tests that need more of a role use the factories.


@pytest.fixture
def resident(db):
    return ResidentFactory(username="maria")


@pytest.fixture
def verifier(db):
    return VerifierFactory(username="verifikator")


@pytest.fixture
def moderator(db):
    return ModeratorFactory(username="moderator.kominfo")


# Dinas PUPR with its staff group, a second unit for what moves between two, and a complaint category for PUPR.


@pytest.fixture
def unit_index(home):
    return UnitIndexPageFactory(parent=home, slug="perangkat-daerah")


@pytest.fixture
def unit(unit_index):
    unit = UnitPageFactory(
        parent=unit_index, title="Dinas PUPR", slug="dinas-pupr", short_name="PUPR", email="pupr@ambon.go.id"
    )
    unit_ensure_staff_group(unit=unit)
    return unit


@pytest.fixture
def units(unit, unit_index):
    second = UnitPageFactory(
        parent=unit_index, title="Dinas Perhubungan", slug="dinas-perhubungan", short_name="Dishub"
    )
    return unit, second


@pytest.fixture
def category(unit):
    return ComplaintCategoryFactory(unit=unit)


@pytest.fixture
def demo(db, demo_build) -> DemoBuild:
    """The full Ambon demo site, as `make run` builds it; the test works on a copy."""
    return demo_build


def pytest_collection_modifyitems(items):
    """The tests on the demo run last, so that each worker copies the demo in once for all of those that only roll
    back (pytest-django has already put the tests that roll back before those that commit)."""
    items.sort(key=lambda item: "demo_build" in getattr(item, "fixturenames", ()))
