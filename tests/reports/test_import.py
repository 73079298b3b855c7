import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Permission, User
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from reports.importing import MAX_ROWS, IndicatorFileError, parse_indicator_file
from reports.models import PerformanceReportPage
from tests.accounts.factories import second_factor_set_up
from tests.factories import (
    BudgetLineFactory,
    IndicatorFactory,
    PerformanceReportPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
)

HEADER = ",".join(
    [
        "sasaran",
        "kode_indikator",
        "indikator",
        "satuan",
        "polaritas",
        "target",
        "batas_atas_target",
        "realisasi",
        "target_akhir_renstra",
        "penjelasan",
    ]
)
VALID_CSV = "\n".join(
    [
        HEADER,
        "Pelayanan prima,IKU-1,Indeks kepuasan masyarakat,indeks,higher,82.5,,80.25,85,Survei triwulan",
        "Kota bersih,IKU-2,Timbulan sampah tak terangkut,%,lower,10,,12,5,",
        "Inflasi terkendali,IKU-3,Laju inflasi,%,range,2,4,3.1,,Sesuai target nasional",
    ]
)


@pytest.fixture
def report(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    unit = UnitPageFactory(parent=index, slug="dinas-kesehatan")
    report = PerformanceReportPageFactory(parent=unit, slug="lkjip-2024", year=2024)
    IndicatorFactory(report=report, code="LAMA-1")
    IndicatorFactory(report=report, code="LAMA-2")
    BudgetLineFactory(report=report, programme="Program Pelayanan Kesehatan")
    report.save_revision().publish()
    return PerformanceReportPage.objects.get(pk=report.pk)


@pytest.fixture
def superuser(db):
    user = User.objects.create_superuser("admin", "admin@ambon.go.id", "a-long-password-1")
    second_factor_set_up(user)
    return user


def csv_file(text: str, name: str = "indikator.csv", encoding: str = "utf-8") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def xlsx_file(rows: list[list]) -> SimpleUploadedFile:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("indikator.xlsx", buffer.getvalue())


def import_url(report) -> str:
    return reverse("reports_import_indicators", args=[report.pk])


def draft_indicators(report) -> list:
    return list(PerformanceReportPage.objects.get(pk=report.pk).get_latest_revision_as_object().indicators.all())


def live_codes(report) -> list[str]:
    return list(report.indicators.order_by("sort_order").values_list("code", flat=True))


def errors_of(upload) -> list[tuple]:
    with pytest.raises(IndicatorFileError) as raised:
        parse_indicator_file(upload)
    return [(error.row, error.column, error.message) for error in raised.value.errors]


def test_a_valid_csv_becomes_a_draft_and_leaves_the_live_report_alone(client, superuser, report):
    client.force_login(superuser)
    live_revision = report.live_revision_id

    response = client.post(import_url(report), {"file": csv_file(VALID_CSV)})

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[report.pk])
    assert [str(message) for message in get_messages(response.wsgi_request)] == [
        "3 indikator diimpor ke draf; ajukan untuk reviu bila sudah siap."
    ]
    report.refresh_from_db()
    assert report.live_revision_id == live_revision
    assert report.latest_revision_id != live_revision
    assert report.has_unpublished_changes
    assert live_codes(report) == ["LAMA-1", "LAMA-2"]
    draft = report.get_latest_revision_as_object()
    assert [budget.programme for budget in draft.budget_lines.all()] == ["Program Pelayanan Kesehatan"]
    first, second, third = draft.indicators.all()
    assert (first.goal, first.code, first.name, first.measure_unit) == (
        "Pelayanan prima",
        "IKU-1",
        "Indeks kepuasan masyarakat",
        "indeks",
    )
    assert (first.target, first.realisation, first.end_target) == (Decimal("82.5"), Decimal("80.25"), Decimal(85))
    assert first.explanation == "Survei triwulan"
    assert (second.polarity, second.target_upper) == ("lower", None)
    assert (third.polarity, third.target, third.target_upper, third.end_target) == (
        "range",
        Decimal(2),
        Decimal(4),
        None,
    )


def test_a_semicolon_csv_with_bom_reads_indonesian_numbers_and_polarity_words(client, superuser, report):
    client.force_login(superuser)
    text = "\ufeffSasaran; Kode_Indikator ;indikator;satuan;polaritas;target;batas_atas_target;realisasi\n"
    text += "Ekonomi tumbuh;IKU-9;Jumlah wisatawan;orang;Naik;1.234,5;;1.300\n"
    text += ";;;;;;;\n"
    text += "Inflasi terkendali;IKU-10;Laju inflasi;%;rentang;2,5;3,5;-0,25\n"

    response = client.post(import_url(report), {"file": csv_file(text)})

    assert response.status_code == 302
    tourism, inflation = draft_indicators(report)
    assert (tourism.polarity, tourism.target, tourism.realisation) == ("higher", Decimal("1234.5"), Decimal(1300))
    assert (inflation.polarity, inflation.target, inflation.target_upper) == ("range", Decimal("2.5"), Decimal("3.5"))
    assert inflation.realisation == Decimal("-0.25")


