"""What the portal sends Elasticsearch, through the real `elasticsearch` client to a recorded node
(tests/search/recorded_elasticsearch.py): the index it builds and how it switches to it, the documents it sends,
the searches and facets it asks for, and what the search page does with the answers, or without a cluster.

The backends are configured as portal/settings/base.py configures them when ELASTICSEARCH_URL is set: the portal's
Elasticsearch backend, and the database backend beside it for when the cluster is down.
"""

import io

import pytest
from django.core.management import call_command
from elastic_transport import ConnectionError  # noqa: A004
from wagtail.search.models import IndexEntry

from feedback.models import Complaint, Privacy
from search import signals
from search.models import IndexVersion, SearchDocument
from search.services import documents_rebuild, documents_sync
from search.text import STOP_WORDS
from tests.factories import (
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
    verified_complaint,
)
from tests.search.recorded_elasticsearch import ALIAS, NEW, OLD, Recording, exchanges


@pytest.fixture
def complaints(home, verifier):
    """A public complaint and a *rahasia* one about rubbish, both routed, from residents who gave their names."""
    ComplaintsPageFactory(parent=home)
    unit = UnitPageFactory(parent=UnitIndexPageFactory(parent=home), title="Dinas Lingkungan Hidup")
    category = ComplaintCategoryFactory(unit=unit)
    public = verified_complaint(category, by=verifier, title="Sampah menumpuk di Batu Merah", name="Maria Latuheru")
    secret = verified_complaint(
        category,
        by=verifier,
        title="Sampah dibuang petugas ke kali",
        name="Yohan Pattiasina",
        privacy=Privacy.CONFIDENTIAL,
    )
    return public, secret


def rebuild_search():
    call_command("rebuild_search", stdout=io.StringIO())


def alias_switch(recording: Recording):
    """The one request that moves the search documents' alias."""
    (switch,) = [
        request for request in recording.sent("POST", "/_aliases") if ALIAS in repr(request.body["actions"][-1])
    ]
    return switch


def test_a_rebuild_builds_a_new_index_with_indonesian_analysis_and_moves_the_alias_to_it_in_one_request(
    elasticsearch, complaints
):
    rebuild_search()

    (created,) = elasticsearch.sent("PUT", NEW)
    new = created.path.strip("/")
    analysis = created.body["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "portal_stop", "portal_stemmer"],
    }
    assert analysis["filter"]["portal_stop"] == {"type": "stop", "stopwords": sorted(STOP_WORDS)}
    assert analysis["filter"]["portal_stemmer"] == {"type": "stemmer", "language": "indonesian"}
    (mapping,) = elasticsearch.sent("PUT", f"/{new}/_mapping")
    assert mapping.body["properties"]["title"] == {"type": "text", "copy_to": ["_all_text", "_all_text_boost_3_0"]}
    switch = alias_switch(elasticsearch)
    assert switch.body == {
        "actions": [{"remove": {"index": OLD, "alias": ALIAS}}, {"add": {"index": new, "alias": ALIAS}}]
    }
    order = [f"{request.method} {request.path}" for request in elasticsearch.requests]
    bulk = order.index(f"PUT /{new}/_bulk")
    switched = elasticsearch.requests.index(switch)
    assert order.index(f"PUT /{new}") < bulk < order.index(f"POST /{new}/_refresh") < switched
    assert switched < order.index(f"DELETE /{OLD}")  # the old index serves until the switch
    assert not [
        request for request in elasticsearch.requests if request.method == "DELETE" and request.path[1:] == ALIAS
    ]


def test_the_first_rebuild_replaces_an_index_named_like_the_alias_in_the_same_request(elasticsearch, complaints):
    elasticsearch.exchanges[:] = exchanges(alias_exists=False, index_exists=True)

    rebuild_search()

    switch = alias_switch(elasticsearch)
    (created,) = elasticsearch.sent("PUT", NEW)
    assert switch.body == {
        "actions": [{"remove_index": {"index": ALIAS}}, {"add": {"index": created.path.strip("/"), "alias": ALIAS}}]
    }


def test_the_bulk_requests_carry_public_documents_and_nothing_that_identifies_a_complainant(elasticsearch, complaints):
    rebuild_search()

    documents = [
        line
        for request in elasticsearch.sent("PUT", "/[^/]+/_bulk")
        for line in request.body
        if "_django_content_type" in line
    ]
    searchable = [line for line in documents if "search.SearchDocument" in line["_django_content_type"]]
    sent = repr(documents)
    assert {line["title"] for line in searchable} >= {"Sampah menumpuk di Batu Merah"}
    assert len(searchable) == SearchDocument.objects.count()
    for private in (
        "Sampah dibuang petugas ke kali",
        "Yohan Pattiasina",
        "Maria Latuheru",
        "maria@example.com",
        "0812",
    ):
        assert private not in sent


