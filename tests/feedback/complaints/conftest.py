"""The complaints page under the home page, for the complaint tests that do not make their own, and the people who
handle complaints in the admin: a verifier and an officer of each of the two `units`."""

import pytest

from feedback.complaints.access import verifier_group_ensure
from reports.services import unit_ensure_staff_group
from tests.factories import ComplaintsPageFactory
from tests.feedback.complaints.test_admin import user_in


@pytest.fixture
def page(home):
    return ComplaintsPageFactory(parent=home)


@pytest.fixture
def verifier(db):
    return user_in("verifikator", verifier_group_ensure())


@pytest.fixture
def staff_a(units):
    return user_in("petugas-pupr", unit_ensure_staff_group(unit=units[0]))


@pytest.fixture
def staff_b(units):
    return user_in("petugas-dishub", unit_ensure_staff_group(unit=units[1]))
