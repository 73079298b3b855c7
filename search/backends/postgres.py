"""Wagtail's PostgreSQL search backend, made fast at scale.

Wagtail joins each document to its index entry by casting the document's key to text, so PostgreSQL reads every
document of the queryset and cannot use the GIN index on the entries' vectors (65 ms for a rare word at 100,000
documents, 400 ms for a common one, before counting and facets). Here the matching entries are found first,
through the GIN index (search/migrations/0002), the documents are filtered by a subquery of their keys, and a page
is ranked over the matching entries alone.
"""

from django.db.models import BigIntegerField, F
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import And, Or, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.norms import IncrementalTitleNorms
from search.backends.ranking import INTEGER_KEYS, in_rank_order


class FastPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if (
            not isinstance(self.query, (PlainText, And, Or))
            or self.fields is not None
            or not isinstance(self.queryset.model._meta.pk, INTEGER_KEYS)
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        entries = self._matching_entries(config)
        matching = self.queryset.filter(
            pk__in=entries.annotate(_key=Cast("object_id", BigIntegerField())).values("_key")
        )
        if not self.order_by_relevance:
            return (matching if matching.query.order_by else matching.order_by("-pk"))[start:stop]
        if stop is None and score_field is None and not start:
            return matching  # counting, faceting and the whole set need no ranking
        ranked = (
            entries.annotate(_key=Cast("object_id", BigIntegerField()))
            .filter(_key__in=self.queryset.order_by().values("pk"))
            .annotate(_score=self._rank(config))
            .order_by("-_score", "-id")
            .values_list("object_id", "_score")[start or 0 : stop]
        )
        to_key = self.queryset.model._meta.pk.to_python
        return in_rank_order(self.queryset, [(to_key(key), score) for key, score in ranked], score_field or "_score")

    def scored_entries(self, config) -> tuple[str, list]:
        """The SQL (and its parameters) of every matching entry's object key `_key` and score `_score`."""
        entries = self._matching_entries(config).annotate(
            _key=Cast("object_id", BigIntegerField()), _score=self._rank(config)
        )
        return entries.values_list("_key", "_score").query.sql_with_params()

    def _matching_entries(self, config):
        search_query = self.build_tsquery(self.query, config=config)
        return (
            IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(_vector_=F("title")._combine(F("body"), "||", False))
            .filter(_vector_=search_query)
        )

    def _rank(self, config):
        return self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)


class FastPostgresIndex(IncrementalTitleNorms, PostgresIndex):
    pass


class FastPostgresSearchBackend(PostgresSearchBackend):
    index_class = FastPostgresIndex
    query_compiler_class = FastPostgresSearchQueryCompiler
