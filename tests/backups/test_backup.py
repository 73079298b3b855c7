"""A backup of the demo site restores elsewhere with every row of every table and every media file, on SQLite and
on PostgreSQL; a restore refuses a database that is not empty and a damaged archive, and writes nothing then. One
test, because backing up the demo's media is what takes the time."""

import io
import tarfile
import uuid
from pathlib import Path

import psycopg
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from backups import archive
from backups.archive import BackupError, Manifest, backup_compare, backup_restore

pytestmark = pytest.mark.django_db(transaction=True)  # pg_dump reads what is committed


@pytest.fixture
def elsewhere(tmp_path):
    """An empty database of the same engine as the tests' (dropped afterwards), and an empty media folder."""
    target = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        target["NAME"] = str(tmp_path / "restored.sqlite3")
        yield target, tmp_path / "media"
        return
    target["NAME"] = f"portal_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(**archive._conninfo({**target, "NAME": "postgres"}), autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{target["NAME"]}"')
        try:
            yield target, tmp_path / "media"
        finally:
            server.execute(f'DROP DATABASE "{target["NAME"]}" WITH (FORCE)')


def damaged_copy(path: Path) -> Path:
    """The archive with some bytes in the middle of its database file changed, as a bad disk or copy would."""
    damaged = path.with_name("damaged.tar.gz")
    with tarfile.open(path) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            content = source.extractfile(member).read()
            if member.name.startswith("database."):
                middle = len(content) // 2
                content = (
                    content[:middle]
                    + bytes(byte ^ 0xFF for byte in content[middle : middle + 64])
                    + content[middle + 64 :]
                )
            target.addfile(member, io.BytesIO(content))
    return damaged


def test_the_demo_backed_up_restores_elsewhere_with_every_row_and_file(demo, elsewhere, tmp_path, capsys):
    database, media = elsewhere
    path = tmp_path / "portal.tar.gz"

    call_command("backup", output=str(path))
    assert "media files" in capsys.readouterr().out
    with tarfile.open(path) as contents:
        written = Manifest.from_json(contents.extractfile(archive.MANIFEST).read())
    with pytest.raises(BackupError, match="damaged"):
        backup_restore(path=damaged_copy(path), database=database, media_root=media)
    assert not archive._table_names(database)  # nothing half-restored
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(path))  # over the running site
    restored = backup_restore(path=path, database=database, media_root=media)

    assert restored == written
    assert {model._meta.db_table for model in apps.get_models()} <= set(written.counts)
    assert written.counts["feedback_complaint"] >= 300 and written.counts["ppid_publicinformation"] > 200
    assert written.media and all((media / name).is_file() for name in written.media)
    assert backup_compare(written, database=database, media_root=media) == []
    assert backup_compare(written, database=database, media_root=tmp_path / "elsewhere") != []  # it can fail
    assert Path(settings.MEDIA_ROOT).exists()
