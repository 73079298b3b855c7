"""Bring an archive of `manage.py backup` back into an empty database and an empty media folder, then check that
every table has its rows and every file its bytes (backups/archive.py). Run `migrate` only after: the archive holds
the schema too."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from backups.archive import BackupError, backup_restore


class Command(BaseCommand):
    help = "Restore an archive of `manage.py backup` into an empty database and media folder, and verify it."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive written by `manage.py backup`.")

    def handle(self, *args, archive, **options):
        connection = connections[DEFAULT_DB_ALIAS]
        connection.close()  # the restore writes the database through its own connection
        try:
            manifest = backup_restore(
                path=Path(archive), database=connection.settings_dict, media_root=Path(settings.MEDIA_ROOT)
            )
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the backup of {manifest.created_at}: {sum(manifest.counts.values())} rows in "
            f"{len(manifest.counts)} tables and {len(manifest.media)} media files, every one checked."
        )
