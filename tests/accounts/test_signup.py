import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts.models import Profile
from tests.accounts.factories import PASSWORD, ResidentFactory

pytestmark = pytest.mark.django_db

VERIFICATION_LINK = re.compile(r"http://testserver(/\S*akun/confirm-email/\S+/)")


def sign_up(client, prefix="", **fields):
    data = {
        "email": "maria@example.com",
        "display_name": "Maria L.",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "website": "",
        **fields,
    }
    return client.post(f"{prefix}/akun/signup/", data)


def log_in(client, login, password=PASSWORD, prefix=""):
    return client.post(f"{prefix}/akun/login/", {"login": login, "password": password})


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def test_signing_up_creates_the_account_with_its_display_name_and_sends_one_verification_email(
    client, home, mailoutbox
):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == "/akun/confirm-email/"
    user = get_user_model().objects.get(email="maria@example.com")
    assert user.username  # allauth made one up
    assert user.profile.display_name == "Maria L."
    assert EmailAddress.objects.get(user=user).verified is False
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["maria@example.com"]
    assert email.subject == "[Portal Kota Ambon] Mohon Konfirmasi Alamat Surel Anda"
    assert "Untuk mengonfirmasi kebenarannya, kunjungi http://testserver/akun/confirm-email/" in email.body
    assert "Maria L." in email.body


def test_signing_up_in_english_sends_the_verification_email_in_english(client, home, english, mailoutbox):
    response = sign_up(client, prefix="/en")

    assert response.status_code == 302
    assert response["Location"] == "/en/akun/confirm-email/"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == "[Portal Kota Ambon] Please Confirm Your Email Address"
    assert "To confirm this is correct, go to http://testserver/en/akun/confirm-email/" in mailoutbox[0].body


def test_the_verification_link_verifies_the_address_and_then_the_resident_logs_in_by_email(client, home, mailoutbox):
    sign_up(client)
    link = VERIFICATION_LINK.search(mailoutbox[0].body).group(1)

    page = client.get(link)
    assert page.status_code == 200
    assert "Konfirmasi Alamat Surel" in page.content.decode()
    confirmed = client.post(link)

    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/akun/login/"
    assert EmailAddress.objects.get(email="maria@example.com").verified is True
    response = log_in(client, "maria@example.com")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert logged_in_user_id(client) == str(get_user_model().objects.get(email="maria@example.com").pk)


def test_a_resident_cannot_log_in_before_verifying_the_address(client, home, mailoutbox):
    sign_up(client)
    mailoutbox.clear()

    response = log_in(client, "maria@example.com")

    assert response.status_code == 302
    assert response["Location"] == "/akun/confirm-email/"
    assert logged_in_user_id(client) is None
    assert mailoutbox == []  # the link went out moments ago; allauth waits 3 minutes before sending it again


def test_a_filled_in_honeypot_is_refused_with_a_400_and_no_account(client, home, mailoutbox):
    response = sign_up(client, website="https://spam.example")

    assert response.status_code == 400
    assert 'class="site-header"' in response.content.decode()
    assert not get_user_model().objects.exists()
    assert mailoutbox == []


def test_the_honeypot_is_hidden_off_screen_and_labelled(client, home):
    html = client.get("/akun/signup/").content.decode()

    trap = html[html.index('class="complaint-form__trap"') :]
    assert 'aria-hidden="true"' in html
    assert 'name="website"' in trap[: trap.index("</div>")]
    assert 'tabindex="-1"' in trap[: trap.index("</div>")]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"display_name": ""}, "display_name"),
        ({"display_name": "   "}, "display_name"),
        ({"display_name": "M"}, "display_name"),
        ({"display_name": "x" * 61}, "display_name"),
        ({"password2": "another-password-2"}, "password2"),
        ({"email": "not-an-address"}, "email"),
    ],
)
def test_an_invalid_signup_shows_the_errors_and_creates_nothing(client, home, mailoutbox, fields, field):
    response = sign_up(client, **fields)

    assert response.status_code == 200  # allauth's form view answers a bound form with 200
    assert response.context["form"].errors[field]
    assert 'aria-invalid="true"' in response.content.decode()
    assert not get_user_model().objects.exists()
    assert mailoutbox == []


def test_an_address_already_in_use_creates_no_second_account_and_tells_its_owner(client, home, mailoutbox):
    ResidentFactory(email="maria@example.com")

    response = sign_up(client)

    assert response.status_code == 302  # no hint to the visitor that the address has an account
    assert get_user_model().objects.filter(email="maria@example.com").count() == 1
    assert Profile.objects.count() == 1
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["maria@example.com"]


def test_too_many_signups_from_one_address_get_the_translated_429_page(client, home, settings):
    settings.ACCOUNT_RATE_LIMITS = {"signup": "1/m/ip"}
    sign_up(client)

    response = sign_up(client, email="other@example.com")

    assert response.status_code == 429
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert '<html lang="id">' in html
    assert get_user_model().objects.count() == 1


def test_a_resident_who_signed_up_from_a_page_returns_to_it_after_confirming_and_logging_in(client, home, mailoutbox):
    sign_up(client, next="/forum/topik/12/")
    link = re.search(r"http://testserver(/akun/confirm-email/\S+)", mailoutbox[0].body).group(1)
    assert link.endswith("?next=%2Fakun%2Flogin%2F%3Fnext%3D%252Fforum%252Ftopik%252F12%252F")

    page = client.get(link).content.decode()
    assert 'name="next" value="/akun/login/?next=%2Fforum%2Ftopik%2F12%2F"' in page  # the form carries it on
    confirmed = client.post(link.split("?")[0], {"next": "/akun/login/?next=%2Fforum%2Ftopik%2F12%2F"})

    assert confirmed["Location"] == "/akun/login/?next=%2Fforum%2Ftopik%2F12%2F"
    logged_in = client.post(confirmed["Location"], {"login": "maria@example.com", "password": PASSWORD})
    assert logged_in["Location"] == "/forum/topik/12/"


def test_a_start_page_on_another_site_is_not_carried_into_the_verification_link(client, home, mailoutbox):
    sign_up(client, next="https://phishing.example/akun/login/")

    link = VERIFICATION_LINK.search(mailoutbox[0].body).group(1)
    assert "next" not in mailoutbox[0].body and "phishing" not in mailoutbox[0].body
    assert client.post(link)["Location"] == "/akun/login/"
