"""Describing the catalogue costs the same queries however many units and reports there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PerformanceReportPageFactory, UnitPageFactory

pytestmark = pytest.mark.django_db


def unit_with_report(index, number: int) -> None:
    unit = UnitPageFactory(parent=index, title=f"Dinas {number}", slug=f"dinas-{number}", code=f"1.0{number}")
    PerformanceReportPageFactory(parent=unit, year=2025).save_revision().publish()


def test_the_package_search_takes_as_many_queries_for_five_units_as_for_one(client, unit_index):
    def queries() -> tuple[int, int]:
        """How many queries the search took, and how many datasets it found."""
        with CaptureQueriesContext(connection) as captured:
            answer = client.get("/api/3/action/package_search", {"rows": "100"}).json()
        assert answer["success"]
        return len(captured), answer["result"]["count"]

    unit_with_report(unit_index, 1)
    few, count = queries()
    for number in range(2, 6):
        unit_with_report(unit_index, number)
    many, more = queries()

    assert many == few
    assert more == count + 4  # each unit's history is a dataset of its own
