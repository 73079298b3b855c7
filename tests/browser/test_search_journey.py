"""Searching the portal in a real browser: a resident on a phone types "melayani" in the header's box, narrows the
results to Dinas Kesehatan and 2024 and opens that year's performance report; the box suggests titles as they type,
the page helps when nothing is found or a filter is unknown, and the English search speaks English.

Elements are found by id, URL and CSS class rather than by the search page's own words, which the Indonesian
catalogue may not cover yet; unit names and titles come from the demo's content.
"""

import re

import pytest
from playwright.sync_api import expect

from reports.models import PerformanceReportPage
from search.text import stem
from tests.browser.test_report_journeys import check_public_page
from tests.browser.test_resident_journeys import PHONE, path_is

pytestmark = pytest.mark.browser

UNIT_PATH = "/perangkat-daerah/dinas-kesehatan/"
RESULT_COUNT = re.compile(r"^\s*(\d+)\b")


def result_count(page) -> int:
    """The number the results' heading announces ("167 …"), which counts every page of results."""
    heading = page.locator("h2#results-title")
    expect(heading).to_have_text(RESULT_COUNT)
    return int(RESULT_COUNT.match(heading.inner_text())[1])


def results(page):
    return page.locator("ol.search-result-list > li.search-result")


def facet_value(page, label: str):
    """A facet's link is named by its value and its count: "Dinas Kesehatan (10)"; values differ across facets."""
    return page.locator("aside.search-facets").get_by_role("link", name=re.compile(rf"^{re.escape(label)} \(\d+\)"))


def assert_marks_stem_to(page, stem_wanted: str) -> None:
    """Every highlighted word is a form of the word searched for ("pelayanan", "layanan" for "melayani")."""
    marks = page.locator("li.search-result .search-result__snippet mark")
    expect(marks.first).to_be_visible()
    marked = marks.all_inner_texts()
    assert {stem(word.lower()) for word in marked} == {stem_wanted}, f"marked words: {marked}"


def test_resident_finds_the_health_office_2024_report_from_the_header_search_on_a_phone(new_page, axe):
    report = PerformanceReportPage.objects.live().get(
        locale__language_code="id", year=2024, url_path__contains="/dinas-kesehatan/"
    )
    assert report.url.startswith(UNIT_PATH)
    page = new_page(**PHONE)

    page.goto("/")
    check_public_page(page, axe)
    header_box = page.locator("form.header-search[role=search] input#header-q[name=q]")
    header_box.press_sequentially("melayani")
    header_box.press("Enter")

    expect(page).to_have_url(path_is("/cari/?q=melayani"))
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("input#id_q")).to_have_value("melayani")
    everything = result_count(page)
    assert everything > 20, "the demo has far more than a page of results for melayani"
    expect(results(page)).to_have_count(20)
    assert_marks_stem_to(page, "layan")
    check_public_page(page, axe)

    unit = facet_value(page, "Dinas Kesehatan")
    if not unit.is_visible():  # past a facet's first eight values: the resident unfolds the rest
        page.locator("aside.search-facets details:has(a[href*='opd=']) > summary").click()
    unit.click()
    expect(page).to_have_url(path_is("/cari/?q=melayani&opd=dinas-kesehatan"))
    in_unit = result_count(page)
    assert 0 < in_unit < everything

    facet_value(page, "2024").click()
    expect(page).to_have_url(path_is("/cari/?q=melayani&opd=dinas-kesehatan&tahun=2024"))
    in_unit_and_year = result_count(page)
    assert 0 < in_unit_and_year < in_unit
    expect(results(page)).to_have_count(in_unit_and_year)
    for meta in results(page).locator(".search-result__meta").all():
        expect(meta.locator(".badge")).not_to_be_empty()
        expect(meta).to_contain_text("Dinas Kesehatan")
    picked = page.locator("aside.search-facets a[aria-current=true]")
    expect(picked).to_have_count(2)
    expect(picked.nth(0)).to_have_text(re.compile(r"^Dinas Kesehatan \("))
    expect(picked.nth(1)).to_have_text(re.compile(r"^2024 \("))
    for link in picked.all():
        expect(link).to_have_class(re.compile(r"\bsearch-facet__picked\b"))
        expect(link.locator(".visually-hidden")).to_have_count(1)  # tells screen readers that following drops it
    assert_marks_stem_to(page, "layan")
    check_public_page(page, axe)

    # The report's indicators are results too, each opening the report at its row.
    indicator_links = results(page).locator(f"h3 a[href^='{report.url}#indikator-']")
    indicator_hrefs = indicator_links.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert indicator_hrefs, "the report's indicators mention pelayanan too"
    results(page).locator(f"h3 a[href='{report.url}']").click()

    expect(page).to_have_url(path_is(report.url))
    expect(page.get_by_role("heading", level=1)).to_contain_text("2024")
    for href in indicator_hrefs:
        expect(page.locator(f"table.indicator-table tr#{href.split('#')[1]}")).to_have_count(1)
    check_public_page(page, axe)


def test_search_helps_with_suggestions_an_empty_result_and_an_unknown_filter(new_page, axe):
    page = new_page(**PHONE)

    page.goto("/")
    page.locator("input#header-q").press_sequentially("imun")
    options = page.locator("datalist#header-suggestions option")
    expect(options.first).to_be_attached()
    suggested = options.evaluate_all("options => options.map(option => option.value)")
    assert "Cakupan imunisasi dasar lengkap" in suggested, suggested

    page.goto("/cari/?q=qwzxvbnmplok")
    expect(page.locator("li.search-help")).to_be_visible()
    expect(results(page)).to_have_count(0)
    assert result_count(page) == 0
    check_public_page(page, axe)

    response = page.goto("/cari/?q=melayani&jenis=bogus")
    assert response.status == 400
    expect(page.locator("form.search-form [role=alert]")).to_be_visible()
    expect(page.locator("input#id_q")).to_have_value("melayani")  # what the resident typed is kept
    expect(results(page)).to_have_count(0)
    check_public_page(page, axe)


def test_english_search_shows_english_results_in_an_english_page(new_page, axe):
    page = new_page(**{**PHONE, "locale": "en-GB"})

    page.goto("/en/cari/?q=health")

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search the portal")
    expect(page.locator("h2#results-title")).to_have_text(re.compile(r"^\d+ results?$"))
    assert result_count(page) > 0
    for link in results(page).locator("h3 a").all():
        expect(link).to_have_attribute("href", re.compile(r"^/en/"))
    expect(facet_value(page, "Health Office")).to_be_visible()
    assert_marks_stem_to(page, stem("health"))
    check_public_page(page, axe)