def test_a_valid_xlsx_becomes_a_draft_with_its_numbers(client, superuser, report):
    client.force_login(superuser)
    upload = xlsx_file(
        [
            ["sasaran", "kode_indikator", "indikator", "satuan", "polaritas", "target", "realisasi"],
            ["Pelayanan prima", "IKU-1", "Indeks kepuasan", "indeks", "higher", 82.5, 80],
            [None, None, None, None, None, None, None],
            ["Kota bersih", 7, "Sampah tak terangkut", "%", "turun", 10, 12.75],
        ]
    )

    response = client.post(import_url(report), {"file": upload})

    assert response.status_code == 302
    satisfaction, waste = draft_indicators(report)
    assert (satisfaction.code, satisfaction.target, satisfaction.realisation) == ("IKU-1", Decimal("82.5"), Decimal(80))
    assert (waste.code, waste.polarity, waste.realisation) == ("7", "lower", Decimal("12.75"))
    assert live_codes(report) == ["LAMA-1", "LAMA-2"]


def test_an_exported_report_imports_back_ignoring_the_computed_columns(client, superuser, report):
    client.force_login(superuser)
    header = "kode_opd,nama_opd,tahun,periode," + HEADER
    header += ",realisasi_tahun_lalu,capaian_persen,predikat,url_laporan"
    row = "1.02.0.00.0.00.01.0000,Dinas Kesehatan,2024,tahunan,"
    row += "Pelayanan prima,IKU-1,Indeks kepuasan,indeks,higher,80,,72,85,"
    row += ",70,90.0000,baik,https://ambon.go.id/laporan/"

    response = client.post(import_url(report), {"file": csv_file(f"{header}\n{row}\n")})

    assert response.status_code == 302
    [indicator] = draft_indicators(report)
    assert (indicator.code, indicator.target, indicator.realisation) == ("IKU-1", Decimal(80), Decimal(72))


def test_one_bad_row_rejects_the_whole_file_and_saves_nothing(client, superuser, report):
    client.force_login(superuser)
    revisions = report.revisions.count()
    text = VALID_CSV + "\nKota bersih,IKU-4,Ruang terbuka hijau,%,higher,abc,,,,\n"

    response = client.post(import_url(report), {"file": csv_file(text)})

    assert response.status_code == 400
    assert [(error.row, error.column) for error in response.context["errors"]] == [(5, "target")]
    assert "Isi angka seperti 1234.5" in response.content.decode()  # the staff's language: Indonesian by default
    assert report.revisions.count() == revisions
    assert len(draft_indicators(report)) == 2
    assert live_codes(report) == ["LAMA-1", "LAMA-2"]


def test_staff_who_chose_english_read_the_problems_in_english(client, superuser, report):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(superuser)
    text = VALID_CSV + "\nKota bersih,IKU-4,Ruang terbuka hijau,%,higher,abc,,,,\n"

    response = client.post(import_url(report), {"file": csv_file(text)})

    assert response.status_code == 400
    assert "Enter a number such as 1234.5" in response.content.decode()


@pytest.fixture
def english():
    """Parser-level tests read the English messages; the views above check the Indonesian ones."""
    with translation.override("en"):
        yield


@pytest.mark.usefixtures("english")
def test_a_range_without_upper_bound_names_its_row_and_column():
    text = f"{HEADER}\nA,IKU-1,B,%,higher,1,,,,\nA,IKU-2,B,%,higher,1,,,,\nA,IKU-3,B,%,range,2,,3,,\n"

    assert errors_of(csv_file(text)) == [(4, "batas_atas_target", "A range needs an upper bound.")]


@pytest.mark.usefixtures("english")
def test_every_bad_row_is_reported_not_only_the_first():
    text = f"{HEADER}\nA,IKU-1,B,%,sideways,1,,,,\n,IKU-2,B,%,higher,1,,,,\nA,IKU-3,B,%,higher,1,,x,,\n"

    assert [(row, column) for row, column, _message in errors_of(csv_file(text))] == [
        (2, "polaritas"),
        (3, "sasaran"),
        (4, "realisasi"),
    ]


def test_an_unknown_column_is_named_with_the_allowed_ones(client, superuser, report):
    client.force_login(superuser)
    text = HEADER + ",catatan\nA,IKU-1,B,%,higher,1,,,,,lain\n"

    response = client.post(import_url(report), {"file": csv_file(text)})

    assert response.status_code == 400
    [error] = response.context["errors"]
    assert (error.row, error.column) == (1, "catatan")
    assert "kode_indikator" in error.message
    assert report.revisions.count() == 1


