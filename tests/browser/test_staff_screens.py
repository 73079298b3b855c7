"""The project's own staff screens inside Wagtail's admin, as staff see them: every button and icon link says what it
does, its icon is the size of its text, and a unit officer can work the complaint inbox from a phone."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from feedback.models import Complaint, Post, ReplyTemplate, Status
from ppid.models import InformationRequest
from reports.models import PerformanceReportPage
from tests.browser.test_report_journeys import DESKTOP, log_in
from tests.browser.test_resident_journeys import PHONE, assert_fits_phone_width

pytestmark = pytest.mark.browser

# For every visible button, button-styled link and link with an icon: its accessible name (from aria-labelledby,
# aria-label, its text or its title, in the order the name computation takes them), each icon's drawn size against
# the text beside it, and whether the icon its <use> points at is in Wagtail's sprite (an unknown name draws nothing).
CONTROLS = """() => {
    const text = el => parseFloat(getComputedStyle(el).fontSize);
    const labelledBy = el => (el.getAttribute('aria-labelledby') || '').split(' ')
        .map(id => document.getElementById(id)?.innerText || '').join(' ');
    const name = el => labelledBy(el) || el.getAttribute('aria-label') || el.innerText || el.getAttribute('title');
    const icon = (svg, fontSize) => {
        const box = getComputedStyle(svg);  // the drawing's own size, without the padding round it
        const target = svg.querySelector('use')?.getAttribute('href') || '';
        const ems = Math.max(parseFloat(box.width), parseFloat(box.height)) / fontSize;
        return {ems, drawn: !!document.querySelector(target)};
    };
    return [...document.querySelectorAll('main button, main a[href].button, main a[href]:has(svg.icon)')]
        .filter(el => el.offsetParent !== null)
        .map(el => {
            const fontSize = text(el) || text(document.body);  // Wagtail's icon-only buttons set their text's size to 0
            const icons = [...el.querySelectorAll('svg.icon')].map(svg => icon(svg, fontSize));
            return {html: el.outerHTML.slice(0, 160), name: (name(el) || '').trim(), icons};
        });
}"""


def assert_controls_labelled(page) -> int:
    controls = page.evaluate(CONTROLS)
    for control in controls:
        assert control["name"], f"{page.url}: a control without a name: {control['html']}"
        for icon in control["icons"]:
            assert icon["ems"] <= 2, f"{page.url}: an icon {icon['ems']:.1f}em large in {control['html']}"
            assert icon["drawn"], f"{page.url}: an icon missing from Wagtail's sprite in {control['html']}"
    return sum(len(control["icons"]) for control in controls)


def assert_nothing_off_screen(page) -> None:
    """Wagtail's admin clips what overflows its main column, so the page never scrolls sideways: check each element."""
    width = page.viewport_size["width"]
    off = page.evaluate(
        """width => [...document.querySelectorAll('main *')]
            .filter(el => el.offsetParent !== null && el.getBoundingClientRect().right > width + 1)
            .map(el => el.outerHTML.slice(0, 120))""",
        width,
    )
    assert off == [], f"{page.url}: off the right edge of a {width} px screen: {off[:3]}"


def staff_screens() -> list[str]:
    complaint = Complaint.objects.filter(status=Status.ROUTED).first()
    report = PerformanceReportPage.objects.filter(locale__language_code="id").first()
    post = Post.objects.first()
    request = InformationRequest.objects.first()
    return [
        reverse("wagtailadmin_home"),
        reverse("feedback_complaints"),
        reverse("feedback_complaint", args=[complaint.pk]),
        reverse("forum_moderation"),
        reverse("forum_moderation_post", args=[post.pk]),
        reverse("reports_import_indicators", args=[report.pk]),
        reverse("wagtailadmin_pages:edit", args=[report.pk]),
        reverse("ppid_requests"),
        reverse("ppid_request", args=[request.pk]),
        reverse("training_early_warnings"),
        reverse("security_audit"),
    ]


def test_every_button_of_the_staff_screens_shows_its_label_beside_an_icon_of_its_text_size(new_page):
    page = new_page(**DESKTOP)
    log_in(page, "admin")
    icons = 0
    for url in staff_screens():
        response = page.goto(url)
        assert response.status == 200, url
        icons += assert_controls_labelled(page)
    assert icons >= 8  # the screens' own icons were measured, not skipped


def test_a_unit_officer_works_the_complaint_inbox_from_a_phone(new_page):
    page = new_page(**PHONE)
    log_in(page, "petugas.dishub")
    page.goto(reverse("feedback_complaints") + "?status=")
    assert_fits_phone_width(page)
    assert_nothing_off_screen(page)
    assert_controls_labelled(page)
    rows = page.locator("table.listing tbody tr")
    expect(rows.first).to_be_visible()
    width = page.viewport_size["width"]
    for index in range(rows.count()):
        row = rows.nth(index)
        for cell in ("td:first-child a", "td[data-label] .w-status"):  # its code, and where it stands
            box = row.locator(cell).first.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, f"row {index}: {cell} is off screen"
    first = rows.first.locator("td:first-child a")
    code = first.inner_text()
    first.click()
    expect(page.locator("h1")).to_contain_text(code)
    assert_fits_phone_width(page)
    assert_nothing_off_screen(page)
    assert_controls_labelled(page)


def test_an_officer_answers_from_a_phone_starting_from_a_reply_template(new_page):
    complaint = Complaint.objects.filter(
        status=Status.ROUTED, category__name="Jalan rusak", unit__slug="dinas-pupr"
    ).first()
    template = ReplyTemplate.objects.get(category__name="Jalan rusak", status=Status.ROUTED)
    page = new_page(**PHONE)
    log_in(page, "petugas.pupr")
    page.goto(reverse("feedback_complaint", args=[complaint.pk]))
    assert_fits_phone_width(page)
    assert_nothing_off_screen(page)

    page.locator("#reply-message-template").select_option(str(template.pk))
    message = page.locator("#reply-message")
    expect(message).to_have_value(re.compile(r"^Tim Dinas Pekerjaan Umum"))  # filled in, without a reload
    message.fill(message.input_value() + " Survei dilakukan Kamis pagi.")
    page.locator("form[action$='/reply/'] button[type=submit]").click()

    expect(page.locator(".messages")).to_contain_text("Tanggapan sudah diterbitkan")
    complaint.refresh_from_db()
    assert complaint.status == Status.RESPONDED
    reply = complaint.events.exclude(message="").latest("pk").message
    assert reply.startswith(
        f"Tim Dinas Pekerjaan Umum dan Penataan Ruang akan memeriksa kerusakan jalan “{complaint.title}”"
    )
    assert reply.endswith("Survei dilakukan Kamis pagi.")
