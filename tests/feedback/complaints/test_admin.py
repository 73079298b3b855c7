"""Complaint handling in the Wagtail admin: who sees what, the actions, stale versions, identity, the inbox."""

import csv
import io
import itertools
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image
from wagtail.users.models import UserProfile

from accounts.models import SecurityEvent
from feedback.complaints import services
from feedback.complaints.uploads import clean_upload
from feedback.deadlines import add_working_days, local_today
from feedback.models import (
    CityHoliday,
    Complaint,
    ComplaintEvent,
    EventKind,
    IdentityView,
    Privacy,
    RejectionReason,
    Status,
)
from reports.services import unit_ensure_staff_group
from tests.accounts.factories import second_factor_set_up
from tests.factories import ComplaintCategoryFactory, file_complaint

REPORTER = {"name": "Maria Latuheru", "email": "maria@example.com", "phone": "0812-4455-6677"}
keys = itertools.count()
PASSWORD = "a-long-password-1"  # noqa: S105


def user_in(username, group=None):
    """A user working in the admin in English, so that tests can read the (untranslated) messages."""
    user = get_user_model().objects.create_user(username, f"{username}@ambon.go.id", PASSWORD)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    if group is not None:
        user.groups.add(group)
        second_factor_set_up(user)
    return user


def png_upload():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#3d7f5c").save(buffer, format="PNG")
    return clean_upload(SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png"))


def file(category, **fields) -> Complaint:
    return file_complaint(category, **{**REPORTER, **fields}).complaint


def routed(category, unit, verifier, **fields) -> Complaint:
    return services.complaint_route(complaint=file(category, **fields), unit=unit, by=verifier)


def client_for(user) -> Client:
    """Logged in, and having just given the password again, as opening an identity asks."""
    client = Client()
    client.force_login(user)
    assert client.post("/akun/reauthenticate/", {"password": PASSWORD}).status_code == 302
    return client


def detail_url(complaint):
    return reverse("feedback_complaint", args=[complaint.pk])


def action_url(complaint, action):
    return reverse("feedback_complaint_action", args=[complaint.pk, action])


def inbox(client, **params):
    response = client.get(reverse("feedback_complaints"), params)
    assert response.status_code == 200
    return [complaint.pk for complaint in response.context["page"]]


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def valid_posts(complaint, units) -> dict[str, dict]:
    version = complaint.version
    return {
        "category": {"version": version, "category": complaint.category_id},
        "route": {"version": version, "unit": units[0].pk},
        "reject": {"version": version, "reason": RejectionReason.NOT_A_COMPLAINT},
        "start": {"version": version},
        "reply": {"version": version, "message": "Sudah ditambal."},
        "note": {"message": "Catatan"},
        "hand-over": {"version": version, "unit": units[0].pk, "reason": "Bukan urusan kami."},
        "lapor": {"version": version, "lapor_tracking_id": "LAPOR-123"},
    }


def test_unit_staff_cannot_reach_another_units_complaint(category, units, verifier, staff_a):
    complaint = routed(category, units[1], verifier, uploads=(png_upload(),))
    attachment = complaint.attachments.get()
    before = (complaint.version, complaint.events.count())
    client = client_for(staff_a)

    assert client.get(detail_url(complaint)).status_code == 404
    url = reverse("feedback_complaint_attachment", args=[complaint.pk, attachment.token])
    assert client.get(url).status_code == 404
    assert client.post(reverse("feedback_complaint_identity", args=[complaint.pk])).status_code == 404
    assert client.get(reverse("feedback_complaints_export", args=[units[1].pk])).status_code == 404
    for action, data in valid_posts(complaint, units).items():
        assert client.post(action_url(complaint, action), data).status_code == 404, action

    complaint.refresh_from_db()
    assert (complaint.version, complaint.events.count()) == before
    assert (complaint.status, complaint.unit) == (Status.ROUTED, units[1])
    assert complaint.pk not in inbox(client, status="")
    assert not IdentityView.objects.exists()


def test_unit_staff_see_no_complaint_that_is_not_routed_yet(category, staff_a):
    complaint = file(category)
    assert client_for(staff_a).get(detail_url(complaint)).status_code == 404


def test_verifier_routes_to_the_categorys_unit_by_default(category, units, verifier):
    complaint = file(category)
    client = client_for(verifier)
    page = client.get(detail_url(complaint))
    assert page.context["actions"][1][1]["unit"].value() == units[0].pk

    response = client.post(
        action_url(complaint, "route"), {"version": complaint.version, "unit": units[0].pk, "note": "Segera."}
    )

    assert response.status_code == 302 and response.url == detail_url(complaint)
    complaint.refresh_from_db()
    assert (complaint.status, complaint.unit) == (Status.ROUTED, units[0])
    assert complaint.events.filter(kind=EventKind.NOTE, is_public=False, actor=verifier).exists()
    assert "The complaint has been routed." in messages_of(client.get(response.url))


def test_verifier_corrects_the_category(category, units, verifier):
    other = ComplaintCategoryFactory(unit=units[1])
    complaint = file(category)
    client_for(verifier).post(action_url(complaint, "category"), {"version": complaint.version, "category": other.pk})
    complaint.refresh_from_db()
    assert complaint.category == other


def test_verifier_rejects_a_duplicate_naming_the_earlier_complaint(category, verifier):
    earlier, complaint = file(category), file(category)
    client = client_for(verifier)
    data = {"version": complaint.version, "reason": RejectionReason.DUPLICATE, "message": "Sudah dilaporkan."}

    response = client.post(action_url(complaint, "reject"), data)
    assert response.status_code == 400
    assert "Name the complaint this one duplicates." in response.content.decode()

    response = client.post(action_url(complaint, "reject"), {**data, "duplicate_of": earlier.tracking_code.lower()})
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert (complaint.status, complaint.rejection_reason) == (Status.REJECTED, RejectionReason.DUPLICATE)
    assert complaint.duplicate_of == earlier


def test_unit_staff_start_reply_and_note(category, units, verifier, staff_a):
    complaint = routed(category, units[0], verifier)
    client = client_for(staff_a)

    assert client.post(action_url(complaint, "start"), {"version": complaint.version}).status_code == 302
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS
    client.post(action_url(complaint, "note"), {"message": "Tim dikirim besok."})  # a note keeps the version
    client.post(action_url(complaint, "reply"), {"version": complaint.version, "message": "Sudah ditambal."})

    complaint.refresh_from_db()
    assert complaint.status == Status.RESPONDED
    events = list(complaint.events.filter(actor=staff_a).values_list("kind", "is_public"))
    assert events == [(EventKind.STATUS_CHANGED, True), (EventKind.NOTE, False), (EventKind.REPLY, True)]
    page = client.get(detail_url(complaint)).content.decode()
    assert "Tim dikirim besok." in page and "Internal: not shown to the resident or the public" in page


def test_unit_staff_cannot_take_a_verifiers_action_on_their_own_units_complaint(category, units, verifier, staff_a):
    complaint = file(category)
    client = client_for(staff_a)
    services.complaint_route(complaint=complaint, unit=units[0], by=verifier)
    complaint.refresh_from_db()
    for action in ["category", "route", "reject"]:
        response = client.post(action_url(complaint, action), valid_posts(complaint, units)[action])
        assert response.status_code == 403, action
    assert Complaint.objects.get(pk=complaint.pk).version == complaint.version


def test_a_handed_over_complaint_leaves_the_old_units_reach_at_once(category, units, verifier, staff_a, staff_b):
    complaint = routed(category, units[0], verifier)
    client = client_for(staff_a)

    response = client.post(
        action_url(complaint, "hand-over"),
        {"version": complaint.version, "unit": units[1].pk, "reason": "Urusan terminal."},
    )

    assert response.status_code == 302 and response.url == reverse("feedback_complaints")
    assert client.get(detail_url(complaint)).status_code == 404
    assert client.post(action_url(complaint, "note"), {"message": "Masih?"}).status_code == 404
    assert client_for(staff_b).get(detail_url(complaint)).status_code == 200
    assert Complaint.objects.get(pk=complaint.pk).unit == units[1]


def test_a_stale_version_changes_nothing_and_says_so(category, units, verifier, staff_a, staff_b):
    complaint = routed(category, units[0], verifier)
    seen = complaint.version
    services.complaint_start(complaint=complaint, by=verifier)  # someone else, meanwhile
    client = client_for(staff_a)

    response = client.post(action_url(complaint, "reply"), {"version": seen, "message": "Jawaban"}, follow=True)

    assert "Someone else changed this complaint; it has been reloaded." in messages_of(response)
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.version == seen + 1
    assert not complaint.events.filter(kind=EventKind.REPLY).exists()


def test_a_service_refusal_is_shown(category, units, verifier, staff_a):
    complaint = routed(category, units[0], verifier)
    response = client_for(staff_a).post(
        action_url(complaint, "hand-over"), {"version": complaint.version, "unit": units[0].pk, "reason": "x"}
    )
    assert response.status_code == 400  # the unit it already is with is not offered
    assert Complaint.objects.get(pk=complaint.pk).unit == units[0]


@pytest.mark.parametrize("privacy", [Privacy.ANONYMOUS, Privacy.CONFIDENTIAL])
def test_anonymous_and_confidential_identity_is_for_verifiers_only_and_each_view_is_logged(
    category, units, verifier, staff_a, privacy
):
    complaint = routed(category, units[0], verifier, privacy=privacy)
    identity_url = reverse("feedback_complaint_identity", args=[complaint.pk])

    staff = client_for(staff_a)
    page = staff.get(detail_url(complaint)).content.decode()
    assert all(value not in page for value in REPORTER.values())
    assert identity_url not in page
    assert staff.post(identity_url).status_code == 403
    assert not IdentityView.objects.exists()

    client = client_for(verifier)
    page = client.get(detail_url(complaint)).content.decode()
    assert identity_url in page and REPORTER["email"] not in page  # only on request
    for _time in range(2):
        page = client.post(identity_url).content.decode()
        assert all(value in page for value in REPORTER.values())
    assert list(IdentityView.objects.values_list("complaint", "viewer")) == [(complaint.pk, verifier.pk)] * 2
    looks = SecurityEvent.objects.filter(kind=SecurityEvent.Kind.IDENTITY_VIEWED)
    assert list(looks.values_list("username", "detail")) == [(verifier.username, complaint.tracking_code)] * 2


def test_the_unit_handling_a_public_complaint_may_see_who_filed_it_and_the_look_is_logged(
    category, units, verifier, staff_a, staff_b
):
    complaint = routed(category, units[0], verifier, privacy=Privacy.PUBLIC)
    identity_url = reverse("feedback_complaint_identity", args=[complaint.pk])
    staff = client_for(staff_a)

    page = staff.get(detail_url(complaint)).content.decode()
    assert identity_url in page and REPORTER["email"] not in page  # only on request
    page = staff.post(identity_url).content.decode()

    assert all(value in page for value in REPORTER.values())
    assert list(IdentityView.objects.values_list("complaint", "viewer")) == [(complaint.pk, staff_a.pk)]
    assert client_for(staff_b).post(identity_url).status_code == 404
    services.complaint_hand_over(complaint=complaint, unit=units[1], reason="Urusan perhubungan.", by=staff_a)
    assert staff.post(identity_url).status_code == 404  # handed over: the old unit loses it at once
    assert IdentityView.objects.count() == 1


def test_html_in_a_complaint_is_shown_as_text(category, units, verifier, staff_a):
    complaint = routed(
        category, units[0], verifier, title="<script>alert(1)</script>", description="<b>tebal</b>\nbaris dua"
    )
    client = client_for(staff_a)
    for page in [client.get(detail_url(complaint)), client.get(reverse("feedback_complaints"))]:
        html = page.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;tebal&lt;/b&gt;<br>baris dua" in client.get(detail_url(complaint)).content.decode()


def test_actions_need_the_csrf_token(category, units, verifier):
    complaint = file(category)
    client = Client(enforce_csrf_checks=True)
    client.force_login(verifier)
    response = client.post(action_url(complaint, "route"), {"version": complaint.version, "unit": units[0].pk})
    assert response.status_code == 403
    assert Complaint.objects.get(pk=complaint.pk).status == Status.SUBMITTED
    assert client.post(reverse("feedback_complaint_identity", args=[complaint.pk])).status_code == 403
    assert not IdentityView.objects.exists()


def test_staff_record_a_lapor_id_and_find_the_complaint_by_it(category, units, verifier, staff_a):
    complaint, other = routed(category, units[0], verifier), routed(category, units[0], verifier)
    client = client_for(staff_a)
    client.post(action_url(complaint, "lapor"), {"version": complaint.version, "lapor_tracking_id": " LPR-2025-77 "})
    assert Complaint.objects.get(pk=complaint.pk).lapor_tracking_id == "LPR-2025-77"

    assert inbox(client, q="lpr-2025-77") == [complaint.pk]
    assert inbox(client, q=other.tracking_code) == [other.pk]


def test_attachments_are_downloaded_never_shown_inline(category, units, verifier, staff_a):
    complaint = routed(category, units[0], verifier, uploads=(png_upload(),))
    attachment = complaint.attachments.get()
    response = client_for(staff_a).get(reverse("feedback_complaint_attachment", args=[complaint.pk, attachment.token]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def inbox_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("feedback_complaints"), {"status": ""}).status_code == 200
    return len(queries)


def test_the_inbox_takes_as_many_queries_for_30_complaints_as_for_3(category, units, verifier, staff_a):
    client = client_for(staff_a)
    for _number in range(3):
        routed(category, units[0], verifier)
    few = inbox_queries(client)
    for _number in range(27):
        routed(category, units[0], verifier)
    assert inbox_queries(client) == few


def test_the_inbox_filters_and_sorts_by_the_next_deadline(category, units, verifier, staff_a):
    today = local_today()
    late, soon, later = (routed(category, units[0], verifier) for _number in range(3))
    Complaint.objects.filter(pk=late.pk).update(response_due=today - timedelta(days=1))
    Complaint.objects.filter(pk=soon.pk).update(response_due=add_working_days(today, 1))
    Complaint.objects.filter(pk=later.pk).update(response_due=add_working_days(today, 4))
    services.complaint_start(complaint=later, by=staff_a)
    client = client_for(staff_a)

    assert inbox(client) == [late.pk, soon.pk, later.pk]  # unit staff start with the open ones
    assert inbox(client, deadline="overdue") == [late.pk]
    assert inbox(client, deadline="due-soon") == [soon.pk]
    assert inbox(client, status=Status.IN_PROGRESS) == [later.pk]
    assert inbox(client, category=ComplaintCategoryFactory(unit=units[0]).pk) == []
    page = client.get(reverse("feedback_complaints")).content.decode()
    assert 'data-deadline="overdue"' in page and 'data-deadline="due-soon"' in page


def test_verifiers_start_with_the_new_complaints(category, units, verifier):
    new, done = file(category), routed(category, units[0], verifier)
    client = client_for(verifier)
    assert inbox(client) == [new.pk]
    assert set(inbox(client, status="")) == {new.pk, done.pk}


def test_the_inbox_pages_by_25(category, verifier):
    for _number in range(26):
        file(category)
    client = client_for(verifier)
    assert len(inbox(client)) == 25
    assert len(inbox(client, status=Status.SUBMITTED, p=2)) == 1


def test_the_complaints_menu_is_shown_to_those_who_handle_complaints(units, verifier, staff_a):
    other = user_in("editor")
    other.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    url = reverse("feedback_complaints")
    for user, shown in [(verifier, True), (staff_a, True), (other, False)]:
        assert (url in client_for(user).get(reverse("wagtailadmin_home")).content.decode()) is shown


def test_the_staff_group_gets_admin_access_also_when_it_already_existed(units):
    group = unit_ensure_staff_group(unit=units[0])
    group.permissions.clear()
    group = unit_ensure_staff_group(unit=units[0])
    assert group.permissions.filter(codename="access_admin").count() == 1


def test_events_are_listed_with_their_actor(category, units, verifier, staff_a):
    complaint = routed(category, units[0], verifier)
    page = client_for(staff_a).get(detail_url(complaint))
    assert list(page.context["events"]) == list(ComplaintEvent.objects.filter(complaint=complaint))
    assert "verifikator" in page.content.decode()


def export(client, unit):
    return client.get(reverse("feedback_complaints_export", args=[unit.pk]))


def csv_rows(response) -> list[dict]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="pengaduan-')
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_unit_staff_export_their_own_units_complaints_without_identity(category, units, verifier, staff_a):
    own = routed(category, units[0], verifier, privacy=Privacy.ANONYMOUS, latitude=Decimal("-3.695400"))
    other = routed(category, units[1], verifier)
    not_routed = file(category)

    response = export(client_for(staff_a), units[0])

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    rows = csv_rows(response)
    assert [row["kode_pelacakan"] for row in rows] == [own.tracking_code]
    assert rows[0]["privasi"] == "anonim"
    assert rows[0]["lintang"] == "-3.695400"  # a number, not guarded like text
    text = response.content.decode("utf-8-sig")
    for identity in REPORTER.values():
        assert identity not in text
    assert other.tracking_code not in text and not_routed.tracking_code not in text


def test_verifiers_export_any_unit_and_others_get_nothing(category, units, verifier, staff_b, client):
    complaint = routed(category, units[0], verifier)
    url = reverse("feedback_complaints_export", args=[units[0].pk])

    assert [row["kode_pelacakan"] for row in csv_rows(export(client_for(verifier), units[0]))] == [
        complaint.tracking_code
    ]
    assert export(client_for(staff_b), units[0]).status_code == 404
    assert client.get(url).status_code == 302  # to the admin login
    assert client_for(user_in("warga")).get(url).status_code == 302  # no admin access: Wagtail sends to login
    assert export(client_for(verifier), units[0]).status_code == 200
    assert client_for(verifier).get(reverse("feedback_complaints_export", args=[999999])).status_code == 404


def test_the_export_keeps_formulas_a_resident_typed_as_text(category, units, verifier, staff_a):
    routed(category, units[0], verifier, title='=HYPERLINK("http://evil.example")', description="+62 812 dan -1")

    row = csv_rows(export(client_for(staff_a), units[0]))[0]

    assert row["judul"] == '\'=HYPERLINK("http://evil.example")'
    assert row["uraian"] == "'+62 812 dan -1"


def test_the_inbox_offers_the_export_of_the_staffs_own_unit_only(category, units, staff_a):
    html = client_for(staff_a).get(reverse("feedback_complaints")).content.decode()

    assert reverse("feedback_complaints_export", args=[units[0].pk]) in html
    assert reverse("feedback_complaints_export", args=[units[1].pk]) not in html


def test_the_complaint_page_shows_email_delivery_without_addresses(
    category, units, verifier, staff_a, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.feedback.complaints.test_notifications.FailingEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        complaint = routed(category, units[0], verifier)
    failed = complaint.notifications.get(recipient=REPORTER["email"])

    for_verifier = client_for(verifier).get(detail_url(complaint)).content.decode()
    for_staff = client_for(staff_a).get(detail_url(complaint)).content.decode()

    assert 'id="deliveries-heading"' in for_verifier and 'id="deliveries-heading"' in for_staff
    assert failed.last_error in for_verifier
    assert failed.last_error not in for_staff
    for html in (for_verifier, for_staff):
        assert "The complainant" in html and "Failed" in html
        assert REPORTER["email"] not in html


def test_verifiers_keep_categories_and_city_days_off_in_the_admin(category, verifier, staff_a):
    client = client_for(verifier)

    response = client.post(
        reverse("wagtailsnippets_feedback_cityholiday:add"),
        {"date": "2026-12-24", "name": "Cuti bersama Kota Ambon"},
    )
    edit = client.get(reverse("wagtailsnippets_feedback_complaintcategory:edit", args=[category.pk]))

    assert response.status_code == 302
    assert CityHoliday.objects.filter(name="Cuti bersama Kota Ambon").exists()
    assert edit.status_code == 200
    assert client_for(staff_a).get(reverse("wagtailsnippets_feedback_cityholiday:list")).status_code == 302


def test_admin_users_without_a_complaint_role_get_a_404_for_the_inbox(units, verifier):
    editor = user_in("editor-pupr", Group.objects.create(name="Editor Laporan PUPR"))
    editor.groups.first().permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client = client_for(editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    assert client.get(reverse("feedback_complaints")).status_code == 404
    assert reverse("feedback_complaints") not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client_for(verifier).get(reverse("feedback_complaints")).status_code == 200


def test_opening_an_identity_asks_for_the_password_again_once_the_last_one_is_old(category, units, verifier, settings):
    complaint = routed(category, units[0], verifier, privacy=Privacy.CONFIDENTIAL)
    identity_url = reverse("feedback_complaint_identity", args=[complaint.pk])
    client = Client()
    client.force_login(verifier)  # a session whose login is not recent

    asked = client.post(identity_url)

    assert asked.status_code == 302
    assert asked["Location"].startswith("/akun/reauthenticate/")
    assert not IdentityView.objects.exists()
    shown = client.post(asked["Location"], {"password": PASSWORD})
    assert REPORTER["email"] in shown.content.decode()  # the look asked for goes on once the password is given
    assert IdentityView.objects.count() == 1
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    assert client.post(identity_url)["Location"].startswith("/akun/reauthenticate/")
