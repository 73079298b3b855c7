"""The admin home's open complaints per unit, and the warnings when a complaint goes where nobody can answer it."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from feedback.complaints.selectors import load_by_unit
from feedback.deadlines import add_working_days, local_today
from feedback.models import Complaint
from reports.services import unit_ensure_staff_group
from tests.factories import ComplaintCategoryFactory, UnitPageFactory
from tests.feedback.complaints.test_admin import action_url, client_for, detail_url, file, inbox, routed, user_in

pytestmark = pytest.mark.django_db


def due(complaint: Complaint, day) -> None:
    Complaint.objects.filter(pk=complaint.pk).update(response_due=day)


@pytest.fixture
def loads(category, units, verifier, staff_a, staff_b):
    """Dinas A (units[0]): two overdue, one due soon, one on time; Dishub: one on time; one not routed yet."""
    today = local_today()
    pupr = [routed(category, units[0], verifier) for _number in range(4)]
    due(pupr[0], today - timedelta(days=3))
    due(pupr[1], today - timedelta(days=1))
    due(pupr[2], add_working_days(today, 1))
    due(pupr[3], add_working_days(today, 5))
    routed(ComplaintCategoryFactory(unit=units[1]), units[1], verifier)
    file(category)
    return pupr


def panel(client) -> str:
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    start = home.index('id="complaint-load')
    return home[start : home.index("</section>", start)]


def test_the_admin_home_counts_each_units_overdue_and_due_soon_complaints(units, loads, verifier, staff_a):
    counts = [
        (load.unit, load.overdue, load.due_soon, load.open)
        for load in load_by_unit(Complaint.objects.all(), units[0].__class__.objects.all(), local_today())
    ]
    assert counts == [(units[0], 2, 1, 4), (None, 0, 0, 1), (units[1], 0, 0, 1)]

    seen_by_verifier = panel(client_for(verifier))
    assert "3 complaints are past a deadline" not in seen_by_verifier
    assert "2 complaints are past a deadline." in seen_by_verifier
    assert seen_by_verifier.index(units[0].title) < seen_by_verifier.index(units[1].title)
    overdue_link = f"?status=open&amp;deadline=overdue&amp;unit={units[0].pk}"
    assert overdue_link in seen_by_verifier

    seen_by_staff = panel(client_for(staff_a))
    assert units[0].title in seen_by_staff and units[1].title not in seen_by_staff
    assert "Waiting to be verified" not in seen_by_staff  # not routed: not theirs


def test_the_home_panels_link_opens_the_inbox_on_that_units_overdue_complaints(units, loads, verifier):
    client = client_for(verifier)
    assert inbox(client, status="open", deadline="overdue", unit=units[0].pk) == [loads[0].pk, loads[1].pk]
    assert inbox(client, status="open", unit="none") == list(
        Complaint.objects.filter(unit=None).values_list("pk", flat=True)
    )
    response = client.get(reverse("feedback_complaints"), {"unit": "not-a-unit"})
    assert response.status_code == 200  # an unknown unit is a form error, every complaint is listed
    assert response.context["form"].errors["unit"]


def test_the_admin_home_takes_as_many_queries_for_many_units_as_for_two(units, loads, verifier, unit_index):
    client = client_for(verifier)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            panel(client)
        return len(captured)

    few = queries()
    for number in range(5):
        more = UnitPageFactory(parent=unit_index, title=f"Kecamatan {number}", slug=f"kecamatan-{number}")
        routed(ComplaintCategoryFactory(unit=more), more, verifier)
    assert queries() == few


def test_a_unit_without_active_staff_is_marked_when_routing_on_the_complaint_and_on_the_home(
    category, units, verifier, staff_a
):
    client = client_for(verifier)
    complaint = file(category)
    route_form = client.get(detail_url(complaint)).content.decode()
    assert f"{units[1].title} (no active staff)" in route_form  # Dishub has no staff group member
    assert f">{units[0].title}<" in route_form

    assert (
        client.post(action_url(complaint, "route"), {"version": complaint.version, "unit": units[1].pk}).status_code
        == 302
    )
    detail = client.get(detail_url(complaint)).content.decode()
    assert f"{units[1].title} has no active staff account: nobody there sees this complaint." in detail
    assert "1 open complaint is routed to Dinas Perhubungan, which has no active staff account" in panel(client)

    officer = user_in("petugas-dishub", unit_ensure_staff_group(unit=units[1]))
    assert "no active staff" not in client.get(detail_url(complaint)).content.decode()
    officer.is_active = False
    officer.save()
    assert "has no active staff account" in panel(client)  # a deactivated account answers nothing
