"""What another city's app reads over HTTP: georeport's client in JSON and in the specification's XML, discovery,
and the keys an administrator issues in the admin."""

import re

import pytest
import xmltodict
from django.test import Client
from django.urls import reverse
from georeport import GeoReport

from feedback.complaints import services
from open311.models import ApiClient
from tests.accounts.factories import second_factor_set_up
from tests.factories import ComplaintCategoryFactory, file_complaint


@pytest.mark.django_db(transaction=True)
def test_georeport_reads_services_and_requests_in_json_and_in_xml(live_server, category, unit, verifier):
    ComplaintCategoryFactory(unit=unit)
    complaint = services.complaint_route(complaint=file_complaint(category).complaint, unit=unit, by=verifier)

    for fmt in ("json", "xml"):
        client = GeoReport(f"{live_server.url}/open311/v2", output_format=fmt)
        listed = client.get_service_list()
        requests = client.get_service_requests(status="open")
        one = client.get_service_request(complaint.tracking_code)

        assert len(listed) == 2 and {service["group"] for service in listed} == {unit.title}, fmt
        assert str(category.pk) in {service["service_code"] for service in listed}, fmt
        assert one["service_request_id"] == complaint.tracking_code and one["status"] == "open", fmt
        found = requests if isinstance(requests, list) else [requests]  # XML: one request is not a list
        assert [request["service_request_id"] for request in found] == [complaint.tracking_code], fmt


@pytest.mark.django_db
def test_discovery_names_the_endpoint_and_its_formats(client):
    as_json = client.get("/open311/v2/discovery.json").json()
    as_xml = xmltodict.parse(client.get("/open311/v2/discovery.xml").content)["discovery"]

    endpoint = as_json["endpoints"][0]
    assert endpoint["url"] == "http://testserver/open311/v2/"
    assert endpoint["formats"] == ["application/json", "text/xml"]
    assert as_xml["endpoints"]["endpoint"]["formats"]["format"] == ["application/json", "text/xml"]
    assert client.get("/open311/v2/").url.endswith("discovery.json")


@pytest.mark.django_db
def test_errors_come_in_the_specifications_xml_too(client):
    response = client.get("/open311/v2/requests/ADU-TIDAK-ADA.xml")

    assert response.status_code == 404
    assert xmltodict.parse(response.content)["errors"]["error"]["code"] == "404"


@pytest.mark.django_db
def test_an_administrator_adds_a_client_sees_its_key_once_and_revokes_it(admin_user, category):
    second_factor_set_up(admin_user)
    admin = Client()
    admin.force_login(admin_user)

    response = admin.post(
        reverse("wagtailsnippets_open311_apiclient:add"),
        {"name": "Call centre 112", "contact": "cc@ambon.go.id", "hourly_limit": "100", "active": "on"},
        follow=True,
    )

    message = next(str(m) for m in response.context["messages"])
    key = re.search(r"ditampilkan sekarang: ([\w-]{43})\b", message)[1]
    app = ApiClient.objects.get(name="Call centre 112")
    assert ApiClient.authenticated(key) == app and key not in (app.key_hash, app.key_prefix)
    assert key not in admin.get(reverse("wagtailsnippets_open311_apiclient:edit", args=[app.pk])).content.decode()

    admin.post(
        reverse("wagtailsnippets_open311_apiclient:edit", args=[app.pk]),
        {"name": app.name, "contact": app.contact, "hourly_limit": "100"},
    )
    assert ApiClient.authenticated(key) is None


@pytest.mark.django_db
def test_a_post_to_a_read_only_address_is_a_405_in_the_specifications_format():
    response = Client(enforce_csrf_checks=True).post("/open311/v2/services.json", {"api_key": "x"})

    assert response.status_code == 405
    assert response.json() == [{"code": 405, "description": "Alamat ini hanya melayani GET."}]
