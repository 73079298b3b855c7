"""The home page's first screen: the buttons for what most residents come to do, from the apps that offer it."""

import pytest

from tests.factories import ComplaintsPageFactory

pytestmark = pytest.mark.django_db


def test_the_home_page_offers_filing_and_tracking_a_complaint_first(client, home):
    complaints = ComplaintsPageFactory(parent=home)

    html = client.get(home.url).content.decode()

    hero = html[html.index('class="hero"') : html.index("</section>")]
    assert f'href="{complaints.url}ajukan/">Ajukan pengaduan</a>' in hero
    assert f'href="{complaints.url}#lacak">Lacak pengaduan</a>' in hero
    assert 'id="lacak"' in client.get(complaints.url).content.decode()


def test_without_a_published_complaints_page_the_home_page_offers_no_buttons(client, home):
    ComplaintsPageFactory(parent=home).unpublish()

    assert "hero__actions" not in client.get(home.url).content.decode()
