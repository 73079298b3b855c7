"""Where a complaint is: Kota Ambon's kecamatan and kelurahan from the official codes, the landmark, and the
coordinates the phone or, with the resident's consent only, the photo gives."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from feedback import places
from feedback.models import Complaint, ComplaintAttachment
from tests.feedback.complaints.test_filing import form_data

pytestmark = pytest.mark.django_db

BATU_MERAH = "81.71.02.2003"


def test_the_list_holds_the_five_kecamatan_and_their_fifty_kelurahan_desa_and_negeri():
    kecamatan = places.kecamatan_list()

    assert [(k.code, k.name, len(k.villages)) for k in kecamatan] == [
        ("81.71.01", "Nusaniwe", 13),
        ("81.71.02", "Sirimau", 14),
        ("81.71.03", "Baguala", 7),
        ("81.71.04", "Teluk Ambon", 8),
        ("81.71.05", "Leitimur Selatan", 8),
    ]
    codes = [village.code for k in kecamatan for village in k.villages]
    assert len(set(codes)) == 50
    assert all(code.startswith(f"{code[:8]}.") and len(code) == 13 for code in codes)
    assert all(village.code.startswith(k.code) for k in kecamatan for village in k.villages)
    batu_merah = places.village(BATU_MERAH)
    assert (batu_merah.name, batu_merah.kecamatan, batu_merah.is_kelurahan) == ("Batu Merah", "Sirimau", False)
    assert places.village("81.71.02.1018").label == "Honipopu (kelurahan)"


def test_the_form_groups_the_kelurahan_by_kecamatan_and_the_complaint_shows_where_it_is(client, page, category):
    form = client.get(page.url + "ajukan/").content.decode()
    client.post(page.url + "ajukan/", form_data(client, page, category, village=BATU_MERAH))

    assert '<optgroup label="Kecamatan Leitimur Selatan">' in form
    complaint = Complaint.objects.get()
    assert complaint.village_code == BATU_MERAH
    assert complaint.area_name() == "Batu Merah, Sirimau"


@pytest.mark.parametrize("village", ["", "81.71.09.9999", "32.73.01.1001"])
def test_a_missing_or_unknown_kelurahan_is_refused_with_the_form_kept(client, page, category, village):
    response = client.post(page.url + "ajukan/", form_data(client, page, category, village=village))

    assert response.status_code == 400
    assert "village" in response.context["form"].errors
    assert not Complaint.objects.exists()


def photo_taken_in_ambon(name="foto.jpg"):
    """A phone photo whose EXIF says it was taken at 3°41'44.4" S, 128°10'55.2" E (Ambon bay)."""
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "S", 2: (3.0, 41.0, 44.4), 3: "E", 4: (128.0, 10.0, 55.2)})
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#1d6f9f").save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_the_photos_location_is_used_only_with_consent_and_never_stored_in_the_file(client, page, category):
    client.post(page.url + "ajukan/", form_data(client, page, category, attachments=[photo_taken_in_ambon()]))
    consented = form_data(client, page, category, attachments=[photo_taken_in_ambon()], photo_location="on")
    client.post(page.url + "ajukan/", consented)

    without, located = Complaint.objects.order_by("pk")
    assert (without.latitude, without.longitude) == (None, None)
    assert (located.latitude, located.longitude) == (Decimal("-3.695667"), Decimal("128.182000"))
    for attachment in ComplaintAttachment.objects.all():
        stored = Image.open(io.BytesIO(attachment.file.read()))
        assert not stored.getexif().get_ifd(0x8825)
        assert b"GPS" not in attachment.file.open().read()


def test_coordinates_the_resident_gave_win_over_the_photos(client, page, category):
    data = form_data(
        client,
        page,
        category,
        attachments=[photo_taken_in_ambon()],
        photo_location="on",
        latitude="-3.700000",
        longitude="128.170000",
    )
    client.post(page.url + "ajukan/", data)

    complaint = Complaint.objects.get()
    assert (complaint.latitude, complaint.longitude) == (Decimal("-3.700000"), Decimal("128.170000"))


def test_half_a_position_is_refused(client, page, category):
    response = client.post(page.url + "ajukan/", form_data(client, page, category, latitude="-3.7"))

    assert response.status_code == 400
    assert "longitude" in response.context["form"].errors
