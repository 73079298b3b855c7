"""The database search backend: Wagtail's, taught Indonesian where the engine knows none.

PostgreSQL stems with its `indonesian` text search configuration (WAGTAILSEARCH_BACKENDS' SEARCH_CONFIG);
SQLite gets the stemming of search.backends.sqlite. Both get faster queries than Wagtail's (see each module).
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "sqlite":
        from search.backends.sqlite import StemmingSQLiteSearchBackend

        return StemmingSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        from search.backends.postgres import FastPostgresSearchBackend

        return FastPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
