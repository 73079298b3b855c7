import pytest

from tests.factories import UnitIndexPageFactory, UnitPageFactory


@pytest.fixture
def index(home):
    """Perangkat Daerah, under the site's home page."""
    return UnitIndexPageFactory(parent=home, slug="perangkat-daerah")


@pytest.fixture
def health(index):
    return UnitPageFactory(
        parent=index,
        slug="dinas-kesehatan",
        title="Dinas Kesehatan",
        short_name="Dinkes",
        code="1.02.0.00.0.00.01.0000",
    )
