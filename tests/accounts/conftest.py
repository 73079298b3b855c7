import pytest
from django.core.cache import cache
from wagtail.models import Locale

from reports.services import unit_ensure_staff_group
from tests.accounts.factories import UserFactory
from tests.factories import UnitIndexPageFactory, UnitPageFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth counts requests against its rate limits in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


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
    user = UserFactory(username="petugas.dinkes", first_name="Yosef", last_name="Latumahina")
    user.groups.add(health.staff_group)
    return user


@pytest.fixture
def english(home):
    """The English site: the home page translated, as load_demo has it."""
    locale = Locale.objects.create(language_code="en")
    home.copy_for_translation(locale).save_revision().publish()
    return locale
