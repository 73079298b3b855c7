"""A complaint from filing to resolution in a real browser: a resident on a phone files an *anonim* complaint with a
photo and follows it, a verifier routes it (*disposisi*), the unit's staff replies, the resident accepts and rates
the handling, and the public list shows it resolved without the complainant's name.

The admin is Wagtail's own markup, so axe runs only on the public pages. Elements are found by name, id, URL and
CSS class rather than by visible text, which the Indonesian catalogue may not cover yet when a string is new.
"""

import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from PIL import ExifTags, Image
from playwright.sync_api import expect

from feedback.deadlines import local_today
from feedback.models import Complaint, ComplaintCategory, Privacy, Status
from reports.models import UnitPage
from tests.browser.test_report_journeys import DESKTOP, check_public_page, log_in
from tests.browser.test_resident_journeys import PHONE, path_is

pytestmark = pytest.mark.browser

NAME = "Maria Latuconsina"
EMAIL = "maria.latuconsina@contoh.id"
TITLE = "Sampah di TPS Jalan Sultan Babullah tidak diangkut tiga minggu"
REPLY = "Truk DLHP sudah mengangkut sampah di TPS Jalan Sultan Babullah; jadwal angkut kini setiap dua hari."
DLHP = "dinas-lingkungan-hidup-dan-persampahan"
WASTE_CATEGORY = "Sampah tidak terangkut"
FILED_URL = re.compile(r"^https?://[^/]+/pengaduan/terkirim/(ADU-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})/$")


def photo_with_gps() -> bytes:
    """A phone photo as phones write them: a JPEG whose EXIF names the camera and where it was taken."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Samsung"
    exif[ExifTags.Base.Model] = "Galaxy A14"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "S",
            ExifTags.GPS.GPSLatitude: (3.0, 41.0, 48.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (128.0, 10.0, 12.0),
        }
    )
    output = io.BytesIO()
    Image.new("RGB", (640, 480), (46, 125, 50)).save(output, format="JPEG", exif=exif)
    photo = output.getvalue()
    assert ExifTags.IFD.GPSInfo in Image.open(io.BytesIO(photo)).getexif()  # the test really sends a position
    return photo


def assert_no_metadata(image_bytes: bytes, where: str) -> None:
    image = Image.open(io.BytesIO(image_bytes))
    assert image.format == "JPEG"
    exif = image.getexif()
    assert ExifTags.IFD.GPSInfo not in exif, f"the {where} keeps the photo's GPS position"
    assert not exif, f"the {where} keeps the photo's EXIF: {dict(exif)}"
    assert "exif" not in image.info


def assert_complainant_not_shown(page) -> None:
    html = page.content()
    assert NAME not in html, f"{page.url} shows the complainant's name"
    assert EMAIL not in html, f"{page.url} shows the complainant's email"


def status_badge(page):
    return page.locator("dl.complaint-facts .status")


def file_complaint(page, axe, category: ComplaintCategory) -> tuple[str, str]:
    """The resident fills in the form on the phone; returns the tracking code and the private link's path."""
    page.goto("/pengaduan/")
    check_public_page(page, axe)
    page.locator("a.button[href='/pengaduan/ajukan/']").click()
    expect(page).to_have_url(path_is("/pengaduan/ajukan/"))

    page.locator("#id_category").select_option(str(category.pk))
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_description").fill(
        "Sejak awal bulan sampah di TPS tidak diangkut. Baunya menyengat dan anak-anak lewat di situ ke sekolah."
    )
    page.locator("#id_village").select_option(label="Rijali (kelurahan)")
    page.locator("#id_place").fill("Jalan Sultan Babullah, depan masjid")
    page.locator("#id_incident_date").fill((local_today() - timedelta(days=2)).isoformat())
    page.locator("input[name=attachments]").set_input_files(
        {"name": "tps-sultan-babullah.jpg", "mimeType": "image/jpeg", "buffer": photo_with_gps()}
    )
    page.locator("#id_name").fill(NAME)
    page.locator("#id_email").fill(EMAIL)
    page.locator("input[name=privacy][value=anonim]").check()
    page.locator("#id_consent").check()
    check_public_page(page, axe)
    page.locator("button[data-send]").click()

    expect(page).to_have_url(FILED_URL)
    code = FILED_URL.match(page.url)[1]
    expect(page.locator("p.tracking-code")).to_have_text(code)
    private_path = page.locator("p.private-link a").get_attribute("href")
    assert re.fullmatch(rf"/pengaduan/lacak/{code}/[A-Za-z0-9_-]{{20,}}/", private_path)
    assert_complainant_not_shown(page)
    check_public_page(page, axe)
    return code, private_path


