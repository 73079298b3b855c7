"""The PPID's screens: a unit's PPID works only on its unit's requests (404 for any other, documents included),
extends, answers with a document of its own collection, refuses only with a ground; only the office's superior
answers an objection; each PPID keeps its own body's information list, the PPID Utama the city's."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents.models import Document

from ppid import access, services
from ppid.models import Exemption, PublicInformation, RequestStatus
from tests.accounts.factories import UserFactory, second_factor_set_up
from tests.factories import UnitPageFactory
from tests.ppid.factories import PublicInformationFactory
from tests.ppid.test_rules import registered

pytestmark = pytest.mark.django_db


def signed_in(group, username) -> Client:
    user = UserFactory(username=username)
    user.groups.add(group)
    second_factor_set_up(user)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def offices(unit_index):
    health = UnitPageFactory(parent=unit_index, title="Dinas Kesehatan", short_name="Dinkes")
    education = UnitPageFactory(parent=unit_index, title="Dinas Pendidikan", short_name="Dikbud")
    return access.office_ensure(unit=health), access.office_ensure(unit=education)


def act(client, request, action, data):
    return client.post(reverse("ppid_request_action", args=[request.pk, action]), data)


def test_a_units_ppid_works_only_on_its_units_requests(offices):
    health, education = offices
    mine, theirs = registered(health.unit), registered(education.unit)
    document = Document.objects.create(title="Data", file=ContentFile(b"x", "data.csv"))
    services.request_answer(request=theirs, by=UserFactory(), message="Terlampir.", documents=[document])
    officer = signed_in(health.officers, "ppid.dinkes")

    inbox = officer.get(reverse("ppid_requests")).content.decode()

    assert mine.registration_number in inbox and theirs.registration_number not in inbox
    assert officer.get(reverse("ppid_request", args=[mine.pk])).status_code == 200
    assert officer.get(reverse("ppid_request", args=[theirs.pk])).status_code == 404
    assert officer.get(reverse("ppid_request_document", args=[theirs.pk, document.pk])).status_code == 404
    assert act(officer, theirs, "extend", {"reason": "x"}).status_code == 404
    resident = Client()
    resident.force_login(UserFactory(username="warga"))
    assert resident.get(reverse("ppid_requests")).status_code in (302, 404)  # no admin, or no PPID role


def test_the_ppid_extends_then_answers_with_a_spreadsheet(offices):
    health, _education = offices
    request = registered(health.unit, day=date.today())
    officer = signed_in(health.officers, "ppid.dinkes")
    sheet = Document.objects.create(
        title="Cakupan imunisasi 2025", file=ContentFile(b"a;b\n", "cakupan.csv"), collection=health.collection
    )

    extended = act(officer, request, "extend", {"reason": "Data masih dihimpun dari puskesmas."})
    answered = act(officer, request, "answer", {"message": "Terlampir.", "document": sheet.pk})

    assert (extended.status_code, answered.status_code) == (302, 302)
    request.refresh_from_db()
    assert request.status == RequestStatus.ANSWERED and list(request.documents.all()) == [sheet]
    assert request.extended_until is not None


def test_a_refusal_without_its_consequence_test_is_refused_and_the_superior_alone_answers_the_objection(offices):
    health, _education = offices
    request = registered(health.unit, day=date.today())
    officer = signed_in(health.officers, "ppid.dinkes")
    superior = signed_in(health.superiors, "kadis.kesehatan")

    refused = {"exemption": Exemption.PRIVACY, "consequence_test": ""}
    assert act(officer, request, "refuse", refused).status_code == 400
    assert act(officer, request, "refuse", {**refused, "consequence_test": "Rahasia pribadi."}).status_code == 302
    request.refresh_from_db()
    services.objection_file(request=request, ground="35a", reason="Data agregat.")
    upheld = {"outcome": "diterima", "answer": "Data agregat diberikan."}

    act(officer, request, "objection", upheld)  # refused: Wagtail sends the officer back to the admin home
    assert request.objections.get().answered_at is None
    assert "Jawab keberatan" not in officer.get(reverse("ppid_request", args=[request.pk])).content.decode()
    assert "Jawab keberatan" in superior.get(reverse("ppid_request", args=[request.pk])).content.decode()
    assert act(superior, request, "objection", upheld).status_code == 302
    assert request.objections.get().outcome == "diterima"


def test_a_ppid_answers_only_with_a_document_of_its_own_offices_collection(offices):
    health, education = offices
    request = registered(health.unit, day=date.today())
    officer = signed_in(health.officers, "ppid.dinkes")
    theirs = Document.objects.create(
        title="Data Dikbud", file=ContentFile(b"x", "d.csv"), collection=education.collection
    )

    response = act(officer, request, "answer", {"message": "Terlampir.", "document": theirs.pk})

    request.refresh_from_db()
    assert response.status_code == 400 and request.status == RequestStatus.REGISTERED


def test_an_offices_documents_open_only_to_its_ppid_and_the_ppid_utama(offices):
    health, education = offices
    utama = access.office_ensure(unit=None)
    document = Document.objects.create(title="Jawaban", file=ContentFile(b"x", "j.csv"), collection=health.collection)
    url = document.url

    assert Client().get(url).status_code == 302  # to the login page
    assert signed_in(education.officers, "ppid.dikbud").get(url).status_code in (302, 403)
    for group, username in ((health.officers, "ppid.dinkes"), (utama.officers, "ppid.utama")):
        assert signed_in(group, username).get(url).status_code == 200


LIST = "/admin/ppid_list/"


def entry_data(unit, **overrides) -> dict:
    return {
        "unit": str(unit.pk) if unit else "",
        "category": "berkala",
        "title": "Profil kesehatan Kota Ambon 2025",
        "summary": "Derajat kesehatan, sumber daya dan pembiayaan kesehatan.",
        "title_en": "",
        "summary_en": "",
        "responsible": "Sekretaris Dinas Kesehatan",
        "made": "Setiap tahun, Ambon",
        "form": "tercetak-elektronik",
        "retention": "5 tahun",
        "exemption": "",
        "consequence_test": "",
        "exempted_until": "",
        "sort_order": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        **overrides,
    }


def attached(document) -> dict:
    return {
        "attachments-TOTAL_FORMS": "1",
        "attachments-0-document": str(document.pk),
        "attachments-0-id": "",
        "attachments-0-ORDER": "1",
        "attachments-0-DELETE": "",
    }


def test_a_ppid_keeps_only_its_own_units_list_and_another_offices_entry_is_not_found(offices):
    health, education = offices
    mine = PublicInformationFactory(unit=health.unit, title="Profil kesehatan")
    theirs = PublicInformationFactory(unit=education.unit, title="Data pokok pendidikan")
    officer = signed_in(health.officers, "ppid.dinkes")

    index = officer.get(LIST).content.decode()

    assert mine.title in index and theirs.title not in index
    assert officer.get(f"{LIST}edit/{mine.pk}/").status_code == 200
    for screen in ("edit", "delete", "history", "usage"):
        assert officer.get(f"{LIST}{screen}/{theirs.pk}/").status_code == 404, screen
    assert officer.post(f"{LIST}delete/{theirs.pk}/").status_code == 404
    assert PublicInformation.objects.filter(pk=theirs.pk).exists()
    resident = Client()
    resident.force_login(UserFactory(username="warga"))
    assert resident.get(LIST).status_code in (302, 403)


def test_a_ppid_adds_an_entry_with_a_document_for_its_unit_only(offices):
    health, education = offices
    officer = signed_in(health.officers, "ppid.dinkes")
    own = Document.objects.create(title="Profil 2025", file=ContentFile(b"x", "p.pdf"), collection=health.collection)
    other = Document.objects.create(title="Dapodik", file=ContentFile(b"x", "d.pdf"), collection=education.collection)

    for refused in (entry_data(education.unit), entry_data(None), entry_data(health.unit, **attached(other))):
        officer.post(f"{LIST}new/", refused)
    added = officer.post(f"{LIST}new/", entry_data(health.unit, **attached(own)))

    assert added.status_code == 302
    [entry] = PublicInformation.objects.all()
    assert entry.unit_id == health.unit.pk and [a.document for a in entry.attachments.all()] == [own]


def test_the_ppid_utama_keeps_the_citys_list_and_an_exempted_entry_needs_its_ground(offices):
    utama = access.office_ensure(unit=None)
    officer = signed_in(utama.officers, "ppid.utama")

    without_ground = officer.post(f"{LIST}new/", entry_data(None, category="dikecualikan"))
    city = officer.post(f"{LIST}new/", entry_data(None, title="RPJMD Kota Ambon 2025–2029"))

    assert without_ground.status_code == 200 and city.status_code == 302
    [entry] = PublicInformation.objects.all()
    assert entry.unit is None and entry.title == "RPJMD Kota Ambon 2025–2029"
