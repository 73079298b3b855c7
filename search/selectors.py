"""Reading the search index: one search over every public document, with facets that combine.

On the database, one query ranks the best CANDIDATES index entries of the words and gives those documents' facet
values and scores. When that is every match, the count, the facets and the order are worked out exactly from
those rows. When more match (a common word: 30,000 documents at 100,000), a search holds at most the best RANKED
documents: the page says "more than 1,000 results" and counts the facets' values among those held, so that a
search costs the same at any size of the index instead of scoring and sorting every match in Python. Only the
page shown is read in full. Elasticsearch counts, facets and pages by itself.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass
from hashlib import sha256
from typing import NamedTuple
from uuid import UUID

from django.core.cache import cache
from django.db.models import Count
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from search.backends.elasticsearch import aggregated_counts
from search.backends.ranking import best_rows, scored_rows
from search.models import IndexVersion, SearchDocument, SearchDocumentTag

FACETS = ("kind", "unit_key", "year", "tag")
SUGGESTIONS = 8
# A unit's own page answers its name better than the indicators of its reports that repeat the name each year. An
# entry of a Daftar Informasi Publik points to information the portal often holds itself (each unit's LKjIP entry
# and the report), which should come first.
KIND_WEIGHTS = {"unit": 1.5, "information": 0.5}
# Each further document of a kind with the same title (an indicator each year, the same complaint from many
# residents) counts this much less than the one before, so that different documents reach the first page.
REPEAT_WEIGHT = 0.5
CACHE_SECONDS = 600  # a search's order and counts, until the index changes (IndexVersion) or this time passes
RANKED = 1000  # the most results a search holds: 50 pages, far more than anyone reads
CANDIDATES = 3 * RANKED  # index entries ranked before the language is applied: most documents exist in two


class Match(NamedTuple):
    """A matching document, as much of it as counting, faceting and ordering need."""

    id: int
    kind: str
    title: str
    unit_key: UUID | None
    year: int | None
    date: datetime.date | None
    tags: str  # space-separated
    score: float

    def has(self, facet: str, value) -> bool:
        return value in self.tags.split() if facet == "tag" else getattr(self, facet) == value


class Found:
    """The matching documents in order, as a paginator pages them: only a page's documents are read.

    `more`: more documents match than are held (RANKED); `sampled`: the facet counts are of the documents held.
    """

    def __init__(self, ids: list[int], *, more: bool = False, sampled: bool = False):
        self.ids, self.more, self.sampled = ids, more, sampled

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: slice) -> list[SearchDocument]:
        ids = self.ids[index]
        documents = SearchDocument.objects.in_bulk(ids)
        return [documents[pk] for pk in ids if pk in documents]  # one removed since the search is left out


@dataclass(frozen=True)
class Search:
    """A search as the page asked for it: the query's words, the document language, the picked facets."""

    words: tuple[str, ...]
    language: str
    filters: dict
    newest: bool = False
    any_word: bool = False  # True: documents with any of the words, when none has them all
    backend: str = "default"  # a name in WAGTAILSEARCH_BACKENDS: the database's when Elasticsearch is down

    def found(self) -> tuple:
        """The matching documents, to page through, and the facet counts (see facet_counts).

        On the database the order and the counts are cached until the index changes, so that the next page, or
        the same search by someone else, costs one query for the documents shown. Those are always read anew:
        a document removed since is left out, never shown.
        """
        version = IndexVersion.current()
        held = cache.get(_key("found", version, self))
        if held is None:
            held = self._hold(version)
            if held is None:  # Elasticsearch: it counts and pages every match itself
                results = self.results()
                results.more = results.sampled = False
                return results, self.facet_counts()
            cache.set(_key("found", version, self), held, CACHE_SECONDS)
        ids, counts, more, sampled = held
        return Found(ids, more=more, sampled=sampled), counts

    def _hold(self, version: int) -> tuple[list[int], dict, bool, bool] | None:
        """The ids in order, the facet counts, whether more match than are held, whether the counts are sampled."""
        best = self._best(version)
        if best is None:
            return None
        candidates, more_entries = best
        if not more_entries:  # the candidates are every match: all exact
            return (*self._order_and_count(candidates), False, False)
        picked = self._picked()
        if not picked and not self.newest and len(candidates) > RANKED:
            ordered = most_relevant_first(candidates)[:RANKED]
            counts = {name: _value_counts(ordered, name) for name in FACETS}
            return [match.id for match in ordered], counts, True, True
        rows = self._matching(limit=RANKED + 1)  # the picks and the order asked for, in the database
        more, rows = len(rows) > RANKED, rows[:RANKED]
        ordered = newest_first(rows) if self.newest else most_relevant_first(rows)
        counts = {}
        for name in FACETS:
            others = [(other, value) for other, value in picked if other != name]
            if len(others) == len(picked):  # not picked: its values among the documents held
                counts[name] = _value_counts(rows, name)
            else:  # picked: the other values among the candidates that the other picks keep, and the held
                kept = {match.id: match for match in candidates if all(match.has(*pick) for pick in others)}
                kept.update((match.id, match) for match in rows)
                counts[name] = _value_counts(list(kept.values()), name)
        return [match.id for match in ordered], counts, more, True

    def _unpicked(self) -> "Search":
        """The same search without any facet picked, in the order of relevance."""
        return Search(
            words=self.words, language=self.language, filters={}, any_word=self.any_word, backend=self.backend
        )

    def _picked(self) -> list[tuple[str, object]]:
        return [(name, value) for name, value in self.filters.items() if value is not None]

    def _order_and_count(self, matches: list[Match]) -> tuple[list[int], dict]:
        """The ids of the matches the picked facets keep, in the order asked for, and each facet's counts."""
        picked = self._picked()
        kept, near = [], defaultdict(list)  # near: the matches that only a facet's own pick leaves out
        for match in matches:
            missed = [name for name, value in picked if not match.has(name, value)]
            if not missed:
                kept.append(match)
            elif len(missed) == 1:
                near[missed[0]].append(match)
        counts = {name: _value_counts(kept + near[name], name) for name in FACETS}
        ordered = newest_first(kept) if self.newest else most_relevant_first(kept)
        return [match.id for match in ordered], counts

    def _best(self, version: int) -> tuple[list[Match], bool] | None:
        """The documents in the language among the best CANDIDATES index entries, whatever the picks, and whether
        more entries match; None on Elasticsearch. Kept apart from the picks, so that picking a facet, the
        newest order or the next page reuses them."""
        key = _key("best", version, self._unpicked())
        best = cache.get(key)
        if best is None:
            documents = SearchDocument.objects.filter(language=self.language)
            found = best_rows(
                get_search_backend(self.backend).search(self._query(), documents), Match._fields[:-1], CANDIDATES
            )
            if found is None:
                return None
            best = [Match(*row) for row in found[0]], found[1]
            cache.set(key, best, CACHE_SECONDS)
        return best

    def _matching(self, limit: int) -> list[Match]:
        """The first `limit` documents with the words and every pick, the best or the newest first."""
        rows = scored_rows(
            self.results(ranked=False), Match._fields[:-1], limit=limit, newest="date" if self.newest else None
        )
        return [Match(*row) for row in rows]

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
        return get_search_backend(self.backend).search(
            self._query(), documents, order_by_relevance=ranked and not self.newest
        )

    def _query(self) -> PlainText:
        return PlainText(" ".join(self.words), operator="or" if self.any_word else "and")

    def facet_counts(self) -> dict[str, dict]:
        """For each facet, how many documents each value would give, with the other facets' picks applied.

        Facets without a pick share one set of documents; on the database one grouped count serves them all.
        Elasticsearch counts every facet in one request of aggregations.
        """
        results = self.results(ranked=False)  # counting needs no ranking
        if not hasattr(results, "get_queryset"):
            return self._aggregated_counts()
        unpicked = [name for name in FACETS if self.filters.get(name) is None and name != "tag"]
        counts = _grouped_counts(results.get_queryset(), unpicked) if unpicked else {}
        for name in FACETS:
            if name in counts:
                continue
            results = self.results(without=name, ranked=False)
            if name == "tag":
                rows = SearchDocumentTag.objects.filter(document__in=results.get_queryset().values("pk"))
                counts[name] = dict(rows.values_list("tag").annotate(count=Count("pk")).order_by("-count", "tag"))
            else:
                counts[name] = {value: count for value, count in results.facet(name).items() if value is not None}
        return counts

    def _aggregated_counts(self) -> dict[str, dict]:
        """facet_counts on Elasticsearch: each facet an aggregation within the other facets' picks."""
        field = {"tag": "tag_list"}  # the tag facet counts the documents' list of tags
        picked = self._picked()
        within = {
            field.get(name, name): [(field.get(other, other), value) for other, value in picked if other != name]
            for name in FACETS
        }
        counts = aggregated_counts(self._unpicked().results(ranked=False), within)
        counts = {name: counts[field.get(name, name)] for name in FACETS}
        counts["unit_key"] = {UUID(key): count for key, count in counts["unit_key"].items()}  # sent as text
        return counts


