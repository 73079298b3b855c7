"""Wagtail's SQLite search backend, taught Indonesian.

SQLite's FTS5 has no Indonesian stemmer, so on SQLite the index stores the Snowball stems
of titles and bodies (the same algorithm as PostgreSQL's) and queries are stemmed the same way. Autocomplete
keeps the words as written, since a half-typed word has no stem yet.
"""

from django.contrib.contenttypes.models import ContentType
from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from search.text import stemmed


class StemmingSQLiteIndex(SQLiteIndex):
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


class StemmingSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(stemmed(query.query_string), operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