def track_by_code(page, axe, code: str) -> None:
    """Anyone with the code sees the status on the public tracking page, never who filed the complaint."""
    page.goto("/pengaduan/")
    track = page.locator("form[action='/pengaduan/lacak/']")
    track.locator("input[name=kode]").fill(code)
    track.locator("button[type=submit]").click()
    expect(page).to_have_url(path_is(f"/pengaduan/lacak/{code}/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)  # *anonim* hides the name, not the content
    expect(status_badge(page)).to_have_class(re.compile(r"\bstatus--diajukan\b"))
    assert_complainant_not_shown(page)
    check_public_page(page, axe)


def send(page, form) -> None:
    """Submit a form of the resident's private page, which answers a successful POST with a redirect."""
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        form.locator("button[type=submit]").click()
    assert answer.value.status == 302, f"POST {answer.value.url} answered {answer.value.status}, not a redirect"


def open_in_inbox(page, complaint: Complaint) -> None:
    """Find the complaint in the admin inbox by its tracking code and open it."""
    inbox = reverse("feedback_complaints")
    page.goto(inbox)
    expect(page).to_have_url(path_is(inbox))
    search = page.locator("form[role=search]")
    search.locator("input[name=q]").fill(complaint.tracking_code)
    search.locator("button[type=submit]").click()
    detail = reverse("feedback_complaint", args=[complaint.pk])
    page.locator(f"table.listing a[href='{detail}']").first.click()
    expect(page).to_have_url(path_is(detail))


def action_form(page, complaint: Complaint, action: str):
    return page.locator(f"form[action='{reverse('feedback_complaint_action', args=[complaint.pk, action])}']")


def test_anonymous_complaint_from_a_phone_is_routed_answered_accepted_and_listed_without_the_name(new_page, axe):
    category = ComplaintCategory.objects.get(name=WASTE_CATEGORY)
    dlhp = UnitPage.objects.get(slug=DLHP, locale__language_code="id")
    assert category.unit == dlhp

    resident = new_page(**PHONE)
    code, private_path = file_complaint(resident, axe, category)

    complaint = Complaint.objects.get(tracking_code=code)
    assert (complaint.status, complaint.privacy, complaint.category) == (Status.SUBMITTED, Privacy.ANONYMOUS, category)
    assert (complaint.reporter.name, complaint.reporter.email) == (NAME, EMAIL)
    attachment = complaint.attachments.get()
    assert attachment.content_type == "image/jpeg"
    with attachment.file.open("rb") as stored:
        assert_no_metadata(stored.read(), "stored attachment")

    track_by_code(resident, axe, code)

    verifier = new_page(**DESKTOP)
    log_in(verifier, "verifikator")
    open_in_inbox(verifier, complaint)
    attachment_url = reverse("feedback_complaint_attachment", args=[complaint.pk, attachment.token])
    with verifier.expect_download() as download_info:
        verifier.locator(f"a[href='{attachment_url}']").click()
    download = download_info.value
    assert download.suggested_filename.startswith(code) and download.suggested_filename.endswith(".jpg")
    assert_no_metadata(download.path().read_bytes(), "downloaded attachment")
    route = action_form(verifier, complaint, "route")
    expect(route.locator("select[name=unit]")).to_have_value(str(dlhp.pk))  # the category's unit by default
    route.locator("button[type=submit]").click()
    expect(verifier).to_have_url(path_is(reverse("feedback_complaint", args=[complaint.pk])))
    expect(action_form(verifier, complaint, "route")).to_have_count(0)

    complaint.refresh_from_db()
    assert (complaint.status, complaint.unit) == (Status.ROUTED, dlhp)

    staff = new_page(**DESKTOP)
    log_in(staff, "petugas.dlhp")
    open_in_inbox(staff, complaint)
    identity_url = reverse("feedback_complaint_identity", args=[complaint.pk])
    expect(staff.locator(f"form[action='{identity_url}']")).to_have_count(0)  # *anonim*: hidden from the unit
    assert_complainant_not_shown(staff)
    reply = action_form(staff, complaint, "reply")
    reply.locator("textarea[name=message]").fill(REPLY)
    reply.locator("button[type=submit]").click()
    expect(staff).to_have_url(path_is(reverse("feedback_complaint", args=[complaint.pk])))

    complaint.refresh_from_db()
    assert complaint.status == Status.RESPONDED

    resident.goto(private_path)
    expect(status_badge(resident)).to_have_class(re.compile(r"\bstatus--ditanggapi\b"))
    expect(resident.locator("ol.timeline .timeline__message").filter(has_text=REPLY)).to_have_count(1)
    check_public_page(resident, axe)
    send(resident, resident.locator("form:has(input[name=action][value=accept])"))
    expect(resident).to_have_url(path_is(private_path))
    expect(status_badge(resident)).to_have_class(re.compile(r"\bstatus--selesai\b"))
    rate = resident.locator("form:has(input[name=action][value=rate])")
    rate.locator("input[name=rating][value='4']").check()
    check_public_page(resident, axe)
    send(resident, rate)
    expect(resident).to_have_url(path_is(private_path))
    expect(rate).to_have_count(0)
    check_public_page(resident, axe)

    complaint.refresh_from_db()
    assert (complaint.status, complaint.rating) == (Status.RESOLVED, 4)

    resident.goto("/pengaduan/daftar/?status=selesai")
    listed = resident.locator("li.complaint-list__item").filter(
        has=resident.locator(f"a[href='/pengaduan/lacak/{code}/']")
    )
    expect(listed).to_have_count(1)
    expect(listed.locator(".complaint-list__title")).to_have_text(TITLE)
    expect(listed.locator(".status")).to_have_class(re.compile(r"\bstatus--selesai\b"))
    assert_complainant_not_shown(resident)
    check_public_page(resident, axe)

    resident.goto(f"/perangkat-daerah/{DLHP}/")
    expect(resident.locator("section[aria-labelledby=complaints-title] #complaints-title")).to_be_visible()
    check_public_page(resident, axe)
