"""Filing from a phone on a shared mobile connection, in the demo at 360×780: the place from the phone's position,
a similar complaint shown before sending, the private link kept through WhatsApp, and "is it fixed?" answered
weeks later; then the same filing with JavaScript off."""

import re
from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from feedback.deadlines import local_today
from feedback.models import Complaint, FixCheck, Privacy, Status
from tests.browser.test_report_journeys import check_public_page
from tests.browser.test_resident_journeys import path_is

pytestmark = pytest.mark.browser

PHONE = {
    "viewport": {"width": 360, "height": 780},
    "is_mobile": True,
    "has_touch": True,
    "locale": "id-ID",
    "geolocation": {"latitude": -3.6955, "longitude": 128.1812, "accuracy": 20},
    "permissions": ["geolocation"],
}
FILED_URL = re.compile(r"^https?://[^/]+/pengaduan/terkirim/(ADU-[A-Z0-9]{4}-[A-Z0-9]{4})/$")


def an_open_public_complaint() -> Complaint:
    """One the demo's verifiers routed: what a neighbour might file again."""
    return (
        Complaint.objects.publicly_listed()
        .filter(status__in=[Status.ROUTED, Status.IN_PROGRESS], privacy=Privacy.PUBLIC)
        .exclude(village_code="")
        .select_related("category")
        .order_by("-submitted_at")
        .first()
    )


def fill_in(page, similar: Complaint, title: str) -> None:
    page.locator("#id_category").select_option(str(similar.category_id))
    page.locator("#id_village").select_option(similar.village_code)
    page.locator("#id_title").fill(title)
    page.locator("#id_description").fill("Sudah seminggu belum ada perbaikan; pengendara motor harus menghindar.")
    page.locator("#id_place").fill("Depan toko kelontong, dekat tikungan")
    page.locator("#id_incident_date").fill((local_today() - timedelta(days=1)).isoformat())
    page.locator("#id_consent").check()


def test_a_resident_files_from_a_phone_keeps_the_link_and_answers_is_it_fixed_weeks_later(new_page, axe):
    similar = an_open_public_complaint()
    page = new_page(**PHONE)

    page.goto("/")
    page.locator(".hero").get_by_role("link", name="Ajukan pengaduan").click()
    expect(page).to_have_url(path_is("/pengaduan/ajukan/"))
    fill_in(page, similar, "Jalan rusak lagi di dekat tikungan")

    listed = page.locator("[data-similar-list]")
    expect(listed.locator(f"a[href$='/lacak/{similar.tracking_code}/']")).to_be_visible()  # as the place was chosen
    expect(listed).to_contain_text(similar.get_status_display())
    page.get_by_role("button", name="Gunakan lokasi saya").click()
    expect(page.locator("[data-locate-status]")).to_contain_text("Lokasi Anda terpasang")
    assert page.locator("input[name=latitude]").input_value() == "-3.695500"
    check_public_page(page, axe)

    page.get_by_role("button", name="Kirim pengaduan").click()  # anyway: it is not quite the same problem
    expect(page).to_have_url(FILED_URL)
    code = FILED_URL.match(page.url)[1]
    private_path = page.locator("p.private-link a").get_attribute("href")
    whatsapp = page.get_by_role("link", name="Kirim ke WhatsApp saya").get_attribute("href")
    assert whatsapp.startswith("https://wa.me/?text=")
    assert private_path in unquote(whatsapp)
    expect(page.get_by_role("button", name="Salin tautan")).to_be_visible()  # the clipboard exists here
    check_public_page(page, axe)
    filed = Complaint.objects.get(tracking_code=code)
    assert (filed.village_code, str(filed.latitude)) == (similar.village_code, "-3.695500")

    # Weeks later: the unit fixed it and the complaint was resolved a month ago.
    Complaint.objects.filter(pk=filed.pk).update(
        status=Status.RESOLVED, closed_at=timezone.now() - timedelta(days=30), verified_at=timezone.now()
    )
    page.goto(private_path)
    question = page.locator("section", has=page.get_by_role("heading", name="Sudah beres?"))
    question.get_by_label("Sudah beres").check()
    check_public_page(page, axe)
    question.get_by_role("button", name="Kirim jawaban saya").click()
    expect(page.locator(".messages, [role=status], .callout").first).to_be_visible()
    assert FixCheck.objects.get(complaint=filed).answer == "beres"
    page.goto(f"/pengaduan/lacak/{code}/")
    expect(page.locator(".timeline")).to_contain_text("Warga memastikan sudah beres")


def test_the_same_filing_works_without_javascript(new_page, axe):
    similar = an_open_public_complaint()
    page = new_page(
        **{key: value for key, value in PHONE.items() if key not in ("geolocation", "permissions")},
        java_script_enabled=False,
    )

    page.goto("/pengaduan/ajukan/")
    expect(page.locator("[data-locate]")).to_be_hidden()  # needs the script
    fill_in(page, similar, "Jalan rusak lagi, tanpa JavaScript")
    page.get_by_role("button", name="Cek pengaduan serupa").click()
    expect(page.locator(f"#serupa a[href$='/lacak/{similar.tracking_code}/']")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value("Jalan rusak lagi, tanpa JavaScript")  # nothing typed is lost
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Kirim pengaduan").click()

    expect(page).to_have_url(FILED_URL)
    whatsapp = page.get_by_role("link", name="Kirim ke WhatsApp saya").get_attribute("href")
    assert page.locator("p.private-link a").get_attribute("href") in unquote(whatsapp)
    expect(page.get_by_role("button", name="Salin tautan")).to_be_hidden()
