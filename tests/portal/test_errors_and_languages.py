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
def test_the_500_page_is_translated_and_stands_alone(client, settings):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        english = render_to_string("500.html")
    with translation.override("id"):
        indonesian = render_to_string("500.html")
    assert "Something went wrong" in english
    assert "Terjadi kesalahan" in indonesian
    assert 'href="/en/"' in english


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
