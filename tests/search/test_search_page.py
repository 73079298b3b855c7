"""The search page, /cari/: facets that count and combine, what a result shows, pages, order, help and English.

The documents are built as an operator builds them, with `manage.py rebuild_search`.
"""

import io
from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from pytest_django.asserts import assertContains, assertInHTML, assertNotContains
from wagtail.models import Locale

from feedback.forum.services import post_hide, thread_create
from feedback.models import Complaint, Thread
from search import selectors
from search.models import Kind, SearchDocument
from search.selectors import FACETS, Match, Search, most_relevant_first
from search.views import PER_PAGE
from tests.factories import (
    BoardFactory,
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    ForumPageFactory,
    ModeratorFactory,
    PerformanceReportPageFactory,
    StandardPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
    verified_complaint,
)


def rebuild_search():
    call_command("rebuild_search", stdout=io.StringIO())


def noon(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


def result_titles(response) -> list[str]:
    return [document.title for document in response.context["page_obj"]]


def facet_counts(response) -> dict[str, dict[str, int]]:
    """The counts the facets show, by the parameter and value each link picks: {"jenis": {"report": 3}, ...}.

    A value's link picks it (or, once picked, drops it), so the link tells which parameter the value is for.
    """
    asked = response.wsgi_request.GET
    counts = {}
    for _title, values in response.context["facets"]:
        for value in values:
            link = QueryDict(value.query)
            if value.selected:
                (parameter,) = set(asked) - set(link) - {"halaman"}
                picked = asked[parameter]
            else:
                (parameter,) = [key for key in link if link[key] != asked.get(key)]
                picked = link[parameter]
            counts.setdefault(parameter, {})[picked] = value.count
    return counts


def shown_result(response, title: str) -> str:
    """The HTML of the one result titled `title`."""
    results = response.content.decode().split('<li class="search-result">')[1:]
    (result,) = [result for result in results if f">{title}</a>" in result]
    return result.split("</li>")[0]


@pytest.fixture
def units(home):
    parent = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    health = UnitPageFactory(parent=parent, title="Dinas Kesehatan", slug="dinas-kesehatan")
    environment = UnitPageFactory(
        parent=parent,
        title="Dinas Lingkungan Hidup",
        slug="dinas-lingkungan-hidup",
        description="<p>Mengangkut sampah dan menjaga kebersihan kota.</p>",
    )
    return health, environment


@pytest.fixture
def portal_pages(home):
    """The forum and the complaints page, which threads' and complaints' results link to."""
    return ForumPageFactory(parent=home), ComplaintsPageFactory(parent=home)


@pytest.fixture
def waste(units, portal_pages, resident, verifier):
    """What the portal says about waste (*sampah*): a unit, three reports, two threads and a complaint."""
    health, environment = units
    PerformanceReportPageFactory(
        parent=health, year=2023, title="LKjIP Dinkes 2023", summary="Sampah medis puskesmas diolah pihak ketiga."
    )
    PerformanceReportPageFactory(
        parent=environment, year=2023, title="LKjIP DLH 2023", summary="Sampah terangkut 80 persen."
    )
    PerformanceReportPageFactory(
        parent=environment, year=2024, title="LKjIP DLH 2024", summary="Sampah terangkut 85 persen."
    )
    market = thread_create(
        board=BoardFactory(unit=environment),
        author=resident,
        title="Sampah di Pasar Mardika",
        body="Kapan diangkut?",
        tags=("sampah", "pasar"),
    )
    bank = thread_create(
        board=BoardFactory(unit=None),
        author=resident,
        title="Bank sampah kelurahan",
        body="Ada yang sudah ikut?",
        tags=("pasar",),
    )
    complaint = verified_complaint(
        ComplaintCategoryFactory(unit=environment),
        by=verifier,
        title="Sampah tidak diangkut seminggu",
        description="Tumpukan di ujung gang.",
    )
    Thread.objects.filter(pk=market.pk).update(created_at=noon(2023, 5, 2))
    Thread.objects.filter(pk=bank.pk).update(created_at=noon(2025, 1, 10))
    Complaint.objects.filter(pk=complaint.pk).update(submitted_at=noon(2025, 3, 4))
    rebuild_search()


def test_facets_count_the_matching_documents_by_type_unit_year_and_tag(client, waste):
    response = client.get("/cari/", {"q": "sampah"})

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 7
    assert facet_counts(response) == {
        "jenis": {"report": 3, "thread": 2, "complaint": 1, "unit": 1},
        "opd": {"dinas-lingkungan-hidup": 5, "dinas-kesehatan": 1},
        "tahun": {"2023": 3, "2025": 2, "2024": 1},
        "label": {"pasar": 2, "sampah": 1},
    }


def test_picking_a_type_and_a_year_narrows_the_results_and_each_facet_ignores_only_its_own_pick(client, waste):
    response = client.get("/cari/", {"q": "sampah", "jenis": "report", "tahun": "2023"})

    assert sorted(result_titles(response)) == ["LKjIP DLH 2023", "LKjIP Dinkes 2023"]
    assert facet_counts(response) == {
        "jenis": {"report": 2, "thread": 1},  # everything from 2023, whatever its type
        "opd": {"dinas-kesehatan": 1, "dinas-lingkungan-hidup": 1},  # reports from 2023
        "tahun": {"2023": 2, "2024": 1},  # reports, whatever their year
    }


def test_picking_a_unit_counts_the_other_facets_within_that_unit(client, waste):
    response = client.get("/cari/", {"q": "sampah", "opd": "dinas-lingkungan-hidup"})

    assert response.context["page_obj"].paginator.count == 5
    assert facet_counts(response) == {
        "jenis": {"report": 2, "unit": 1, "thread": 1, "complaint": 1},
        "opd": {"dinas-lingkungan-hidup": 5, "dinas-kesehatan": 1},
        "tahun": {"2023": 2, "2024": 1, "2025": 1},
        "label": {"pasar": 1, "sampah": 1},
    }


def test_a_picked_value_is_marked_and_its_link_drops_only_that_pick(client, waste):
    response = client.get("/cari/", {"q": "sampah", "jenis": "report", "tahun": "2023"})

    picked = {value.query for _title, values in response.context["facets"] for value in values if value.selected}
    assert picked == {"q=sampah&tahun=2023", "q=sampah&jenis=report"}
    assertContains(response, 'aria-current="true" class="search-facet__picked"', count=2)


def test_picking_a_tag_narrows_the_results_to_the_tagged_documents(client, waste):
    response = client.get("/cari/", {"q": "sampah", "label": "pasar"})

    assert sorted(result_titles(response)) == ["Bank sampah kelurahan", "Sampah di Pasar Mardika"]
    assert facet_counts(response)["label"] == {"pasar": 2, "sampah": 1}
    assert facet_counts(response)["jenis"] == {"thread": 2}


def test_a_result_shows_its_type_unit_date_and_the_matched_word_marked_even_when_stemmed(
    client, units, portal_pages, verifier
):
    health, _environment = units
    complaint = verified_complaint(
        ComplaintCategoryFactory(unit=health),
        by=verifier,
        title="Antrean KTP lambat",
        description="Antrean pelayanan KTP di kantor camat sangat lambat.",
    )
    Complaint.objects.filter(pk=complaint.pk).update(submitted_at=noon(2025, 3, 4))
    rebuild_search()

    response = client.get("/cari/", {"q": "melayani"})

    result = shown_result(response, "Antrean KTP lambat")
    with translation.override("id"):
        assert f'<span class="badge">{Kind.COMPLAINT.label}</span> · Dinas Kesehatan' in result
    assert '<time datetime="2025-03-04">' in result
    assert f'<a href="/pengaduan/lacak/{complaint.tracking_code}/">Antrean KTP lambat</a>' in result
    assertInHTML(
        '<p class="search-result__snippet">Antrean <mark>pelayanan</mark> KTP di kantor camat sangat lambat.'
        " Jl. Sultan Hairun, Kec. Sirimau</p>",
        result,
    )


@pytest.fixture
def training(units, portal_pages, resident):
    """Twenty-five threads about training (*pelatihan*), one a day from 1 March 2025."""
    board = BoardFactory(unit=units[0])
    threads = [
        thread_create(board=board, author=resident, title=f"Pelatihan kader posyandu {n}", body="Kapan jadwalnya?")
        for n in range(1, 26)
    ]
    for day, thread in enumerate(threads, start=1):
        Thread.objects.filter(pk=thread.pk).update(created_at=noon(2025, 3, day))
    rebuild_search()
    return threads


def test_twenty_five_results_make_a_page_of_twenty_and_a_page_of_five(client, training):
    first = client.get("/cari/", {"q": "pelatihan"})
    second = client.get("/cari/", {"q": "pelatihan", "halaman": "2"})

    assert first.context["page_obj"].paginator.count == 25
    assert (len(result_titles(first)), len(result_titles(second))) == (PER_PAGE, 5) == (20, 5)
    assert sorted(result_titles(first) + result_titles(second)) == sorted(thread.title for thread in training)
    assertContains(first, '<a href="?q=pelatihan&amp;halaman=2" rel="next">')
    assertContains(second, '<a href="?q=pelatihan&amp;halaman=1" rel="prev">')


def test_sorting_by_newest_lists_the_latest_documents_first(client, training):
    response = client.get("/cari/", {"q": "pelatihan", "urut": "terbaru"})

    dates = [document.date for document in response.context["page_obj"]]
    assert dates == sorted(dates, reverse=True)
    assert result_titles(response)[:3] == [f"Pelatihan kader posyandu {n}" for n in (25, 24, 23)]


def test_nothing_found_suggests_other_words_without_offering_to_drop_filters_none_were_picked(client, waste):
    response = client.get("/cari/", {"q": "zebrakuda"})

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 0
    with translation.override("id"):
        assertContains(response, gettext("Nothing was found."))
        assertContains(response, gettext("Private complaints and complaints not yet verified are never shown."))
        assertNotContains(response, gettext("Search again without the filters"))


def test_nothing_found_with_a_filter_offers_the_search_without_the_filters(client, waste):
    response = client.get("/cari/", {"q": "sampah", "jenis": "indicator"})

    assert response.context["page_obj"].paginator.count == 0
    with translation.override("id"):
        assertContains(response, gettext("Nothing was found."))
        assertContains(response, f'<a href="?q=sampah">{gettext("Search again without the filters")}</a>', html=True)
    assert facet_counts(response)["jenis"] == {"report": 3, "thread": 2, "complaint": 1, "unit": 1}


@pytest.fixture
def schedule(home):
    """The garbage truck schedule, in Indonesian and in English."""
    page = StandardPageFactory(
        parent=home, title="Jadwal truk sampah", slug="jadwal-truk-sampah", intro="Jam angkut sampah per kecamatan."
    )
    english = page.copy_for_translation(Locale.objects.create(language_code="en"), copy_parents=True)
    english.title, english.intro = "Garbage truck schedule", "Collection times per district."
    english.save_revision().publish()
    rebuild_search()
    return page, english


def test_the_english_search_finds_english_documents_only(client, schedule):
    _indonesian, english = schedule

    in_english = client.get("/en/cari/", {"q": "garbage"})
    in_indonesian = client.get("/cari/", {"q": "garbage"})
    indonesian_word_in_english = client.get("/en/cari/", {"q": "sampah"})

    assert result_titles(in_english) == ["Garbage truck schedule"]
    assert [document.url for document in in_english.context["page_obj"]] == [english.url]
    assert english.url.startswith("/en/")
    assert result_titles(in_indonesian) == []
    assert "Jadwal truk sampah" not in result_titles(indonesian_word_in_english)
    with translation.override("en"):
        assertContains(in_english, f'<span class="badge">{Kind.PAGE.label}</span>')


def test_the_page_makes_as_many_queries_for_fifty_results_as_for_five(client, units, portal_pages, resident):
    boards = [BoardFactory(unit=units[0]), BoardFactory(unit=units[1]), BoardFactory(unit=None)]

    def add_threads(count):
        for n in range(count):
            thread_create(
                board=boards[n % 3], author=resident, title=f"Posyandu {n}", body="Jadwal?", tags=(f"topik-{n % 4}",)
            )
        rebuild_search()

    add_threads(5)
    client.get("/cari/", {"q": "jadwal", "label": "topik-1"})  # fills the caches every request shares
    with CaptureQueriesContext(connection) as for_five:
        five = client.get("/cari/", {"q": "posyandu"})
    add_threads(45)
    with CaptureQueriesContext(connection) as for_fifty:
        fifty = client.get("/cari/", {"q": "posyandu"})

    assert (five.context["page_obj"].paginator.count, fifty.context["page_obj"].paginator.count) == (5, 50)
    assert len(for_fifty.captured_queries) == len(for_five.captured_queries)


def test_the_same_search_again_reads_only_the_documents_shown(client, waste):
    with CaptureQueriesContext(connection) as first:
        searched = client.get("/cari/", {"q": "sampah"})
    with CaptureQueriesContext(connection) as again:
        cached = client.get("/cari/", {"q": "sampah"})
    with CaptureQueriesContext(connection) as other:
        narrowed = client.get("/cari/", {"q": "sampah", "tahun": "2023"})

    assert result_titles(cached) == result_titles(searched)
    assert facet_counts(cached) == facet_counts(searched)
    assert len(again.captured_queries) < len(first.captured_queries)
    assert len(other.captured_queries) == len(again.captured_queries)  # other picks: every match is held already
    assert sorted(result_titles(narrowed)) == ["LKjIP DLH 2023", "LKjIP Dinkes 2023", "Sampah di Pasar Mardika"]


@pytest.mark.django_db(transaction=True)  # commits: the signals sync after each
def test_a_cached_search_shows_a_change_to_the_documents_at_once(client, waste, resident):
    before = client.get("/cari/", {"q": "sampah"}).context["page_obj"].paginator.count
    thread = thread_create(board=BoardFactory(unit=None), author=resident, title="Sampah di pantai", body="?")
    added = client.get("/cari/", {"q": "sampah"})
    post_hide(post=thread.posts.get(is_opening=True), by=ModeratorFactory(), reason="Iklan.")
    removed = client.get("/cari/", {"q": "sampah"})

    assert "Sampah di pantai" in result_titles(added)
    assert added.context["page_obj"].paginator.count == before + 1
    assert "Sampah di pantai" not in result_titles(removed)
    assert removed.context["page_obj"].paginator.count == before


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"kind": "report"},
        {"year": 2023},
        {"tag": "pasar"},
        {"kind": "thread", "tag": "pasar"},
        {"kind": "report", "year": 2024},
        {"kind": "complaint", "year": 2023},
    ],
    ids=str,
)
@pytest.mark.parametrize("newest", [False, True], ids=["relevance", "newest"])
def test_the_counts_and_order_worked_out_from_the_matches_are_the_databases(waste, filters, newest):
    search = Search(words=("sampah",), language="id", filters=dict.fromkeys(FACETS) | filters, newest=newest)

    found, counts = search.found()
    documents = list(search.results()[:PER_PAGE])

    assert len(found) == len(documents) < PER_PAGE
    if newest:  # newest first, and the undated last on every database (PostgreSQL puts NULL first by itself)
        by_date = SearchDocument.objects.filter(pk__in=[document.pk for document in documents])
        assert found[:PER_PAGE] == list(by_date.order_by(F("date").desc(nulls_last=True), "-id"))
    else:  # the page weighs the database's scores (see the next test)
        assert sorted(document.pk for document in found[:PER_PAGE]) == sorted(document.pk for document in documents)
    assert counts == search.facet_counts()


