"""Site search against a real Elasticsearch cluster: its `indonesian` analyzer stems, and *rahasia* stays out.

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
