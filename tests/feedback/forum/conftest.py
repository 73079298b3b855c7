import pytest

from reports.services import unit_ensure_staff_group
from tests.accounts.factories import ResidentFactory
from tests.factories import BoardFactory, ForumPageFactory, UnitIndexPageFactory, UnitPageFactory, UnitStaffFactory


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
def neighbour(db):
    return ResidentFactory(username="yosef")


@pytest.fixture
def staff(units):
    return UnitStaffFactory(username="petugas.dlh", unit=units[0])


@pytest.fixture
def other_staff(units):
    return UnitStaffFactory(username="petugas.dinkes", unit=units[1])
