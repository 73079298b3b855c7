import pytest
from django.contrib.auth import get_user_model

from feedback.complaints.access import verifier_group_ensure
from reports.services import unit_ensure_staff_group
from tests.factories import ComplaintCategoryFactory, UnitIndexPageFactory, UnitPageFactory


@pytest.fixture
def unit(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    unit = UnitPageFactory(parent=index, slug="dinas-pupr", short_name="PUPR", email="pupr@ambon.go.id")
    unit_ensure_staff_group(unit=unit)
    return unit


@pytest.fixture
def category(unit):
    return ComplaintCategoryFactory(unit=unit)


@pytest.fixture
def verifier(db):
    user = get_user_model().objects.create_user("verifikator", "verifikator@ambon.go.id", "a-long-password-1")
    user.groups.add(verifier_group_ensure())
    return user
