"""The demo complaints: every status and privacy level, some late, some rated, written once."""

import pytest
from django.contrib.auth import get_user_model

from demo.complaints import build_categories, build_complaints
from demo.home import build_home
from demo.tables import COMPLAINTS, UNITS
from demo.units import build_units
from feedback.deadlines import local_today
from feedback.models import (
    Complaint,
    ComplaintCategory,
    ComplaintUpdate,
    EventKind,
    FixAnswer,
    FixCheck,
    Privacy,
    ReplyTemplate,
    Status,
    UpdateStatus,
)
from open311.models import ApiClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def categories():
    routed_to = {category["unit"] for category in COMPLAINTS["categories"]}
    index = build_units(build_home(), units=[unit for unit in UNITS if unit["slug"] in routed_to])
    return build_categories(index)


def test_demo_complaints_cover_the_workflow_and_are_built_once(categories):
    staff = get_user_model().objects.create_user("verifikator", "pengaduan@ambon.go.id", "a-long-password-1")

    build_complaints(categories, staff=staff, count=80)
    build_complaints(categories, staff=staff, count=80)

    complaints = Complaint.objects.all()
    assert complaints.count() == 80
    assert set(complaints.values_list("status", flat=True)) == set(Status.values)
    assert set(complaints.values_list("privacy", flat=True)) == set(Privacy.values)
    assert complaints.overdue(local_today()).exists()
    assert complaints.filter(status=Status.RESOLVED, rating__isnull=False).exists()
    for complaint in complaints.filter(status=Status.RESOLVED)[:10]:
        events = list(complaint.events.order_by("pk"))  # in the order they were written
        assert events[0].kind == EventKind.SUBMITTED
        assert [event.created_at for event in events] == sorted(event.created_at for event in events)
        assert events[0].created_at == complaint.submitted_at
        assert (events[0].status, events[-1].status) == (Status.SUBMITTED, Status.RESOLVED)
        assert complaint.unit == complaint.category.unit


def test_the_demo_has_residents_answers_to_is_it_fixed_and_neighbours_updates(demo, client):
    answered = FixCheck.objects.exclude(answer="")
    updates = dict(ComplaintUpdate.objects.values_list("status", "complaint__tracking_code"))

    assert answered.filter(answer=FixAnswer.FIXED).exists() and answered.filter(answer=FixAnswer.NOT_FIXED).exists()
    assert "Beres menurut warga" in client.get("/pengaduan/responsivitas/").content.decode()
    assert set(updates) == {UpdateStatus.PUBLISHED, UpdateStatus.PENDING}
    published = client.get(f"/pengaduan/lacak/{updates[UpdateStatus.PUBLISHED]}/").content.decode()
    assert "Masih rusak: sejak hujan" in published
    waiting = client.get(f"/pengaduan/lacak/{updates[UpdateStatus.PENDING]}/").content.decode()
    assert "Petugas sudah datang" not in waiting


def test_every_unit_that_receives_complaints_has_an_active_officer_to_answer_them(demo):
    routed_to = {category.unit for category in ComplaintCategory.objects.select_related("unit__staff_group")}

    without_staff = [
        unit.slug
        for unit in routed_to
        if not get_user_model().objects.filter(groups=unit.staff_group, is_active=True).exists()
    ]

    assert "dinas-pupr" in {unit.slug for unit in routed_to}
    assert without_staff == []


def test_the_demo_offers_valid_reply_templates_for_every_status_staff_answer_in(demo):
    templates = ReplyTemplate.objects.all()

    for template in templates:
        template.full_clean()  # known placeholders only
    assert {template.status for template in templates} >= {Status.SUBMITTED, Status.ROUTED, Status.IN_PROGRESS}
    assert templates.filter(category__name="Jalan rusak").exists()


def test_the_demo_has_an_application_that_may_file_through_open311(demo):
    assert list(ApiClient.objects.filter(active=True).values_list("name", flat=True)) == ["Aplikasi contoh Open311"]
