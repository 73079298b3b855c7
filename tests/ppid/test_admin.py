"""The PPID's screens: a unit's PPID works only on its unit's requests (404 for any other, documents included),
extends, answers with a document, refuses only with a ground; only the office's superior answers an objection."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents.models import Document

from ppid import access, services
from ppid.models import Exemption, RequestStatus
from tests.accounts.factories import UserFactory, second_factor_set_up
from tests.factories import UnitPageFactory
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
    sheet = Document.objects.create(title="Cakupan imunisasi 2025", file=ContentFile(b"a;b\n", "cakupan.csv"))

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
