"""Asking for public information on a phone: the page, the form, the receipt and the private page read on a 360 px
screen and pass axe; Dinas Kesehatan's PPID extends and answers with a spreadsheet it uploads in the admin, and the
requester downloads it from the private link. A second request is refused on an exemption; the requester objects
from the private link, the PPID's superior answers, and the requester reads the answer and what comes next. The
information lists and the yearly figures read on a phone too."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ppid import services
from ppid.models import InformationRequest, Objection, PpidPage
from reports.models import UnitPage
from tests.browser.test_report_journeys import DESKTOP, check_public_page, log_in
from tests.browser.test_resident_journeys import PHONE

pytestmark = pytest.mark.browser


def test_a_resident_asks_dinkes_for_immunisation_data_and_downloads_the_answer(new_page, axe):
    page = PpidPage.objects.live().get(locale__language_code="id")
    health = UnitPage.objects.get(slug="dinas-kesehatan", locale__language_code="id")

    resident = new_page(**PHONE)
    resident.goto(page.url)
    check_public_page(resident, axe)
    resident.get_by_role("link", name="Ajukan permohonan informasi").click()
    resident.locator("#id_addressee").select_option(str(health.pk))
    resident.locator("#id_information").fill("Cakupan imunisasi dasar lengkap per kelurahan, tahun 2025.")
    resident.locator("#id_purpose").fill("Penelitian skripsi tentang kesehatan anak.")
    resident.locator("input[name=channel][value=salinan-elektronik]").check()
    resident.locator("input[name=delivery][value=portal]").check()
    resident.locator("#id_name").fill("Nona Tuhumury")
    resident.locator("#id_address").fill("Jl. Dr. Kayadoe 12, Kudamati")
    resident.locator("#id_identity_number").fill("8171010101900001")
    resident.locator("#id_consent").check()
    check_public_page(resident, axe)
    resident.get_by_role("button", name="Kirim permohonan").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Permohonan Anda terdaftar")
    check_public_page(resident, axe)
    private = resident.locator("p.private-link a").get_attribute("href")
    request = InformationRequest.objects.latest("pk")
    assert request.unit == health and request.information.startswith("Cakupan imunisasi dasar lengkap per kelurahan")

    staff = new_page(**DESKTOP)
    log_in(staff, "ppid.dinkes")  # Dinas Kesehatan's PPID Pelaksana
    staff.goto(f"/admin/ppid/{request.pk}/")
    staff.get_by_role("textbox", name=re.compile("Alasan perpanjangan")).fill("Data dihimpun dari 22 puskesmas.")
    staff.get_by_role("button", name="Perpanjang 7 hari kerja").click()
    expect(staff.locator(".messages")).to_contain_text("diperpanjang")
    answer = staff.locator("form", has=staff.get_by_role("heading", name="Jawab dengan informasinya"))
    answer.get_by_role("textbox").first.fill("Terlampir data cakupan per kelurahan.")
    answer.get_by_role("button", name=re.compile("Choose a document|Pilih dokumen", re.I)).click()
    chooser = staff.locator(".modal-dialog")
    chooser.get_by_role("tab", name=re.compile("Upload|Unggah")).click()
    chooser.locator("input[name='document-chooser-upload-title']").fill("Cakupan imunisasi 2025")
    chooser.locator("input[name='document-chooser-upload-file']").set_input_files(
        files=[{"name": "cakupan.csv", "mimeType": "text/csv", "buffer": b"kelurahan;persen\n"}]
    )
    chooser.locator("form[data-chooser-modal-creation-form] button[type=submit]").click()
    expect(answer).to_contain_text("Cakupan imunisasi 2025")
    answer.get_by_role("button", name="Jawab dengan informasinya").click()
    expect(staff.locator(".messages")).to_contain_text("dijawab")

    resident.goto(private)
    expect(resident.locator("main")).to_contain_text("Data dihimpun dari 22 puskesmas.")
    check_public_page(resident, axe)
    with resident.expect_download() as download:
        resident.get_by_role("link", name="Cakupan imunisasi 2025").click()
    assert Path(download.value.path()).read_bytes() == b"kelurahan;persen\n"


def test_a_refused_requester_objects_and_the_ppids_superior_answers(new_page, axe):
    page = PpidPage.objects.live().get(locale__language_code="id")
    health = UnitPage.objects.get(slug="dinas-kesehatan", locale__language_code="id")
    filed = services.request_file(
        unit=health,
        information="Nama dan alamat penderita tuberkulosis di Kelurahan Benteng tahun 2025.",
        purpose="Pendataan jemaat yang perlu dikunjungi.",
        channel="salinan-elektronik",
        delivery="portal",
        name="Markus Leiwakabessy",
        address="Jl. Pattimura 3, Benteng",
        identity_type="ktp",
        identity_number="8171010101800002",
        submission_key="journey-refusal",
    )
    private = page.url + page.reverse_subpage("private", args=[filed.request.registration_number, filed.secret])

    officer = new_page(**DESKTOP)
    log_in(officer, "ppid.dinkes")
    officer.goto(f"/admin/ppid/{filed.request.pk}/")
    refuse = officer.locator("form", has=officer.get_by_role("heading", name="Tolak berdasarkan pengecualian"))
    refuse.get_by_role("combobox").select_option("17h")
    refuse.get_by_role("textbox").first.fill(
        "Nama dan alamat penderita adalah rahasia pribadi; data agregat per kelurahan ada di Daftar Informasi Publik."
    )
    refuse.get_by_role("button", name="Tolak berdasarkan pengecualian").click()
    expect(officer.locator(".messages")).to_contain_text("ditolak")

    resident = new_page(**PHONE)
    resident.goto(private)
    expect(resident.locator("main")).to_contain_text("rahasia pribadi; data agregat per kelurahan")
    check_public_page(resident, axe)
    objection = resident.locator("form", has=resident.get_by_role("button", name="Kirim keberatan"))
    objection.get_by_role("radio").first.check()
    objection.get_by_role("textbox").fill("Kami hanya ingin mengunjungi mereka untuk mendoakan, bukan menyebarkan.")
    objection.get_by_role("button", name="Kirim keberatan").click()
    expect(resident.locator("main")).to_contain_text("Keberatan Anda terdaftar")
    check_public_page(resident, axe)

    superior = new_page(**DESKTOP)
    log_in(superior, "atasan.dinkes")  # Kepala Dinas Kesehatan, the atasan PPID
    superior.goto(f"/admin/ppid/{filed.request.pk}/")
    answer = superior.locator("form", has=superior.get_by_role("heading", name="Jawab keberatan"))
    answer.get_by_role("radio", name=re.compile("Ditolak")).check()
    answer.get_by_role("textbox").fill(
        "Keberatan ditolak: identitas penderita dilindungi. "
        "Puskesmas Benteng dapat menyampaikan undangan Saudara kepada mereka."
    )
    answer.get_by_role("button", name="Jawab keberatan").click()
    expect(superior.locator(".messages")).to_contain_text("dijawab")

    resident.goto(private)
    expect(resident.locator("main")).to_contain_text("Puskesmas Benteng dapat menyampaikan undangan")
    expect(resident.locator("main")).to_contain_text("Komisi Informasi")
    check_public_page(resident, axe)
    assert not Objection.objects.filter(request=filed.request, answered_at=None).exists()


def test_the_information_lists_and_the_yearly_figures_read_on_a_phone(new_page, axe):
    page = PpidPage.objects.live().get(locale__language_code="id")
    resident = new_page(**PHONE)

    resident.goto(page.url)
    resident.get_by_role("link", name="Daftar Informasi Publik").first.click()
    resident.get_by_role("link", name="Dinas Kesehatan").click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Daftar Informasi Publik Dinas Kesehatan")
    check_public_page(resident, axe)
    with resident.expect_download() as download:
        resident.get_by_role("link", name="Cakupan imunisasi dasar lengkap per kelurahan 2025").click()
    assert Path(download.value.path()).read_bytes().startswith(b"kecamatan,kelurahan_desa")
    resident.goto(page.url + "statistik/")
    expect(resident.locator("main")).to_contain_text("Dijawab tepat waktu")
    check_public_page(resident, axe)
    assert "Markus" not in resident.content() and "Nona Tuhumury" not in resident.content()
