"""One archive holds the whole site: the database (an SQLite online backup, or a PostgreSQL custom-format dump taken
in one snapshot) and every file under MEDIA_ROOT (images, documents, complaint photos), with a manifest of the rows
of every table and the checksum of every file, both taken from the same moment as the database. A restore puts them
into an empty database and an empty media folder, then counts and checksums again: a restore that does not give back
the same site fails loudly rather than leaving half a site.

The database is reached with its own driver connection (sqlite3, psycopg), not Django's: the snapshot, the dump and
the counts must be one transaction of their own, whatever Django's connection is doing.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from django.apps import apps
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"
MEDIA = "media"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot be done, or a restore that does not give back what was backed up."""


@dataclass(frozen=True)
class Manifest:
    created_at: str
    engine: str
    database_file: str
    database_sha256: str
    counts: dict  # table name -> rows
    media: dict  # path below MEDIA_ROOT -> sha256
    migrations: int  # rows of django_migrations: the schema the database is at

    def as_json(self) -> bytes:
        return json.dumps({"format": FORMAT, **self.__dict__}, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, content: bytes) -> "Manifest":
        data = json.loads(content)
        if data.pop("format", None) != FORMAT:
            raise BackupError("This archive was written in a format this version cannot read.")
        return cls(**data)


def engine_of(database: dict) -> str:
    engine = database["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if "postgresql" in engine:
        return "postgresql"
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {engine}.")


def tables() -> list[str]:
    """The tables of every installed model, many-to-many ones included, as the manifest counts them."""
    names = {MigrationRecorder.Migration._meta.db_table}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            names.add(model._meta.db_table)
    return sorted(names)


def backup_write(*, database: dict, media_root: Path, path: Path) -> Manifest:
    """Write the archive of `database` (a Django DATABASES entry) and `media_root` to `path`."""
    engine = engine_of(database)
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as work:
        dump = Path(work) / (SQLITE_FILE if engine == "sqlite" else POSTGRES_FILE)
        counts = _sqlite_backup(database, dump) if engine == "sqlite" else _postgres_dump(database, dump)
        files = _checksums(media_root)
        manifest = Manifest(
            created_at=timezone.now().isoformat(),
            engine=engine,
            database_file=dump.name,
            database_sha256=_sha256(dump),
            counts={table: count for table, count in counts.items() if table != "django_migrations"},
            media=files,
            migrations=counts["django_migrations"],
        )
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, manifest.as_json())
            archive.add(dump, arcname=dump.name)
            for name in files:
                archive.add(media_root / name, arcname=f"{MEDIA}/{name}")
        partial.replace(path)  # never a half-written archive under the final name
    return manifest


def backup_restore(*, path: Path, database: dict, media_root: Path) -> Manifest:
    """Put the archive at `path` back into `database` and `media_root`, both empty, and check that every table
    has its rows and every file its bytes."""
    engine = engine_of(database)
    with tarfile.open(path, "r:gz") as archive:
        manifest = Manifest.from_json(archive.extractfile(MANIFEST).read())
        if manifest.engine != engine:
            raise BackupError(f"This archive holds a {manifest.engine} database; the target is {engine}.")
        if _table_names(database):
            raise BackupError("The target database is not empty: restore only into an empty database.")
        if media_root.exists() and any(media_root.iterdir()):
            raise BackupError(f"The media folder {media_root} is not empty: restore only into an empty folder.")
        with tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
            archive.extractall(work, filter="data")
            dump = Path(work) / manifest.database_file
            if _sha256(dump) != manifest.database_sha256:
                raise BackupError("The database file in the archive is damaged: its checksum differs.")
            if engine == "sqlite":
                _sqlite_restore(dump, database)
            else:
                _postgres_restore(dump, database)
            media_root.mkdir(parents=True, exist_ok=True)
            source = Path(work) / MEDIA
            if source.exists():
                shutil.copytree(source, media_root, dirs_exist_ok=True)
    differences = backup_compare(manifest, database=database, media_root=media_root)
    if differences:
        raise BackupError("The restore does not match the backup: " + "; ".join(differences))
    return manifest


