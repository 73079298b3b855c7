"""The client's address behind the site's proxies: believed only through proxies the settings trust."""

import pytest
from django.test import Client

from accounts.clients import client_behind_proxies

CDN, NGINX = "203.0.113.10", "10.0.0.1"


@pytest.fixture
def two_hops(settings):
    """A CDN in front of nginx in front of the app: both trusted."""
    settings.TRUSTED_PROXIES = [NGINX, "203.0.113.0/24"]


def test_with_two_trusted_hops_the_client_is_the_address_before_them(two_hops):
    # The resident's browser made up the first entry; the CDN appended the resident, nginx appended the CDN.
    assert client_behind_proxies(NGINX, f"1.2.3.4, 36.85.1.1, {CDN}") == "36.85.1.1"


def test_a_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored(two_hops):
    assert client_behind_proxies("36.85.9.9", "1.2.3.4") == "36.85.9.9"


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_behind_proxies(NGINX, "36.85.1.1") == NGINX


def test_a_malformed_hop_stops_the_walk_at_the_last_trusted_proxy(two_hops):
    assert client_behind_proxies(NGINX, "36.85.1.1, <script>") == NGINX
    assert client_behind_proxies(NGINX, "") == NGINX


def test_networks_are_trusted_as_a_whole(two_hops):
    assert client_behind_proxies("203.0.113.77", "36.85.1.1") == "36.85.1.1"


@pytest.mark.django_db
def test_every_request_carries_the_client_in_remote_addr(home, two_hops):
    response = Client().get("/", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=f"36.85.1.1, {CDN}")

    assert response.wsgi_request.META["REMOTE_ADDR"] == "36.85.1.1"
    assert response.wsgi_request.META["PORTAL_PROXY_ADDR"] == NGINX
