"""The public list of complaints: what it shows, what it never shows, its filters and its cost."""

import io
from datetime import datetime
from xml.etree import ElementTree

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image
from wagtail.models import Locale, Page
from wagtail.search.index import get_indexed_models

from feedback.complaints import services
from feedback.complaints.uploads import clean_upload
from feedback.models import Complaint, ComplaintReporter, Privacy, RejectionReason, Status
from tests.factories import (
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
    file_complaint,
)

IDENTITY = {"name": "Yosef Matulessy", "email": "yosef@example.com", "phone": "0813 5555 0101"}


@pytest.fixture
def page(home):
    return ComplaintsPageFactory(parent=home)


@pytest.fixture
def units(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    return (
        UnitPageFactory(parent=index, slug="dinas-pupr", title="Dinas PUPR"),
        UnitPageFactory(parent=index, slug="dinas-kesehatan", title="Dinas Kesehatan"),
    )


@pytest.fixture
def categories(units):
    return (
        ComplaintCategoryFactory(unit=units[0], name="Jalan rusak"),
        ComplaintCategoryFactory(unit=units[1], name="Layanan puskesmas"),
    )


def routed(category, verifier, **fields) -> Complaint:
    filed = file_complaint(category, **{**IDENTITY, **fields})
    return services.complaint_route(complaint=filed.complaint, by=verifier)


def listed(client, page, **params) -> list[str]:
    response = client.get(f"{page.url}daftar/", params)
    assert response.status_code == 200
    return [complaint.tracking_code for complaint in response.context["page_obj"]]


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#3d7f5c").save(buffer, format="PNG")
    return clean_upload(SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png"))


def test_the_list_shows_checked_public_and_anonymous_complaints_only(client, page, categories, verifier):
    public = routed(categories[0], verifier, privacy=Privacy.PUBLIC)
    anonymous = routed(categories[0], verifier, privacy=Privacy.ANONYMOUS)
    confidential = routed(categories[0], verifier, privacy=Privacy.CONFIDENTIAL)
    unchecked = file_complaint(categories[0]).complaint
    spam = services.complaint_reject(
        complaint=file_complaint(categories[0]).complaint, reason=RejectionReason.NOT_A_COMPLAINT, by=verifier
    )
    duplicate = services.complaint_reject(
        complaint=file_complaint(categories[0]).complaint,
        reason=RejectionReason.DUPLICATE,
        duplicate_of=public,
        by=verifier,
    )

    codes = listed(client, page)

    assert sorted(codes) == sorted([public.tracking_code, anonymous.tracking_code, duplicate.tracking_code])
    for hidden in (confidential, unchecked, spam):
        assert hidden.tracking_code not in codes


def test_no_identity_and_no_attachment_ever_reaches_the_list(client, page, categories, verifier):
    for privacy in (Privacy.PUBLIC, Privacy.ANONYMOUS):
        complaint = routed(categories[0], verifier, privacy=privacy, uploads=(photo(),))
    token = complaint.attachments.get().token

    html = client.get(f"{page.url}daftar/").content.decode()

    assert complaint.title in html
    for identity in IDENTITY.values():
        assert identity not in html
    assert token not in html
    assert "attachments" not in html


def test_html_in_a_complaint_is_shown_as_text(client, page, categories, verifier):
    routed(categories[0], verifier, title='<script>alert("x")</script>', place="<b>Batu Merah</b>")

    html = client.get(f"{page.url}daftar/").content.decode()

    assert '<script>alert("x")</script>' not in html and "<b>Batu Merah</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Batu Merah&lt;/b&gt;" in html


def test_filters_by_unit_category_status_and_month_combine(client, page, units, categories, verifier):
    roads = routed(categories[0], verifier)
    health = routed(categories[1], verifier)
    in_progress = services.complaint_start(complaint=routed(categories[1], verifier), by=verifier)
    october = routed(categories[1], verifier)
    Complaint.objects.filter(pk=october.pk).update(
        submitted_at=timezone.make_aware(datetime(2026, 10, 31, 23, 30))  # Ambon time: still October
    )

    assert listed(client, page, opd="dinas-pupr") == [roads.tracking_code]
    assert set(listed(client, page, kategori=categories[1].pk)) == {
        health.tracking_code,
        in_progress.tracking_code,
        october.tracking_code,
    }
    assert listed(client, page, opd="dinas-kesehatan", status=Status.IN_PROGRESS) == [in_progress.tracking_code]
    assert listed(client, page, bulan="2026-10") == [october.tracking_code]
    assert listed(client, page, bulan="2026-10", opd="dinas-pupr") == []


@pytest.mark.parametrize(
    "params",
    [
        {"opd": "dinas-rahasia"},
        {"kategori": "999999"},
        {"kategori": "satu"},
        {"status": "diajukan"},
        {"status": "hilang"},
        {"bulan": "2026-13"},
        {"bulan": "Oktober"},
        {"bulan": "2026-10-01"},
    ],
)
def test_a_bad_filter_is_a_400_that_says_why(client, page, categories, verifier, params):
    routed(categories[0], verifier)

    response = client.get(f"{page.url}daftar/", params)

    assert response.status_code == 400
    assert list(response.context["page_obj"]) == []
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("number", ["0", "-1", "abc", "99999", "1%00"])
def test_an_odd_page_number_still_answers_with_a_page(client, page, categories, verifier, number):
    routed(categories[0], verifier)

    assert client.get(f"{page.url}daftar/", {"halaman": number}).status_code == 200


def test_the_list_pages_by_20_and_keeps_the_filters(client, page, categories, verifier):
    for _number in range(21):
        routed(categories[0], verifier)

    response = client.get(f"{page.url}daftar/", {"opd": "dinas-pupr"})

    assert len(response.context["page_obj"]) == 20
    assert "?opd=dinas-pupr&amp;halaman=2" in response.content.decode()
    assert len(listed(client, page, opd="dinas-pupr", halaman="2")) == 1


def test_the_list_costs_the_same_queries_for_3_and_20_complaints(client, page, categories, verifier):
    def queries() -> int:
        client.get(f"{page.url}daftar/")  # warm Wagtail's site and page caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{page.url}daftar/").status_code == 200
        return len(captured)

    for number in range(3):
        routed(categories[number % 2], verifier)
    few = queries()
    for number in range(17):
        routed(categories[number % 2], verifier)

    assert queries() == few


def test_the_landing_page_links_the_list_and_the_scorecards(client, page):
    html = client.get(page.url).content.decode()

    assert f'href="{page.url}daftar/"' in html
    assert f'href="{page.url}responsivitas/"' in html


def test_the_english_list_names_units_in_english_and_filters_by_their_slug(client, page, units, categories, verifier):
    english = Locale.objects.create(language_code="en")
    english_page = page.copy_for_translation(english, copy_parents=True)
    english_page.save_revision().publish()
    health = units[1].copy_for_translation(english, copy_parents=True)
    health.title = "Health Office"
    health.save_revision().publish()
    complaint = routed(categories[1], verifier)
    routed(categories[0], verifier)

    response = client.get(f"{english_page.url}daftar/", {"opd": "dinas-kesehatan"})

    assert [(shown.tracking_code, shown.unit_here.title) for shown in response.context["page_obj"]] == [
        (complaint.tracking_code, "Health Office")
    ]


def feed_items(client, page, **params) -> list[ElementTree.Element]:
    response = client.get(f"{page.url}daftar/rss/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    return ElementTree.fromstring(response.content).findall("./channel/item")


def test_the_feed_carries_what_the_list_shows_and_no_identity(client, page, categories, verifier):
    public = routed(categories[0], verifier, title="<b>Jalan</b> rusak", uploads=(photo(),))
    anonymous = routed(categories[1], verifier, privacy=Privacy.ANONYMOUS)
    confidential = routed(categories[0], verifier, privacy=Privacy.CONFIDENTIAL)
    file_complaint(categories[0])  # not checked yet

    items = feed_items(client, page)
    xml = client.get(f"{page.url}daftar/rss/").content.decode()

    assert [item.findtext("guid") for item in items] == [anonymous.tracking_code, public.tracking_code]
    assert items[1].findtext("title") == f"{public.tracking_code}: <b>Jalan</b> rusak"  # text, escaped in the XML
    assert items[1].findtext("link").endswith(f"{page.url}lacak/{public.tracking_code}/")
    assert confidential.tracking_code not in xml
    for identity in IDENTITY.values():
        assert identity not in xml
    assert public.attachments.get().token not in xml


def test_the_feed_takes_the_lists_filters(client, page, categories, verifier):
    routed(categories[0], verifier)
    health = routed(categories[1], verifier)

    assert [item.findtext("guid") for item in feed_items(client, page, opd="dinas-kesehatan")] == [health.tracking_code]
    bad = client.get(f"{page.url}daftar/rss/", {"bulan": "2026-13"})
    assert bad.status_code == 400
    assert bad["Content-Type"] == "text/plain; charset=utf-8"


def test_complaints_and_their_reporters_are_not_in_the_search_index(client, page, categories, verifier):
    routed(categories[0], verifier)

    indexed = get_indexed_models()

    assert Complaint not in indexed and ComplaintReporter not in indexed
    assert list(Page.objects.search(IDENTITY["name"])) == []
