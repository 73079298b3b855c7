"""Following a public complaint instead of filing it again: by email, confirmed first, told of every public change,
stopped with one button; and a duplicate merged by a verifier, linked both ways, its filer following the original."""

import re

import pytest
from django.contrib.auth import get_user_model

from feedback.complaints import services
from feedback.models import ComplaintFollower, Privacy, RejectionReason
from tests.factories import file_complaint

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("petugas", "petugas@ambon.go.id", "a-long-password-1")


@pytest.fixture
def routed(category, staff):
    """A complaint a verifier checked and sent to the unit: public and open."""
    return services.complaint_route(complaint=file_complaint(category, name="Maria Latuheru").complaint, by=staff)


def link_in(body: str, route: str) -> str:
    return re.search(rf"http://\S+/{route}/\S+/", body).group(0)


def follow(client, page, complaint, email="tetangga@contoh.id", **extra):
    return client.post(f"{page.url}lacak/{complaint.tracking_code}/ikuti/", {"email": email}, **extra)


def test_a_neighbour_follows_after_confirming_hears_of_each_public_change_and_stops_with_one_button(
    client, page, routed, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        asked = follow(client, page, routed, email="Tetangga@Contoh.id")
    (confirmation,) = mailoutbox
    public = f"{page.url}lacak/{routed.tracking_code}/"

    assert (asked.status_code, asked["Location"]) == (302, public)
    assert confirmation.to == ["tetangga@contoh.id"]
    assert "warga mengikuti" not in client.get(public).content.decode()  # not confirmed yet

    confirmed = client.get(link_in(confirmation.body, "ikuti").replace("http://127.0.0.1:8000", ""))
    assert (confirmed.status_code, confirmed["Location"]) == (302, public)
    assert "1 warga mengikuti pengaduan ini." in client.get(public).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_start(complaint=routed, by=staff)
    update = mailoutbox[-1]
    assert update.to == ["tetangga@contoh.id"]
    assert routed.tracking_code in update.subject and "Maria" not in update.body

    stop = link_in(update.body, "berhenti").replace("http://127.0.0.1:8000", "")
    assert "Hentikan surel" in client.get(stop).content.decode()
    assert ComplaintFollower.objects.exists()  # a link scanner's GET stops nothing
    assert client.post(stop).status_code == 302
    assert not ComplaintFollower.objects.exists()
    sent = len(mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_reply(complaint=routed, message="Sudah diperbaiki.", by=staff)
    assert all(email.to != ["tetangga@contoh.id"] for email in mailoutbox[sent:])


def test_a_rahasia_or_unchecked_complaint_cannot_be_followed(client, page, category, staff, mailoutbox):
    unchecked = file_complaint(category).complaint
    confidential = file_complaint(category, privacy=Privacy.CONFIDENTIAL).complaint
    services.complaint_route(complaint=confidential, by=staff)

    for complaint in (unchecked, confidential):
        assert follow(client, page, complaint).status_code == 404
        assert client.get(f"{page.url}lacak/{complaint.tracking_code}/ikuti/").status_code == 404
    assert not ComplaintFollower.objects.exists() and not mailoutbox


def test_a_wrong_address_is_refused_with_the_page_and_an_unknown_link_is_not_found(client, page, routed):
    response = follow(client, page, routed, email="bukan-alamat")

    assert response.status_code == 400
    assert 'value="bukan-alamat"' in response.content.decode()
    assert client.get(f"{page.url}ikuti/{'x' * 43}/").status_code == 404
    assert client.get(f"{page.url}berhenti/{'x' * 43}/").status_code == 404


def test_an_address_may_ask_to_follow_only_so_often(client, page, routed, settings):
    answers = [follow(client, page, routed, email=f"warga{number}@contoh.id").status_code for number in range(11)]

    assert answers == [302] * 10 + [429]


def test_a_merged_duplicate_links_to_its_original_which_counts_its_filer_as_a_follower(
    client, page, category, routed, staff, mailoutbox, django_capture_on_commit_callbacks
):
    duplicate = file_complaint(category, email="yosef@contoh.id").complaint
    services.complaint_reject(
        complaint=duplicate, reason=RejectionReason.DUPLICATE, duplicate_of=routed, by=staff, message="Sama."
    )

    original_page = client.get(f"{page.url}lacak/{routed.tracking_code}/").content.decode()
    duplicate_page = client.get(f"{page.url}lacak/{duplicate.tracking_code}/").content.decode()

    assert f'href="{page.url}lacak/{duplicate.tracking_code}/"' in original_page
    assert "1 warga mengikuti pengaduan ini." in original_page
    assert f'<a href="{page.url}lacak/{routed.tracking_code}/">{routed.tracking_code}</a>' in duplicate_page
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_start(complaint=routed, by=staff)
    assert ["yosef@contoh.id"] in [email.to for email in mailoutbox]
