"""The complaint analytics index against a real cluster: the same figures as the database.

Runs when ELASTICSEARCH_URL names a cluster (Elasticsearch 8.9 or later, whose percentiles are exact over few
values), in an index of its own that it deletes afterwards; skipped otherwise.
"""

import logging
import os
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from feedback.complaints import services
from feedback.complaints.analytics import DatabaseComplaintAnalytics
from feedback.models import Complaint, Privacy, RejectionReason
from search import analytics
from search.analytics import ElasticsearchComplaintAnalytics, analytics_index_complaint, analytics_rebuild
from tests.factories import ComplaintCategoryFactory, UnitIndexPageFactory, UnitPageFactory, file_complaint

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="needs an Elasticsearch cluster: set ELASTICSEARCH_URL"
)


@pytest.fixture
def index(settings):
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.SEARCH_ANALYTICS_INDEX = f"portal-complaints-test-{uuid.uuid4().hex[:12]}"
    yield settings.SEARCH_ANALYTICS_INDEX
    analytics.client().options(ignore_status=404).indices.delete(index=settings.SEARCH_ANALYTICS_INDEX)


@pytest.fixture
def categories(home):
    parent = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    return [ComplaintCategoryFactory(unit=UnitPageFactory(parent=parent, slug=slug)) for slug in ("pupr", "dinkes")]


@pytest.fixture
def complaints(categories, verifier):
    """Complaints in every status, two years, both units, confidential too, resolved after different times."""
    first, second = categories
    start = datetime(2025, 12, 31, 16, tzinfo=UTC)  # 1 January 2026 01:00 in Ambon
    for number, days in enumerate((0.5, 1.25, 2.3, 2.4, 9, 30)):
        filed = file_complaint(categories[number % 2], privacy=Privacy.CONFIDENTIAL if number == 1 else Privacy.PUBLIC)
        routed = services.complaint_route(complaint=filed.complaint, by=verifier)
        replied = services.complaint_reply(complaint=routed, message="Sudah ditangani.", by=verifier)
        resolved = services.complaint_accept(complaint=replied)
        submitted_at = start + timedelta(days=17 * number)
        Complaint.objects.filter(pk=resolved.pk).update(
            submitted_at=submitted_at, closed_at=submitted_at + timedelta(days=days)
        )
    late_in_2025 = services.complaint_route(complaint=file_complaint(second).complaint, by=verifier)
    Complaint.objects.filter(pk=late_in_2025.pk).update(submitted_at=start - timedelta(hours=2))  # 23:00 in Ambon
    file_complaint(first)
    services.complaint_reject(
        complaint=file_complaint(second).complaint, reason=RejectionReason.NOT_CITY_AUTHORITY, by=verifier
    )


def elasticsearch_figures(year=None, unit_key=None):
    return ElasticsearchComplaintAnalytics().figures(year=year, unit_key=unit_key)


def test_after_a_rebuild_the_index_gives_the_databases_figures(index, complaints, categories, caplog):
    caplog.set_level(logging.WARNING, logger="search.analytics")

    assert analytics_rebuild() == Complaint.objects.count() == 9

    for year in (None, 2025, 2026):
        assert elasticsearch_figures(year) == DatabaseComplaintAnalytics().figures(year=year)
    for category in categories:
        unit_key = category.unit.translation_key
        for year in (None, 2026):
            expected = DatabaseComplaintAnalytics().figures(year=year, unit_key=unit_key)
            assert elasticsearch_figures(year, unit_key) == expected
    assert elasticsearch_figures().resolution_p50 is not None
    assert not caplog.records  # the figures came from Elasticsearch, not from the fallback


def test_indexing_one_complaint_follows_its_changes_and_its_removal(index, complaints, categories, verifier, caplog):
    caplog.set_level(logging.WARNING, logger="search.analytics")
    analytics_rebuild()
    waiting = Complaint.objects.get(status="diajukan")
    services.complaint_route(complaint=waiting, by=verifier)
    analytics_index_complaint(waiting.pk)
    late = file_complaint(categories[0]).complaint
    analytics_index_complaint(late.pk)
    gone = Complaint.objects.get(status="ditolak")
    analytics_index_complaint(gone.pk)
    Complaint.objects.filter(pk=gone.pk).delete()
    analytics_index_complaint(gone.pk)
    analytics.client().indices.refresh(index=index)

    assert elasticsearch_figures() == DatabaseComplaintAnalytics().figures()
    assert elasticsearch_figures().total == 9
    assert not caplog.records
