"""Saved copies of a test database, so that the demo site is built once per test session and database.

pytest-django wraps each test in a transaction that it rolls back, so the database holds after a test what it held
before. It only needs replacing when a test wants other content (the demo rather than the bare migrated site) or
when a test committed for real (a transactional test or a browser journey). Replacing it copies a saved database
instead of building the content again or emptying and reloading it through the ORM: SQLite's backup API from a
private in-memory copy, PostgreSQL's `CREATE DATABASE … TEMPLATE` (about 0.7 s for the migrated database).
"""

import sqlite3

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

CHANGED = "changed"  # what the database holds after a test that committed


class DatabaseCopies:
    """Named copies of one connection's test database, and the name of what the database holds now."""

    def __init__(self, connection: BaseDatabaseWrapper):
        if connection.vendor not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"No database copies for {connection.vendor}")
        self.connection = connection
        self.holds = ""
        self._sqlite: dict[str, sqlite3.Connection] = {}
        self._postgresql: list[str] = []

    def save(self, name: str) -> None:
        """Keep what the database holds now as `name`."""
        if self.connection.vendor == "sqlite":
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            self.connection.ensure_connection()
            self.connection.connection.backup(copy)
            self._sqlite[name] = copy
        else:
            copy = self._copy_name(name)
            self._postgresql_create(copy, template=self.connection.settings_dict["NAME"])
            self._postgresql.append(copy)
        self.holds = name

    def bring(self, name: str) -> bool:
        """Make the database hold the copy `name`, unless it already does; True if it had to be copied."""
        if self.holds == name:
            return False
        if self.connection.vendor == "sqlite":
            self.connection.ensure_connection()
            self._sqlite[name].backup(self.connection.connection)
        else:
            self._postgresql_create(self.connection.settings_dict["NAME"], template=self._copy_name(name))
        self.holds = name
        return True

    def drop(self) -> None:
        for copy in self._sqlite.values():
            copy.close()
        self._sqlite.clear()
        if self._postgresql:
            connections.close_all()
            with self.connection._nodb_cursor() as cursor:
                for copy in self._postgresql:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
            self._postgresql.clear()

    def _copy_name(self, name: str) -> str:
        return f"{self.connection.settings_dict['NAME']}_{name}"

    def _postgresql_create(self, database: str, *, template: str) -> None:
        """(Re)create `database` as a copy of `template`; both must be free of other sessions, so all are closed."""
        connections.close_all()
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{database}" TEMPLATE "{template}"')
