"""Training's open data: programmes, modules with the participants' totals (none under five), revisions, sessions,
and the early warnings with the units' follow-ups, as CSV, JSON and XLSX; never a participant or a comment."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from tests.factories import UnitStaffFactory
from tests.training.factories import TrainingModuleFactory, TrainingSessionFactory, evaluated, past_session
from training import services
from training.models import PerformanceSignal, SignalKind
from training.services import signal_follow_up

pytestmark = pytest.mark.django_db


def rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_module_table_shows_totals_from_five_evaluations_and_only_their_number_below(
    client, programme, modules, unit
):
    session = past_session(programme)
    evaluated(session, modules[0], [5, 4, 4, 3, 5, 2], unit)
    evaluated(session, modules[1], [1, 2, 3, 4], unit)

    table = {row["judul_modul"]: row for row in rows(client.get("/data/pelatihan.modul.csv"))}

    shown = table["Mendengarkan keluhan"]
    assert (shown["jumlah_evaluasi"], shown["rata_rata_nilai"]) == ("6", "3.83")  # 23 / 6, half up
    assert [shown[f"nilai_{rating}"] for rating in range(1, 6)] == ["0", "1", "1", "2", "2"]
    hidden = table["Menulis jawaban resmi"]
    assert hidden["jumlah_evaluasi"] == "4"
    assert [hidden[name] for name in ("rata_rata_nilai", "nilai_1", "nilai_5")] == ["", "", ""]
    assert [shown["urutan"], hidden["urutan"]] == ["1", "2"]
    assert shown["id_program"] == str(programme.pk)


def test_no_file_names_a_participant_or_carries_a_comment(client, programme, modules, unit):
    session = past_session(programme)
    participant = UnitStaffFactory(unit=unit, username="peserta.rahasia")
    enrolment = session.enrolments.create(participant=participant)
    services.evaluation_submit(
        enrolment=enrolment, ratings={modules[0].pk: 2}, comments={modules[0].pk: "Pelatih datang terlambat"}
    )

    for address in ("/data/pelatihan.json", "/data/pelatihan.modul.csv", "/data/pelatihan.csv"):
        content = client.get(address).content.decode("utf-8-sig")
        assert "peserta.rahasia" not in content and "terlambat" not in content, address


def test_the_json_holds_every_table_with_exact_numbers_and_the_xlsx_a_sheet_each(client, programme, modules, unit):
    module = modules[0]
    evaluated(past_session(programme), module, [5, 5, 4, 4, 4], unit)
    services.module_revise(module=module, by=UnitStaffFactory(unit=unit), reason="Terlalu teoretis", hours=5)
    TrainingSessionFactory(programme=programme, capacity=25, place="Universitas Pattimura, Poka")

    document = json.loads(client.get("/data/pelatihan.json").content, parse_float=Decimal)

    assert set(document) == {"dataset", "columns", "programmes", "modules", "revisions", "sessions"}
    assert document["dataset"]["license"] == "CC-BY-4.0"
    assert document["dataset"]["dictionary"] == "http://testserver/data/"
    (listed,) = document["programmes"]
    assert (listed["judul"], listed["nama_opd"], listed["jumlah_responden"]) == (programme.title, unit.title, 418)
    evaluated_module = next(row for row in document["modules"] if row["id_modul"] == module.pk)
    assert (evaluated_module["rata_rata_nilai"], evaluated_module["jam"]) == (Decimal("4.40"), 5)
    assert evaluated_module["jumlah_revisi"] == 1
    (revision,) = document["revisions"]
    assert (revision["alasan"], revision["jam_sebelumnya"], revision["jumlah_evaluasi_saat_itu"]) == (
        "Terlalu teoretis",
        4,
        5,
    )
    assert [session["tempat"] for session in document["sessions"]] == [
        "Aula BKPSDM Kota Ambon",
        "Universitas Pattimura, Poka",
    ]
    workbook = load_workbook(io.BytesIO(client.get("/data/pelatihan.xlsx").content))
    assert workbook.sheetnames == ["program", "modul", "revisi", "sesi"]


def test_only_published_programmes_are_listed(client, programme, modules):
    programme.unpublish()

    assert rows(client.get("/data/pelatihan.csv")) == []
    assert rows(client.get("/data/pelatihan.modul.csv")) == []


def test_the_warnings_list_their_follow_ups_in_a_table_of_their_own(client, unit, programme):
    answered = PerformanceSignal.objects.create(
        unit=unit, kind=SignalKind.LOW, subject="IKU-02", subject_name="Jalan mantap", year=2025, value=Decimal("61.5")
    )
    PerformanceSignal.objects.create(
        unit=unit,
        kind=SignalKind.COMPLAINTS,
        subject="2026-T1",
        subject_name="2026-T1",
        year=2026,
        value=12,
        previous=4,
    )
    staff = UnitStaffFactory(unit=unit, username="petugas.pupr")
    signal_follow_up(
        signal=answered, by=staff, action="pelatihan", description="Staf ikut pelatihan.", programme=programme
    )

    warnings = rows(client.get("/data/peringatan-dini.csv"))
    follow_ups = rows(client.get("/data/peringatan-dini.tindak-lanjut.csv"))

    assert [(row["tahun"], row["jenis"], row["jumlah_tindak_lanjut"]) for row in warnings] == [
        ("2026", "pengaduan", "0"),
        ("2025", "rendah", "1"),
    ]
    assert warnings[1]["sekarang"] == "61.5" and warnings[1]["sebelumnya"] == ""
    assert follow_ups == [
        {
            "id_peringatan": str(answered.pk),
            "tanggal": follow_ups[0]["tanggal"],
            "tindakan": "pelatihan",
            "id_program": str(programme.pk),
            "uraian": "Staf ikut pelatihan.",
        }
    ]
    assert "petugas.pupr" not in client.get("/data/peringatan-dini.json").content.decode()


def test_a_download_costs_the_same_queries_for_one_programme_and_for_three(client, programme, modules, unit):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/data/pelatihan.json").status_code == 200
        return len(captured)

    evaluated(past_session(programme), modules[0], [4, 4, 4, 4, 4], unit)
    queries()  # the first request also looks up the site and the locales
    one = queries()
    for number in range(2):
        other = programme.copy(update_attrs={"slug": f"salinan-{number}", "title": f"Salinan {number}"})
        for _ in range(3):
            TrainingModuleFactory(programme=other)
        evaluated(past_session(other), other.modules.first(), [3, 3, 3, 3, 3], unit)

    assert queries() == one


def test_the_open_data_page_explains_trainings_files_and_columns(client, programme):
    page = client.get("/data/").content.decode()

    assert "/data/pelatihan.FORMAT" in page and "/data/peringatan-dini.tindak-lanjut.csv" in page
    assert 'id="pelatihan-modul-rata_rata_nilai"' in page
    assert 'id="peringatan-dini-tindak-lanjut-uraian"' in page
    assert "Rata-rata nilai dari 1 (sangat buruk) sampai 5 (sangat baik)" in page  # translated


@pytest.mark.parametrize("address", ["/data/pelatihan.pdf", "/data/pelatihan.anggaran.csv", "/data/peringatan.csv"])
def test_an_unknown_file_is_a_404(client, address):
    assert client.get(address).status_code == 404


def test_a_download_answers_only_reading_methods(client):
    assert client.post("/data/pelatihan.csv").status_code == 405
