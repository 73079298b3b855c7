"""Whatever arrives in the query string, the search page answers 200 or a 400 that says what is wrong, never a 500.

Quotes, operators and SQL are only words to search for (or nothing) by the time an engine sees them.
"""

import io

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from pytest_django.asserts import assertContains

from feedback.forum.services import thread_create
from search.models import SearchDocument
from tests.accounts.factories import ResidentFactory
from tests.factories import BoardFactory, ForumPageFactory, UnitIndexPageFactory, UnitPageFactory

THREAD = "Sampah menumpuk di pasar"

QUERIES = [
    pytest.param('"sampah"', id="quoted"),
    pytest.param('"sampah pasar', id="unbalanced-double-quote"),
    pytest.param("sampah' pasar", id="unbalanced-single-quote"),
    pytest.param("AND OR NOT", id="only-operators"),
    pytest.param("sampah AND NOT pasar OR", id="operators-around-words"),
    pytest.param("NEAR(sampah pasar, 2)", id="fts5-near"),
    pytest.param("NEAR(", id="fts5-near-unclosed"),
    pytest.param("*", id="star"),
    pytest.param("samp*", id="prefix-star"),
    pytest.param("-sampah", id="minus"),
    pytest.param("^sampah", id="caret"),
    pytest.param("(sampah OR (pasar", id="unbalanced-parentheses"),
    pytest.param(")(", id="parentheses-only"),
    pytest.param("title:sampah body:", id="column-filter"),
    pytest.param("'; DROP TABLE search_searchdocument; --", id="sql"),
    pytest.param("sampah' OR '1'='1", id="sql-tautology"),
    pytest.param("<script>alert(1)</script>", id="html"),
    pytest.param("\\ % _ ?", id="escape-and-wildcards"),
    pytest.param("🗑️ sampah 🚮", id="emoji-and-word"),
    pytest.param("🗑️🚮", id="emoji-only"),
    pytest.param("垃圾 قمامة", id="other-scripts"),
    pytest.param("sampah\u200b\u0301", id="zero-width-and-combining"),
    pytest.param("yang dan di", id="only-stop-words"),
    pytest.param("   ", id="blank"),
    pytest.param("s" * 200, id="longest-allowed"),
    pytest.param(" ".join(["sampah"] + [f"k{n}" for n in range(40)]), id="forty-words"),
]

# Parameters a form rejects: (parameters, the field's error message, its arguments).
INVALID = [
    pytest.param(
        {"q": "x" * 10_000}, "Search for at most %(limit_value)d characters.", {"limit_value": 200}, id="q-10000"
    ),
    pytest.param({"q": "sampah\x00"}, "Null characters are not allowed.", {}, id="q-nul"),
    pytest.param({"q": "sampah", "jenis": "bogus"}, "There is no such type.", {}, id="jenis-bogus"),
    pytest.param({"q": "sampah", "tahun": "abc"}, "Enter a whole number.", {}, id="tahun-abc"),
    pytest.param(
        {"q": "sampah", "tahun": "-1"},
        "Ensure this value is greater than or equal to %(limit_value)s.",
        {"limit_value": 2000},
        id="tahun-negative",
    ),
    pytest.param(
        {"q": "sampah", "tahun": "99999"},
        "Ensure this value is less than or equal to %(limit_value)s.",
        {"limit_value": 2100},
        id="tahun-99999",
    ),
    pytest.param({"q": "sampah", "opd": "nope"}, "There is no such unit.", {}, id="opd-nope"),
    pytest.param({"q": "sampah", "label": "<script>alert(1)</script>"}, "There is no such tag.", {}, id="label-html"),
    pytest.param({"q": "sampah", "urut": "x"}, "Sort by relevance or by date.", {}, id="urut-x"),
]

PAGES = ["-1", "0", "abc", "1.5", "99999", ""]

