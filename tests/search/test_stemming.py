"""Indonesian words in search: the query's words, Snowball's stems, the snippet, and finding by stem on the database.

The database tests run on whichever engine DATABASE_URL picks: SQLite stems in Python (search.backends.sqlite),
PostgreSQL with its `indonesian` configuration. Both are Snowball's algorithm, so they must agree.
"""

import io

import pytest
from django.core.management import call_command
from django.utils.safestring import SafeString

from search.text import MAX_QUERY_TERMS, MAX_TERM_LENGTH, query_words, snippet, stem, stemmed, words
from tests.factories import (
    IndicatorFactory,
    PerformanceReportPageFactory,
    StandardPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
)


def test_words_are_the_lower_cased_letters_and_digits_of_a_text():
    assert words('Pelayanan KTP-el: "cepat" & 24 jam!') == ["pelayanan", "ktp", "el", "cepat", "24", "jam"]


def test_words_with_an_underscore_are_dropped():
    assert words("snake_case sampah __init__") == ["sampah"]


def test_query_words_drop_stop_words_and_repeats():
    assert query_words("Yang SAMPAH dan sampah di pasar, pasar!") == ["sampah", "pasar"]


def test_query_words_keep_at_most_the_first_twelve_terms():
    many = " ".join(f"kata{n}" for n in range(20))

    assert query_words(many) == [f"kata{n}" for n in range(MAX_QUERY_TERMS)]
    assert MAX_QUERY_TERMS == 12


def test_a_very_long_query_word_is_cut():
    assert query_words("a" * 100) == ["a" * MAX_TERM_LENGTH]


def test_a_query_of_stop_words_only_has_no_words():
    assert query_words("yang dan di ke dari") == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("melayani", "layan"),
        ("pelayanan", "layan"),
        ("dilayani", "layan"),
        ("layanan", "layan"),
        ("kebersihan", "bersih"),
        ("membersihkan", "bersih"),
        ("dibersihkan", "bersih"),
        ("perbaikan", "baik"),
        ("diperbaiki", "baik"),
        ("memperbaiki", "baik"),
        ("pelatihan", "latih"),
        ("dilatih", "latih"),
        ("pengaduan", "adu"),
        ("diadukan", "adu"),
        ("bukunya", "buku"),  # particle -nya
        ("bacalah", "baca"),  # particle -lah
        ("apakah", "apa"),  # particle -kah
        ("imunisasi", "imunisasi"),
    ],
)
def test_snowball_brings_indonesian_affixes_to_one_stem(word, expected):
    assert stem(word) == expected


def test_snowball_does_not_bring_tumpukan_and_menumpuk_together():
    """A limit of the algorithm, the same on every engine: a resident typing "menumpuk" misses "tumpukan"."""
    assert (stem("tumpukan"), stem("menumpuk"), stem("ditumpuk")) == ("tumpu", "umpuk", "tumpuk")


def test_stemmed_text_is_the_stems_of_its_words():
    assert stemmed("Pelayanan Kebersihan, kota!") == "layan bersih kota"


def test_a_snippet_marks_every_word_with_a_query_words_stem():
    shown = snippet("Pelayanan KTP dilayani cepat; layanan ramah.", ["melayani"])

    assert shown == "<mark>Pelayanan</mark> KTP <mark>dilayani</mark> cepat; <mark>layanan</mark> ramah."
    assert isinstance(shown, SafeString)


def test_a_snippet_escapes_the_text_around_the_marks():
    shown = snippet('<b>Pelayanan</b> & <script>alert("x")</script>', ["melayani"])

    assert shown == "&lt;b&gt;<mark>Pelayanan</mark>&lt;/b&gt; &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def test_a_snippet_of_a_long_text_starts_near_the_first_match_and_shows_what_it_cuts():
    text = "awal " * 100 + "pelayanan" + " akhir" * 100

    shown = snippet(text, ["layanan"])

    assert shown.startswith("… awal")
    assert shown.endswith(" …")
    assert "<mark>pelayanan</mark> akhir" in shown
    assert len(shown) < 300


def test_a_snippet_without_a_match_is_the_start_of_the_text():
    assert snippet("Jadwal truk sampah per kecamatan.", ["pelayanan"]) == "Jadwal truk sampah per kecamatan."


@pytest.fixture
def pages(home):
    """Pages whose titles say what they are about, and a report with an immunisation indicator."""
    for title in ("Pelayanan administrasi kependudukan", "Kebersihan pasar", "Tumpukan sampah di pantai"):
        StandardPageFactory(parent=home, title=title, intro="")
    unit = UnitPageFactory(parent=UnitIndexPageFactory(parent=home), title="Dinas Kesehatan", description="")
    report = PerformanceReportPageFactory(parent=unit, year=2024, summary="Capaian program kesehatan.")
    IndicatorFactory(report=report, name="Cakupan imunisasi dasar lengkap", goal="Anak sehat")
    call_command("rebuild_search", stdout=io.StringIO())


def found(client, query: str) -> list[str]:
    return [document.title for document in client.get("/cari/", {"q": query}).context["page_obj"]]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("melayani", "Pelayanan administrasi kependudukan"),
        ("layanan", "Pelayanan administrasi kependudukan"),
        ("dilayani", "Pelayanan administrasi kependudukan"),
        ("PELAYANAN", "Pelayanan administrasi kependudukan"),
        ("bersih", "Kebersihan pasar"),
        ("membersihkan", "Kebersihan pasar"),
        ("tumpukan", "Tumpukan sampah di pantai"),
        ("sampahnya", "Tumpukan sampah di pantai"),
    ],
)
def test_the_database_finds_a_document_by_another_form_of_its_words(client, pages, query, title):
    assert found(client, query) == [title]


def test_the_database_does_not_find_tumpukan_by_menumpuk(client, pages):
    assert found(client, "menumpuk") == []


def test_suggestions_complete_a_word_being_typed_into_a_title(client, pages):
    response = client.get("/cari/saran/", {"q": "imun"})

    assert response.json() == {"suggestions": ["Cakupan imunisasi dasar lengkap"]}
