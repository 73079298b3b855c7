"""Wagtail's Elasticsearch 8 backend as the portal configures it, checked without a cluster: the index settings,
the mapping of search documents and the exact requests a search and its facets send.

The backend is built from WAGTAILSEARCH_BACKENDS as portal/settings/base.py makes it when ELASTICSEARCH_URL is
set. Building it does not connect; where a request would go out, only the client's `search` method is replaced.
"""

import runpy
import uuid
from unittest import mock

import pytest
from django.test import override_settings
from elastic_transport import Transport
from elasticsearch import Elasticsearch
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

import portal.settings.base
from search.models import SearchDocument
from search.selectors import Search

INDEX = "portal_search_searchdocument"
UNIT_KEY = uuid.UUID("5b0e6a4e-0000-4000-8000-000000000001")
CONTENT_TYPE = {"match": {"_django_content_type": "search.SearchDocument"}}
WORDS = {"query": "melayani", "operator": "and", "fields": ["_all_text", "_all_text_boost_3_0^3.0"]}


@pytest.fixture
def sent():
    """Any request that reaches the transport fails the test: nothing here may talk to a cluster."""
    with mock.patch.object(Transport, "perform_request", side_effect=AssertionError("a request was sent")) as request:
        yield request


@pytest.fixture
def elasticsearch_settings(monkeypatch, sent):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://elasticsearch.invalid:9200")
    monkeypatch.delenv("ELASTICSEARCH_INDEX_PREFIX", raising=False)
    backends = runpy.run_path(portal.settings.base.__file__)["WAGTAILSEARCH_BACKENDS"]
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield backends


@pytest.fixture
def backend(elasticsearch_settings):
    return get_search_backend()


def answer_facets(**request) -> dict:
    """What Elasticsearch answers to a facet request: one bucket of each field's aggregation."""
    (name,) = request["aggregations"]
    keys = {"kind": "report", "unit_key": str(UNIT_KEY), "year": 2024, "tag_list": "sampah"}
    return {
        "hits": {"total": {"value": 2, "relation": "eq"}, "max_score": None, "hits": []},
        "aggregations": {name: {"sum_other_doc_count": 0, "buckets": [{"key": keys[name], "doc_count": 2}]}},
    }


def test_building_the_backend_for_the_configured_url_does_not_connect(backend, sent):
    assert isinstance(backend, Elasticsearch8SearchBackend)
    assert backend.hosts == [{"host": "elasticsearch.invalid", "port": 9200, "path_prefix": "", "scheme": "http"}]
    assert backend.get_index_for_model(SearchDocument).name == INDEX
    sent.assert_not_called()


def test_the_index_analyses_text_as_indonesian_unless_a_field_says_otherwise(backend):
    assert backend.settings["settings"]["analysis"]["analyzer"] == {
        "default": {"type": "indonesian"},
        "ngram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase", "ngram"]},
        "edgengram_analyzer": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["asciifolding", "lowercase", "edgengram"],
        },
    }


def test_the_mapping_boosts_titles_and_files_the_facets_as_exact_values(backend):
    assert backend.mapping_class(SearchDocument).get_mapping() == {
        "properties": {
            "pk": {"type": "keyword", "store": True},
            "_django_content_type": {"type": "keyword"},
            "_edgengrams": {"type": "text", "analyzer": "edgengram_analyzer", "search_analyzer": "standard"},
            "title": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_3_0"]},
            "body": {"type": "text", "copy_to": "_all_text"},
            "title_edgengrams": {"type": "text", "analyzer": "edgengram_analyzer", "search_analyzer": "standard"},
            "id_filter": {"type": "long"},
            "language_filter": {"type": "keyword"},
            "kind_filter": {"type": "keyword"},
            "unit_key_filter": {"type": "keyword"},
            "year_filter": {"type": "integer"},
            "date_filter": {"type": "date"},
            "tag_list_filter": {"type": "keyword"},
            "_all_text": {"type": "text"},
            "_all_text_boost_3_0": {"type": "text"},
        }
    }


def test_a_document_is_sent_with_its_tags_as_a_list(backend):
    document = SearchDocument(pk=7, title="Sampah pasar", body="Belum diangkut.", kind="thread", tags="sampah pasar")

    assert backend.mapping_class(SearchDocument).get_document(document)["tag_list_filter"] == ["sampah", "pasar"]