# Query strings as they come off the wire: percent-escaped bytes that are no UTF-8, raw bytes, broken escapes.
RAW = [
    pytest.param("q=%ff%fe", 200, id="escaped-invalid-utf8"),
    pytest.param("q=%C0%AF", 200, id="overlong-utf8"),
    pytest.param("q=sampah%ED%A0%80", 200, id="escaped-surrogate"),
    pytest.param("q=\xff\xfe", 200, id="raw-invalid-bytes"),
    pytest.param("q=%", 200, id="lone-percent"),
    pytest.param("q=%%%25zz", 200, id="broken-escapes"),
    pytest.param("q=sampah&q=pasar", 200, id="q-twice"),
    pytest.param("q[]=sampah", 200, id="q-as-array"),
    pytest.param("=&&=&q", 200, id="empty-pairs"),
    pytest.param("q=sampah&halaman=%ff", 200, id="halaman-invalid-utf8"),
    pytest.param("q=sampah%00", 400, id="escaped-nul"),
    pytest.param("q=sampah&jenis=%ff", 400, id="jenis-invalid-utf8"),
    pytest.param("q=" + "%ff" * 5000, 400, id="long-invalid-utf8"),
]


@pytest.fixture
def indexed(home):
    """A thread about waste in a unit's board, in the search index."""
    ForumPageFactory(parent=home)
    unit = UnitPageFactory(parent=UnitIndexPageFactory(parent=home), slug="dinas-lingkungan-hidup")
    thread_create(
        board=BoardFactory(unit=unit), author=ResidentFactory(), title=THREAD, body="Belum diangkut.", tags=("sampah",)
    )
    call_command("rebuild_search", stdout=io.StringIO())
    return SearchDocument.objects.count()


@pytest.mark.parametrize("query", QUERIES)
def test_a_hostile_query_is_searched_as_plain_words(client, indexed, query):
    response = client.get("/cari/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "query", ['"sampah"', '"sampah', "samp* sampah", "-sampah", "^sampah", "(sampah)", "NEAR(sampah", "SAMPAH AND"]
)
def test_quotes_and_operators_do_not_stop_the_words_being_found(client, indexed, query):
    response = client.get("/cari/", {"q": query})

    assert [document.title for document in response.context["page_obj"]] == [THREAD]


def test_sql_in_a_query_is_searched_for_not_run(client, indexed):
    client.get("/cari/", {"q": "'; DROP TABLE search_searchdocument; --"})
    client.get("/cari/", {"q": '"); DELETE FROM wagtailsearch_indexentry; --'})

    assert SearchDocument.objects.count() == indexed
    assert [document.title for document in client.get("/cari/", {"q": "sampah"}).context["page_obj"]] == [THREAD]


def test_only_stop_words_ask_for_a_more_specific_word(client, indexed):
    response = client.get("/cari/", {"q": "yang dan di"})

    assert response.status_code == 200
    assert response.context["searched"] is False
    with translation.override("id"):
        message = gettext("Type a more specific word: very common words such as “yang” or “dan” are not searched for.")
    assertContains(response, escape(message))


@pytest.mark.parametrize(("parameters", "message", "arguments"), INVALID)
@pytest.mark.parametrize("path", ["/cari/", "/en/cari/"])
def test_an_invalid_parameter_answers_400_with_the_reason_in_the_readers_language(
    client, indexed, path, parameters, message, arguments
):
    response = client.get(path, parameters)

    with translation.override("en" if path.startswith("/en/") else "id"):
        assertContains(response, escape(gettext(message) % arguments), status_code=400)
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("page", PAGES)
def test_a_page_number_out_of_range_or_not_a_number_shows_a_page_of_results(client, indexed, page):
    response = client.get("/cari/", {"q": "sampah", "halaman": page})

    assert response.status_code == 200
    assert [document.title for document in response.context["page_obj"]] == [THREAD]


@pytest.mark.parametrize(("query_string", "status"), RAW)
def test_a_malformed_query_string_answers_200_or_400_never_500(client, indexed, query_string, status):
    response = client.get("/cari/", QUERY_STRING=query_string)

    assert response.status_code == status


@pytest.mark.parametrize(
    "query",
    [*QUERIES, pytest.param("x" * 10_000, id="10000-characters"), pytest.param("sampah\x00", id="nul")],
)
def test_the_suggestions_answer_a_hostile_query_with_a_list(client, indexed, query):
    response = client.get("/cari/saran/", {"q": query})

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


@pytest.mark.parametrize(("query_string", "_status"), RAW)
def test_the_suggestions_answer_a_malformed_query_string_with_a_list(client, indexed, query_string, _status):
    response = client.get("/cari/saran/", QUERY_STRING=query_string)

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)
