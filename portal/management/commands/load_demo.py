import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import build_home, build_information_pages
from portal.demo import english_locale
from reports.demo import build_units


class Command(BaseCommand):
    help = "Build the Ambon demo site (pages, units, images, an administrator). Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            english_locale()
            home = build_home()
            build_units(home)
            build_information_pages(home)
        self._ensure_admin()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def _ensure_admin(self):
        """A demo administrator with a generated password, shown once; never a fixed password."""
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write(
                "Administrator 'admin' exists; its password is unchanged (manage.py changepassword admin)."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@ambon.go.id", password)
        self.stdout.write(
            self.style.WARNING(
                f"Administrator created. Log in at /admin/ as 'admin' with password: {password}\n"
                "This password is shown only now."
            )
        )
