"""Asking for public information on a phone (issue 21, the page not yet in the demo's tree: the test adds it):
the page, the form, the receipt and the private page read on a 360 px screen and pass axe; the PPID extends and
answers with a spreadsheet in the admin, and the requester downloads it from the private link."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents.models import Document

from home.models import HomePage
from ppid import access
from ppid.models import InformationRequest, PpidPage
from reports.models import UnitPage
from tests.browser.test_report_journeys import DESKTOP, check_public_page, log_in
from tests.browser.test_resident_journeys import PHONE

pytestmark = pytest.mark.browser


def test_a_resident_asks_dinkes_for_immunisation_data_and_downloads_the_answer(new_page, axe):
    home = HomePage.objects.get(locale__language_code="id")
    page = home.add_child(instance=PpidPage(title="Informasi Publik", slug="informasi-publik"))
    health = UnitPage.objects.get(slug="dinas-kesehatan", locale__language_code="id")
    office = access.office_ensure(unit=health)

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
    request = InformationRequest.objects.get()
    assert request.unit == health

    staff = new_page(**DESKTOP)
    get_user_model().objects.get(username="petugas.dinkes").groups.add(office.officers)  # Dinkes's PPID
    log_in(staff, "petugas.dinkes")
    staff.goto(f"/admin/ppid/{request.pk}/")
    staff.get_by_role("textbox", name=re.compile("Alasan perpanjangan")).fill("Data dihimpun dari 22 puskesmas.")
    staff.get_by_role("button", name="Perpanjang 7 hari kerja").click()
    expect(staff.locator(".messages")).to_contain_text("diperpanjang")
    sheet = Document.objects.create(
        title="Cakupan imunisasi 2025", file=ContentFile(b"kelurahan;persen\n", "c.csv"), collection=office.collection
    )
    answer = staff.locator("form", has=staff.get_by_role("heading", name="Jawab dengan informasinya"))
    answer.get_by_role("textbox").first.fill("Terlampir data cakupan per kelurahan.")
    answer.locator("input[name=document]").evaluate("(input, pk) => { input.value = pk; }", str(sheet.pk))
    answer.get_by_role("button", name="Jawab dengan informasinya").click()
    expect(staff.locator(".messages")).to_contain_text("dijawab")

    resident.goto(private)
    expect(resident.locator("main")).to_contain_text("Data dihimpun dari 22 puskesmas.")
    check_public_page(resident, axe)
    with resident.expect_download() as download:
        resident.get_by_role("link", name="Cakupan imunisasi 2025").click()
    assert Path(download.value.path()).read_bytes() == b"kelurahan;persen\n"