def test_a_search_within_filters_compiles_to_every_word_in_the_boosted_text_and_exact_filters(backend):
    documents = SearchDocument.objects.filter(language="id", kind="report")

    query = backend.query_compiler_class(documents, PlainText("layan")).get_query()

    assert query == {
        "bool": {
            "must": {
                "multi_match": {
                    "query": "layan",
                    "operator": "and",
                    "fields": ["_all_text", "_all_text_boost_3_0^3.0"],
                }
            },
            "filter": [
                CONTENT_TYPE,
                {"bool": {"must": [{"term": {"kind_filter": "report"}}, {"term": {"language_filter": "id"}}]}},
            ],
        }
    }


def test_a_facet_asks_for_a_terms_aggregation_and_no_hits(backend):
    results = backend.search(PlainText("layan"), SearchDocument.objects.filter(language="id"))
    canned = {
        "hits": {"total": {"value": 3, "relation": "eq"}, "max_score": None, "hits": []},
        "aggregations": {
            "kind": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "report", "doc_count": 2}, {"key": "thread", "doc_count": 1}],
            }
        },
    }

    with mock.patch.object(backend.es, "search", return_value=canned) as search:
        counts = results.facet("kind")

    assert counts == {"report": 2, "thread": 1}
    search.assert_called_once_with(
        query={
            "bool": {
                "must": {"multi_match": {**WORDS, "query": "layan"}},
                "filter": [CONTENT_TYPE, {"term": {"language_filter": "id"}}],
            }
        },
        aggregations={"kind": {"terms": {"field": "kind_filter", "missing": 0}}},
        index=INDEX,
        size=0,
    )


def test_the_pages_results_are_one_request_for_twenty_hits_within_every_picked_facet(elasticsearch_settings):
    picked = Search(
        words=("melayani",), language="id", filters={"kind": "report", "unit_key": UNIT_KEY, "year": 2024, "tag": None}
    )

    with mock.patch.object(Elasticsearch, "search", return_value={"hits": {"hits": []}}) as search:
        assert list(picked.results()[:20]) == []

    search.assert_called_once_with(
        query={
            "bool": {
                "must": {"multi_match": WORDS},
                "filter": [
                    CONTENT_TYPE,
                    {
                        "bool": {
                            "must": [
                                {"term": {"language_filter": "id"}},
                                {"term": {"kind_filter": "report"}},
                                {"term": {"unit_key_filter": UNIT_KEY}},
                                {"term": {"year_filter": 2024}},
                            ]
                        }
                    },
                ],
            }
        },
        index=INDEX,
        _source=False,
        stored_fields="pk",
        from_=0,
        size=20,
    )


def test_each_facet_of_the_page_is_counted_without_its_own_pick(elasticsearch_settings):
    picked = Search(
        words=("melayani",), language="id", filters={"kind": "report", "unit_key": None, "year": 2024, "tag": None}
    )

    with mock.patch.object(Elasticsearch, "search", side_effect=answer_facets) as search:
        picked.facet_counts()

    def filtered(*terms):
        return {"bool": {"must": {"multi_match": WORDS}, "filter": [CONTENT_TYPE, {"bool": {"must": list(terms)}}]}}

    language, kind, year = (
        {"term": {"language_filter": "id"}},
        {"term": {"kind_filter": "report"}},
        {"term": {"year_filter": 2024}},
    )
    assert [(call.kwargs["aggregations"], call.kwargs["query"]) for call in search.call_args_list] == [
        ({"kind": {"terms": {"field": "kind_filter", "missing": 0}}}, filtered(language, year)),
        ({"unit_key": {"terms": {"field": "unit_key_filter", "missing": 0}}}, filtered(language, kind, year)),
        ({"year": {"terms": {"field": "year_filter", "missing": 0}}}, filtered(language, kind)),
        ({"tag_list": {"terms": {"field": "tag_list_filter", "missing": 0}}}, filtered(language, kind, year)),
    ]


def test_the_facet_counts_read_from_elasticsearch_have_the_same_keys_as_the_databases(elasticsearch_settings):
    picked = Search(words=("melayani",), language="id", filters=dict.fromkeys(("kind", "unit_key", "year", "tag")))

    with mock.patch.object(Elasticsearch, "search", side_effect=answer_facets):
        counts = picked.facet_counts()

    assert counts == {"kind": {"report": 2}, "unit_key": {UNIT_KEY: 2}, "year": {2024: 2}, "tag": {"sampah": 2}}