def test_relevance_weighs_units_up_and_each_repeat_of_a_title_down():
    def match(pk, kind, title, score):
        return Match(id=pk, kind=kind, title=title, unit_key=None, year=None, date=None, tags="", score=score)

    yearly = [match(pk, "indicator", "Cakupan imunisasi", score) for pk, score in ((1, 10), (2, 9), (3, 8))]
    unit = match(4, "unit", "Dinas Kesehatan", 5)  # 7.5 as a unit
    article = match(5, "page", "Imunisasi anak", 4)

    ordered = most_relevant_first([*yearly, unit, article])

    # 10, then the unit's 7.5, the second indicator's 9 halved, the article's 4, and the third's 8 quartered
    assert [match.id for match in ordered] == [1, 4, 2, 5, 3]


@pytest.mark.parametrize(
    "filters", [{}, {"kind": "report"}, {"year": 2023}, {"tag": "pasar"}, {"kind": "report", "year": 2024}], ids=str
)
@pytest.mark.parametrize("newest", [False, True], ids=["relevance", "newest"])
def test_a_search_that_matches_more_than_it_holds_keeps_the_first_of_the_same_order(
    waste, monkeypatch, filters, newest
):
    search = Search(words=("sampah",), language="id", filters=dict.fromkeys(FACETS) | filters, newest=newest)
    everything, _counts = search.found()
    monkeypatch.setattr(selectors, "RANKED", 1)
    monkeypatch.setattr(selectors, "CANDIDATES", 5)  # of about ten index entries, in both languages
    cache.clear()

    held, counts = search.found()

    assert held.ids == everything.ids[:1]
    assert (held.more, held.sampled) == (len(everything) > 1, True)
    shown = SearchDocument.objects.filter(pk__in=held.ids)
    for name, facet_counts_ in counts.items():  # a value picked or not, the documents held have their values
        assert set(facet_counts_) >= {getattr(document, name) for document in shown if name != "tag"} - {None}


def test_the_page_says_how_many_it_holds_when_more_match(client, waste, monkeypatch):
    monkeypatch.setattr(selectors, "RANKED", 2)
    monkeypatch.setattr(selectors, "CANDIDATES", 4)

    response = client.get("/cari/", {"q": "sampah"})

    assert response.context["page_obj"].paginator.count == 2
    assertContains(response, "Lebih dari 2 hasil")
    assertContains(response, "Setiap angka menghitung hasil di antara 2 hasil yang paling sesuai.")
