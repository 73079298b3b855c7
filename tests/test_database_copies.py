"""The saved copies that every database test starts from (tests/database.py, tests/conftest.py)."""

import pytest
from wagtail.models import Page, Site

from tests.conftest import MIGRATED
from tests.database import CHANGED


@pytest.mark.django_db(transaction=True)
def test_what_a_committing_test_changed_is_gone_once_the_migrated_copy_is_brought_back(database_copies):
    root = Page.get_first_root_node()
    Site.objects.create(hostname="tidak-ada.ambon.go.id", root_page=root)
    Page.objects.filter(depth__gt=1).delete()
    database_copies.holds = CHANGED

    assert database_copies.bring(MIGRATED)

    assert not Site.objects.filter(hostname="tidak-ada.ambon.go.id").exists()
    assert Page.objects.filter(depth__gt=1).exists()  # the welcome page the migrations made is back
    assert not database_copies.bring(MIGRATED)  # already there: nothing to copy


def test_a_demo_test_starts_from_the_built_demo_and_not_from_an_empty_site(demo):
    assert Page.objects.filter(depth__gt=2).count() > 100
    assert "Demo content is ready." in demo.output
