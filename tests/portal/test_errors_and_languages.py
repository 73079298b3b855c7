import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "heading", "lang"),
    [
        ("/tidak-ada-halaman-ini/", "Halaman tidak ditemukan", "id"),
        ("/en/no-such-page/", "Page not found", "en"),
        ("/perangkat-daerah/tidak-ada/", "Halaman tidak ditemukan", "id"),
    ],
)
def test_unknown_urls_get_the_styled_404_in_the_visitors_language(client, home, url, heading, lang):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert heading in html
    assert f'<html lang="{lang}">' in html
    assert "/static/css/portal.css" in html
    assert 'class="skip-link"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/EN/", "/en-gb/", "/xx/", "/en/%ff%fe/", "/id/", "/en//", "/%C0%AF/", "/en-/"])
def test_malformed_language_prefixes_do_not_crash(client, home, url):
    response = client.get(url)
    assert response.status_code in {200, 301, 302, 404}


@pytest.mark.django_db
@pytest.mark.urls("tests.portal.failing_urls")
@pytest.mark.parametrize(("url", "heading"), [("/gagal/", "Terjadi kesalahan"), ("/en/gagal/", "Something went wrong")])
def test_a_failing_view_shows_the_styled_500_page_in_the_visitors_language(client, url, heading):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == 500
    html = response.content.decode()
    assert heading in html
    assert "a bug in a view" not in html
    assert "/static/css/portal.css" in html
    assert 'class="language-switcher"' in html


@pytest.mark.django_db
def test_public_pages_send_security_headers_and_a_csp_without_inline_script(client, home):
    response = client.get("/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "<script>" not in response.content.decode()
    policy = response["Permissions-Policy"]
    assert "camera=()" in policy and "microphone=()" in policy and "geolocation=(self)" in policy
