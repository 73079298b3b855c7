"""The complaint workflow through its services: filing, disposisi, handling, the resident's verdict, escalation."""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone
from PIL import Image

from feedback.complaints import services
from feedback.deadlines import add_working_days, local_today
from feedback.models import Complaint, ComplaintCategory, ComplaintEvent, EventKind, Privacy, RejectionReason, Status
from tests.factories import ComplaintCategoryFactory, file_complaint


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("petugas", "petugas@ambon.go.id", "a-long-password-1")


def file(category, **fields):
    return file_complaint(category, phone="", **fields)


def png_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from feedback.complaints.uploads import clean_upload

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#3d7f5c").save(buffer, format="PNG")
    return clean_upload(SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png"))


def kinds(complaint) -> list[tuple[str, bool]]:
    return list(complaint.events.values_list("kind", "is_public"))


def test_a_complaint_goes_from_filing_to_a_rated_resolution(db, category, units, staff):
    filed = file(category)
    complaint = filed.complaint
    assert filed.created and len(filed.secret) >= 32  # 24 random bytes: 192 bits
    assert complaint.secret_hash == services.secret_hash(filed.secret)
    assert complaint.tracking_code.startswith("ADU-")
    assert complaint.status == Status.SUBMITTED
    assert complaint.verification_due == add_working_days(local_today(), 3)
    assert complaint.reporter.name == "Maria Latuheru"

    complaint = services.complaint_route(complaint=complaint, by=staff)
    assert (complaint.status, complaint.unit) == (Status.ROUTED, units[0])  # the category's unit by default
    assert complaint.response_due == add_working_days(local_today(), 5)

    complaint = services.complaint_start(complaint=complaint, by=staff)
    complaint = services.complaint_reply(complaint=complaint, message="Lubang ditambal hari Kamis.", by=staff)
    assert complaint.status == Status.RESPONDED and complaint.first_response_at is not None
    assert complaint.feedback_due == add_working_days(local_today(), 10)

    complaint = services.complaint_accept(complaint=complaint)
    complaint = services.complaint_rate(complaint=complaint, rating=5)

    assert (complaint.status, complaint.rating) == (Status.RESOLVED, 5)
    assert kinds(complaint) == [
        (EventKind.SUBMITTED, True),
        (EventKind.ROUTED, True),
        (EventKind.STATUS_CHANGED, True),
        (EventKind.REPLY, True),
        (EventKind.ACCEPTED, True),
        (EventKind.RATED, True),
    ]
    assert complaint.events.get(kind=EventKind.REPLY).actor == staff
    assert complaint.version == 6


def test_a_verifier_can_route_to_another_unit_and_correct_the_category_first(db, category, units, staff):
    other = ComplaintCategoryFactory(unit=units[1], verification_days=1, resolution_days=20)
    complaint = file(category).complaint

    complaint = services.complaint_change_category(complaint=complaint, category=other, by=staff)
    complaint = services.complaint_route(
        complaint=complaint, unit=units[0], note="Jalan kota, bukan terminal.", by=staff
    )

    filed = timezone.localdate(complaint.submitted_at)  # deadlines count from the day of filing, in Ambon
    assert complaint.verification_due == add_working_days(filed, 1)
    assert complaint.resolution_due == add_working_days(filed, 20)
    assert complaint.unit == units[0]
    assert (EventKind.CATEGORY_CHANGED, False) in kinds(complaint)
    assert (EventKind.NOTE, False) in kinds(complaint)


def test_rejection_needs_a_reason_and_a_duplicate_names_the_original(db, category, staff):
    original = file(category, key="a").complaint
    complaint = file(category, key="b").complaint

    with pytest.raises(ValidationError):
        services.complaint_reject(complaint=complaint, reason="tidak-suka", by=staff)
    with pytest.raises(ValidationError):
        services.complaint_reject(complaint=complaint, reason=RejectionReason.DUPLICATE, by=staff)
    complaint = services.complaint_reject(
        complaint=complaint, reason=RejectionReason.DUPLICATE, duplicate_of=original, by=staff
    )

    assert (complaint.status, complaint.duplicate_of) == (Status.REJECTED, original)
    with pytest.raises(ValidationError):  # a rejected complaint is not routed any more
        services.complaint_route(complaint=complaint, by=staff)


def test_a_rejected_response_reopens_with_the_same_unit_and_a_second_one_escalates(db, category, units, staff):
    complaint = services.complaint_route(complaint=file(category).complaint, by=staff)
    complaint = services.complaint_reply(complaint=complaint, message="Sudah ditambal.", by=staff)

    complaint = services.complaint_reject_response(complaint=complaint, reason="Masih berlubang.")
    assert (complaint.status, complaint.unit, complaint.escalated_at) == (Status.IN_PROGRESS, units[0], None)

    complaint = services.complaint_reply(complaint=complaint, message="Ditambal ulang.", by=staff)
    complaint = services.complaint_reject_response(complaint=complaint, reason="Tetap berlubang.")

    assert complaint.escalated_at is not None
    assert [kind for kind, _public in kinds(complaint)][-2:] == [EventKind.REOPENED, EventKind.ESCALATED]


def test_handing_over_moves_the_complaint_out_of_the_old_units_queue(db, category, units, staff):
    complaint = services.complaint_route(complaint=file(category).complaint, by=staff)

    with pytest.raises(ValidationError):
        services.complaint_hand_over(complaint=complaint, unit=units[1], reason=" ", by=staff)
    complaint = services.complaint_hand_over(complaint=complaint, unit=units[1], reason="Urusan terminal.", by=staff)

    assert not Complaint.objects.filter(unit=units[0]).exists()
    assert list(Complaint.objects.filter(unit=units[1])) == [complaint]
    assert complaint.status == Status.ROUTED


def test_the_same_form_sent_twice_files_one_complaint(db, category):
    first = file(category, key="same-form")
    second = file(category, key="same-form")

    assert second.complaint == first.complaint
    assert (second.created, second.secret) == (False, None)
    assert Complaint.objects.count() == 1


def test_a_stale_edit_is_refused_and_changes_nothing(db, category, staff):
    complaint = file(category).complaint
    seen = complaint.version
    services.complaint_add_note(complaint=complaint, message="Cek lokasi.", by=staff)
    services.complaint_link_lapor(complaint=complaint, lapor_tracking_id="LAPOR-123", by=staff, expected_version=seen)

    with pytest.raises(services.ComplaintChanged):
        services.complaint_route(complaint=complaint, by=staff, expected_version=seen)

    complaint.refresh_from_db()
    assert complaint.status == Status.SUBMITTED
    assert list(Complaint.objects.with_lapor_id(" lapor-123 ")) == [complaint]


def test_categories_that_refuse_anonymity_and_future_dates_are_refused(db, units):
    named_only = ComplaintCategoryFactory(unit=units[0], allows_anonymous=False)

    with pytest.raises(ValidationError):
        file(named_only, privacy=Privacy.ANONYMOUS)
    with pytest.raises(ValidationError):
        file(named_only, incident_date=local_today() + timedelta(days=1))
    assert not Complaint.objects.exists()


def test_overdue_complaints_are_escalated_once(db, category, staff):
    late = file(category, key="late").complaint
    Complaint.objects.filter(pk=late.pk).update(verification_due=local_today() - timedelta(days=1))
    fresh = file(category, key="fresh").complaint

    assert list(Complaint.objects.overdue(local_today())) == [late]
    assert services.complaints_escalate_overdue() == [late]
    assert services.complaints_escalate_overdue() == []
    assert late.events.filter(kind=EventKind.ESCALATED).count() == 1
    assert not fresh.events.filter(kind=EventKind.ESCALATED).exists()


def test_due_soon_is_open_and_within_two_working_days(db, category):
    complaint = file(category).complaint
    today = local_today()
    Complaint.objects.filter(pk=complaint.pk).update(verification_due=add_working_days(today, 2))
    assert list(Complaint.objects.due_soon(today)) == [complaint]
    Complaint.objects.filter(pk=complaint.pk).update(verification_due=add_working_days(today, 3))
    assert not Complaint.objects.due_soon(today).exists()


def test_events_are_append_only(db, category):
    event = file(category).complaint.events.get()

    event.message = "diubah"
    with pytest.raises(ValidationError):
        event.save()
    with pytest.raises(ValidationError):
        event.delete()
    assert ComplaintEvent.objects.get(pk=event.pk).message == ""


def test_attachments_are_stored_under_random_names(db, category):
    complaint = file(category, uploads=[png_upload()]).complaint

    attachment = complaint.attachments.get()
    assert attachment.file.name == f"complaints/{complaint.tracking_code}/{attachment.token}.png"
    assert len(attachment.token) == 32 and attachment.width == 40
    assert Path(attachment.file.path).read_bytes().startswith(b"\x89PNG")


@pytest.mark.django_db(transaction=True)
def test_a_database_error_while_filing_leaves_no_complaint_and_no_file(home, units, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    category = ComplaintCategoryFactory(unit=units[0])
    gone = ComplaintCategory.objects.get(pk=category.pk)
    ComplaintCategory.objects.filter(pk=category.pk).delete()  # the stale instance now breaks a foreign key

    with pytest.raises(IntegrityError):
        file(gone, uploads=[png_upload()])

    assert not Complaint.objects.exists()
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]
