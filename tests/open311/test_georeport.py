"""Open311 GeoReport v2 through a third-party client: services, requests as the public sees them, filing with a key."""

import json
from datetime import timedelta

import pytest
from civicbot.http import HttpError
from civicbot.open311 import CONFIRM_TOKEN, Open311Client
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from feedback.complaints import services, updates
from feedback.complaints.access import verifier_group_ensure
from feedback.models import Complaint, Privacy, RejectionReason, Status
from open311.models import Submission
from reports.services import unit_ensure_staff_group
from tests.accounts.factories import ResidentFactory, second_factor_set_up
from tests.factories import ComplaintCategoryFactory, ComplaintsPageFactory, file_complaint
from tests.feedback.complaints.test_admin import png_upload
from tests.open311.conftest import BASE_URL

pytestmark = pytest.mark.django_db

IDENTITY = ("Maria Latuheru", "maria@example.com", "0812 4455 6677")
BATU_MERAH = "81.71.02.2003"


@pytest.fixture
def staff(django_user_model, unit):
    verifier = django_user_model.objects.create_user("verifikator", "verifikator@ambon.go.id", "pw-1-long-enough")
    verifier.groups.add(verifier_group_ensure())
    officer = django_user_model.objects.create_user("petugas.pupr", "petugas.pupr@ambon.go.id", "pw-2-long-enough")
    officer.groups.add(unit_ensure_staff_group(unit=unit))
    return verifier, officer


@pytest.fixture
def complaints(category, unit, staff):
    """One of each kind the public list shows or hides."""
    verifier = staff[0]

    def routed(**fields):
        return services.complaint_route(complaint=file_complaint(category, **fields).complaint, unit=unit, by=verifier)

    spam = file_complaint(category, title="Promo pelangsing").complaint
    services.complaint_reject(complaint=spam, reason=RejectionReason.NOT_A_COMPLAINT, message="", by=verifier)
    resolved = routed(title="Lampu jalan padam")
    Complaint.objects.filter(pk=resolved.pk).update(status=Status.RESOLVED, closed_at=timezone.now())
    return {
        "public": routed(
            title="Jalan berlubang di Batu Merah", village_code=BATU_MERAH, latitude="-3.6954", longitude="128.1814"
        ),
        "anonymous": routed(title="Selokan tersumbat", privacy=Privacy.ANONYMOUS),
        "confidential": routed(title="Rahasia: pungutan di kantor", privacy=Privacy.CONFIDENTIAL),
        "unverified": file_complaint(category, title="Belum diperiksa").complaint,
        "not_a_complaint": spam,
        "resolved": resolved,
    }


def codes(requests) -> set[str]:
    return {request["service_request_id"] for request in requests}


def test_the_client_lists_each_active_category_as_a_service_of_its_unit(open311, category, other_category, unit):
    ComplaintCategoryFactory(unit=unit, active=False, name="Sudah tidak dipakai")

    listed = {service["service_code"]: service for service in open311.list_services()}

    assert set(listed) == {str(category.pk), str(other_category.pk)}
    road = listed[str(category.pk)]
    assert (road["service_name"], road["group"], road["type"], road["metadata"]) == (
        category.name,
        unit.title,
        "batch",
        True,
    )
    assert category.name_en in road["keywords"]


def test_a_service_definition_asks_what_the_complaint_form_asks(open311, category, other_category):
    definition = open311.get_service_definition(category.pk)
    no_anonymity = open311.get_service_definition(other_category.pk)

    attributes = {attribute["code"]: attribute for attribute in definition["attributes"]}
    assert [a["code"] for a in definition["attributes"]] == [
        "judul",
        "kelurahan",
        "tanggal_kejadian",
        "kerahasiaan",
        "persetujuan",
    ]
    assert {code for code, a in attributes.items() if a["required"]} == {"kelurahan", "kerahasiaan", "persetujuan"}
    assert len(attributes["kelurahan"]["values"]) == 50
    assert {"key": BATU_MERAH, "name": "Batu Merah, Sirimau"} in attributes["kelurahan"]["values"]
    assert [v["key"] for v in attributes["kerahasiaan"]["values"]] == ["publik", "anonim", "rahasia"]
    privacy = next(a for a in no_anonymity["attributes"] if a["code"] == "kerahasiaan")
    assert [v["key"] for v in privacy["values"]] == ["publik", "rahasia"]  # as the form refuses anonymity there


def test_an_unknown_service_is_a_404_in_the_specifications_error_format(open311):
    with pytest.raises(HttpError) as refused:
        open311.get_service_definition("999999")

    assert refused.value.status == 404
    assert json.loads(refused.value.body) == [{"code": 404, "description": "Tidak ada layanan 999999."}]


