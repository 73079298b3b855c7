"""The yearly figures of information requests: received, responded to in time (over those decided or overdue),
extended, refused by ground, objections and their outcome; per unit and for the city, in a fixed number of
queries; a share over nothing is "no data"; on a public page per year and as open data, never naming a requester."""

import csv
import io
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppid import services
from ppid.models import Exemption, ObjectionGround, ObjectionOutcome
from ppid.statistics import year_figures
from tests.factories import UnitPageFactory
from tests.ppid.factories import PpidPageFactory
from tests.ppid.test_rules import on, registered

pytestmark = pytest.mark.django_db


def test_the_years_figures_for_the_city_and_each_unit(unit_index, staff_user):
    health = UnitPageFactory(parent=unit_index, title="Dinas Kesehatan")
    in_time, late, refused, extended, _overdue, _also_overdue = (registered(health) for _ in range(6))
    to_city = registered(None)
    with on(date(2026, 4, 1)):
        services.request_answer(request=in_time, by=staff_user, message="Terlampir.")
        refused = services.request_refuse(
            request=refused, by=staff_user, exemption=Exemption.PRIVACY, consequence_test="Data pribadi."
        )
        services.request_extend(request=extended, by=staff_user, reason="Data dihimpun.")
        services.request_transfer(request=to_city, by=staff_user, body="BPS Provinsi Maluku")
    with on(date(2026, 4, 9)):
        services.request_answer(request=late, by=staff_user, message="Terlampir, terlambat.")
    objection = services.objection_file(
        request=refused, ground=ObjectionGround.REFUSED, reason="Data agregat.", today=date(2026, 4, 2)
    )
    services.objection_answer(objection=objection, by=staff_user, outcome=ObjectionOutcome.UPHELD, answer="Diberikan.")

    with CaptureQueriesContext(connection) as queries:
        figures = year_figures(2026, today=date(2026, 4, 10))

    unit = figures.by_unit[health.translation_key]
    assert (unit.received, unit.answered, unit.refused, unit.extended) == (6, 2, 1, 1)
    # judged: the 3 decided and the overdue ones (10 April is past 7 April, and past nothing for the extended one)
    assert (unit.in_time.part, unit.in_time.whole) == (2, 5)
    assert unit.refused_by_ground == {Exemption.PRIVACY: 1}
    assert (unit.objections, unit.objections_upheld, unit.objections_waiting) == (1, 1, 0)
    assert figures.by_unit[None].transferred == 1
    assert (figures.city.received, figures.city.in_time.whole) == (7, 6)
    assert len(queries) == 2


def test_a_year_without_requests_has_no_share_rather_than_zero():
    figures = year_figures(2025)

    assert figures.city.received == 0
    assert figures.city.in_time.percent is None


@pytest.fixture
def page(home):
    return PpidPageFactory(parent=home)


def test_the_statistics_page_shows_the_years_figures_per_body_with_what_each_share_is_taken_over(
    client, page, unit_index, staff_user
):
    health = UnitPageFactory(parent=unit_index, title="Dinas Kesehatan")
    answered, _waiting = registered(health), registered(health)
    registered(None, day=date(2025, 6, 2))
    with on(date(2026, 3, 17)):
        services.request_answer(request=answered, by=staff_user, message="Terlampir.")

    html = client.get(page.url + "statistik/2026/").content.decode()
    other_year = client.get(page.url + "statistik/2025/").content.decode()

    assert "Dinas Kesehatan" in html and "(1 dari 2)" in html  # the one still open is past its deadline
    assert "Nona Tuhumury" not in html and "Cakupan imunisasi" not in html
    assert 'href="' + page.url + 'statistik/2025/"' in html
    assert "PPID Utama" in other_year and "Dinas Kesehatan" not in other_year
    assert client.get(page.url + "statistik/2019/").status_code == 404
    assert client.get(page.url + "statistik/").status_code == 200


def test_the_yearly_figures_as_open_data_give_the_city_total_and_each_body_per_year(client, unit_index, staff_user):
    health = UnitPageFactory(parent=unit_index, title="Dinas Kesehatan")
    refused = registered(health)
    registered(None, day=date(2025, 6, 2))
    with on(date(2026, 3, 17)):
        services.request_refuse(
            request=refused, by=staff_user, exemption=Exemption.PRIVACY, consequence_test="Data pribadi pasien."
        )

    rows = list(csv.DictReader(io.StringIO(client.get("/data/ppid-statistik.csv").content.decode("utf-8-sig"))))
    body = client.get("/data/ppid-statistik.json").content.decode()

    assert [(row["tahun"], row["nama_badan_publik"]) for row in rows] == [
        ("2026", "Total Kota Ambon"),
        ("2026", "Dinas Kesehatan"),
        ("2025", "Total Kota Ambon"),
        ("2025", "PPID Utama Kota Ambon"),
    ]
    assert (rows[1]["ditolak"], rows[1]["ditolak_17h"], rows[1]["persen_tepat_waktu"]) == ("1", "1", "100")
    assert rows[1]["kode_opd"] == health.code
    assert "Nona Tuhumury" not in body and "Cakupan imunisasi" not in body
