"""Performance reports in a real browser: a resident reads and downloads one, a unit drafts one and Bagian Organisasi
publishes it through the review workflow.

The admin is Wagtail's own markup, so axe runs only on the public pages; admin elements are found by name and id,
since the admin's Indonesian translation is partial.
"""

import csv
import io
import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from reports.models import PerformanceReportPage, UnitPage
from reports.services import REVIEW_WORKFLOW
from tests.accounts.factories import totp_code
from tests.browser.test_resident_journeys import PHONE, assert_fits_phone_width, path_is

pytestmark = pytest.mark.browser

DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PASSWORD = "journey-password-8d1f"
NEW_REPORT_TITLE = "Laporan Kinerja (LKjIP) Triwulan I 2026"


def check_public_page(page, axe):
    axe(page)
    assert_fits_phone_width(page)


def log_in(page, username: str):
    """Through the one login page from the staff screens, with a password the test sets (the demo generates its
    passwords), then the code of the authenticator app the demo set up for the account."""
    user = User.objects.get(username=username)
    user.set_password(PASSWORD)
    user.save()
    page.goto(reverse("wagtailadmin_home"))
    expect(page).to_have_url(re.compile(r"/akun/login/\?next="))
    form = page.locator("form.account-form")
    form.locator("input[name=login]").fill(username)
    form.locator("input[name=password]").fill(PASSWORD)
    form.locator("button[type=submit]").click()
    give_the_code(page, user)
    expect(page).to_have_url(path_is(reverse("wagtailadmin_home")))


def give_the_code(page, user) -> None:
    """The login's second step for staff: the code the authenticator app shows."""
    expect(page).to_have_url(path_is("/akun/2fa/authenticate/"))
    page.locator("input[name=code]").fill(totp_code(demo_totp_secret(user)))
    page.locator("form.account-form button[type=submit]").first.click()


