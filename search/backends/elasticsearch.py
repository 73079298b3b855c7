"""Wagtail's Elasticsearch 8 backend as the portal runs it (WAGTAILSEARCH_BACKENDS when ELASTICSEARCH_URL is set).

- Indonesian as the database backends read it: the same stop words as `search.text`, and Elasticsearch's
  `indonesian` stemmer, Tala's algorithm, which Snowball's Indonesian stemmer (PostgreSQL, SQLite) implements too.
- The best passage of a document's body, with the words found in <mark> and the rest escaped (the `html`
  encoder), comes back with each hit as the document's `highlight`.
- The facets of a search are counted in one request of aggregations (aggregated_counts).
- `rebuild_search` builds a new index beside the one in use and moves the alias to it in one `_aliases` request,
  so that searches never see an empty or half-built index; the old index is deleted afterwards.
- SEARCH_UNAVAILABLE are the errors of a cluster that is down or refuses: the search page then answers from the
  database backend (`FALLBACK`, indexed alongside) with a notice, never with an error.
"""

from copy import deepcopy

from elasticsearch import ApiError, TransportError
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend, Elasticsearch8SearchResults
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder

from search.text import SNIPPET_LENGTH, STOP_WORDS

SEARCH_UNAVAILABLE = (ApiError, TransportError)
FACET_VALUES = 500  # more values than any facet has: 37 units, a few years, eight kinds, the forum's tags
FALLBACK = "database"  # the name of the database backend in WAGTAILSEARCH_BACKENDS beside Elasticsearch

ANALYSIS = {
    "filter": {
        "portal_stop": {"type": "stop", "stopwords": sorted(STOP_WORDS)},
        "portal_stemmer": {"type": "stemmer", "language": "indonesian"},
    },
    "analyzer": {
        # Every text field without an analyzer of its own, when indexed and when searched.
        "default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "portal_stop", "portal_stemmer"]}
    },
}
HIGHLIGHT = {
    "encoder": "html",
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "fields": {"body": {"fragment_size": SNIPPET_LENGTH, "number_of_fragments": 1, "no_match_size": SNIPPET_LENGTH}},
}


def aggregated_counts(results, facets: dict[str, list[tuple[str, object]]]) -> dict[str, dict]:
    """How many of the search `results` have each value of each facet (a filter field), counted within that facet's
    own filters ((filter field, value) pairs), in one request: a filter aggregation around a terms one per facet.
    Wagtail's `facet()` sends a request per facet and counts only its ten most frequent values."""
    compiler, backend = results.query_compiler, results.backend

    def column(field_name: str) -> str:
        return compiler.mapping.get_field_column_name(compiler._get_filterable_field(field_name))

    aggregations = {
        name: {
            "filter": {"bool": {"filter": [{"term": {column(field): value}} for field, value in filters]}},
            "aggregations": {"values": {"terms": {"field": column(name), "size": FACET_VALUES}}},
        }
        for name, filters in facets.items()
    }
    answer = backend.es.search(
        index=backend.get_index_for_model(compiler.queryset.model).name,
        query=compiler.get_query(),
        aggregations=aggregations,
        size=0,
    )
    return {
        name: {bucket["key"]: bucket["doc_count"] for bucket in answer["aggregations"][name]["values"]["buckets"]}
        for name in facets
    }


class AliasSwitchingRebuilder(ElasticsearchAtomicIndexRebuilder):
    """Wagtail's atomic rebuilder points the alias at the new index and then removes the old one in two requests;
    here one `_aliases` request does both (or replaces an index that has the alias's name, from before aliases)."""

    def finish(self):
        self.index.refresh()
        es, alias, new = self.index.es, self.alias.name, self.index.name
        if self.alias.is_alias():
            old = [index.name for index in self.alias.aliased_indices() if index.name != new]
            removals = [{"remove": {"index": name, "alias": alias}} for name in old]
        else:
            # (Wagtail's index.exists() passes the name positionally, which the 8.x client refuses.)
            old, removals = [], [{"remove_index": {"index": alias}}] if es.indices.exists(index=alias) else []
        es.indices.update_aliases(actions=[*removals, {"add": {"index": new, "alias": alias}}])
        for name in old:
            es.indices.delete(index=name)


class HighlightingResults(Elasticsearch8SearchResults):
    def _backend_do_search(self, body, **kwargs):
        if "aggregations" not in body:  # a page of hits, not a facet's counts
            body = {**body, "highlight": HIGHLIGHT}
        return super()._backend_do_search(body, **kwargs)

    def _get_results_from_hits(self, hits):
        passages = {str(hit["fields"]["pk"][0]): hit.get("highlight", {}).get("body", []) for hit in hits}
        for obj in super()._get_results_from_hits(hits):
            obj.highlight = " … ".join(passages.get(str(obj.pk), []))
            yield obj


class PortalElasticsearchBackend(Elasticsearch8SearchBackend):
    settings = deepcopy(Elasticsearch8SearchBackend.settings)
    settings["settings"]["analysis"]["filter"].update(ANALYSIS["filter"])
    settings["settings"]["analysis"]["analyzer"].update(ANALYSIS["analyzer"])
    results_class = HighlightingResults
    atomic_rebuilder_class = AliasSwitchingRebuilder


SearchBackend = PortalElasticsearchBackend
