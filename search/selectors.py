"""Reading the search index: one search over every public document, with facets that combine."""

from collections import Counter
from dataclasses import dataclass
from uuid import UUID

from django.db.models import Count
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from search.models import SearchDocument, SearchDocumentTag

FACETS = ("kind", "unit_key", "year", "tag")
SUGGESTIONS = 8


@dataclass(frozen=True)
class Search:
    """A search as the page asked for it: the query's words, the document language, the picked facets."""

    words: tuple[str, ...]
    language: str
    filters: dict
    newest: bool = False
    any_word: bool = False  # True: documents with any of the words, when none has them all

    def results(self, *, without: str | None = None, ranked: bool = True):
        """The matching documents, lazily (slice them), ignoring the facet `without` for its own counts."""
        documents = SearchDocument.objects.filter(language=self.language)
        for name, value in self.filters.items():
            if value is None or name == without:
                continue
            if name == "tag":
                tagged = SearchDocumentTag.objects.filter(tag=value).values_list("document_id", flat=True)
                documents = documents.filter(id__in=list(tagged))
            else:
                documents = documents.filter(**{name: value})
        if self.newest:
            documents = documents.order_by("-date", "-id")
        query = PlainText(" ".join(self.words), operator="or" if self.any_word else "and")
        return get_search_backend().search(query, documents, order_by_relevance=ranked and not self.newest)

    def facet_counts(self) -> dict[str, dict]:
        """For each facet, how many documents each value would give, with the other facets' picks applied.

        Facets without a pick share one set of documents; on the database one grouped count serves them all.
        """
        counts = {}
        unpicked = [name for name in FACETS if self.filters.get(name) is None and name != "tag"]
        results = self.results(ranked=False)  # counting needs no ranking
        if unpicked and hasattr(results, "get_queryset"):
            counts.update(_grouped_counts(results.get_queryset(), unpicked))
        for name in FACETS:
            if name in counts:
                continue
            results = self.results(without=name, ranked=False)
            if name == "tag":
                counts[name] = _tag_counts(results)
            else:
                counts[name] = {value: count for value, count in results.facet(name).items() if value is not None}
        if counts.get("unit_key"):  # the database gives UUIDs, Elasticsearch their text
            counts["unit_key"] = {UUID(str(key)): count for key, count in counts["unit_key"].items()}
        return counts


def _grouped_counts(documents, names: list[str]) -> dict[str, dict]:
    counts = {name: Counter() for name in names}
    for row in documents.order_by().values(*names).annotate(count=Count("pk")):
        for name in names:
            if row[name] is not None:
                counts[name][row[name]] += row["count"]
    return {name: dict(counter) for name, counter in counts.items()}


def _tag_counts(results) -> dict:
    if hasattr(results, "get_queryset"):  # the database: count the tag rows of the matching documents
        rows = SearchDocumentTag.objects.filter(document__in=results.get_queryset().values("pk"))
        return dict(rows.values_list("tag").annotate(count=Count("pk")).order_by("-count", "tag"))
    return dict(results.facet("tag_list"))  # Elasticsearch: a terms aggregation on the documents' tag list


def suggestions(prefix: str, language: str) -> list[SearchDocument]:
    """Titles that start like what a resident is typing, for the search box's suggestions."""
    documents = SearchDocument.objects.filter(language=language)
    return list(get_search_backend().autocomplete(prefix, documents)[:SUGGESTIONS])
