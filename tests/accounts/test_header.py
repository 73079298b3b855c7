import pytest

from tests.accounts.factories import ResidentFactory

pytestmark = pytest.mark.django_db


def header(response) -> str:
    html = response.content.decode()
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def test_visitors_see_log_in_and_sign_up_links_in_their_language(client, home, english):
    indonesian_header = header(client.get("/"))
    assert 'href="/akun/login/?next=/">Masuk</a>' in indonesian_header
    assert 'href="/akun/signup/?next=/">Daftar</a>' in indonesian_header
    english_header = header(client.get("/en/"))
    assert 'href="/en/akun/login/?next=/en/">Log in</a>' in english_header
    assert 'href="/en/akun/signup/?next=/en/">Sign up</a>' in english_header


def test_the_account_links_come_back_to_the_page_but_not_to_an_account_page(client, home):
    """The page they were followed from: back there after logging in, or after confirming a new address."""
    assert 'href="/akun/signup/">Daftar</a>' in header(client.get("/akun/login/"))


def test_a_logged_in_resident_sees_their_name_and_a_log_out_button(client, home):
    client.force_login(ResidentFactory(profile__display_name="Maria <b>L.</b>"))

    html = header(client.get("/"))

    assert '<a class="account-links__name" href="/akun/nama/">Maria &lt;b&gt;L.&lt;/b&gt;</a>' in html
    assert '<form method="post" action="/akun/logout/">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'href="/akun/login/"' not in html


def test_staff_without_a_profile_see_their_full_name(client, health_staff):
    client.force_login(health_staff)

    assert ">Yosef Latumahina</a>" in header(client.get("/"))
