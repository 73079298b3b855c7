import io

import pytest
from django.core.management import call_command

from tests.factories import make_site_home


@pytest.fixture
def home(db):
    return make_site_home()


@pytest.fixture
def demo(db):
    """The full Ambon demo site, as `make run` builds it."""
    call_command("load_demo", stdout=io.StringIO())
