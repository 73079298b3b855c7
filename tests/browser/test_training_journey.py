"""ASN training in a real browser, on the demo: a civil servant enrols in a session of BKPSDM's public-service
communication programme, attends it and evaluates its two modules; the organiser sees the totals and revises a module
in the admin, naming the feedback that prompted it; a resident reads the programme in both languages, and Dinas
Pertanian's early warnings with what the unit did about them, on a phone."""

import re
from datetime import timedelta

import pytest
from django.utils import formats
from playwright.sync_api import expect

from feedback.deadlines import local_today
from reports.models import UnitPage
from tests.browser.test_report_journeys import DESKTOP, check_public_page, log_in
from tests.browser.test_resident_journeys import PHONE, path_is
from training.models import Evaluation, TrainingModule, TrainingProgrammePage

pytestmark = pytest.mark.browser

ASN = "moderator.kominfo"  # a civil servant who did not attend the demo's past session


def decimal(value: str) -> str:
    """A mean as the Indonesian page writes it: 2,43."""
    return value.replace(".", ",")


def test_an_asn_evaluates_the_organiser_revises_and_a_resident_reads_it_on_a_phone(new_page, axe):
    programme = TrainingProgrammePage.objects.get(slug="komunikasi-pelayanan-publik", locale__language_code="id")
    upcoming = programme.sessions.get(starts_on__gt=local_today())
    writing = TrainingModule.objects.get(programme=programme, sort_order=1)
    before = list(writing.evaluations.values_list("rating", flat=True))

    # The civil servant finds the programme from the menu and takes a place in the coming session: plain forms, so
    # a browser without JavaScript does it all.
    asn = new_page(**DESKTOP, java_script_enabled=False)
    log_in(asn, ASN)
    asn.goto("/")
    asn.get_by_role("navigation", name="Menu utama").get_by_role("link", name="Pelatihan ASN").click()
    asn.get_by_role("link", name="Komunikasi Pelayanan Publik").click()
    expect(asn).to_have_url(path_is(programme.url))
    session_card = asn.locator("article", has_text=formats.date_format(upcoming.starts_on, "j F Y"))
    session_card.get_by_role("button", name="Daftar").click()
    expect(asn.get_by_text("Anda terdaftar di sesi ini.")).to_be_visible()
    expect(session_card).to_contain_text("1 dari 30 tempat terisi")

    # The session takes place; afterwards the participant rates both modules, with a comment on the second.
    days = upcoming.ends_on - upcoming.starts_on
    upcoming.starts_on = local_today() - timedelta(days=3)
    upcoming.ends_on = upcoming.starts_on + days
    upcoming.save()
    asn.reload()
    asn.get_by_role("link", name="Nilai modul").click()
    fieldsets = asn.locator("fieldset")
    expect(fieldsets).to_have_count(2)
    fieldsets.nth(0).get_by_label("5 · sangat baik").check()
    fieldsets.nth(1).get_by_label("4 · baik").check()
    fieldsets.nth(1).get_by_role("textbox").fill("Studi kasus pengaduan Ambon sangat membantu, waktunya kurang.")
    asn.get_by_role("button", name="Kirim evaluasi").click()
    expect(asn).to_have_url(path_is(programme.url))
    expect(asn.get_by_text("Terima kasih: evaluasi Anda tersimpan.")).to_be_visible()
    assert Evaluation.objects.filter(enrolment__participant__username=ASN).count() == 2

    # The organiser sees the totals on the programme page and revises the module in the admin.
    organiser = new_page(**DESKTOP)
    log_in(organiser, "pelatihan.bkpsdm")  # BKPSDM's training organiser
    organiser.goto(programme.url)
    ratings = [*before, 4]
    mean = f"{sum(ratings) / len(ratings):.2f}"
    module_card = organiser.locator("article", has_text=writing.title)
    expect(module_card).to_contain_text(f"Rata-rata nilai {decimal(mean)} dari 5, dari {len(ratings)} evaluasi")
    organiser.goto(f"/admin/snippets/training/trainingmodule/edit/{writing.pk}/")
    organiser.get_by_role("spinbutton", name=re.compile("Jam pelajaran")).fill("6")
    organiser.get_by_role("checkbox", name=re.compile("Studi kasus pengaduan Ambon sangat membantu")).check()
    reason = "Peserta meminta waktu lebih untuk studi kasus: ditambah satu jam."
    organiser.get_by_role("textbox", name=re.compile("Alasan revisi")).fill(reason)
    organiser.get_by_role("button", name="Simpan").first.click()
    expect(organiser.locator(".messages")).to_contain_text("diperbarui")
    writing.refresh_from_db()
    assert writing.hours == 6
    revision = writing.revisions.first()
    assert revision.hours == 5 and revision.responses == len(ratings)
    assert [evaluation.comment for evaluation in revision.prompted_by.all()] == [
        "Studi kasus pengaduan Ambon sangat membantu, waktunya kurang."
    ]

    # A resident reads the programme and Dinas Pertanian's early warnings on a phone.
    resident = new_page(**PHONE)
    resident.goto("/")
    resident.get_by_role("link", name="Pelatihan ASN").first.click()
    check_public_page(resident, axe)
    resident.get_by_role("link", name="Komunikasi Pelayanan Publik").click()
    expect(resident.locator("article", has_text=writing.title)).to_contain_text(decimal(mean))
    history = resident.locator("details", has_text="Direvisi 2 kali")
    history.locator("summary").click()
    expect(history).to_contain_text(reason)
    expect(resident.locator("main")).not_to_contain_text("waktunya kurang")  # comments stay with the organiser
    check_public_page(resident, axe)
    resident.locator("nav.language-switcher a[lang='en']").click()
    expect(resident.locator("html")).to_have_attribute("lang", "en")
    expect(resident.get_by_role("heading", level=1)).to_have_text("Public-service communication")
    expect(resident.locator("main")).to_contain_text("Writing the official answer: a case study of Ambon complaints")
    check_public_page(resident, axe)
    resident.locator("nav.language-switcher a[lang='id']").click()

    agriculture = UnitPage.objects.get(slug="dinas-pertanian", locale__language_code="id")
    resident.goto(agriculture.url)
    warnings = resident.locator("section", has=resident.get_by_role("heading", name="Peringatan dini"))
    expect(warnings).to_contain_text("ditindaklanjuti")
    expect(warnings).to_contain_text("Penyuluh dan PPTK Dinas Pertanian")
    expect(warnings.get_by_role("link", name="Manajemen Proyek bagi ASN")).to_be_visible()
    warnings.get_by_text("Cara kerja peringatan dini").click()
    expect(warnings).to_contain_text("lebih dari 10 poin persentase")
    check_public_page(resident, axe)
