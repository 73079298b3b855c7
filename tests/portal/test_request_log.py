"""One JSON line per request, with the request id the response also carries: status, time, the kind of user, and a
path whose secrets are replaced; never an address, an account or a query string."""

import json
import logging

import pytest

from portal.request_log import redacted

pytestmark = pytest.mark.django_db


def logged(caplog) -> dict:
    [record] = [record for record in caplog.records if record.name == "portal.requests"]
    return json.loads(record.getMessage())


def request_lines(caplog) -> str:
    return " ".join(record.getMessage() for record in caplog.records if record.name == "portal.requests")


def test_each_request_is_one_json_line_with_its_id_and_no_personal_data(client, home, caplog):
    secret = "Zx9kQ2mP7vL4nR8tW1yB5cD3"
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        response = client.get(f"/informasi-publik/permohonan/INF-AB12-CD34/{secret}/?nama=Nona", REMOTE_ADDR="10.1.2.3")

    line = logged(caplog)
    assert response["X-Request-ID"] == line["request_id"] and len(line["request_id"]) == 32
    assert line == {
        "request_id": line["request_id"],
        "method": "GET",
        "path": "/informasi-publik/permohonan/INF-AB12-CD34/…/",
        "status": 404,
        "ms": line["ms"],
        "user": "anonymous",
    }
    assert secret not in request_lines(caplog) and "Nona" not in request_lines(caplog)
    assert "10.1.2.3" not in request_lines(caplog)


def test_a_proxys_request_id_is_kept_and_a_staff_member_is_named_only_as_staff(client, home, caplog, verifier):
    client.force_login(verifier)
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        response = client.get("/", HTTP_X_REQUEST_ID="nginx-7f3a9c01")

    line = logged(caplog)
    assert (response["X-Request-ID"], line["request_id"], line["user"]) == ("nginx-7f3a9c01", "nginx-7f3a9c01", "staff")
    assert verifier.username not in request_lines(caplog)


def test_secret_like_segments_go_and_words_stay():
    assert redacted("/pengaduan/lacak/ADU-7K2M/ikuti/aB3dE5fG7hJ9kL1mN3pQ/") == "/pengaduan/lacak/ADU-7K2M/ikuti/…/"
    assert redacted("/informasi-publik/daftar/dinas-kependudukan-dan-pencatatan-sipil/") == (
        "/informasi-publik/daftar/dinas-kependudukan-dan-pencatatan-sipil/"
    )
