"""How long logins last: staff sessions end when idle and after a working day; logging out or changing the password
ends the account's other sessions."""

import time

import pytest
from django.test import Client
from django.urls import reverse

from accounts.sessions import LAST_SEEN, STARTED
from tests.accounts.factories import PASSWORD, ResidentFactory
from tests.accounts.test_signup import log_in, logged_in_user_id
from tests.factories import VerifierFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("feedback_complaints")


def staff_client(user) -> Client:
    client = Client()
    client.force_login(user)
    assert client.get(INBOX).status_code == 200
    return client


def age_session(client, key, seconds):
    session = client.session
    session[key] = time.time() - seconds
    session.save()


def test_an_idle_staff_session_ends(home, settings):
    client = staff_client(VerifierFactory())
    age_session(client, LAST_SEEN, settings.STAFF_SESSION_IDLE_MINUTES * 60 + 5)

    response = client.get(INBOX)

    assert response.status_code == 302
    assert response["Location"] == f"/akun/login/?next={INBOX}"
    assert logged_in_user_id(client) is None


def test_a_staff_session_in_use_lasts_until_the_end_of_the_working_day(home, settings):
    client = staff_client(VerifierFactory())
    age_session(client, LAST_SEEN, settings.STAFF_SESSION_IDLE_MINUTES * 60 - 60)
    assert client.get(INBOX).status_code == 200

    age_session(client, STARTED, settings.STAFF_SESSION_MAX_HOURS * 3600 + 5)

    assert client.get(INBOX).status_code == 302
    assert logged_in_user_id(client) is None


def test_a_staff_sessions_cookie_ends_with_the_idle_time(home, settings):
    client = staff_client(VerifierFactory())

    assert client.session.get_expiry_age() == settings.STAFF_SESSION_IDLE_MINUTES * 60


def test_a_residents_session_is_not_cut_short(home, settings):
    client = Client()
    resident = ResidentFactory()
    client.force_login(resident)
    client.get("/")
    age_session(client, LAST_SEEN, settings.STAFF_SESSION_IDLE_MINUTES * 60 + 5)

    client.get("/")

    assert logged_in_user_id(client) == str(resident.pk)


def test_logging_out_ends_the_accounts_sessions_on_other_devices(home):
    ResidentFactory(email="maria@example.com")
    laptop, phone = Client(), Client()
    log_in(laptop, "maria@example.com")
    log_in(phone, "maria@example.com")

    laptop.post("/akun/logout/")

    assert logged_in_user_id(laptop) is None
    assert logged_in_user_id(phone) is None
    assert phone.get("/akun/nama/").status_code == 302  # to the login page


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(home):
    resident = ResidentFactory(email="maria@example.com")
    laptop, phone = Client(), Client()
    log_in(laptop, "maria@example.com")
    log_in(phone, "maria@example.com")

    changed = laptop.post(
        "/akun/password/change/",
        {"oldpassword": PASSWORD, "password1": "sagu-baru-2026-panjang", "password2": "sagu-baru-2026-panjang"},
    )

    assert changed.status_code == 302
    assert laptop.get("/akun/nama/").status_code == 200
    assert phone.get("/akun/nama/").status_code == 302
    resident.refresh_from_db()
    assert resident.check_password("sagu-baru-2026-panjang")