def backup_compare(manifest: Manifest, *, database: dict, media_root: Path) -> list[str]:
    """What differs between the manifest and a database and media folder: nothing, after a good restore."""
    counts = _counts(database, [*manifest.counts, "django_migrations"])
    differences = [
        f"{table}: {count} rows, {counts.get(table)} now"
        for table, count in manifest.counts.items()
        if counts.get(table) != count
    ]
    if counts.get("django_migrations") != manifest.migrations:
        differences.append("the applied migrations differ")
    files = _checksums(media_root)
    differences += [
        f"{name}: missing or changed" for name, digest in manifest.media.items() if files.get(name) != digest
    ]
    return differences


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(content), int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(content))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _checksums(root: Path) -> dict:
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): _sha256(path)
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


# SQLite: the online backup API copies a consistent database while the site keeps running.


def _sqlite_connect(name) -> sqlite3.Connection:
    """A file, or an in-memory database shared by URI (Django's test databases)."""
    return sqlite3.connect(name, uri=str(name).startswith("file:"))


def _sqlite_backup(database: dict, target: Path) -> dict:
    source = _sqlite_connect(database["NAME"])
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        return _count_tables(copy.cursor(), tables(), quote='"')
    finally:
        copy.close()
        source.close()


def _sqlite_restore(dump: Path, database: dict) -> None:
    target = Path(database["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    restored = sqlite3.connect(target)
    copy = sqlite3.connect(dump)
    try:
        copy.backup(restored)
    finally:
        copy.close()
        restored.close()


# PostgreSQL: the counts and pg_dump read one exported snapshot, so the manifest describes exactly what was dumped.


def _conninfo(database: dict) -> dict:
    return {
        "dbname": database["NAME"],
        "user": database.get("USER") or None,
        "password": database.get("PASSWORD") or None,
        "host": database.get("HOST") or None,
        "port": database.get("PORT") or None,
    }


def _libpq_environment(database: dict) -> dict:
    names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD", "dbname": "PGDATABASE"}
    values = {names[key]: str(value) for key, value in _conninfo(database).items() if value}
    return {**os.environ, **values}


def _run(command: list[str], database: dict) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client).")
    # The arguments come from the settings and a path this module made, never from a request.
    result = subprocess.run(command, env=_libpq_environment(database), capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def _postgres_dump(database: dict, target: Path) -> dict:
    with psycopg.connect(**_conninfo(database)) as connection:
        cursor = connection.cursor()
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = cursor.execute("SELECT pg_export_snapshot()").fetchone()[0]
        counts = _count_tables(cursor, tables(), quote='"')
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target}",
            ],
            database,
        )
    return counts


def _postgres_restore(dump: Path, database: dict) -> None:
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={database['NAME']}",
            str(dump),
        ],
        database,
    )


def _count_tables(cursor, names: list[str], quote: str) -> dict:
    counts = {}
    for name in names:
        cursor.execute(f"SELECT COUNT(*) FROM {quote}{name}{quote}")  # noqa: S608 - names come from the models
        counts[name] = cursor.fetchone()[0]
    return counts


def _counts(database: dict, names: list[str]) -> dict:
    present = set(_table_names(database))
    wanted = [name for name in names if name in present]
    if engine_of(database) == "sqlite":
        connection = _sqlite_connect(database["NAME"])
        try:
            return _count_tables(connection.cursor(), wanted, quote='"')
        finally:
            connection.close()
    with psycopg.connect(**_conninfo(database)) as connection:
        return _count_tables(connection.cursor(), wanted, quote='"')


def _table_names(database: dict) -> list[str]:
    if engine_of(database) == "sqlite":
        if not str(database["NAME"]).startswith("file:") and not Path(database["NAME"]).exists():
            return []
        connection = _sqlite_connect(database["NAME"])
        try:
            rows = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            return [row[0] for row in rows]
        finally:
            connection.close()
    with psycopg.connect(**_conninfo(database)) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return [row[0] for row in rows]
