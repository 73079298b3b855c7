"""A staff account to act as a PPID in the rules' tests."""

import pytest

from tests.accounts.factories import UserFactory


@pytest.fixture
def staff_user(db):
    return UserFactory(username="ppid.dinkes")
