"""The outbox: an email is written with the change that causes it, sent once, and never left stuck by a dead worker.

These tests commit for real (on SQLite and on PostgreSQL) and queue the emails in the database task backend, as in
production, then run the real worker (`run_worker --batch`) where a worker would run.
"""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from feedback.complaints import notifications as complaint_notifications
from feedback.complaints.notifications import notifications_sweep
from feedback.complaints.tasks import send_notification
from feedback.forum import services as forum_services
from feedback.forum.notifications import follower_emails_sweep
from feedback.models import Complaint, DeliveryStatus, FollowerEmail, Notification
from search.tasks import sync_search_documents
from tests.factories import BoardFactory, ForumPageFactory, UnitStaffFactory, file_complaint

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queued_in_the_database(settings):
    """Tasks wait in the database for a worker, as in production (the suite otherwise runs them at once)."""
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"], "QUEUES": settings.TASK_QUEUES}}


def run_worker(**options):
    call_command("run_worker", batch=True, interval=0, startup_delay=False, verbosity=0, **options)


def as_a_dead_worker_left_it(notification: Notification, *, handed: bool, minutes_ago: int = 10) -> None:
    """The row as a worker killed after claiming it (and, with `handed`, after giving it to the mail server) left
    it: SENDING since `minutes_ago`."""
    moment = timezone.now() - timedelta(minutes=minutes_ago)
    Notification.objects.filter(pk=notification.pk).update(
        status=DeliveryStatus.SENDING, attempted_at=moment, handed_at=moment if handed else None, attempts=1
    )


def test_a_complaint_and_its_notification_are_written_in_one_transaction(category, verifier, mailoutbox):
    with transaction.atomic():
        filed = file_complaint(category)
        [notification] = Notification.objects.filter(complaint=filed.complaint)
        assert (notification.status, notification.queued_at) == (DeliveryStatus.PENDING, None)
        assert mailoutbox == []

    notification.refresh_from_db()
    assert notification.status == DeliveryStatus.SENT
    assert [mail.to for mail in mailoutbox] == [[verifier.email]]


def test_a_failure_after_the_notifications_are_written_rolls_back_the_complaint_too(
    category, verifier, mailoutbox, monkeypatch
):
    write = complaint_notifications._send

    def write_then_fail(*args):
        write(*args)
        raise RuntimeError("the process failed right after writing the notification")

    monkeypatch.setattr(complaint_notifications, "_send", write_then_fail)
    with pytest.raises(RuntimeError):
        file_complaint(category)

    assert not Complaint.objects.exists()
    assert not Notification.objects.exists()
    assert mailoutbox == []


def test_a_worker_killed_between_claim_and_send_is_recovered_by_the_sweep_and_the_email_goes_once(
    category, verifier, mailoutbox, queued_in_the_database
):
    complaint = file_complaint(category).complaint
    notification = Notification.objects.get(complaint=complaint)
    as_a_dead_worker_left_it(notification, handed=False)

    swept = notifications_sweep()
    run_worker()  # the queued task of the filing and the sweep's second one

    assert (swept.given_back, swept.queued) == (1, [notification.pk])
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (DeliveryStatus.SENT, 2)
    [mail] = mailoutbox
    assert mail.to == [verifier.email]
    assert mail.extra_headers["Message-ID"] == f"<feedback.notification.{notification.pk}@ambon.go.id>"


def test_a_worker_killed_while_the_mail_server_had_the_email_leaves_it_unconfirmed_and_never_sends_it_again(
    category, verifier, mailoutbox, queued_in_the_database
):
    notification = Notification.objects.get(complaint=file_complaint(category).complaint)
    as_a_dead_worker_left_it(notification, handed=True)

    swept = notifications_sweep()
    run_worker()

    assert (swept.unconfirmed, swept.queued) == (1, [])
    notification.refresh_from_db()
    assert notification.status == DeliveryStatus.UNCONFIRMED
    assert "may have been delivered" in notification.last_error
    assert mailoutbox == []


def test_a_row_recorded_as_sent_is_never_sent_again(category, verifier, mailoutbox):
    notification = Notification.objects.get(complaint=file_complaint(category).complaint)
    assert notification.status == DeliveryStatus.SENT and len(mailoutbox) == 1

    send_notification.enqueue(notification.pk)
    notifications_sweep(now=timezone.now() + timedelta(days=1))

    assert len(mailoutbox) == 1
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (DeliveryStatus.SENT, 1)


