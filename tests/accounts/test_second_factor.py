"""Staff accounts guard identities: a second factor before any staff screen, one login page with a lock after
repeated wrong passwords, per account and per client address."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.test import Client
from django.urls import reverse

from tests.accounts.factories import PASSWORD, ResidentFactory, UserFactory, totp_code
from tests.accounts.test_signup import log_in, logged_in_user_id
from tests.factories import VerifierFactory, verifier_group_ensure

pytestmark = pytest.mark.django_db

INBOX = reverse("feedback_complaints")


@pytest.fixture
def new_verifier(home):
    """A verifier the administrator has just made: password only, no second factor yet."""
    user = UserFactory(username="verifikator.baru")
    user.groups.add(verifier_group_ensure())
    return user


def code_step(client, code):
    return client.post("/akun/2fa/authenticate/", {"code": code})


def test_a_verifier_without_a_second_factor_is_sent_to_set_one_up_before_the_inbox(client, new_verifier):
    assert log_in(client, "verifikator.baru").status_code == 302
    assert logged_in_user_id(client) == str(new_verifier.pk)  # nothing to ask yet: the password was all there was

    response = client.get(INBOX)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    confirm = client.get(response["Location"], follow=True)  # changing security settings asks the password again
    assert confirm.redirect_chain[-1][0].startswith("/akun/reauthenticate/")
    assert "memerlukan faktor kedua" in confirm.content.decode()


def test_the_verifier_sets_up_an_authenticator_app_and_then_logs_in_with_its_code(client, new_verifier):
    log_in(client, "verifikator.baru")
    client.post("/akun/reauthenticate/", {"password": PASSWORD})
    setup = client.get(reverse("mfa_activate_totp"))
    secret = setup.context["form"].secret

    assert client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)}).status_code == 302
    assert client.get(INBOX).status_code == 200
    assert Authenticator.objects.filter(user=new_verifier, type=Authenticator.Type.RECOVERY_CODES).exists()

    again = Client()
    assert log_in(again, "verifikator.baru")["Location"] == "/akun/2fa/authenticate/"
    assert again.get(INBOX).status_code == 302  # the password alone opens nothing
    assert code_step(again, totp_code(secret)).status_code == 302
    assert again.get(INBOX).status_code == 200


def test_a_wrong_code_is_refused(client, home):
    VerifierFactory(username="verifikator")
    log_in(client, "verifikator")

    response = code_step(client, "000000")

    assert response.status_code == 200
    assert logged_in_user_id(client) is None
    assert "Kode salah." in response.content.decode()


def test_each_recovery_code_works_once(home):
    verifier = VerifierFactory(username="verifikator")
    first, second = RecoveryCodes.activate(verifier).generate_codes()[:2]

    for code in (first, second):
        client = Client()
        log_in(client, "verifikator")
        assert code_step(client, code).status_code == 302
        assert client.get(INBOX).status_code == 200

    reused = Client()
    log_in(reused, "verifikator")
    assert code_step(reused, first).status_code == 200
    assert logged_in_user_id(reused) is None


def test_residents_are_never_asked_for_a_second_factor(client, home):
    resident = ResidentFactory(email="maria@example.com")

    assert log_in(client, "maria@example.com")["Location"] == "/"
    assert logged_in_user_id(client) == str(resident.pk)


def test_the_admins_own_login_page_sends_everyone_to_the_one_login_page_and_checks_no_password(client, home):
    VerifierFactory(username="verifikator")

    shown = client.get("/admin/login/?next=/admin/pages/")
    sent = client.post("/admin/login/", {"username": "verifikator", "password": PASSWORD})

    assert shown.status_code == 302
    assert shown["Location"] == "/akun/login/?next=/admin/pages/"
    assert sent.status_code == 302
    assert logged_in_user_id(client) is None
    assert client.get("/admin/")["Location"].startswith("/akun/login/")


def test_ten_wrong_passwords_lock_the_account_with_a_translated_429(client, home, settings):
    VerifierFactory(username="verifikator")
    for _ in range(settings.LOGIN_FAILURES_PER_ACCOUNT):
        assert log_in(client, "verifikator", password="salah-sekali-1").status_code == 200

    locked = log_in(client, "verifikator")  # the right password, too late

    assert locked.status_code == 429
    assert "Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti." in locked.content.decode()
    assert logged_in_user_id(client) is None
    english = client.post("/en/akun/login/", {"login": "verifikator", "password": PASSWORD})
    assert "Too many failed login attempts. Try again later." in english.content.decode()
    # The lock is the account's: the same address still logs another account in.
    ResidentFactory(email="maria@example.com")
    assert log_in(client, "maria@example.com").status_code == 302


def test_the_lock_is_per_client_address_too(home, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/15m/ip,10/15m/key"}
    ResidentFactory(email="maria@example.com")
    guesser = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="36.85.6.6")
    for number in range(3):
        log_in(guesser, f"akun{number}@example.com", password="salah-sekali-1")

    assert log_in(guesser, "maria@example.com").status_code == 429
    neighbour = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="36.85.7.7")  # behind the same proxy
    assert log_in(neighbour, "maria@example.com").status_code == 302