def test_a_search_asks_for_the_words_with_a_highlighted_passage_and_the_page_shows_it_escaped(
    client, elasticsearch, complaints
):
    signals_paused_rebuild()
    document = SearchDocument.objects.get(language="id", title="Sampah menumpuk di Batu Merah")
    passage = "Tumpukan <mark>sampah</mark> di &lt;b&gt;Batu Merah&lt;/b&gt;"
    elasticsearch.exchanges[:] = exchanges(hits=[(document.pk, {"highlight": {"body": [passage]}})])
    elasticsearch.requests.clear()

    response = client.get("/cari/", {"q": "sampah"})

    assert response.status_code == 200
    (search,) = [request for request in elasticsearch.sent("POST", f"/{ALIAS}/_search") if "highlight" in request.body]
    assert search.body["query"]["bool"]["must"] == {
        "multi_match": {"query": "sampah", "operator": "and", "fields": ["_all_text", "_all_text_boost_3_0^3.0"]}
    }
    assert search.body["highlight"]["encoder"] == "html"
    # the first page: as many hits as the count said there are, up to 20; the documents are read from the database
    assert (search.body["from"], search.body["size"], search.body["_source"], search.body["stored_fields"]) == (
        0,
        1,
        False,
        "pk",
    )
    (facets,) = [
        request.body for request in elasticsearch.sent("POST", f"/{ALIAS}/_search") if "aggregations" in request.body
    ]
    assert sorted(facets["aggregations"]) == ["kind", "tag_list", "unit_key", "year"] and facets["size"] == 0
    # three requests for the page: the facets, the count and the page's hits
    assert sorted(request.path for request in elasticsearch.requests) == [
        f"/{ALIAS}/_count",
        *[f"/{ALIAS}/_search"] * 2,
    ]
    assert [result.title for result in response.context["page_obj"]] == [document.title]
    assert passage in response.content.decode()  # Elasticsearch's escaping kept, its marks shown


def test_with_the_cluster_down_the_page_answers_from_the_database_with_a_notice_and_is_not_kept(
    client, elasticsearch, complaints
):
    signals_paused_rebuild()
    elasticsearch.down = True

    response = client.get("/cari/", {"q": "sampah"})
    suggested = client.get("/cari/saran/", {"q": "samp"})

    assert response.status_code == 200
    assert [result.title for result in response.context["page_obj"]] == ["Sampah menumpuk di Batu Merah"]
    assert "Layanan pencarian sedang tidak tersedia" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert suggested.json() == {"suggestions": ["Sampah menumpuk di Batu Merah"]}


def test_indexing_with_the_cluster_down_updates_the_database_index_and_fails_the_task(elasticsearch, complaints):
    signals_paused_rebuild()
    public, _secret = complaints
    Complaint.objects.filter(pk=public.pk).update(title="Sampah menumpuk di Waihaong")
    elasticsearch.down = True
    version = IndexVersion.current()

    with pytest.raises(ConnectionError):
        documents_sync(model=Complaint, pk=public.pk)

    assert IndexEntry.objects.filter(title__icontains="waihaong").exists()
    assert IndexVersion.current() > version  # searches cached before are not served


def signals_paused_rebuild():
    """The documents, indexed in the database backend only (the other is the recorded cluster)."""
    with signals.paused():
        documents_rebuild()
    call_command("update_index", backend_name="database", verbosity=0)


@pytest.mark.django_db(transaction=True)  # the worker claims the queued task in a transaction of its own
def test_a_rebuild_left_to_the_task_worker_switches_the_alias_when_the_worker_runs_it(
    elasticsearch, complaints, settings
):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"], "QUEUES": settings.TASK_QUEUES}}
    out, before = io.StringIO(), len(elasticsearch.requests)

    call_command("rebuild_search", "--in-worker", stdout=out)
    queued = elasticsearch.requests[before:]
    call_command("run_worker", batch=True, interval=0, startup_delay=False, verbosity=0)

    assert "queued" in out.getvalue() and queued == []
    assert alias_switch(elasticsearch).body["actions"][0] == {"remove": {"index": OLD, "alias": ALIAS}}