def test_the_sweeps_timeout_is_a_setting(category, verifier, settings, queued_in_the_database):
    notification = Notification.objects.get(complaint=file_complaint(category).complaint)
    as_a_dead_worker_left_it(notification, handed=False, minutes_ago=2)

    assert notifications_sweep().given_back == 0  # 2 minutes are within the default 5

    settings.OUTBOX_TIMEOUT_SECONDS = 60
    assert notifications_sweep().given_back == 1


def test_an_email_whose_task_was_lost_is_queued_again_once_it_waited_longer_than_the_timeout(
    category, verifier, mailoutbox, queued_in_the_database
):
    notification = Notification.objects.get(complaint=file_complaint(category).complaint)
    DBTaskResult.objects.all().delete()  # the queue lost it (or the process died before queuing)

    assert notifications_sweep().queued == []
    later = notifications_sweep(now=timezone.now() + timedelta(minutes=6))
    run_worker()

    assert later.queued == [notification.pk]
    assert [mail.to for mail in mailoutbox] == [[verifier.email]]


def test_emails_are_sent_before_a_large_indexing_backlog(category, verifier, mailoutbox, queued_in_the_database):
    for _ in range(300):
        sync_search_documents.enqueue("feedback.complaint", 0)
    file_complaint(category)

    run_worker(max_tasks=1)

    assert [mail.to for mail in mailoutbox] == [[verifier.email]]
    waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert waiting.count() == 301  # the backlog and the new complaint's own index update, all still waiting
    assert set(waiting.values_list("queue_name", flat=True)) == {"default"}


def test_a_forum_reply_writes_one_email_per_follower_with_the_post_and_sends_it_once(
    home, resident, moderator, mailoutbox, queued_in_the_database
):
    ForumPageFactory(parent=home)
    thread = forum_services.thread_create(board=BoardFactory(), author=resident, title="Lampu jalan", body="Mati.")
    reply = forum_services.post_reply(thread=thread, author=moderator, body="Sudah kami teruskan ke dinas.")

    [email] = FollowerEmail.objects.filter(post=reply)
    assert email.follow.user == resident
    run_worker()
    follower_emails_sweep(now=timezone.now() + timedelta(minutes=6))
    run_worker()

    email.refresh_from_db()
    assert email.status == DeliveryStatus.SENT
    assert [mail.to for mail in mailoutbox] == [[resident.email]]


def test_the_sweep_command_reports_what_it_did(category, verifier, queued_in_the_database):
    notification = Notification.objects.get(complaint=file_complaint(category).complaint)
    as_a_dead_worker_left_it(notification, handed=True)

    output = io.StringIO()
    call_command("sweep_outbox", stdout=output)

    report = output.getvalue()
    assert "complaints.notifications.notifications_sweep: 0 queued again, 0 given back, 1 unconfirmed." in report
    assert "ppid.notifications.request_emails_sweep: 0 queued again" in report  # every outbox, the PPID's too


def test_a_verifier_sends_an_unconfirmed_email_again_and_unit_staff_cannot(
    client, category, unit, verifier, mailoutbox, django_user_model
):
    notification = Notification.objects.get(complaint=file_complaint(category).complaint)
    as_a_dead_worker_left_it(notification, handed=True)
    notifications_sweep()
    mailoutbox.clear()
    url = f"/admin/complaints/{notification.complaint_id}/emails/{notification.pk}/send-again/"
    staff = UnitStaffFactory(unit=unit)

    client.force_login(staff)
    assert client.post(url).status_code in (403, 404)
    client.force_login(verifier)
    detail = client.get(f"/admin/complaints/{notification.complaint_id}/").content.decode()
    assert url in detail
    response = client.post(url)

    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.status == DeliveryStatus.SENT
    message_id = f"<feedback.notification.{notification.pk}@ambon.go.id>"
    sent = [mail for mail in mailoutbox if mail.extra_headers.get("Message-ID") == message_id]  # not login notices
    assert [mail.to for mail in sent] == [[verifier.email]]
    assert client.post(url).status_code == 302  # sent now: not again
    assert len([mail for mail in mailoutbox if mail.extra_headers.get("Message-ID") == message_id]) == 1