def test_the_list_holds_what_the_public_list_holds_and_never_a_reporters_identity(open311, transport, complaints):
    listed = open311.list_requests()

    assert codes(listed) == {complaints[kind].tracking_code for kind in ("public", "anonymous", "resolved")}
    public = next(r for r in listed if r["service_request_id"] == complaints["public"].tracking_code)
    assert public["status"] == "open" and public["agency_responsible"] == "Dinas PUPR"
    assert public["address_id"] == BATU_MERAH and "Batu Merah, Sirimau" in public["address"]
    assert (public["lat"], public["long"]) == (-3.6954, 128.1814)
    assert public["description"] == complaints["public"].description
    everything = b"".join(response.content for response in transport.responses).decode()
    for detail in IDENTITY:
        assert detail not in everything
    assert "Rahasia: pungutan" not in everything and "Promo pelangsing" not in everything


def test_the_list_filters_by_service_status_dates_and_pages(open311, complaints, category, unit, staff):
    other = ComplaintCategoryFactory(unit=unit)
    elsewhere = services.complaint_route(complaint=file_complaint(other).complaint, unit=unit, by=staff[0])
    week_ago = (timezone.now() - timedelta(days=7)).isoformat()
    Complaint.objects.filter(pk=complaints["anonymous"].pk).update(submitted_at=timezone.now() - timedelta(days=30))

    assert codes(open311.list_requests(service_code=str(other.pk))) == {elsewhere.tracking_code}
    assert codes(open311.list_requests(status="closed")) == {complaints["resolved"].tracking_code}
    assert complaints["anonymous"].tracking_code not in codes(open311.list_requests(start_date=week_ago))
    first, second = open311.list_requests(page_size=2), open311.list_requests(page_size=2, lat=None)
    assert len(first) == 2 and first == second
    wanted = [complaints["public"].tracking_code, complaints["confidential"].tracking_code]
    assert codes(open311.list_requests(service_request_ids=wanted)) == set(wanted)


def test_a_confidential_request_asked_by_its_code_shows_its_status_only(open311, complaints):
    confidential = open311.get_request(complaints["confidential"].tracking_code)

    assert confidential["status"] == "open" and confidential["status_notes"] == "Didisposisikan ke perangkat daerah"
    assert confidential["agency_responsible"] == ""  # the tracking page hides the unit of a rahasia complaint too
    assert "description" not in confidential and "address" not in confidential and "lat" not in confidential


