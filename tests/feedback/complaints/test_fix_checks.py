""" "Is it fixed?" some weeks after the resolution: asked once by email at the configured delay (or again when the
resident asks to be reminded), on the private page for those without an address; the answer on the public
timeline and in the unit's scorecard, the note and photo for the unit only."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from feedback.complaints import services
from feedback.complaints.fix_checks import fix_checks_send
from feedback.deadlines import local_today
from feedback.models import Complaint, ComplaintAttachment, FixCheck
from feedback.scorecards import unit_scorecard
from tests.factories import file_complaint

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("petugas", "petugas@ambon.go.id", "a-long-password-1")


@pytest.fixture(autouse=True)
def four_weeks(settings):
    settings.FIX_CHECK_DAYS = 28
    settings.FIX_CHECK_REMIND_DAYS = 14


def resolved(category, staff, days_ago: int, **fields):
    """A complaint the unit answered and the resident accepted, `days_ago` days ago; returns (complaint, secret)."""
    filed = file_complaint(category, **fields)
    complaint = services.complaint_route(complaint=filed.complaint, by=staff)
    services.complaint_reply(complaint=complaint, message="Lubang sudah ditambal.", by=staff)
    services.complaint_accept(complaint=complaint)
    Complaint.objects.filter(pk=complaint.pk).update(closed_at=timezone.now() - timedelta(days=days_ago))
    complaint.refresh_from_db()
    return complaint, filed.secret


def question_link(email) -> str:
    return re.search(r"http://\S+(/pengaduan/sudah-beres/\S+/)", email.body).group(1)


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#7a5230").save(buffer, format="JPEG")
    return SimpleUploadedFile("masih-rusak.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_the_question_is_emailed_once_when_the_delay_has_passed_and_never_for_old_complaints(
    category, staff, mailoutbox, django_capture_on_commit_callbacks
):
    too_early, _secret = resolved(category, staff, days_ago=27)
    due, _secret = resolved(category, staff, days_ago=28, email="due@contoh.id")
    long_ago, _secret = resolved(category, staff, days_ago=120, email="lama@contoh.id")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        first = fix_checks_send()
        second = fix_checks_send()

    assert (first, second) == (1, 0)
    (email,) = mailoutbox
    assert email.to == ["due@contoh.id"] and due.tracking_code in email.subject
    assert "/pengaduan/sudah-beres/" in email.body
    assert not FixCheck.objects.filter(complaint__in=[too_early, long_ago]).exists()


def test_not_fixed_goes_on_the_timeline_tells_the_unit_and_keeps_the_note_and_photo_for_it(
    client, page, category, staff, mailoutbox, django_capture_on_commit_callbacks
):
    complaint, _secret = resolved(category, staff, days_ago=30)
    with django_capture_on_commit_callbacks(execute=True):
        fix_checks_send()
    link = question_link(mailoutbox[-1])
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        answered = client.post(
            link, {"answer": "belum", "note": "Masih berlubang, malah makin besar.", "photo": photo()}
        )

    assert (answered.status_code, answered["Location"]) == (302, f"{page.url}lacak/{complaint.tracking_code}/")
    public = client.get(answered["Location"]).content.decode()
    assert "Warga menyatakan belum beres" in public and "makin besar" not in public
    assert ComplaintAttachment.objects.filter(complaint=complaint).count() == 1
    assert category.unit.email in [address for email in mailoutbox for address in email.to]
    assert unit_scorecard(category.unit.translation_key).confirmed_fixed.percent == 0
    assert client.post(link, {"answer": "beres"}).status_code == 400  # once


def test_fixed_counts_in_the_units_scorecard(
    client, page, category, staff, mailoutbox, django_capture_on_commit_callbacks
):
    resolved(category, staff, days_ago=30, email="satu@contoh.id")
    resolved(category, staff, days_ago=30, email="dua@contoh.id")
    resolved(category, staff, days_ago=30, email="tiga@contoh.id")
    with django_capture_on_commit_callbacks(execute=True):
        fix_checks_send()
    links = {email.to[0]: question_link(email) for email in mailoutbox if "sudah-beres" in email.body}

    client.post(links["satu@contoh.id"], {"answer": "beres"})
    client.post(links["dua@contoh.id"], {"answer": "belum"})
    client.post(links["tiga@contoh.id"], {"answer": "tidak-tahu"})

    fixed = unit_scorecard(category.unit.translation_key).confirmed_fixed
    assert (fixed.part, fixed.whole) == (1, 2)  # "don't know" does not count


def test_remind_me_later_asks_again_after_two_weeks_at_most_twice(
    client, page, category, staff, mailoutbox, django_capture_on_commit_callbacks
):
    resolved(category, staff, days_ago=28)
    with django_capture_on_commit_callbacks(execute=True):
        fix_checks_send()
    link = question_link(mailoutbox[-1])

    client.post(link, {"remind": "1"})
    check = FixCheck.objects.get()
    assert (check.reminders, check.asked_at, check.ask_on) == (1, None, local_today() + timedelta(days=14))
    with django_capture_on_commit_callbacks(execute=True):
        assert fix_checks_send(local_today() + timedelta(days=13)) == 0
        assert fix_checks_send(local_today() + timedelta(days=14)) == 1
    client.post(link, {"remind": "1"})
    refused = client.post(link, {"remind": "1"}, follow=True)
    assert FixCheck.objects.get().reminders == 2
    assert "Kami tidak akan bertanya lagi" in refused.content.decode()


def test_a_resident_without_an_address_answers_on_the_private_page_once_it_is_time(client, page, category, staff):
    early, early_secret = resolved(category, staff, days_ago=10, email="")
    due, due_secret = resolved(category, staff, days_ago=28, email="")

    early_page = client.get(f"{page.url}lacak/{early.tracking_code}/{early_secret}/").content.decode()
    private = f"{page.url}lacak/{due.tracking_code}/{due_secret}/"
    assert "Sudah beres?" not in early_page
    assert "Sudah beres?" in client.get(private).content.decode()

    answered = client.post(private, {"action": "fixed", "answer": "beres"})

    assert answered.status_code == 302
    assert FixCheck.objects.get(complaint=due).answer == "beres"
    assert "Warga memastikan sudah beres" in client.get(f"{page.url}lacak/{due.tracking_code}/").content.decode()
    assert "Sudah beres?" not in client.get(private).content.decode()
