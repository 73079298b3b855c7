"""The yearly figures of information requests: received, responded to in time (over those decided or overdue),
extended, refused by ground, objections and their outcome; per unit and for the city, in a fixed number of
queries; a share over nothing is "no data"."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppid import services
from ppid.models import Exemption, ObjectionGround, ObjectionOutcome
from ppid.statistics import year_figures
from tests.factories import UnitPageFactory
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
