"""Write one archive of the site: the database and every media file, with a manifest of row counts and checksums
(backups/archive.py). Run it from cron (deploy/crontab) and copy the archives off the machine."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from backups.archive import BackupError, backup_write


class Command(BaseCommand):
    help = "Back up the database and the media files into one archive with a manifest of counts and checksums."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="The archive to write (default: BACKUP_DIR/portal-<time>.tar.gz).")

    def handle(self, *args, output=None, **options):
        path = Path(output) if output else Path(settings.BACKUP_DIR) / f"portal-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            manifest = backup_write(
                database=connections[DEFAULT_DB_ALIAS].settings_dict, media_root=Path(settings.MEDIA_ROOT), path=path
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest.counts.values())
        self.stdout.write(
            f"{path}: {manifest.engine} database, {rows} rows in {len(manifest.counts)} tables, "
            f"{len(manifest.media)} media files."
        )
