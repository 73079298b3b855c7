"""Open311 is driven by third-party GeoReport clients: civicbot's Open311Client over a transport that hands its
HTTP requests to Django's test client (no server needed; the client builds every URL, query and form, and reads
every answer), and georeport's GeoReport over real HTTP against the live server."""

import urllib.parse

import pytest
from civicbot.http import HttpError, HttpTransport, RateLimiter
from civicbot.open311 import Open311Client
from civicbot.registry import Endpoint
from django.test import Client

from feedback.models import ComplaintCategory
from open311.models import ApiClient
from tests.factories import ComplaintCategoryFactory

BASE_URL = "http://testserver/open311/v2"


class DjangoTransport(HttpTransport):
    """civicbot's transport, with Django's test client where urllib would open a connection."""

    def __init__(self):
        super().__init__(rate_limiter=RateLimiter(min_interval=0))
        self.client = Client()
        self.responses = []  # every raw answer, for the privacy checks

    def _open(self, request) -> bytes:
        url = urllib.parse.urlsplit(request.full_url)
        path = url.path + (f"?{url.query}" if url.query else "")
        if request.get_method() == "POST":
            response = self.client.post(
                path, request.data, content_type=request.headers.get("Content-type", "application/octet-stream")
            )
        else:
            response = self.client.get(path)
        self.responses.append(response)
        if response.status_code >= 400:
            raise HttpError(response.status_code, request.full_url, response.content.decode())
        return response.content


@pytest.fixture
def transport():
    return DjangoTransport()


@pytest.fixture
def open311(transport) -> Open311Client:
    endpoint = Endpoint(id="ambon", name="Kota Ambon", base_url=BASE_URL, write=True)
    return Open311Client(endpoint, transport=transport)


@pytest.fixture
def app_key(db) -> tuple[ApiClient, str]:
    """A registered application and its key, as the admin shows it once."""
    app = ApiClient(name="Aplikasi LAPOR Maluku", contact="dev@lapor-maluku.example", hourly_limit=5)
    key = app.issue_key()
    app.save()
    return app, key


@pytest.fixture
def other_category(unit) -> ComplaintCategory:
    return ComplaintCategoryFactory(unit=unit, name="Pungutan liar", name_en="Illegal levies", allows_anonymous=False)
