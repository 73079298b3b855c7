"""Following a complaint: the public tracking page, the resident's private page and its verdict forms."""

import re
from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from feedback.complaints import services
from feedback.complaints.codes import candidates
from feedback.deadlines import local_today
from feedback.models import Complaint, ComplaintEvent, EventKind, Notification, Privacy, Status
from tests.factories import (
    ComplaintsPageFactory,
    file_complaint,
)

SCRIPT = '<script>alert("x")</script><b>tebal</b>'


@pytest.fixture
def page(home):
    return ComplaintsPageFactory(parent=home)


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("petugas", "petugas@ambon.go.id", "a-long-password-1")


def file(category, **fields):
    """A complaint about a street light, filed by a resident who gave every detail."""
    story = {
        "title": "Lampu jalan mati di Batu Merah",
        "description": "Sudah dua minggu lampu jalan di depan masjid tidak menyala.",
        "place": "Jl. Jenderal Sudirman, Batu Merah",
        "incident_date": local_today() - timedelta(days=1),
        "name": "Yosef Matulessy",
        "email": "yosef@example.com",
        "phone": "0813 5555 0101",
    }
    return file_complaint(category, **{**story, **fields})


def responded(category, staff, **fields):
    """A complaint the unit has answered, waiting for the resident's verdict."""
    filed = file(category, **fields)
    complaint = services.complaint_route(complaint=filed.complaint, by=staff)
    services.complaint_reply(complaint=complaint, message="Lampu sudah diganti oleh petugas.", by=staff)
    return filed


def public_url(page, complaint):
    return f"{page.url}lacak/{complaint.tracking_code}/"


def private_url(page, complaint, secret):
    return f"{page.url}lacak/{complaint.tracking_code}/{secret}/"


@pytest.mark.parametrize("privacy", [Privacy.PUBLIC, Privacy.ANONYMOUS])
def test_the_public_page_shows_status_and_timeline_but_never_the_reporter(client, page, category, staff, privacy):
    filed = responded(category, staff, privacy=privacy)

    response = client.get(public_url(page, filed.complaint))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Lampu jalan mati di Batu Merah" in html
    assert "Lampu sudah diganti oleh petugas." in html  # the unit's public reply
    assert category.unit.title in html
    for identity in ("Yosef", "Matulessy", "yosef@example.com", "0813 5555 0101"):
        assert identity not in html
    assert "/media/" not in html and "complaints/" not in html  # no attachments


def test_a_confidential_complaint_shows_only_status_dates_and_deadlines_in_public(client, page, category, staff):
    filed = responded(category, staff, privacy=Privacy.CONFIDENTIAL)

    html = client.get(public_url(page, filed.complaint)).content.decode()

    assert filed.complaint.tracking_code in html
    for content in (
        "Lampu jalan mati",
        "dua minggu",
        "Batu Merah",
        "Lampu sudah diganti",
        "Yosef",
        category.unit.title,
    ):
        assert content not in html
    private = client.get(private_url(page, filed.complaint, filed.secret)).content.decode()
    assert "Lampu jalan mati di Batu Merah" in private and "dua minggu" in private


def test_html_in_the_complaint_is_shown_as_text(client, page, category):
    filed = file(category, title=SCRIPT, description=SCRIPT, place=SCRIPT)

    for url in (public_url(page, filed.complaint), private_url(page, filed.complaint, filed.secret)):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<b>tebal</b>" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_unknown_code_is_not_found(client, page, category):
    assert client.get(f"{page.url}lacak/ADU-AAAA-BBBB/").status_code == 404
    assert client.get(f"{page.url}terkirim/ADU-AAAA-BBBB/").status_code == 404


def test_the_private_page_with_a_wrong_secret_is_not_found(client, page, category):
    filed = file(category)

    assert client.get(private_url(page, filed.complaint, "x" * 32)).status_code == 404
    assert client.get(f"{public_url(page, filed.complaint)}{filed.secret[:-1]}/").status_code == 404


def test_the_private_page_is_neither_cached_nor_leaked_by_referrer(client, page, category):
    filed = file(category)

    response = client.get(private_url(page, filed.complaint, filed.secret))

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "strict-origin"  # the origin only, never the secret in the path


