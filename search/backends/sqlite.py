"""Wagtail's SQLite search backend, taught Indonesian and made fast.

SQLite's FTS5 has no Indonesian stemmer, so the index stores the Snowball stems of titles and bodies (the same
algorithm as PostgreSQL's `indonesian` configuration) and queries are stemmed the same way. Autocomplete keeps
the words as written, since a half-typed word has no stem yet.

Wagtail's queries join the full-text table to its index entries in an order that makes SQLite look up every
entry of the model in the full-text index (1.3 s for a rare word at 100,000 documents), and they score each
result in a correlated subquery that runs the full-text search once per row (a minute for a common word).
Here the full-text match drives the join (CROSS JOIN fixes SQLite's join order), the model's own filters
apply through a subquery, and a page of results is ranked by bm25 in one query.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models.expressions import RawSQL
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.norms import IncrementalTitleNorms
from search.backends.ranking import INTEGER_KEYS, in_rank_order
from search.text import stemmed

# bm25 weights of the full-text table's columns, in its order (autocomplete, body, title): a word in the title
# counts as much as three in the body, as SearchDocument's title boost says.
COLUMN_WEIGHTS = (1.0, 1.0, 3.0)


def _bm25() -> str:
    """The bm25 score of a matching entry, its columns weighed by COLUMN_WEIGHTS: the lower, the better."""
    weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
    return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})"


class StemmingSQLiteIndex(IncrementalTitleNorms, SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        entries = self.entries.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(obj.pk) for obj in objs],
        )
        changed = []
        for entry in entries.only("pk", "title", "body"):
            entry.title, entry.body = stemmed(entry.title), stemmed(entry.body)
            changed.append(entry)
        entries.model.objects.bulk_update(changed, ["title", "body"], batch_size=500)


class FastSearch:
    """The search of a query compiler in queries SQLite can run quickly; see the module's docstring."""

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or not isinstance(self.queryset.model._meta.pk, INTEGER_KEYS):
            return super().search(config, start, stop, score_field=score_field)
        match = self._match(query, config)
        entries = self._entries_sql()
        matching = self.queryset.filter(pk__in=RawSQL(entries, [match]))  # noqa: S611 - the match is a parameter
        if not self.order_by_relevance:
            return (matching if matching.query.order_by else matching.order_by("-pk"))[start:stop]
        if stop is None and score_field is None and not start:
            return matching  # counting, faceting and the whole set need no ranking
        return self._ranked_page(self.queryset, match, start or 0, stop, score_field or "_score")

    def _match(self, query, config) -> str:
        """The FTS5 MATCH string, e.g. '{title body} : ("layan" AND "sehat")', as Wagtail builds it."""
        search_query = self.build_search_query(query, config=config)
        connection = connections[SQLiteFTSIndexEntry.objects.db]
        compiler = SQLiteFTSIndexEntry.objects.all().query.get_compiler(connection=connection)
        _template, [match] = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query).as_sql(
            compiler, connection
        )
        return match

    def scored_entries(self, config) -> tuple[str, list]:
        """The SQL (and its parameters) of every matching entry's object key `_key` and score `_score`."""
        columns = f"CAST(entry.object_id AS INTEGER) AS _key, -{_bm25()} AS _score"
        return self._entries_sql(columns), [self._match(normalize(self.query), config)]

    def best_entries(self, config, limit: int) -> tuple[str, list]:
        """The SQL of the best `limit` matching entries by score, as scored_entries gives them, and `_entries`: how
        many entries that is. FTS5 ranks its matches before any is joined to its entry: ranking 30,000 matches of
        a common word costs 30 ms, joining them all first another 25."""
        fts, entry = SQLiteFTSIndexEntry._meta.db_table, IndexEntry._meta.db_table
        best = f"SELECT rowid, {_bm25()} AS score FROM {fts} WHERE {fts} MATCH %s ORDER BY score LIMIT {int(limit)}"  # noqa: S608
        sql = (
            "SELECT CAST(entry.object_id AS INTEGER) AS _key, -best.score AS _score, best._entries "  # noqa: S608
            f"FROM (SELECT rowid, score, COUNT(*) OVER () AS _entries FROM ({best})) best "
            f"CROSS JOIN {entry} entry ON entry.id = best.rowid "
            f"WHERE entry.content_type_id IN ({self._content_types()})"
        )
        return sql, [self._match(normalize(self.query), config)]

    def _entries_sql(self, columns: str = "entry.object_id") -> str:
        fts, entry = SQLiteFTSIndexEntry._meta.db_table, IndexEntry._meta.db_table
        return (
            f"SELECT {columns} FROM {fts} CROSS JOIN {entry} entry ON {fts}.rowid = entry.id "  # noqa: S608
            f"WHERE {fts} MATCH %s AND entry.content_type_id IN ({self._content_types()})"
        )

    def _content_types(self) -> str:
        """The content types of the searched model and its descendants, as an SQL list."""
        return ", ".join(str(pk) for pk in get_descendants_content_types_pks(self.queryset.model))

    def _ranked_page(self, objects, match: str, start: int, stop: int | None, score_field: str):
        """One page of the `objects` that match in bm25 order (best first), with each one's score in `score_field`."""
        # Each matching entry checks its own object by primary key, not against a list of every allowed object.
        own_object = objects.order_by().filter(pk=RawSQL("CAST(entry.object_id AS INTEGER)", []))  # noqa: S611
        objects_sql, objects_params = own_object.values("pk").query.sql_with_params()
        ranked_sql = (
            self._entries_sql(f"entry.object_id, {_bm25()} AS score")
            + f" AND EXISTS ({objects_sql}) ORDER BY score, entry.id DESC LIMIT %s OFFSET %s"
        )
        limit = -1 if stop is None else stop - start
        with connections[objects.db].cursor() as cursor:
            cursor.execute(ranked_sql, [match, *objects_params, limit, start])
            ranked = [(self.queryset.model._meta.pk.to_python(pk), -score) for pk, score in cursor.fetchall()]
        return in_rank_order(objects, ranked, score_field)


class StemmingSQLiteQueryCompiler(FastSearch, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(stemmed(query.query_string), operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config=config)


class FastSQLiteAutocompleteQueryCompiler(FastSearch, SQLiteAutocompleteQueryCompiler):
    pass


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
    autocomplete_query_compiler_class = FastSQLiteAutocompleteQueryCompiler
