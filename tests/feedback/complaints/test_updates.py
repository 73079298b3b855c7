"""Updates from residents on a public complaint: a signed-in resident says "masih rusak" with a photo; a verifier
publishes it (on the timeline, the filer and followers told) or keeps it off with a reason."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from feedback.complaints import services
from feedback.complaints.access import verifier_group_ensure
from feedback.models import ComplaintFollower, ComplaintUpdate, Privacy, UpdateStatus
from tests.accounts.factories import ResidentFactory
from tests.factories import file_complaint
from tests.feedback.complaints.test_admin import action_url, client_for, user_in

pytestmark = pytest.mark.django_db

TEXT = "Masih rusak, lubangnya makin besar sejak hujan kemarin."


@pytest.fixture
def verifier(db):
    return user_in("verifikator", verifier_group_ensure())


@pytest.fixture
def routed(category, verifier):
    complaint = file_complaint(category, email="pengadu@contoh.id").complaint
    return services.complaint_route(complaint=complaint, by=verifier)


@pytest.fixture
def neighbour(db):
    client = Client()
    client.force_login(ResidentFactory(username="tetangga"))
    return client


def photo_with_location():
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "S", 2: (3.0, 41.0, 44.4), 3: "E", 4: (128.0, 10.0, 55.2)})
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#5b4a3a").save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile("rusak.jpg", buffer.getvalue(), content_type="image/jpeg")


def add(client, page, complaint, **data):
    return client.post(f"{page.url}lacak/{complaint.tracking_code}/kabar/", {"text": TEXT, **data})


def test_a_neighbours_update_waits_for_a_verifier_then_shows_with_its_photo_and_tells_the_filer(
    neighbour, page, routed, verifier, mailoutbox, django_capture_on_commit_callbacks
):
    public = f"{page.url}lacak/{routed.tracking_code}/"
    ComplaintFollower.objects.create(
        complaint=routed, email="pengikut@contoh.id", token="t" * 20, confirmed_at=routed.submitted_at
    )
    sent = add(neighbour, page, routed, still_broken="on", photo=photo_with_location())
    update = ComplaintUpdate.objects.get()

    assert (sent.status_code, sent["Location"]) == (302, public)
    assert update.status == UpdateStatus.PENDING
    assert TEXT not in Client().get(public).content.decode()

    staff = client_for(verifier)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reviewed = staff.post(action_url(routed, "review-update"), {"update": update.pk, "publish": "1"})

    assert reviewed.status_code == 302
    html = Client().get(public).content.decode()
    assert TEXT in html and "Masih rusak" in html and "Kabar dari warga" in html
    photo = Client().get(f"{page.url}lacak/{routed.tracking_code}/kabar/{update.token}/foto/")
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert not Image.open(io.BytesIO(b"".join(photo.streaming_content))).getexif().get_ifd(0x8825)
    assert sorted(email.to[0] for email in mailoutbox) == ["pengadu@contoh.id", "pengikut@contoh.id"]
    assert "tetangga" not in html  # no name shown


def test_an_update_kept_off_needs_a_reason_and_is_never_shown(neighbour, page, routed, verifier):
    add(neighbour, page, routed, photo=photo_with_location())
    update = ComplaintUpdate.objects.get()
    staff = client_for(verifier)

    without_reason = staff.post(action_url(routed, "review-update"), {"update": update.pk, "publish": "0"})
    with_reason = staff.post(
        action_url(routed, "review-update"), {"update": update.pk, "publish": "0", "reason": "Menyebut nama tetangga."}
    )

    assert without_reason.status_code == 400
    assert with_reason.status_code == 302
    update.refresh_from_db()
    assert (update.status, update.hidden_reason) == (UpdateStatus.HIDDEN, "Menyebut nama tetangga.")
    assert TEXT not in Client().get(f"{page.url}lacak/{routed.tracking_code}/").content.decode()
    assert Client().get(f"{page.url}lacak/{routed.tracking_code}/kabar/{update.token}/foto/").status_code == 404


def test_only_signed_in_residents_add_updates_and_only_to_complaints_the_public_sees(
    page, category, routed, verifier, neighbour
):
    anonymous = add(Client(), page, routed)
    staff = add(client_for(verifier), page, routed)
    unchecked = add(neighbour, page, file_complaint(category).complaint)
    confidential = services.complaint_route(
        complaint=file_complaint(category, privacy=Privacy.CONFIDENTIAL).complaint, by=verifier
    )

    assert anonymous.status_code == 302 and "/akun/login/" in anonymous["Location"]
    assert staff.status_code == 404 and unchecked.status_code == 404
    assert add(neighbour, page, confidential).status_code == 404
    assert add(neighbour, page, routed, text="").status_code == 400
    assert not ComplaintUpdate.objects.exists()
