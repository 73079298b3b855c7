"""The portal's Elasticsearch backend as the settings configure it, checked without a cluster: the index
settings, the mapping of search documents and the exact requests a search and its facets send, through the real
`elasticsearch` client to a recorded node (tests/search/conftest.py)."""

import uuid

import pytest
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from search.backends.elasticsearch import PortalElasticsearchBackend
from search.models import SearchDocument
from search.selectors import Search
from tests.search.recorded_elasticsearch import ALIAS, exchanges

INDEX = ALIAS
UNIT_KEY = uuid.UUID("5b0e6a4e-0000-4000-8000-000000000001")
CONTENT_TYPE = {"match": {"_django_content_type": "search.SearchDocument"}}
WORDS = {"query": "melayani", "operator": "and", "fields": ["_all_text", "_all_text_boost_3_0^3.0"]}
BUCKETS = {"kind": [("report", 2)], "unit_key": [(str(UNIT_KEY), 2)], "year": [(2024, 2)], "tag_list": [("sampah", 2)]}


@pytest.fixture
def backend(elasticsearch):
    return get_search_backend()


def searches(recording) -> list[dict]:
    return [request.body for request in recording.sent("POST", f"/{INDEX}/_search")]


def test_building_the_backend_for_the_configured_url_does_not_connect(backend, elasticsearch):
    assert isinstance(backend, PortalElasticsearchBackend)
    assert backend.hosts == [{"host": "elasticsearch.invalid", "port": 9200, "path_prefix": "", "scheme": "http"}]
    assert backend.get_index_for_model(SearchDocument).name == INDEX
    assert elasticsearch.requests == []


def test_the_index_analyses_text_as_indonesian_unless_a_field_says_otherwise(backend):
    assert backend.settings["settings"]["analysis"]["analyzer"] == {
        "default": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "portal_stop", "portal_stemmer"],
        },
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


def test_a_facet_asks_for_a_terms_aggregation_and_no_hits(backend, elasticsearch):
    elasticsearch.exchanges[:] = exchanges(buckets={"kind": [("report", 2), ("thread", 1)]})
    results = backend.search(PlainText("layan"), SearchDocument.objects.filter(language="id"))

    counts = results.facet("kind")

    assert counts == {"report": 2, "thread": 1}
    assert searches(elasticsearch) == [
        {
            "query": {
                "bool": {
                    "must": {"multi_match": {**WORDS, "query": "layan"}},
                    "filter": [CONTENT_TYPE, {"term": {"language_filter": "id"}}],
                }
            },
            "aggregations": {"kind": {"terms": {"field": "kind_filter", "missing": 0}}},
            "size": 0,
        }
    ]


def test_the_pages_results_are_one_request_for_twenty_hits_within_every_picked_facet(elasticsearch):
    picked = Search(
        words=("melayani",), language="id", filters={"kind": "report", "unit_key": UNIT_KEY, "year": 2024, "tag": None}
    )

    assert list(picked.results()[:20]) == []

    (search,) = searches(elasticsearch)
    assert search == {
        "query": {
            "bool": {
                "must": {"multi_match": WORDS},
                "filter": [
                    CONTENT_TYPE,
                    {
                        "bool": {
                            "must": [
                                {"term": {"language_filter": "id"}},
                                {"term": {"kind_filter": "report"}},
                                {"term": {"unit_key_filter": str(UNIT_KEY)}},
                                {"term": {"year_filter": 2024}},
                            ]
                        }
                    },
                ],
            }
        },
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {"body": {"fragment_size": 220, "number_of_fragments": 1, "no_match_size": 220}},
        },
        "_source": False,
        "stored_fields": "pk",
        "from": 0,
        "size": 20,
    }


def test_every_facet_of_the_page_is_counted_in_one_request_each_without_its_own_pick(elasticsearch):
    elasticsearch.exchanges[:] = exchanges(buckets=BUCKETS)
    picked = Search(
        words=("melayani",), language="id", filters={"kind": "report", "unit_key": None, "year": 2024, "tag": None}
    )

    picked.facet_counts()

    def counted(field, *picks):
        return {
            "filter": {"bool": {"filter": list(picks)}},
            "aggregations": {"values": {"terms": {"field": field, "size": 500}}},
        }

    kind, year = {"term": {"kind_filter": "report"}}, {"term": {"year_filter": 2024}}
    assert searches(elasticsearch) == [
        {
            "query": {
                "bool": {
                    "must": {"multi_match": WORDS},
                    "filter": [CONTENT_TYPE, {"term": {"language_filter": "id"}}],
                }
            },
            "aggregations": {
                "kind": counted("kind_filter", year),
                "unit_key": counted("unit_key_filter", kind, year),
                "year": counted("year_filter", kind),
                "tag_list": counted("tag_list_filter", kind, year),
            },
            "size": 0,
        }
    ]


def test_the_facet_counts_read_from_elasticsearch_have_the_same_keys_as_the_databases(elasticsearch):
    elasticsearch.exchanges[:] = exchanges(buckets=BUCKETS)
    picked = Search(words=("melayani",), language="id", filters=dict.fromkeys(("kind", "unit_key", "year", "tag")))

    counts = picked.facet_counts()

    assert counts == {"kind": {"report": 2}, "unit_key": {UNIT_KEY: 2}, "year": {2024: 2}, "tag": {"sampah": 2}}
