"""The search tests' Elasticsearch: the backends as the settings make them with ELASTICSEARCH_URL, talking to a
recorded node (tests/search/recorded_elasticsearch.py) instead of a cluster."""

import runpy

import pytest
from django.test import override_settings

import portal.settings.base
from tests.search.recorded_elasticsearch import RecordedNode, Recording, exchanges


@pytest.fixture
def recording():
    RecordedNode.recording = Recording(exchanges())
    yield RecordedNode.recording
    RecordedNode.recording = None


@pytest.fixture
def elasticsearch(monkeypatch, recording):
    """The backends as the settings make them with ELASTICSEARCH_URL, talking to the recorded node."""
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://elasticsearch.invalid:9200")
    monkeypatch.delenv("ELASTICSEARCH_INDEX_PREFIX", raising=False)
    backends = runpy.run_path(portal.settings.base.__file__)["WAGTAILSEARCH_BACKENDS"]
    backends["default"]["OPTIONS"] = {"node_class": RecordedNode, "max_retries": 0}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield recording