def test_the_tracking_form_goes_to_the_complaint_or_says_the_code_is_unknown(client, page, category):
    filed = file(category)

    found = client.get(f"{page.url}lacak/", {"kode": f" {filed.complaint.tracking_code.lower()} "})
    unknown = client.get(f"{page.url}lacak/", {"kode": "ADU-AAAA-BBBB"})

    assert found.status_code == 302
    assert found["Location"] == public_url(page, filed.complaint)
    assert unknown.status_code == 400
    assert 'id="id_kode_error"' in unknown.content.decode()


def test_accepting_the_response_resolves_the_complaint(client, page, category, staff):
    filed = responded(category, staff)
    url = private_url(page, filed.complaint, filed.secret)
    assert 'value="accept"' in client.get(url).content.decode()

    response = client.post(url, {"action": "accept"})

    assert response.status_code == 302 and response["Location"] == url
    filed.complaint.refresh_from_db()
    assert filed.complaint.status == Status.RESOLVED


def test_rejecting_the_response_reopens_the_complaint_with_the_same_unit(client, page, category, staff):
    filed = responded(category, staff)
    url = private_url(page, filed.complaint, filed.secret)

    without_reason = client.post(url, {"action": "reject", "reason": ""})
    response = client.post(url, {"action": "reject", "reason": "Lampu masih mati sampai malam ini."})

    assert without_reason.status_code == 400
    assert response.status_code == 302
    filed.complaint.refresh_from_db()
    assert (filed.complaint.status, filed.complaint.unit) == (Status.IN_PROGRESS, category.unit)
    assert filed.complaint.events.filter(kind=EventKind.REOPENED, is_public=True).exists()


def test_a_resolved_complaint_is_rated_once(client, page, category, staff):
    filed = responded(category, staff)
    url = private_url(page, filed.complaint, filed.secret)
    client.post(url, {"action": "accept"})
    assert 'name="rating"' in client.get(url).content.decode()

    first = client.post(url, {"action": "rate", "rating": "4"})
    second = client.post(url, {"action": "rate", "rating": "1"})

    assert first.status_code == 302
    assert second.status_code == 400
    filed.complaint.refresh_from_db()
    assert filed.complaint.rating == 4
    assert 'name="rating"' not in client.get(url).content.decode()


def test_the_verdict_forms_need_a_csrf_token(page, category, staff):
    filed = responded(category, staff)

    response = Client(enforce_csrf_checks=True).post(
        private_url(page, filed.complaint, filed.secret), {"action": "accept"}
    )

    assert response.status_code == 403
    filed.complaint.refresh_from_db()
    assert filed.complaint.status == Status.RESPONDED


def test_the_public_page_costs_the_same_queries_for_3_and_30_events(client, page, category, staff):
    def queries_with(events: int, key: str) -> int:
        complaint = file(category, key=key).complaint
        for number in range(events):
            ComplaintEvent.objects.create(
                complaint=complaint,
                kind=EventKind.REPLY,
                is_public=True,
                message=f"Tanggapan {number}",
                status=complaint.status,
                unit=category.unit,
            )
        client.get(public_url(page, complaint))  # warm Wagtail's site and page caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(public_url(page, complaint)).status_code == 200
        return len(queries)

    assert queries_with(3, "form-3") == queries_with(30, "form-30")


def test_the_landing_page_explains_the_steps_and_offers_filing_and_tracking(client, page):
    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{page.url}ajukan/"' in html
    assert f'action="{page.url}lacak/"' in html
    assert 'name="kode"' in html


def test_trying_tracking_codes_one_after_another_is_stopped_but_a_known_code_costs_nothing(page, category, settings):
    settings.TRACKING_MISSES_PER_HOUR = 3
    complaint = file(category).complaint
    guesser = Client()
    for _ in range(5):
        assert guesser.get(f"{page.url}lacak/{complaint.tracking_code}/").status_code == 200  # found: not counted
    for number in range(3):
        assert guesser.get(f"{page.url}lacak/ADU-TEBA-K00{number}/").status_code == 404

    stopped = guesser.get(f"{page.url}lacak/ADU-TEBA-K009/")

    assert stopped.status_code == 429
    assert "Terlalu banyak kode pelacakan" in stopped.content.decode()
    assert guesser.get(f"{page.url}lacak/{complaint.tracking_code}/x/").status_code == 429
    assert Client(REMOTE_ADDR="10.0.0.9").get(f"{page.url}lacak/{complaint.tracking_code}/").status_code == 200


