"""The security audit log: what is written, by the real flows, and who may read it."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from accounts import audit
from accounts.admin_views import auditor_group_ensure
from accounts.models import SecurityEvent
from tests.accounts.factories import PASSWORD, ResidentFactory, UserFactory, second_factor_set_up, totp_code
from tests.accounts.test_signup import log_in
from tests.factories import VerifierFactory, verifier_group_ensure

pytestmark = pytest.mark.django_db(transaction=True)  # emails go out when the login commits

Kind = SecurityEvent.Kind
AUDIT = reverse("security_audit")
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/131", "REMOTE_ADDR": "36.85.1.1"}


def kinds() -> list[str]:
    return list(SecurityEvent.objects.order_by("pk").values_list("kind", flat=True))


@pytest.fixture
def auditor(home):
    user = UserFactory(username="inspektur")
    user.groups.add(auditor_group_ensure())
    second_factor_set_up(user)
    client = Client()
    client.force_login(user)
    return client


def test_a_staff_members_login_flow_is_logged_with_the_client_address(home, mailoutbox):
    user = UserFactory(username="verifikator.baru")
    user.groups.add(verifier_group_ensure())
    client = Client(**BROWSER)
    log_in(client, "verifikator.baru", password="salah-sekali-1")
    log_in(client, "verifikator.baru")
    client.post("/akun/reauthenticate/", {"password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    client.post(reverse("mfa_generate_recovery_codes"))
    client.post("/akun/logout/")

    assert kinds() == [
        Kind.GROUPS_CHANGED,
        Kind.LOGIN_FAILED,
        Kind.LOGIN,
        Kind.SECOND_FACTOR_ADDED,
        Kind.RECOVERY_CODES_RENEWED,
        Kind.LOGOUT,
    ]
    login = SecurityEvent.objects.get(kind=Kind.LOGIN)
    assert (login.username, login.address, login.user_agent) == (
        "verifikator.baru",
        "36.85.1.1",
        BROWSER["HTTP_USER_AGENT"],
    )
    assert SecurityEvent.objects.get(kind=Kind.LOGIN_FAILED).username == "verifikator.baru"
    assert "salah-sekali-1" not in str(list(SecurityEvent.objects.values()))
    # allauth's own notification tells the account its second factor changed; the new browser gets one too.
    subjects = [message.subject for message in mailoutbox if message.to == [user.email]]
    assert any("Aplikasi Autentikator Diaktifkan" in subject for subject in subjects)
    assert any("Login baru ke akun petugas Anda" in subject for subject in subjects)


def test_a_removed_second_factor_a_password_change_and_a_lock_are_logged(home, settings):
    resident = ResidentFactory(email="maria@example.com")
    second_factor_set_up(resident)
    owner = Client()
    owner.force_login(resident)
    owner.post("/akun/reauthenticate/", {"password": PASSWORD})
    assert owner.post(reverse("mfa_deactivate_totp")).status_code == 302
    owner.post(
        "/akun/password/change/",
        {"oldpassword": PASSWORD, "password1": "sagu-baru-2026-panjang", "password2": "sagu-baru-2026-panjang"},
    )
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "30/15m/ip,2/15m/key"}
    guesser = Client()
    for _ in range(3):
        log_in(guesser, "maria@example.com", password="salah-sekali-1")

    assert {Kind.SECOND_FACTOR_REMOVED, Kind.PASSWORD_CHANGED, Kind.LOGIN_LOCKED} <= set(kinds())
    assert SecurityEvent.objects.get(kind=Kind.LOGIN_LOCKED).username == "maria@example.com"


def test_a_staff_member_is_told_of_a_login_from_a_new_browser_only(home, mailoutbox):
    verifier = VerifierFactory(username="verifikator")
    for _ in range(2):
        client = Client(**BROWSER)
        log_in(client, "verifikator")
        client.post("/akun/2fa/authenticate/", {"code": totp_code(verifier.totp_secret)})
        SecurityEvent.objects.filter(kind=Kind.LOGIN).update(at=SecurityEvent.objects.first().at)  # same browser
    resident = Client(**BROWSER)
    ResidentFactory(email="maria@example.com")
    log_in(resident, "maria@example.com")

    assert [message.to for message in mailoutbox] == [[verifier.email]]
    assert "36.85.1.1" in mailoutbox[0].body and "Android" in mailoutbox[0].body


def test_the_log_lists_every_kind_filters_and_downloads_and_cannot_be_changed(auditor):
    user = ResidentFactory(username="warga.maria")
    for kind in Kind:
        audit.record(kind, user=user, detail="=HYPERLINK(1)")
    audit.record(Kind.LOGIN_FAILED, username="orang.lain")

    page = auditor.get(AUDIT)
    html = page.content.decode()
    assert page.status_code == 200
    assert all(str(label) in html for _kind, label in Kind.choices)
    assert [event.username for event in auditor.get(AUDIT, {"akun": "orang"}).context["page"]] == ["orang.lain"]
    assert len(auditor.get(AUDIT, {"jenis": Kind.LOGIN, "akun": "warga"}).context["page"]) == 1
    assert auditor.get(AUDIT, {"dari": "1900-01-01"}).status_code == 400
    download = auditor.get(AUDIT, {"jenis": Kind.IDENTITY_VIEWED, "format": "csv"})
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[0] == ["waktu", "peristiwa", "akun", "alamat", "peramban", "rincian"]
    assert rows[1][1:3] == [Kind.IDENTITY_VIEWED, "warga.maria"] and rows[1][5] == "'=HYPERLINK(1)"
    assert auditor.post(AUDIT).status_code == 405


def test_the_log_is_a_404_for_everyone_but_administrators_and_the_inspektorat(home):
    verifier = VerifierFactory()
    client = Client()
    client.force_login(verifier)

    assert client.get(AUDIT).status_code == 404
    assert AUDIT not in client.get(reverse("wagtailadmin_home")).content.decode()
