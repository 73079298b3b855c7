import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.factories import make_site_home


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: its database starts empty, so what an earlier test cached is stale."""
    cache.clear()


@pytest.fixture
def home(db):
    return make_site_home()


@pytest.fixture
def demo(db):
    """The full Ambon demo site, as `make run` builds it."""
    call_command("load_demo", stdout=io.StringIO())