def _key(name: str, version: int, search: Search) -> str:
    """The cache key of what `name` holds for `search` while the index is at `version`."""
    return f"search:{version}:{name}:{sha256(repr(search).encode()).hexdigest()}"


def newest_first(matches: list[Match]) -> list[Match]:
    """By date, newest first, the undated last; the latest added first on the same date."""
    return sorted(matches, key=lambda match: (match.date is not None, match.date or datetime.date.min, match.id))[::-1]


def most_relevant_first(matches: list[Match]) -> list[Match]:
    """By score, weighed by kind, each repeat of a kind and title weighing half the one before it."""
    weighed = {match.id: match.score * KIND_WEIGHTS.get(match.kind, 1) for match in matches}
    repeats, scores = Counter(), {}
    for match in sorted(matches, key=lambda match: (weighed[match.id], match.id), reverse=True):
        scores[match.id] = weighed[match.id] * REPEAT_WEIGHT ** repeats[match.kind, match.title]
        repeats[match.kind, match.title] += 1
    return sorted(matches, key=lambda match: (scores[match.id], match.id), reverse=True)


def _value_counts(matches: list[Match], facet: str) -> dict:
    """How many of the matches have each value of the facet."""
    if facet == "tag":
        return dict(Counter(tag for match in matches for tag in match.tags.split()))
    values = Counter(getattr(match, facet) for match in matches)
    values.pop(None, None)
    return dict(values)


def _grouped_counts(documents, names: list[str]) -> dict[str, dict]:
    counts = {name: Counter() for name in names}
    for row in documents.order_by().values(*names).annotate(count=Count("pk")):
        for name in names:
            if row[name] is not None:
                counts[name][row[name]] += row["count"]
    return {name: dict(counter) for name, counter in counts.items()}


def suggestions(prefix: str, language: str, backend: str = "default") -> list[SearchDocument]:
    """Titles that start like what a resident is typing, for the search box's suggestions."""
    documents = SearchDocument.objects.filter(language=language)
    return list(get_search_backend(backend).autocomplete(prefix, documents)[:SUGGESTIONS])
