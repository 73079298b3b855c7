"""Reading the search index: one search over every public document, with facets that combine."""

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

    def results(self, *, without: str | None = None):
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
        return get_search_backend().search(query, documents, order_by_relevance=not self.newest)

    def facet_counts(self) -> dict[str, dict]:
        """For each facet, how many documents each value would give, with the other facets' picks applied."""
        counts = {}
        for name in FACETS:
            results = self.results(without=name)
            if name == "unit_key":  # the database gives UUIDs, Elasticsearch their text
                counts[name] = {UUID(str(key)): count for key, count in results.facet(name).items() if key}
            elif name != "tag":
                counts[name] = {value: count for value, count in results.facet(name).items() if value is not None}
            elif hasattr(results, "get_queryset"):  # the database: count the tag rows of the matching documents
                rows = SearchDocumentTag.objects.filter(document__in=results.get_queryset().values("pk"))
                counts[name] = dict(rows.values_list("tag").annotate(count=Count("pk")).order_by("-count", "tag"))
            else:  # Elasticsearch: a terms aggregation on the documents' tag list
                counts[name] = dict(results.facet("tag_list"))
        return counts


def suggestions(prefix: str, language: str) -> list[SearchDocument]:
    """Titles that start like what a resident is typing, for the search box's suggestions."""
    documents = SearchDocument.objects.filter(language=language)
    return list(get_search_backend().autocomplete(prefix, documents)[:SUGGESTIONS])
