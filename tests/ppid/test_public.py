"""The public side of information requests: asking without an account (the limit per device keeps the form),
the receipt with the private link once, the private page with the answer's documents and the objection; the
requester's identity on no public page."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document

from ppid import services
from ppid.models import Exemption, InformationRequest, Objection, PpidPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return home.add_child(instance=PpidPage(title="Informasi Publik", slug="informasi-publik"))


def ask_data(client, page, unit, **overrides):
    form = client.get(page.url + "ajukan/").context["form"]
    return {
        "submission_key": form.initial["submission_key"],
        "addressee": str(unit.pk),
        "information": "Cakupan imunisasi dasar lengkap per kelurahan, 2025.",
        "purpose": "Penelitian skripsi.",
        "channel": "salinan-elektronik",
        "delivery": "portal",
        "name": "Nona Tuhumury",
        "address": "Jl. Dr. Kayadoe 12",
        "identity_type": "ktp",
        "identity_number": "8171010101900001",
        "consent": "on",
        **overrides,
    }


def filed(client, page, unit) -> tuple[InformationRequest, str]:
    response = client.post(page.url + "ajukan/", ask_data(client, page, unit), follow=True)
    request = InformationRequest.objects.get()
    private = response.context["private_path"]
    assert private.startswith(f"{page.url}permohonan/{request.registration_number}/")
    return request, private


def test_asking_registers_the_request_and_shows_the_private_link_once(client, page, unit):
    request, private = filed(client, page, unit)

    assert (request.unit, request.requester.name) == (unit, "Nona Tuhumury")
    receipt = client.get(f"{page.url}terdaftar/{request.registration_number}/").content.decode()
    assert private not in receipt  # shown once
    html = client.get(private).content.decode()
    assert "Cakupan imunisasi" in html and "Nona Tuhumury" not in html  # not even on the private page
    assert Client().get(private[:-10] + "x" * 9 + "/").status_code == 404


def test_a_request_by_email_needs_the_address_and_bad_input_keeps_the_form(client, page, unit):
    response = client.post(page.url + "ajukan/", ask_data(client, page, unit, delivery="surel", information="x" * 9))

    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    assert 'value="Nona Tuhumury"' in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_the_answers_documents_download_only_through_the_private_link(client, page, unit, staff_user):
    request, private = filed(client, page, unit)
    document = Document.objects.create(
        title="Cakupan imunisasi 2025", file=ContentFile(b"kelurahan;cakupan\n", "c.csv")
    )
    services.request_answer(request=request, by=staff_user, message="Terlampir.", documents=[document])

    html = client.get(private).content.decode()
    download = client.get(f"{private}dokumen/{document.pk}/")

    assert "Cakupan imunisasi 2025" in html
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"kelurahan;cakupan\n"
    assert download["Cache-Control"] == "private, no-store"
    wrong = private.replace(private.split("/")[-2], "y" * 32)
    assert client.get(f"{wrong}dokumen/{document.pk}/").status_code == 404


def test_a_refused_request_is_objected_to_from_the_private_page(client, page, unit, staff_user):
    request, private = filed(client, page, unit)
    services.request_refuse(request=request, by=staff_user, exemption=Exemption.PRIVACY, consequence_test="Pribadi.")

    html = client.get(private).content.decode()
    wrong_ground = client.post(private, {"ground": "35c", "reason": "Tidak dijawab."})
    objected = client.post(private, {"ground": "35a", "reason": "Data agregat tidak mengungkap rahasia pribadi."})

    assert "Pasal 17 huruf h" in html and "Pribadi." in html
    assert wrong_ground.status_code == 400
    assert objected.status_code == 302
    assert Objection.objects.get().ground == "35a"