@pytest.mark.parametrize(
    "typed",
    [
        "adu {first} {second}",
        "ADU{first}{second}",
        "{first}-{second}",
        "  {first} {second} ",
        "adu.{first}.{second}",
    ],
)
def test_a_code_typed_without_dashes_in_any_case_or_without_its_prefix_is_found(client, page, category, typed):
    code = file(category).complaint.tracking_code
    _prefix, first, second = code.split("-")

    found = client.get(f"{page.url}lacak/", {"kode": typed.format(first=first.lower(), second=second)})
    by_address = client.get(f"{page.url}lacak/{first.lower()}{second.lower()}/")

    assert (found.status_code, found["Location"]) == (302, f"{page.url}lacak/{code}/")
    assert (by_address.status_code, by_address["Location"]) == (302, f"{page.url}lacak/{code}/")


def test_the_characters_a_code_never_holds_are_read_as_those_they_are_mistaken_for(client, page, category):
    filed = file(category).complaint
    Complaint.objects.filter(pk=filed.pk).update(tracking_code="ADU-D7KL-3XHP")

    assert client.get(f"{page.url}lacak/", {"kode": "ADU-07K1-3XHP"})["Location"] == f"{page.url}lacak/ADU-D7KL-3XHP/"
    assert client.get(f"{page.url}lacak/", {"kode": "adu-o7ki-3xhp"})["Location"] == f"{page.url}lacak/ADU-D7KL-3XHP/"


def test_a_mistyped_character_that_could_be_two_complaints_finds_neither(client, page, category):
    one, other = file(category).complaint, file(category).complaint
    Complaint.objects.filter(pk=one.pk).update(tracking_code="ADU-D7KM-3XHP")
    Complaint.objects.filter(pk=other.pk).update(tracking_code="ADU-Q7KM-3XHP")

    assert client.get(f"{page.url}lacak/", {"kode": "ADU-07KM-3XHP"}).status_code == 400
    assert client.get(f"{page.url}lacak/", {"kode": "ADU-D7KM-3XHP"}).status_code == 302


@pytest.mark.parametrize("typed", ["ADU-7KQM", "ADU-7KQM-3XHP-9", "ADU-7KQM-3X%P", ""])
def test_what_cannot_be_a_code_is_not_looked_up(typed):
    assert candidates(typed) == []


def test_a_code_with_many_unreadable_characters_is_looked_up_only_as_typed():
    assert candidates("adu-demo-0193") == ["ADU-DEMO-0193"]  # the demo's codes are outside the alphabet


def test_the_receipt_offers_the_private_link_to_whatsapp_to_copy_and_to_the_residents_email(client, page, category):
    filed = file(category)
    session = client.session
    session["complaint_secrets"] = {filed.complaint.tracking_code: filed.secret}
    session.save()

    html = client.get(f"{page.url}terkirim/{filed.complaint.tracking_code}/").content.decode()

    link = f"http://testserver{private_url(page, filed.complaint, filed.secret)}"
    whatsapp = re.search(r'href="(https://wa\.me/\?text=[^"]+)"', html).group(1)
    assert link in unquote(whatsapp.split("text=")[1])
    assert f'data-copy="{link}"' in html
    assert "Kirim ke surel saya (y•••@example.com)" in html


def test_the_private_link_is_emailed_on_request_then_leaves_the_database(
    client, page, category, mailoutbox, django_capture_on_commit_callbacks
):
    filed = file(category)
    url = private_url(page, filed.complaint, filed.secret)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "send_link"}, follow=True)

    assert response.redirect_chain == [(url, 302)]
    assert "Tautan pribadi sedang dikirim ke surel Anda." in response.content.decode()
    (email,) = mailoutbox
    assert email.to == ["yosef@example.com"]
    assert f"http://testserver{url}" in email.body and "Yosef Matulessy" in email.body
    assert not Notification.objects.exclude(private_link="").exists()  # only its hash stays


def test_without_an_email_address_or_past_the_hourly_limit_the_link_is_not_sent(
    client, page, category, mailoutbox, django_capture_on_commit_callbacks
):
    silent = file(category, email="")
    filed = file(category)
    url = private_url(page, filed.complaint, filed.secret)

    without_address = client.post(private_url(page, silent.complaint, silent.secret), {"action": "send_link"})
    with django_capture_on_commit_callbacks(execute=True):
        sent = [client.post(url, {"action": "send_link"}).status_code for _ in range(4)]

    assert without_address.status_code == 400
    assert "Tidak ada alamat surel" in without_address.content.decode()
    assert "Kirim ke surel saya" not in without_address.content.decode()
    assert sent == [302, 302, 302, 400]
    assert len(mailoutbox) == 3
