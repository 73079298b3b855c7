"""Communications staff can open every editor screen of the portal's own models."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Site

from tests.accounts.factories import second_factor_set_up
from tests.factories import StandardPageFactory, UnitIndexPageFactory, UnitPageFactory


@pytest.fixture
def staff_client(client, db):
    user = get_user_model().objects.create_superuser("humas", "humas@ambon.go.id", "a-long-password-1")
    second_factor_set_up(user)
    client.force_login(user)
    return client


def test_every_page_type_opens_in_the_editor(staff_client, home):
    index = UnitIndexPageFactory(parent=home)
    pages = [home, StandardPageFactory(parent=home), index, UnitPageFactory(parent=index)]
    for page in pages:
        response = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, type(page).__name__


def test_portal_settings_open_in_the_admin(staff_client, home):
    site = Site.objects.get(is_default_site=True)
    response = staff_client.get(reverse("wagtailsettings:edit", args=["home", "portalsettings", site.pk]))
    assert response.status_code == 200
    assert "Detail kontak" in response.content.decode()  # the admin follows the default language, Indonesian
