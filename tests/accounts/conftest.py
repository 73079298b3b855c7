import pytest

from reports.services import unit_ensure_staff_group
from tests.factories import UnitIndexPageFactory, UnitPageFactory, UnitStaffFactory


@pytest.fixture
def units(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    health = UnitPageFactory(parent=index, title="Dinas Kesehatan", slug="dinas-kesehatan", short_name="Dinkes")
    environment = UnitPageFactory(
        parent=index, title="Dinas Lingkungan Hidup", slug="dinas-lingkungan-hidup", short_name="DLH"
    )
    for unit in (health, environment):
        unit_ensure_staff_group(unit=unit)
    return health, environment


@pytest.fixture
def health(units):
    return units[0]


@pytest.fixture
def health_staff(health):
    return UnitStaffFactory(username="petugas.dinkes", first_name="Yosef", last_name="Latumahina", unit=health)