@pytest.mark.usefixtures("english")
def test_a_missing_required_column_is_an_error():
    text = "sasaran,kode_indikator,indikator,satuan,target\nA,IKU-1,B,%,1\n"

    assert errors_of(csv_file(text)) == [(1, "polaritas", "This required column is missing.")]


@pytest.mark.usefixtures("english")
def test_a_code_repeated_in_the_file_is_an_error():
    text = f"{HEADER}\nA,IKU-1,B,%,higher,1,,,,\nA,IKU-2,B,%,higher,1,,,,\nA,IKU-1,C,%,higher,1,,,,\n"

    assert errors_of(csv_file(text)) == [(4, "kode_indikator", "The code IKU-1 already appears in row 2.")]


@pytest.mark.usefixtures("english")
def test_grouped_numbers_in_a_comma_csv_and_dot_decimals_in_a_semicolon_csv_are_errors():
    comma = f'{HEADER}\nA,IKU-1,B,%,higher,"1,234.5",,,,\n'
    semicolon = "sasaran;kode_indikator;indikator;satuan;polaritas;target\nA;IKU-1;B;%;higher;1.5\n"

    assert [(row, column) for row, column, _message in errors_of(csv_file(comma))] == [(2, "target")]
    assert [(row, column) for row, column, _message in errors_of(csv_file(semicolon))] == [(2, "target")]


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("indikator.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00 not a workbook"),
        SimpleUploadedFile("indikator.csv", b"\xff\xfe\x00\x00\x9c binary"),
        SimpleUploadedFile("indikator.csv", HEADER.encode("utf-16")),
        SimpleUploadedFile("indikator.pdf", b"%PDF-1.7"),
        SimpleUploadedFile("indikator.csv", b""),
    ],
    ids=["junk-xlsx", "junk-csv", "utf-16", "pdf", "empty"],
)
def test_a_file_that_is_not_a_readable_table_is_one_clear_error(client, superuser, report, upload):
    client.force_login(superuser)

    response = client.post(import_url(report), {"file": upload})

    assert response.status_code == 400
    [error] = response.context["errors"]
    assert error.row is None and error.message
    assert report.revisions.count() == 1


def test_more_rows_than_the_limit_are_refused():
    rows = "".join(f"A,IKU-{n},B,%,higher,1,,,,\n" for n in range(MAX_ROWS + 1))

    [(row, column, message)] = errors_of(csv_file(f"{HEADER}\n{rows}"))

    assert row is None
    assert str(MAX_ROWS) in message


def test_an_xlsx_with_more_rows_than_the_limit_is_refused():
    rows = [["sasaran", "kode_indikator", "indikator", "satuan", "polaritas", "target"]]
    rows += [["A", f"IKU-{n}", "B", "%", "higher", 1] for n in range(MAX_ROWS + 1)]

    [(row, _column, message)] = errors_of(xlsx_file(rows))

    assert row is None and str(MAX_ROWS) in message


def test_a_file_over_the_size_limit_is_refused():
    upload = csv_file(HEADER + "\n" + "x" * (2 * 1024 * 1024))

    [(_row, _column, message)] = errors_of(upload)

    assert "2 MB" in message


def test_a_user_who_cannot_edit_the_report_gets_403_and_nothing_is_saved(client, report):
    user = User.objects.create_user("tamu", "tamu@ambon.go.id", "a-long-password-1")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(user)

    assert client.get(import_url(report)).status_code == 403
    assert client.post(import_url(report), {"file": csv_file(VALID_CSV)}).status_code == 403
    assert report.revisions.count() == 1


def test_a_page_that_is_not_a_report_is_404(client, superuser, report):
    client.force_login(superuser)

    assert client.get(reverse("reports_import_indicators", args=[report.get_parent().pk])).status_code == 404
    assert client.get(reverse("reports_import_indicators", args=[999_999])).status_code == 404


def test_the_form_lists_the_columns_and_links_the_template(client, superuser, report):
    client.force_login(superuser)

    response = client.get(import_url(report))

    assert response.status_code == 200
    content = response.content.decode()
    assert "batas_atas_target" in content
    assert "naik" in content
    assert reverse("reports_import_indicators_template") in content


def test_the_template_csv_is_the_header_row_only(client, superuser):
    client.force_login(superuser)

    response = client.get(reverse("reports_import_indicators_template"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode() == HEADER + "\r\n"


@pytest.mark.usefixtures("english")
def test_the_template_csv_imports_as_an_empty_file_error():
    assert errors_of(csv_file(HEADER + "\r\n")) == [(None, "", "The file has a header but no indicator rows.")]


def test_the_report_edit_view_offers_the_import_button(client, superuser, report):
    client.force_login(superuser)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk]))

    assert response.status_code == 200
    assert import_url(report) in response.content.decode()
