"""Every account page answers in both languages, inside the site's own design."""

import re

import pytest

from portal.catalogues import EMAIL_WORD
from tests.accounts.factories import ResidentFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    ("login/", "Masuk", "Sign In"),
    ("signup/", "Daftar", "Sign Up"),
    ("password/reset/", "Reset Kata Sandi", "Password Reset"),
    ("password/reset/done/", "Reset Kata Sandi", "Password Reset"),
    ("password/reset/key/done/", "Ubah Kata Sandi", "Change Password"),
    ("confirm-email/", "Verifikasi Alamat Surel Anda", "Verify Your Email Address"),
    ("confirm-email/not-a-key/", "Konfirmasi Alamat Surel", "Confirm Email Address"),
    ("password/reset/key/1-not-a-key/", "Token Salah", "Bad Token"),
    ("inactive/", "Akun Tidak Aktif", "Account Inactive"),
]
RESIDENT_PAGES = [
    ("nama/", None, "Display name"),
    ("email/", "Alamat Surel", "Email Address"),
    ("password/change/", "Ubah Kata Sandi", "Change Password"),
    ("logout/", "Keluar", "Sign Out"),
]


def assert_in_site_design(response, language, heading):
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert '<header class="site-header">' in html
    assert 'class="site-footer"' in html
    assert "/static/css/portal.css" in html
    assert 'class="account-page"' in html
    if heading:
        assert heading in html
    if language == "id":  # one word for it throughout the site, allauth's pages too
        text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", html, flags=re.DOTALL)
        assert not EMAIL_WORD.search(text), EMAIL_WORD.search(text).string[EMAIL_WORD.search(text).start() - 60 :][:120]


@pytest.mark.parametrize(("path", "indonesian", "english_heading"), PUBLIC_PAGES)
def test_public_account_pages_answer_in_both_languages_in_the_site_design(
    client, home, english, path, indonesian, english_heading
):
    assert_in_site_design(client.get(f"/akun/{path}"), "id", indonesian)
    assert_in_site_design(client.get(f"/en/akun/{path}"), "en", english_heading)


@pytest.mark.parametrize(("path", "indonesian", "english_heading"), RESIDENT_PAGES)
def test_a_residents_account_pages_answer_in_both_languages_in_the_site_design(
    client, home, english, path, indonesian, english_heading
):
    client.force_login(ResidentFactory())

    assert_in_site_design(client.get(f"/akun/{path}"), "id", indonesian)
    assert_in_site_design(client.get(f"/en/akun/{path}"), "en", english_heading)


def test_account_pages_switch_language_to_the_same_page(client, home, english):
    html = client.get("/akun/login/").content.decode()

    assert 'href="/en/akun/login/" lang="en"' in html


def test_the_login_field_says_what_it_takes(client, home):
    assert '<label for="id_login">Nama pengguna atau surel</label>' in client.get("/akun/login/").content.decode()
    assert '<label for="id_login">Username or email</label>' in client.get("/en/akun/login/").content.decode()


def test_account_forms_use_the_sites_form_style(client, home):
    html = client.get("/akun/login/").content.decode()

    assert '<form class="complaint-form account-form" method="post" action="/akun/login/" novalidate>' in html
    assert 'class="button"' in html
    assert "style=" not in html  # the Content-Security-Policy allows no inline style
