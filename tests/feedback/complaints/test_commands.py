"""The complaint commands run from cron or on request: escalation, a complainant's data export, anonymisation."""

import io
import json
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from feedback.complaints import services
from feedback.complaints.identity import complainant_data
from feedback.deadlines import local_today
from feedback.models import Complaint, ComplaintFollower, ComplaintReporter, EventKind, Notification, Privacy, Status
from tests.factories import file_complaint


def file(category, **fields):
    return file_complaint(category, **fields).complaint


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_escalate_complaints_escalates_overdue_ones_once_and_notifies(
    category, unit, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    overdue = file(category, key="late")
    on_time = file(category, key="fresh", email="john@example.com")
    Complaint.objects.filter(pk=overdue.pk).update(verification_due=local_today() - timedelta(days=5))
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        output = run("escalate_complaints")

    assert "1 complaint(s) escalated." in output and overdue.tracking_code in output
    overdue.refresh_from_db()
    on_time.refresh_from_db()
    assert overdue.escalated_at is not None and on_time.escalated_at is None
    assert overdue.events.filter(kind=EventKind.ESCALATED).count() == 1
    recipients = sorted(address for mail in mailoutbox for address in mail.to)
    assert recipients == ["maria@example.com", "verifikator@ambon.go.id"]  # not routed yet: no unit to tell
    assert all(overdue.tracking_code in mail.subject for mail in mailoutbox)

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert "0 complaint(s) escalated." in run("escalate_complaints")
    assert mailoutbox == []


def test_escalating_a_routed_complaint_tells_the_unit_without_the_reporters_identity(
    category, unit, verifier, django_capture_on_commit_callbacks, mailoutbox
):
    complaint = file(category, key="anon", privacy=Privacy.ANONYMOUS)
    services.complaint_route(complaint=complaint, by=verifier)
    Complaint.objects.filter(pk=complaint.pk).update(response_due=local_today() - timedelta(days=1))
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        run("escalate_complaints")

    [to_unit] = [mail for mail in mailoutbox if mail.to == [unit.email]]
    assert complaint.tracking_code in to_unit.subject
    for value in ("Maria Latuheru", "maria@example.com", "0812 4455 6677"):
        assert value not in to_unit.subject + to_unit.body


def test_complainant_export_returns_that_complainants_data_and_nobody_elses(
    category, verifier, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mine = file(category, key="mine")
        services.complaint_route(complaint=mine, by=verifier, note="Cek lokasi bersama kelurahan.")
    other = file(category, key="other", name="John Smith", email="john@example.com", title="Sampah menumpuk")

    data = json.loads(run("complainant_export", "--email", "MARIA@example.com"))

    [complaint] = data["complaints"]
    assert complaint["tracking_code"] == mine.tracking_code
    assert complaint["description"] == mine.description
    assert complaint["status"] == Status.ROUTED
    assert complaint["identity"]["name"] == "Maria Latuheru"
    assert complaint["identity"]["phone"] == "0812 4455 6677"
    assert [event["kind"] for event in complaint["events"]] == [EventKind.SUBMITTED, EventKind.ROUTED]
    assert {email["complaint"] for email in data["emails_sent"]} == {mine.tracking_code}
    text = json.dumps(data)
    for value in (other.tracking_code, "John Smith", "john@example.com", "Sampah menumpuk", "Cek lokasi"):
        assert value not in text


def test_complainants_anonymise_blanks_only_identities_past_the_retention(
    category, verifier, settings, django_capture_on_commit_callbacks
):
    settings.COMPLAINT_IDENTITY_RETENTION_DAYS = 730
    old = file(category, key="old")
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_reject(complaint=old, reason="duplikat", duplicate_of=file(category, key="x"), by=verifier)
    recent = file(category, key="recent", email="recent@example.com")
    services.complaint_reject(complaint=recent, reason="bukan-pengaduan", by=verifier)
    still_open = file(category, key="open", email="open@example.com")
    Complaint.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=731))
    Complaint.objects.filter(pk=recent.pk).update(closed_at=timezone.now() - timedelta(days=729))

    assert "1 complainant(s) would be anonymised" in run("complainants_anonymise", "--dry-run")
    assert ComplaintReporter.objects.filter(anonymised_at__isnull=False).count() == 0
    assert ComplaintReporter.objects.get(complaint=old).email == "maria@example.com"

    assert "1 complainant(s) anonymised" in run("complainants_anonymise")
    reporter = ComplaintReporter.objects.get(complaint=old)
    assert (reporter.name, reporter.email, reporter.phone) == ("", "", "")
    assert reporter.anonymised_at is not None
    assert not Notification.objects.filter(complaint=old, recipient="maria@example.com").exists()
    assert ComplaintReporter.objects.get(complaint=recent).email == "recent@example.com"
    assert ComplaintReporter.objects.get(complaint=still_open).email == "open@example.com"
    old.refresh_from_db()
    assert old.status == Status.REJECTED  # the complaint itself stays on the record

    assert "0 complainant(s) anonymised" in run("complainants_anonymise")
    assert ComplaintReporter.objects.get(complaint=old).anonymised_at == reporter.anonymised_at


def test_complainants_anonymise_forgets_the_followers_of_complaints_closed_past_the_retention(
    category, verifier, settings
):
    settings.COMPLAINT_IDENTITY_RETENTION_DAYS = 730
    old, recent = file(category, key="old-followed"), file(category, key="recent-followed")
    for complaint, email in ((old, "lama@contoh.id"), (recent, "baru@contoh.id")):
        ComplaintFollower.objects.create(complaint=complaint, email=email, token=email, confirmed_at=timezone.now())
    Complaint.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=731))
    Complaint.objects.filter(pk=recent.pk).update(closed_at=timezone.now() - timedelta(days=729))

    run("complainants_anonymise")

    assert list(ComplaintFollower.objects.values_list("email", flat=True)) == ["baru@contoh.id"]
    assert complainant_data("lama@contoh.id")["follows"] == []
    assert complainant_data("baru@contoh.id")["follows"][0]["complaint"] == recent.tracking_code
