"""The complaints' and the forum's open data: what the public list shows and nothing of who filed, counted per unit."""

import csv
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback.complaints import services
from feedback.datasets import feedback_datasets
from feedback.models import Complaint, Privacy, RejectionReason, Status
from feedback.scorecards import city_scorecards
from tests.factories import ComplaintsPageFactory, file_complaint

pytestmark = pytest.mark.django_db

IDENTITY = ("Maria Latuheru", "maria@example.com", "0812 4455 6677")


@pytest.fixture
def listed(home, category, unit, verifier):
    ComplaintsPageFactory(parent=home)

    def routed(**fields):
        return services.complaint_route(complaint=file_complaint(category, **fields).complaint, unit=unit, by=verifier)

    spam = file_complaint(category, title="Promo pelangsing").complaint
    services.complaint_reject(complaint=spam, reason=RejectionReason.NOT_A_COMPLAINT, message="", by=verifier)
    file_complaint(category, title="Belum diperiksa")
    routed(title="Rahasia: pungutan", privacy=Privacy.CONFIDENTIAL)
    resolved = routed(title="Lampu jalan padam", village_code="81.71.02.2003")
    Complaint.objects.filter(pk=resolved.pk).update(status=Status.RESOLVED, closed_at=timezone.now())
    return [routed(title="Selokan tersumbat", privacy=Privacy.ANONYMOUS), resolved]


def rows(client, path: str) -> list[dict]:
    response = client.get(path)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_complaint_list_holds_what_the_public_list_shows_and_nothing_of_who_filed(client, listed, unit):
    table = rows(client, "/data/pengaduan.csv")
    everything = (
        client.get("/data/pengaduan.csv").content.decode() + client.get("/data/pengaduan.json").content.decode()
    )

    assert [row["kode_pelacakan"] for row in table] == [complaint.tracking_code for complaint in listed]
    resolved = next(row for row in table if row["judul"] == "Lampu jalan padam")
    assert (resolved["status"], resolved["kelurahan"], resolved["kecamatan"]) == ("selesai", "Batu Merah", "Sirimau")
    assert resolved["nama_opd"] == unit.title and resolved["tanggal_ditutup"]
    assert resolved["url"].endswith(f"/pengaduan/lacak/{resolved['kode_pelacakan']}/")
    for hidden in ("Rahasia: pungutan", "Belum diperiksa", "Promo pelangsing", *IDENTITY):
        assert hidden not in everything


def test_the_scorecards_and_forum_answers_give_the_citys_row_then_each_units(client, listed, unit):
    scorecards = rows(client, "/data/responsivitas.csv")
    forum = rows(client, "/data/forum-jawaban.csv")
    expected = city_scorecards()

    assert [row["kode_opd"] for row in scorecards] == ["kota", unit.code]
    assert scorecards[0]["diterima"] == str(expected.city.received) == "5"  # every complaint filed
    assert scorecards[1]["diterima"] == str(expected.by_unit[unit.translation_key].received)
    assert [row["kode_opd"] for row in forum] == ["kota", unit.code]


def test_the_complaint_list_takes_as_many_queries_for_twenty_as_for_three(client, listed, category, unit, verifier):
    def queries() -> int:
        client.get("/data/pengaduan.json")  # the units' names are remembered until a page changes: warm them
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/data/pengaduan.json").status_code == 200
        return len(captured)

    few = queries()
    for _number in range(17):
        services.complaint_route(complaint=file_complaint(category).complaint, unit=unit, by=verifier)
    assert queries() == few


def test_the_catalogue_dates_the_complaints_in_ambons_time(listed):
    # 15:30 UTC on the day before
    first_minutes_of_the_year = datetime(2026, 1, 1, 0, 30, tzinfo=ZoneInfo("Asia/Jayapura"))
    Complaint.objects.filter(pk=listed[1].pk).update(submitted_at=first_minutes_of_the_year)

    complaints = next(entry for entry in feedback_datasets() if entry.name == "pengaduan-warga-kota-ambon")

    assert complaints.start == date(2026, 1, 1)
