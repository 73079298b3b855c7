import re

import pytest
from django.contrib.auth import get_user_model

from tests.accounts.factories import PASSWORD, ResidentFactory
from tests.accounts.test_signup import log_in, logged_in_user_id

pytestmark = pytest.mark.django_db

RESET_LINK = re.compile(r"http://testserver(/\S*akun/password/reset/key/\S+/)")


def test_staff_log_in_with_their_username_without_an_email_check_then_their_second_factor(
    client, health_staff, mailoutbox
):
    response = log_in(client, "petugas.dinkes")

    assert response.status_code == 302
    assert response["Location"] == "/akun/2fa/authenticate/"  # not logged in until the code is given
    assert logged_in_user_id(client) is None
    assert mailoutbox == []


def test_a_verified_resident_logs_in_by_email_and_lands_on_the_home_page_of_their_language(client, home, english):
    resident = ResidentFactory(email="maria@example.com")

    response = log_in(client, "MARIA@example.com ", prefix="/en")

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert logged_in_user_id(client) == str(resident.pk)


def test_a_wrong_password_is_refused_with_a_translated_message(client, home):
    ResidentFactory(email="maria@example.com")

    response = log_in(client, "maria@example.com", password="wrong-password-1")

    assert response.status_code == 200
    assert logged_in_user_id(client) is None
    assert "Alamat surel dan/atau kata sandi yang Anda masukkan tidak benar." in response.content.decode()


def test_logging_out_takes_a_post(client, home):
    resident = ResidentFactory()
    client.force_login(resident)

    page = client.get("/akun/logout/")
    assert page.status_code == 200
    assert logged_in_user_id(client) == str(resident.pk)

    response = client.post("/akun/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert logged_in_user_id(client) is None


def test_a_password_reset_email_leads_to_a_new_password_that_logs_in(client, home, mailoutbox):
    ResidentFactory(email="maria@example.com")

    response = client.post("/akun/password/reset/", {"email": "maria@example.com"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == "[Portal Kota Ambon] Surel Penyetelan Ulang Kata Sandi"
    link = RESET_LINK.search(mailoutbox[0].body).group(1)

    form_page = client.get(link, follow=True)  # allauth moves the key out of the address first
    assert form_page.status_code == 200
    set_password = client.post(
        form_page.redirect_chain[-1][0],
        {"password1": "cengkih-pala-2024", "password2": "cengkih-pala-2024"},
    )
    assert set_password.status_code == 302

    assert log_in(client, "maria@example.com", password=PASSWORD).status_code == 200  # refused
    assert log_in(client, "maria@example.com", password="cengkih-pala-2024")["Location"] == "/"
    assert logged_in_user_id(client) == str(get_user_model().objects.get(email="maria@example.com").pk)


def test_a_password_reset_in_english_sends_an_english_email_with_an_english_link(client, home, english, mailoutbox):
    ResidentFactory(email="maria@example.com")

    client.post("/en/akun/password/reset/", {"email": "maria@example.com"})

    assert mailoutbox[0].subject == "[Portal Kota Ambon] Password Reset Email"
    assert RESET_LINK.search(mailoutbox[0].body).group(1).startswith("/en/akun/")


def test_too_many_logins_get_the_429_page(client, home, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "1/m/ip"}
    log_in(client, "maria@example.com")

    response = log_in(client, "maria@example.com", prefix="/en")

    assert response.status_code == 429
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert '<html lang="en">' in html
    assert "Too many requests" in html


def test_logging_in_from_a_page_returns_to_it(client, home):
    ResidentFactory(email="maria@example.com")

    response = client.post(
        "/akun/login/?next=/forum/topik/1/",
        {"login": "maria@example.com", "password": PASSWORD, "next": "/forum/topik/1/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/forum/topik/1/"


def test_a_password_reset_for_an_address_without_an_account_sends_nothing(client, home, mailoutbox):
    response = client.post("/akun/password/reset/", {"email": "bukan.warga@example.com"})

    assert response.status_code == 302  # the same answer as for a real account: nothing to learn from it
    assert mailoutbox == []