@pytest.mark.parametrize(
    ("filters", "problem"),
    [
        ({"status": "pending"}, "status"),
        ({"start_date": "kemarin"}, "start_date"),
        ({"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, "90"),
        ({"page_size": "5000"}, "page_size"),
    ],
)
def test_a_filter_the_specification_does_not_allow_is_a_400_saying_which(open311, filters, problem):
    with pytest.raises(HttpError) as refused:
        open311.list_requests(**filters)

    assert refused.value.status == 400
    assert problem in json.loads(refused.value.body)[0]["description"]


def filing(**overrides) -> dict:
    return {
        "description": "Jalan di depan Masjid Raya Al-Fatah berlubang besar. Sudah dua motor jatuh.",
        "address_string": "Jl. Sultan Babullah, depan Masjid Raya",
        "lat": -3.6968,
        "lng": 128.1831,
        "email": "maria@example.com",
        "first_name": "Maria",
        "last_name": "Latuheru",
        "phone": "0812 4455 6677",
        "attributes": {"kelurahan": BATU_MERAH, "kerahasiaan": "anonim", "persetujuan": "ya"},
        **overrides,
    }


def file(open311, category, key, **overrides):
    return open311.create_request(category.pk, dry_run=False, confirm=CONFIRM_TOKEN, api_key=key, **filing(**overrides))


def test_a_request_filed_with_a_key_is_a_complaint_like_one_from_the_web_form(
    open311, app_key, category, unit, staff, mailoutbox, home, django_capture_on_commit_callbacks
):
    ComplaintsPageFactory(parent=home)
    app, key = app_key
    verifier, officer = staff

    with django_capture_on_commit_callbacks(execute=True):  # the emails go once the filing is committed
        answer = file(open311, category, key).response

    submission = Submission.objects.select_related("complaint__reporter").get()
    complaint = submission.complaint
    assert answer == [{"token": submission.token, "service_notice": answer[0]["service_notice"]}]
    assert submission.client == app and complaint.status == Status.SUBMITTED
    assert (complaint.title, complaint.privacy, complaint.village_code) == (
        "Jalan di depan Masjid Raya Al-Fatah berlubang besar",
        Privacy.ANONYMOUS,
        BATU_MERAH,
    )
    assert (complaint.reporter.name, complaint.reporter.email) == ("Maria Latuheru", "maria@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        web = file_complaint(category, title="Dari formulir web", privacy=Privacy.ANONYMOUS).complaint
    assert {n.template for n in complaint.notifications.all()} == {n.template for n in web.notifications.all()}
    assert [message.to for message in mailoutbox] == [["verifikator@ambon.go.id"]] * 2

    assert open311.get_token(submission.token) == [{"token": submission.token}]  # not checked yet: no code
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_route(complaint=complaint, unit=unit, by=verifier)
    assert open311.get_token(submission.token) == [
        {"token": submission.token, "service_request_id": complaint.tracking_code}
    ]
    second_factor_set_up(officer)
    inbox = Client()
    inbox.force_login(officer)
    assert complaint.tracking_code in inbox.get(reverse("feedback_complaints")).content.decode()  # as a web one
    read_back = open311.get_request(complaint.tracking_code)
    assert (read_back["service_code"], read_back["agency_responsible"]) == (str(category.pk), "Dinas PUPR")
    assert read_back["description"] == filing()["description"]
    assert "maria" not in json.dumps(read_back).lower()
    assert {tuple(message.to) for message in mailoutbox[2:]} == {
        ("maria@example.com",),
        ("pupr@ambon.go.id",),
        ("petugas.pupr@ambon.go.id",),
    }


def test_a_request_without_a_valid_key_is_refused_and_a_revoked_key_stops_at_once(
    open311, transport, app_key, category
):
    app, key = app_key
    keyless = Open311Client(
        open311.endpoint.__class__(
            id="ambon", name="", base_url=BASE_URL, write=True, api_key_required_for_write=False
        ),
        transport=transport,
    )
    for client, wrong in ((keyless, None), (open311, "not-a-key")):
        with pytest.raises(HttpError) as refused:
            file(client, category, wrong)
        assert refused.value.status == 403
    file(open311, category, key)

    app.active = False
    app.save()
    with pytest.raises(HttpError) as refused:
        file(open311, category, key)

    assert refused.value.status == 403
    assert Complaint.objects.count() == 1


def test_a_key_gets_its_hourly_number_of_requests_then_429(open311, app_key, category):
    app, key = app_key
    for _number in range(app.hourly_limit):
        file(open311, category, key)

    with pytest.raises(HttpError) as refused:
        file(open311, category, key)

    assert refused.value.status == 429
    assert json.loads(refused.value.body)[0]["code"] == 429
    assert Complaint.objects.count() == app.hourly_limit


def test_bad_input_is_a_400_naming_each_parameter_and_saves_nothing(open311, app_key, category, other_category):
    _app, key = app_key
    attributes = {"kelurahan": "99.99", "kerahasiaan": "anonim"}

    with pytest.raises(HttpError) as refused:
        file(open311, other_category, key, description="", attributes=attributes)

    problems = [error["description"] for error in json.loads(refused.value.body)]
    assert refused.value.status == 400
    assert any(problem.startswith("description:") for problem in problems)
    assert any(problem.startswith("attribute[kelurahan]:") for problem in problems)
    assert any(problem.startswith("attribute[persetujuan]:") for problem in problems)
    assert not Complaint.objects.exists() and not Submission.objects.exists()


def test_the_list_takes_as_many_queries_for_twenty_requests_as_for_three(open311, category, unit, staff):
    def routed_many(count):
        for _number in range(count):
            services.complaint_route(complaint=file_complaint(category).complaint, unit=unit, by=staff[0])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert open311.list_requests()
        return len(captured)

    routed_many(3)
    few = queries()
    routed_many(17)
    assert queries() == few


def test_media_url_is_a_published_update_photo_and_never_the_reporters_attachment(open311, category, unit, staff, home):
    ComplaintsPageFactory(parent=home)
    filed = file_complaint(category, uploads=(png_upload(),)).complaint
    complaint = services.complaint_route(complaint=filed, unit=unit, by=staff[0])
    assert open311.get_request(complaint.tracking_code)["media_url"] == ""  # the attachment is the unit's only

    neighbour = ResidentFactory()
    update = updates.update_add(
        complaint=complaint, author=neighbour, text="Masih rusak.", still_broken=True, photo=png_upload()
    )
    updates.update_review(update=update, by=staff[0], publish=True)

    media = open311.get_request(complaint.tracking_code)["media_url"]
    assert media == f"http://testserver/pengaduan/lacak/{complaint.tracking_code}/kabar/{update.token}/foto/"
    attachment = complaint.attachments.get()
    assert attachment.token not in json.dumps(open311.list_requests())
