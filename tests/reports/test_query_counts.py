"""Page query counts must not grow with the number of units: the same for 5 and for 50."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports.models import UnitType
from tests.factories import StandardPageFactory, UnitIndexPageFactory, UnitPageFactory, make_site_home


def build_site(unit_count: int):
    home = make_site_home()
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    StandardPageFactory(parent=home, slug="tentang", show_in_menus=True)
    types = list(UnitType)
    units = [
        UnitPageFactory(parent=index, slug=f"unit-{n}", unit_type=types[n % len(types)]) for n in range(unit_count)
    ]
    return home, index, units


def queries_for(client, url: str) -> int:
    client.get(url)  # warm caches that are per-process, not per-request (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_page_queries_do_not_grow_with_units(client, django_db_blocker, db):
    home, index, units = build_site(5)
    small = {url: queries_for(client, url) for url in ("/", "/perangkat-daerah/", units[0].url)}
    for n in range(5, 50):
        UnitPageFactory(parent=index, slug=f"unit-{n}", unit_type=list(UnitType)[n % len(UnitType)])
    large = {url: queries_for(client, url) for url in ("/", "/perangkat-daerah/", units[0].url)}
    assert large == small
    assert small["/"] <= 26  # with the first screen's buttons (the complaints page, found once)
    assert small[units[0].url] <= 31  # with the responsiveness scorecard, the complaint figures and the forum section
