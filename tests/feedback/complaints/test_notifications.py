"""Complaint emails: who gets which, in whose language, only after commit, never with the wrong person's identity."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale

from feedback.complaints import services
from feedback.complaints.notifications import notifications_sweep
from feedback.models import DeliveryStatus, Notification, Privacy, Status
from tests.factories import ComplaintsPageFactory, UnitPageFactory, file_complaint

REPORTER = {"name": "Maria Latuheru", "email": "maria@example.com", "phone": "0812 4455 6677"}


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that refuses everything (stands in for an SMTP outage)."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server at mail.example.com refused the connection")


@pytest.fixture
def unit_staff(unit):
    user = get_user_model().objects.create_user("petugas.pupr", "petugas@pupr.ambon.go.id", "a-long-password-1")
    user.groups.add(unit.staff_group)
    return user


def file(category, **fields):
    return file_complaint(category, **{**REPORTER, **fields}).complaint


def mails_to(mailoutbox, address):
    return [mail for mail in mailoutbox if mail.to == [address]]


def test_verifiers_are_told_of_a_new_complaint_without_the_reporters_identity(
    category, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        complaint = file(category)

    [mail] = mails_to(mailoutbox, verifier.email)
    assert complaint.tracking_code in mail.subject
    assert f"http://testserver/admin/complaints/{complaint.pk}/" in mail.body
    for value in REPORTER.values():
        assert value not in mail.subject + mail.body
    assert Notification.objects.get(recipient=verifier.email).status == DeliveryStatus.SENT


def test_nothing_is_sent_before_the_transaction_commits(category, verifier, mailoutbox):
    file(category)  # the test's transaction never commits, so the on-commit callbacks never run

    assert mailoutbox == []
    [notification] = Notification.objects.all()  # written with the complaint, waiting for the commit
    assert (notification.status, notification.queued_at) == (DeliveryStatus.PENDING, None)


def test_the_resident_is_told_of_routing_and_reply_in_their_own_language(
    category, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    indonesian = file(category, key="id")
    english = file(category, key="en", email="john@example.com", name="John Smith", language="en")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        for complaint in (indonesian, english):
            services.complaint_route(complaint=complaint, by=verifier)
    [routed_id] = mails_to(mailoutbox, "maria@example.com")
    [routed_en] = mails_to(mailoutbox, "john@example.com")
    assert "Didisposisikan ke perangkat daerah" in routed_id.subject
    assert "Routed to a unit" in routed_en.subject
    assert f"http://testserver/pengaduan/lacak/{indonesian.tracking_code}/" in routed_id.body

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for complaint in (indonesian, english):
            services.complaint_reply(complaint=complaint, message="Lubang sudah ditambal pada 3 Juni.", by=verifier)
    [reply_id] = mails_to(mailoutbox, "maria@example.com")
    [reply_en] = mails_to(mailoutbox, "john@example.com")
    assert "Ditanggapi" in reply_id.subject and "Tanggapan publik" in reply_id.body
    assert "Responded" in reply_en.subject and "Public reply" in reply_en.body
    assert "Lubang sudah ditambal pada 3 Juni." in reply_id.body
    assert Notification.objects.get(recipient="john@example.com", event__kind="tanggapan").language == "en"


def test_unit_staff_and_the_units_address_are_told_of_routing(
    category, unit, unit_staff, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    complaint = file(category)
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_route(complaint=complaint, by=verifier)

    for address in (unit_staff.email, unit.email):
        [mail] = mails_to(mailoutbox, address)
        assert complaint.tracking_code in mail.subject
        assert f"http://testserver/admin/complaints/{complaint.pk}/" in mail.body
        assert "/pengaduan/lacak/" not in mail.body


@pytest.mark.parametrize("privacy", [Privacy.ANONYMOUS, Privacy.CONFIDENTIAL])
def test_emails_to_the_unit_about_a_hidden_complaint_carry_no_identity(
    privacy, category, unit, unit_staff, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        complaint = file(category, privacy=privacy)
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_route(complaint=complaint, by=verifier)

    others = [mail for mail in mailoutbox if mail.to != [REPORTER["email"]]]
    assert {address for mail in others for address in mail.to} == {verifier.email, unit_staff.email, unit.email}
    for mail in others:
        for value in REPORTER.values():
            assert value not in mail.subject + mail.body


def test_a_rolled_back_change_sends_nothing(
    category, unit_staff, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    complaint = file(category)
    written_before = list(Notification.objects.values_list("pk", flat=True))  # the filing's, never committed

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.complaint_route(complaint=complaint, by=verifier)
        raise RuntimeError("something later in the request failed")

    assert mailoutbox == []
    assert list(Notification.objects.values_list("pk", flat=True)) == written_before
    complaint.refresh_from_db()
    assert complaint.status == Status.SUBMITTED


def test_a_failing_mail_server_marks_the_notification_failed_and_leaves_the_complaint_alone(
    category, verifier, settings, django_capture_on_commit_callbacks, mailoutbox
):
    complaint = file(category)
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"

    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_route(complaint=complaint, by=verifier)

    notification = Notification.objects.get(recipient=REPORTER["email"])
    assert notification.status == DeliveryStatus.FAILED
    assert "refused the connection" in notification.last_error
    assert notification.attempts == 1 and notification.sent_at is None
    complaint.refresh_from_db()
    assert complaint.status == Status.ROUTED


def test_the_resident_is_told_of_every_public_status_change(
    category, unit, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    other = UnitPageFactory(parent=unit.get_parent(), slug="dinas-perhubungan")
    complaint = file(category)
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_route(complaint=complaint, by=verifier)
        services.complaint_start(complaint=complaint, by=verifier)
        services.complaint_hand_over(complaint=complaint, unit=other, reason="Rambu lalu lintas", by=verifier)
        services.complaint_reply(complaint=complaint, message="Sudah diperbaiki.", by=verifier)
        services.complaint_reject_response(complaint=complaint, reason="Belum selesai.")
        services.complaint_reply(complaint=complaint, message="Sudah diperbaiki lagi.", by=verifier)
        services.complaint_accept(complaint=complaint)

    kinds = list(
        Notification.objects.filter(recipient=REPORTER["email"]).order_by("pk").values_list("event__kind", flat=True)
    )
    assert kinds == ["disposisi", "status", "dialihkan", "tanggapan", "dibuka-kembali", "tanggapan", "diterima"]
    assert len(mails_to(mailoutbox, other.email)) == 2  # handed over to it, then reopened with it


def test_a_rejected_complaint_tells_the_resident_why(
    category, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    complaint = file(category)
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_reject(complaint=complaint, reason="bukan-kewenangan", by=verifier)

    [mail] = mails_to(mailoutbox, REPORTER["email"])
    assert "Ditolak" in mail.subject
    assert "Maria Latuheru" in mail.body  # the resident's own email may address them by name


def test_the_residents_link_opens_the_tracking_page_in_their_language(
    home, category, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    page = ComplaintsPageFactory(parent=home)
    english_page = page.copy_for_translation(Locale.objects.create(language_code="en"), copy_parents=True)
    english_page.save_revision().publish()
    indonesian = file(category, key="id")
    english = file(category, key="en", email="john@example.com", language="en")

    with django_capture_on_commit_callbacks(execute=True):
        for complaint in (indonesian, english):
            services.complaint_route(complaint=complaint, by=verifier)

    [to_maria] = mails_to(mailoutbox, "maria@example.com")
    [to_john] = mails_to(mailoutbox, "john@example.com")
    assert f"http://testserver/pengaduan/lacak/{indonesian.tracking_code}/" in to_maria.body
    assert f"http://testserver/en/pengaduan/lacak/{english.tracking_code}/" in to_john.body


def test_a_failed_email_is_tried_again_after_a_growing_pause_and_then_given_up(
    category, verifier, settings, django_capture_on_commit_callbacks, mailoutbox
):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        file(category)
    notification = Notification.objects.get(recipient=verifier.email)
    first_attempt = notification.attempted_at

    assert notifications_sweep(now=first_attempt + timedelta(minutes=4)).queued == []
    assert notifications_sweep(now=first_attempt + timedelta(minutes=5)).queued == [notification.pk]
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (DeliveryStatus.FAILED, 2)
    assert notification.retry_due_at == notification.attempted_at + timedelta(minutes=10)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("sweep_outbox", stdout=io.StringIO())  # cron: the pause is not over yet
    assert mailoutbox == []
    notifications_sweep(now=notification.retry_due_at)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts, notification.last_error) == (DeliveryStatus.SENT, 3, "")
    assert notification.retry_due_at is None
    [mail] = mails_to(mailoutbox, verifier.email)

    Notification.objects.filter(pk=notification.pk).update(status=DeliveryStatus.FAILED, attempts=5)
    assert notifications_sweep(now=notification.attempted_at + timedelta(days=30)).queued == []
