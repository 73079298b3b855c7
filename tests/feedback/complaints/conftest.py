"""The complaints page under the home page, for the complaint tests that do not make their own."""

import pytest

from tests.factories import ComplaintsPageFactory


@pytest.fixture
def page(home):
    return ComplaintsPageFactory(parent=home)
