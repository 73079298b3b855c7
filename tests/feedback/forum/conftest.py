import pytest
from django.core.cache import cache

from feedback.forum.access import moderator_group_ensure
from reports.services import unit_ensure_staff_group
from tests.accounts.factories import ResidentFactory, UserFactory
from tests.factories import BoardFactory, ForumPageFactory, UnitIndexPageFactory, UnitPageFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    """The forum's flood limits count in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def forum(home):
    return ForumPageFactory(parent=home)


@pytest.fixture
def units(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    environment = UnitPageFactory(parent=index, title="Dinas Lingkungan Hidup", slug="dinas-lingkungan-hidup")
    health = UnitPageFactory(parent=index, title="Dinas Kesehatan", slug="dinas-kesehatan")
    for unit in (environment, health):
        unit_ensure_staff_group(unit=unit)
    return environment, health


@pytest.fixture
def board(units):
    return BoardFactory(slug="lingkungan", name="Lingkungan hidup", unit=units[0])


@pytest.fixture
def resident(db):
    return ResidentFactory(username="maria")


@pytest.fixture
def neighbour(db):
    return ResidentFactory(username="yosef")


@pytest.fixture
def staff(units):
    user = UserFactory(username="petugas.dlh")
    user.groups.add(units[0].staff_group)
    return user


@pytest.fixture
def other_staff(units):
    user = UserFactory(username="petugas.dinkes")
    user.groups.add(units[1].staff_group)
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator.kominfo")
    user.groups.add(moderator_group_ensure())
    return user
