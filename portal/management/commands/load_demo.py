import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from feedback.access import VERIFIER_GROUP, verifier_group_ensure
from feedback.demo import build_categories, build_complaints, build_complaints_page
from home.demo import build_home, build_information_pages
from portal.demo import english_locale
from reports.demo import build_dashboard, build_reports_and_review, build_units


class Command(BaseCommand):
    help = "Build the Ambon demo site (pages, units, reports, complaints, staff accounts, images). Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            english_locale()
            home = build_home()
            index = build_units(home)
            build_dashboard(home)
            build_complaints_page(home)
            build_information_pages(home)
            self._ensure_user("admin", "admin@ambon.go.id", superuser=True)
            editor = self._ensure_user("editor.dinkes", "editor.dinkes@ambon.go.id", groups=["Editor Laporan Dinkes"])
            self._ensure_user("reviu.organisasi", "organisasi@ambon.go.id", groups=["Bagian Organisasi"])
            build_reports_and_review(index, editor=editor)
            verifier_group_ensure()
            verifier = self._ensure_user("verifikator", "pengaduan@ambon.go.id", groups=[VERIFIER_GROUP])
            self._ensure_user("petugas.dlhp", "petugas.dlhp@ambon.go.id", groups=["Petugas DLHP"])
            build_complaints(build_categories(index), staff=verifier)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def _ensure_user(self, username, email, *, groups=(), superuser=False):
        """A demo account with a generated password, shown once; never a fixed password."""
        User = get_user_model()
        existing = User.objects.filter(username=username).first()
        if existing is not None:
            self.stdout.write(f"Account '{username}' exists; its password is unchanged (manage.py changepassword).")
            return existing
        password = secrets.token_urlsafe(12)
        if superuser:
            user = User.objects.create_superuser(username, email, password)
        else:
            user = User.objects.create_user(username, email, password)
            user.groups.set([Group.objects.get_or_create(name=name)[0] for name in groups])
        self.stdout.write(
            self.style.WARNING(
                f"Account created. Log in at /admin/ as '{username}' with password: {password}\n"
                "This password is shown only now."
            )
        )
        return user
