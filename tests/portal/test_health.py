"""The load balancer's probes: `/healthz` answers without touching anything; `/readyz` names each dependency as ok or
failing, answers 503 when one fails, never says why to the public, and no cache keeps either."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from worker.models import Heartbeat


def test_healthz_answers_without_the_database(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")  # no database access here, and any load balancer's host

    assert (response.status_code, response.content) == (200, b"ok\n")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_names_each_dependency_and_is_not_cached(client, settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["immediate"], "QUEUES": settings.TASK_QUEUES}}

    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-store" in response["Cache-Control"] and "X-Page-Cache" not in response


@pytest.mark.django_db
def test_readyz_is_503_when_no_worker_beats_and_says_no_more_than_that(client, settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"], "QUEUES": settings.TASK_QUEUES}}

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json() == {"status": "not ready", "checks": {"database": "ok", "cache": "ok", "tasks": "failing"}}
    now = timezone.now()
    Heartbeat.objects.create(worker_id="w1", hostname="app-1", pid=4242, queues="default", started_at=now, beat_at=now)
    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_fails_and_names_no_error(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("connection to server at 127.0.0.1 port 5432 refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/readyz")
    monkeypatch.undo()

    assert response.status_code == 503 and response.json()["checks"]["database"] == "failing"
    assert b"5432" not in response.content and b"refused" not in response.content


@pytest.mark.django_db
def test_readyz_names_elasticsearch_down_as_degraded_but_keeps_the_server_in(client, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["immediate"], "QUEUES": settings.TASK_QUEUES}}
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens: connection refused

    response = client.get("/readyz")

    assert response.status_code == 200  # the search page answers from the database meanwhile
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "ok", "elasticsearch": "failing"},
    }


def test_readyz_is_503_when_postgresql_is_not_running():
    """A server whose PostgreSQL is stopped (nothing listens on its port), in a process of its own."""
    probe = "import django; django.setup(); from django.test import Client; r = Client().get('/readyz'); "
    probe += "print(r.status_code, r.content.decode())"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:9/portal",  # the discard port: connection refused
    }
    root = Path(__file__).resolve().parents[2]

    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", probe], env=environment, cwd=root, capture_output=True, text=True, timeout=120
    )

    status, body = done.stdout.split(" ", 1)
    assert (status, json.loads(body)) == (
        "503",
        {"status": "not ready", "checks": {"database": "failing", "cache": "ok"}},
    )
    assert "127.0.0.1" not in body and "refused" not in body
