"""What residents do on the portal, in a real browser: find a government unit, switch language, use a keyboard."""

import re

import pytest
from playwright.sync_api import expect

from reports.models import UnitType

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "locale": "id-ID"}


def path_is(path: str) -> re.Pattern:
    return re.compile(rf"^https?://[^/]+{re.escape(path)}$")


def assert_fits_phone_width(page, width: int = 360):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page.url} scrolls sideways on a {width} px phone: it is {scroll_width} px wide"


def test_resident_finds_health_office_on_a_phone_and_switches_language(new_page, axe):
    page = new_page(**PHONE)
    html = page.locator("html")

    def check(page):
        axe(page)
        assert_fits_phone_width(page)

    page.goto("/")
    expect(html).to_have_attribute("lang", "id")
    check(page)
    for name in ("Ajukan pengaduan", "Lacak pengaduan"):  # on the first screen, without scrolling
        button = page.locator(".hero").get_by_role("link", name=name)
        box = button.bounding_box()
        assert box["y"] + box["height"] <= PHONE["viewport"]["height"], f"{name} is below the first screen"
    assert page.locator(".site-header").bounding_box()["height"] <= 200

    page.locator("nav.main-nav").get_by_role("link", name="Perangkat Daerah", exact=True).click()
    expect(page).to_have_url(path_is("/perangkat-daerah/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Perangkat Daerah")
    expect(page.locator("main section h2")).to_have_count(len(UnitType.choices))  # the demo has every kind of unit
    check(page)

    agencies = page.locator("main section[aria-labelledby='dinas']")
    agencies.get_by_role("link", name="Dinas Kesehatan", exact=True).click()
    expect(page).to_have_url(path_is("/perangkat-daerah/dinas-kesehatan/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dinas Kesehatan")
    check(page)

    page.locator("nav.language-switcher a[lang='en']").click()
    expect(page).to_have_url(path_is("/en/government-units/dinas-kesehatan/"))
    expect(html).to_have_attribute("lang", "en")
    expect(page).to_have_title(re.compile(r"^Health Office\b"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Health Office")
    check(page)

    page.locator("nav.language-switcher a[lang='id']").click()
    expect(page).to_have_url(path_is("/perangkat-daerah/dinas-kesehatan/"))
    expect(html).to_have_attribute("lang", "id")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dinas Kesehatan")
    check(page)


def test_keyboard_user_skips_straight_to_the_main_content(page):
    page.goto("/")

    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    expect(skip_link).to_have_attribute("href", "#main")
    expect(skip_link).to_have_text("Langsung ke konten utama")

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_resident_without_javascript_reaches_the_health_office_in_english(new_page):
    page = new_page(java_script_enabled=False)

    page.goto("/")
    page.locator("nav.main-nav").get_by_role("link", name="Perangkat Daerah", exact=True).click()
    expect(page).to_have_url(path_is("/perangkat-daerah/"))

    page.get_by_role("link", name="Dinas Kesehatan", exact=True).click()
    expect(page).to_have_url(path_is("/perangkat-daerah/dinas-kesehatan/"))

    page.locator("nav.language-switcher a[lang='en']").click()
    expect(page).to_have_url(path_is("/en/government-units/dinas-kesehatan/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Health Office")
