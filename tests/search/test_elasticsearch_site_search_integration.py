"""Site search against a real Elasticsearch cluster: it stems and drops words as the database backends do, switches
its alias on a rebuild, highlights, and keeps *rahasia* complaints and identities out. (The relevance set,
tests/search/test_relevance.py, runs on the cluster too when ELASTICSEARCH_URL is set.)

Runs when ELASTICSEARCH_URL names a cluster, in indices with a prefix of their own that it deletes afterwards;
skipped otherwise.
"""

import io
import os
import runpy
import uuid

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

import portal.settings.base
from feedback.models import Privacy
from search.models import SearchDocument
from search.text import STOP_WORDS, stem
from tests.factories import (
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
    VerifierFactory,
    verified_complaint,
)

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="needs an Elasticsearch cluster: set ELASTICSEARCH_URL"
)


@pytest.fixture
def elasticsearch(settings, monkeypatch):
    """The backend as portal/settings/base.py configures it for ELASTICSEARCH_URL, under a prefix of its own."""
    prefix = f"portal_test_{uuid.uuid4().hex[:12]}_"
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", prefix)
    settings.WAGTAILSEARCH_BACKENDS = runpy.run_path(portal.settings.base.__file__)["WAGTAILSEARCH_BACKENDS"]
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.SEARCH_ANALYTICS_INDEX = f"{prefix}complaints"
    backend = get_search_backend()
    yield backend
    # Elasticsearch 8 refuses to delete by wildcard: name each index the rebuild made.
    for index in backend.es.indices.get(index=f"{prefix}*", expand_wildcards="all"):
        backend.es.options(ignore_status=404).indices.delete(index=index)


@pytest.fixture
def complaints(home):
    """A public complaint about service (*pelayanan*) and a *rahasia* one, both verified."""
    ComplaintsPageFactory(parent=home)
    unit = UnitPageFactory(parent=UnitIndexPageFactory(parent=home), title="Dinas Kependudukan")
    category, verifier = ComplaintCategoryFactory(unit=unit), VerifierFactory()
    verified_complaint(
        category, by=verifier, title="Antrean KTP lambat", description="Antrean pelayanan KTP sangat lambat."
    )
    verified_complaint(category, by=verifier, privacy=Privacy.CONFIDENTIAL, description="Pungutan liar qorvath.")


def titles(client, query: str) -> list[str]:
    response = client.get("/cari/", {"q": query})
    assert response.status_code == 200
    return [document.title for document in response.context["page_obj"]]


def test_after_a_rebuild_melayani_finds_the_complaint_about_pelayanan(client, elasticsearch, complaints):
    call_command("rebuild_search", stdout=io.StringIO())

    assert "Antrean KTP lambat" in titles(client, "melayani")


def test_after_a_rebuild_a_confidential_complaints_words_find_nothing(client, elasticsearch, complaints):
    call_command("rebuild_search", stdout=io.StringIO())

    assert titles(client, "qorvath") == []
    assert elasticsearch.search("qorvath", SearchDocument).count() == 0


def test_the_cluster_stems_and_drops_the_words_as_the_database_backends_do(elasticsearch, complaints):
    call_command("rebuild_search", stdout=io.StringIO())
    words = ["melayani", "pelayanan", "dilayani", "kesehatan", "pendidikan", "perbaikan", "jalanan", "pengaduan"]

    for word in [*words, "yang", "dengan"]:
        analysed = elasticsearch.es.indices.analyze(
            index=elasticsearch.get_index_for_model(SearchDocument).name, analyzer="default", text=word
        )
        expected = [] if word in STOP_WORDS else [stem(word)]
        assert [token["token"] for token in analysed["tokens"]] == expected, word


def test_a_rebuild_leaves_the_alias_on_one_new_index_and_the_page_highlights_the_words(
    client, elasticsearch, complaints
):
    call_command("rebuild_search", stdout=io.StringIO())
    alias = elasticsearch.get_index_for_model(SearchDocument)
    first = set(elasticsearch.es.indices.get_alias(name=alias.name))
    call_command("rebuild_search", stdout=io.StringIO())
    second = set(elasticsearch.es.indices.get_alias(name=alias.name))

    response = client.get("/cari/", {"q": "pelayanan"})

    assert len(first) == len(second) == 1 and first != second
    assert not elasticsearch.es.options(ignore_status=404).indices.exists(index=first.pop())
    assert "<mark>pelayanan</mark>" in response.content.decode()


def test_a_complainants_identity_is_never_found(client, elasticsearch, complaints):
    call_command("rebuild_search", stdout=io.StringIO())

    for identity in ("Maria", "Latuheru", "maria@example.com", "0812"):
        assert elasticsearch.search(identity, SearchDocument).count() == 0, identity
        assert titles(client, identity) == []
