import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from accounts.admin_views import AUDITOR_GROUP, auditor_group_ensure
from accounts.second_factor import authenticator_app_set_up, is_staff_account
from accounts.services import profile_create
from demo.complaints import (
    build_categories,
    build_complaints,
    build_complaints_page,
    build_reply_templates,
    build_resident_voices,
)
from demo.forum import build_forum
from demo.home import build_home, build_information_pages
from demo.pages import english_locale
from demo.ppid import PPID, account_groups, build_ppid, build_ppid_offices
from demo.tables import table
from demo.training import build_training
from demo.units import build_dashboard, build_reports_and_review, build_units
from feedback.complaints.access import VERIFIER_GROUP, verifier_group_ensure
from feedback.forum.access import MODERATOR_GROUP, moderator_group_ensure
from open311.models import ApiClient
from reports.models import UnitPage
from search.signals import paused as search_sync_paused
from training.services import ORGANISER_GROUP

RESIDENTS = [
    ("warga.maria", "maria@contoh.id", "Maria Latuheru"),
    ("warga.yosef", "yosef@contoh.id", "Yosef Pattinama"),
    ("warga.nona", "nona@contoh.id", "Nona Tuhumury"),
    ("warga.promo", "promo@contoh.id", "Toko Sehat Promo"),
]

TRAINING_PARTICIPANTS = [  # the unit staff first: they write their units' follow-ups
    "petugas.pertanian",
    "petugas.dinkes",
    "petugas.dlhp",
    "editor.dinkes",
    "verifikator",
    "reviu.organisasi",
    "moderator.kominfo",
    "inspektur",
]
STAFF_NAMES = {  # fictitious, like the heads of units
    "petugas.dlhp": ("Rina", "Sahetapy"),
    "petugas.dinkes": ("Johan", "Pattiasina"),
    "petugas.pertanian": ("Sarah", "Matulessy"),
    "pelatihan.bkpsdm": ("Marthen", "Souisa"),
    "moderator.kominfo": ("Dewi", "Lekatompessy"),
}


class Command(BaseCommand):
    help = "Build the Ambon demo site (pages, units, reports, complaints, staff accounts, images). Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE), search_sync_paused():
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
            self._ensure_user("petugas.pertanian", "petugas.pertanian@ambon.go.id", groups=["Petugas Distan"])
            self._complaint_officers()
            auditor_group_ensure()
            self._ensure_user("inspektur", "inspektorat@ambon.go.id", groups=[AUDITOR_GROUP])
            organiser = self._ensure_user("pelatihan.bkpsdm", "pelatihan@ambon.go.id", groups=[ORGANISER_GROUP])
            categories = build_categories(index)
            build_reply_templates(categories)
            build_complaints(categories, staff=verifier)
            accounts = self._forum_accounts()
            build_forum(home, index, accounts)
            build_resident_voices(accounts, verifier=verifier)
            build_training(home, index, self._training_participants(), organiser=organiser)
            build_ppid_offices(index)
            build_ppid(home, index, self._ppid_accounts())
            self._open311_client()
        call_command("rebuild_search", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def _open311_client(self) -> None:
        """An application allowed to file complaints through Open311 (demo/data/staff.json), its key shown once."""
        row = table("staff")["open311_client"]
        if ApiClient.objects.filter(name=row["name"]).exists():
            self.stdout.write(f"Open311 client '{row['name']}' exists; its key is unchanged.")
            return
        app = ApiClient(name=row["name"], contact=row["contact"], hourly_limit=row["hourly_limit"])
        key = app.issue_key()
        app.save()
        self.stdout.write(
            self.style.WARNING(
                f"Open311 client created: file complaints at /open311/v2/requests.json with api_key={key}\n"
                "This is shown only now."
            )
        )

    def _complaint_officers(self) -> None:
        """An officer in the staff group of each further unit that receives complaints (demo/data/staff.json), so that
        no category routes complaints to a unit with nobody to answer them: Dinas PUPR first, for damaged roads."""
        for officer in table("staff")["officers"]:
            unit = UnitPage.objects.canonical().get(slug=officer["unit"])
            username = officer["username"]
            self._ensure_user(username, f"{username}@ambon.go.id", groups=[unit.staff_group.name])
            first_name, last_name = officer["name"]
            get_user_model().objects.filter(username=username, first_name="").update(
                first_name=first_name, last_name=last_name
            )

    def _training_participants(self) -> list:
        """The demo's civil servants, who attended and evaluated BKPSDM's past sessions."""
        users = get_user_model().objects.in_bulk(TRAINING_PARTICIPANTS, field_name="username")
        return [users[username] for username in TRAINING_PARTICIPANTS]

    def _ppid_accounts(self) -> dict:
        """The PPID Utama's officer and its superior (the Sekretaris Daerah), and Dinas Kesehatan's."""
        accounts = {}
        for account in PPID["accounts"]:
            username = account["username"]
            accounts[username] = self._ensure_user(username, account["email"], groups=account_groups(account))
            first_name, last_name = account["name"]
            get_user_model().objects.filter(username=username, first_name="").update(
                first_name=first_name, last_name=last_name
            )
        return accounts

    def _forum_accounts(self) -> dict:
        """Residents who signed up and verified their address, two units' staff and a Diskominfo moderator."""
        moderator_group_ensure()
        accounts = {
            username: self._ensure_user(username, email, display_name=name) for username, email, name in RESIDENTS
        }
        accounts["petugas.dlhp"] = self._ensure_user("petugas.dlhp", "petugas.dlhp@ambon.go.id")
        accounts["petugas.dinkes"] = self._ensure_user(
            "petugas.dinkes", "petugas.dinkes@ambon.go.id", groups=["Petugas Dinkes"]
        )
        accounts["moderator.kominfo"] = self._ensure_user(
            "moderator.kominfo", "moderasi@ambon.go.id", groups=[MODERATOR_GROUP]
        )
        for username, (first_name, last_name) in STAFF_NAMES.items():
            get_user_model().objects.filter(username=username, first_name="").update(
                first_name=first_name, last_name=last_name
            )
            if username in accounts:
                accounts[username].refresh_from_db()
        return accounts

    def _ensure_user(self, username, email, *, groups=(), superuser=False, display_name=""):
        """A demo account with a generated password, shown once; never a fixed password.

        With a display name it is a resident's account: its address verified, as after signing up.
        """
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
        if display_name:
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            profile_create(user=user, display_name=display_name)
        second_factor = ""
        if is_staff_account(user):
            secret = authenticator_app_set_up(user)
            second_factor = (
                f"\nIts second factor: add the key {secret} to an authenticator app (time-based, 6 digits), "
                "which then shows the code to give after the password."
            )
        self.stdout.write(
            self.style.WARNING(
                f"Account created. Log in at /akun/login/ as '{username}' with password: {password}{second_factor}\n"
                "This is shown only now."
            )
        )
        return user