def demo_totp_secret(user) -> str:
    """The key load_demo printed for the account (allauth keeps it in the authenticator's data)."""
    return decrypt(Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"])


def open_footer_action_menu(page):
    """Wagtail keeps every action but the first behind the footer's dropdown toggle."""
    page.locator("nav.actions .w-dropdown__toggle").click()


def draft_and_submit_report(page, unit: UnitPage) -> PerformanceReportPage:
    """The unit editor adds a quarterly report with one indicator (target 80, realisation 72) and submits it."""
    page.goto(reverse("wagtailadmin_explore", args=[unit.id]))
    expect(page.locator("h1")).to_contain_text(unit.title)
    page.locator(f"a[href='{reverse('wagtailadmin_pages:add_subpage', args=[unit.id])}']").click()
    add_report = reverse("wagtailadmin_pages:add", args=["reports", "performancereportpage", unit.id])
    expect(page).to_have_url(path_is(add_report))  # a unit allows one page type, so Wagtail goes straight to its form

    page.locator("#id_title").fill(NEW_REPORT_TITLE)
    page.locator("#id_year").fill("2026")
    page.locator("#id_period").select_option("tw1")
    page.locator("#id_summary").fill("Imunisasi triwulan pertama tertinggal karena vaksin terlambat.")
    page.locator("#id_indicators-ADD").click()
    page.locator("#id_indicators-0-goal").fill("Meningkatnya derajat kesehatan masyarakat")
    page.locator("#id_indicators-0-code").fill("IKU-TW-01")
    page.locator("#id_indicators-0-name").fill("Cakupan imunisasi dasar lengkap triwulan I")
    page.locator("#id_indicators-0-measure_unit").fill("%")
    page.locator("#id_indicators-0-target").fill("80")
    page.locator("#id_indicators-0-realisation").fill("72")

    open_footer_action_menu(page)
    page.locator("button[name=action-submit]").click()
    expect(page).to_have_url(path_is(reverse("wagtailadmin_explore", args=[unit.id])))
    return PerformanceReportPage.objects.get(title=NEW_REPORT_TITLE, locale__language_code="id")


def test_resident_on_a_phone_finds_a_report_on_the_dashboard_and_downloads_its_data(new_page, axe):
    page = new_page(**PHONE)

    page.goto("/")
    check_public_page(page, axe)

    page.locator("nav.main-nav").get_by_role("link", name="Dasbor Kinerja", exact=True).click()
    expect(page).to_have_url(path_is("/dasbor-kinerja/"))
    check_public_page(page, axe)

    page.locator("select[name=year]").select_option("2024")
    page.get_by_role("button", name="Tampilkan").click()
    expect(page.get_by_role("heading", level=2, name="Kota Ambon pada 2024")).to_be_visible()
    units_table = page.locator("section[aria-labelledby=units-title]")
    health_office = units_table.get_by_role("row").filter(
        has=page.get_by_role("link", name="Dinas Kesehatan", exact=True)
    )
    expect(health_office).to_have_count(1)
    check_public_page(page, axe)

    health_office.get_by_role("link", name="Dinas Kesehatan", exact=True).click()
    expect(page).to_have_url(path_is("/perangkat-daerah/dinas-kesehatan/lkjip-2024/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("2024")

    indicators = page.locator("table.indicator-table")
    immunisation = indicators.get_by_role("row").filter(
        has=page.get_by_role("link", name="Cakupan imunisasi dasar lengkap", exact=True)
    )
    achievement = immunisation.locator("td").nth(2)  # target, realisation, achievement
    expect(achievement).to_have_text(re.compile(r"^\d+(,\d+)?%$"))
    expect(achievement).to_have_attribute("data-label", "Capaian")  # the name a phone shows above it
    expect(immunisation.locator(".met")).to_have_text(re.compile("^✓ Tercapai$|^✗ Belum tercapai$"))
    expect(indicators).to_contain_text(re.compile(r"\d,\d"))  # Indonesian decimal comma
    assert_fits_phone_width(page)

    chart = page.locator("figure.chart--target")
    chart_table = chart.locator("table.chart__table")
    caption = chart_table.locator("caption").inner_text()
    expect(chart.locator("svg")).to_have_attribute("role", "img")
    expect(chart.locator("svg")).to_have_accessible_name(re.compile(rf"^{re.escape(caption)}\b"))
    expect(chart_table).to_be_hidden()  # the same figures as the chart, one tap away
    chart.locator("summary").click()
    expect(chart_table.get_by_role("row", name=re.compile("Cakupan imunisasi dasar lengkap"))).to_be_visible()
    check_public_page(page, axe)

    with page.expect_download() as download_info:
        page.locator("a[download]").get_by_text("CSV", exact=True).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(download.path().read_text(encoding="utf-8-sig"))))
    assert {"kode_indikator", "capaian_persen"} <= set(rows[0])
    assert any(row["indikator"] == "Cakupan imunisasi dasar lengkap" and row["capaian_persen"] for row in rows)


def test_unit_editor_submits_a_report_and_bagian_organisasi_approves_it_live(new_page, axe):
    unit = UnitPage.objects.get(slug="dinas-kesehatan", locale__language_code="id")

    editor = new_page(**DESKTOP)
    log_in(editor, "editor.dinkes")
    report = draft_and_submit_report(editor, unit)

    assert not report.live
    state = report.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == REVIEW_WORKFLOW

    reviewer = new_page(**DESKTOP)
    log_in(reviewer, "reviu.organisasi")
    assert report.slug == "lkjip-2026-tw1"  # the pattern's address, not the one the title made
    in_review = f"{NEW_REPORT_TITLE} · {unit.title}"  # "awaiting your review" says whose report it is
    reviewer.get_by_role("link", name=in_review, exact=True).click()
    expect(reviewer).to_have_url(path_is(reverse("wagtailadmin_pages:edit", args=[report.id])))
    open_footer_action_menu(reviewer)
    # Approve without a comment; its twin with data-workflow-action-modal-url asks for one first.
    reviewer.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()
    expect(reviewer).to_have_url(path_is(reverse("wagtailadmin_explore", args=[unit.id])))

    report.refresh_from_db()
    assert report.live
    assert report.current_workflow_state is None

    resident = new_page(**PHONE)
    resident.goto(report.url)
    expect(resident.get_by_role("heading", level=1)).to_have_text(NEW_REPORT_TITLE)
    row = resident.locator("table.indicator-table").get_by_role("row").filter(has_text="IKU-TW-01")
    expect(row.locator("th")).to_contain_text("Cakupan imunisasi dasar lengkap triwulan I")
    expect(row.locator("td").nth(0)).to_have_text(re.compile(r"80$"))
    expect(row.locator("td").nth(1)).to_have_text(re.compile(r"72$"))
    expect(row.locator("td").nth(2)).to_have_text(re.compile(r"90%$"))
    expect(row.locator(".met")).to_have_text("✗ Belum tercapai")
    check_public_page(resident, axe)


def test_every_demo_report_shows_each_indicators_achievement_and_mark_on_a_phone_and_its_table_on_a_desktop(
    new_page,
):
    """Every published demo report, at 360 × 780: each indicator's achievement and whether its target was met sit
    inside the screen's width, with nothing to scroll sideways; at 1280 px the rows are a table again."""
    reports = PerformanceReportPage.objects.live().public().filter(locale__language_code="id").order_by("path")
    phone, desktop = new_page(viewport={"width": 360, "height": 780}, is_mobile=True), new_page(**DESKTOP)
    measure = """() => [...document.querySelectorAll('tr[id^="indikator-"]')].map(row => {
        const box = element => element ? element.getBoundingClientRect() : null;
        const achievement = box(row.querySelectorAll('td')[2]), mark = box(row.querySelector('.met'));
        return {
          name: row.querySelector('th').innerText,
          mark: row.querySelector('.met').innerText,
          inside: [achievement, mark].every(b => b && b.width > 0 && b.left >= 0 && b.right <= innerWidth),
        };
      })"""
    assert reports.count() > 100
    for report in reports:
        phone.goto(report.url)
        cards = phone.evaluate(measure)
        assert cards, report.url
        assert all(card["inside"] for card in cards), (
            report.url,
            [card["name"] for card in cards if not card["inside"]],
        )
        assert all(card["mark"] in ("✓ Tercapai", "✗ Belum tercapai", "tidak ada data") for card in cards)
        assert_fits_phone_width(phone)
    desktop.goto(reports.last().url)
    expect(desktop.locator("table.indicator-table thead")).to_be_visible()  # a table again: its column heads show
    expect(desktop.locator("table.indicator-table td").first).to_have_css("display", "table-cell")
