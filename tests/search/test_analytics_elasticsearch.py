"""The complaint analytics index without a cluster: its mapping, the exact request sent and reading the answer.

Only the Elasticsearch client's `search` call is replaced: the cluster is outside the system.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from unittest import mock
from uuid import UUID

import pytest
from elasticsearch import ConnectionError as ElasticsearchConnectionError

from feedback.complaints import services
from feedback.complaints.analytics import ComplaintFigures, DatabaseComplaintAnalytics, resolution_days
from feedback.models import Complaint, Privacy
from search import analytics
from search.analytics import ElasticsearchComplaintAnalytics, analytics_index_complaint, analytics_rebuild
from search.documents import ComplaintRecord
from tests.factories import (
    ComplaintCategoryFactory,
    UnitPageFactory,
    file_complaint,
)

IDENTITY = {"name": "Yosef Matulessy", "email": "yosef@example.com", "phone": "0813 5555 0101"}
COUNTED_FIELDS = {
    "unit": {"type": "keyword"},
    "category": {"type": "keyword"},
    "status": {"type": "keyword"},
    "submitted_at": {"type": "date"},
    "month": {"type": "keyword"},
    "resolution_days": {"type": "double"},
}
AGGREGATIONS = {
    "by_unit": {"terms": {"field": "unit", "size": 1000}},
    "by_category": {"terms": {"field": "category", "size": 1000}},
    "by_status": {"terms": {"field": "status", "size": 1000}},
    "by_month": {"terms": {"field": "month", "size": 1000}},
    "resolution_days": {"percentiles": {"field": "resolution_days", "percents": [50, 90]}},
}
CANNED_RESPONSE = {
    "took": 3,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {"total": {"value": 4, "relation": "eq"}, "max_score": None, "hits": []},
    "aggregations": {
        "by_unit": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [{"key": "5b0e6a4e-0000-4000-8000-000000000001", "doc_count": 3}],
        },
        "by_category": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [{"key": "7", "doc_count": 3}, {"key": "12", "doc_count": 1}],
        },
        "by_status": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [
                {"key": "selesai", "doc_count": 2},
                {"key": "didisposisi", "doc_count": 1},
                {"key": "diajukan", "doc_count": 1},
            ],
        },
        "by_month": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [{"key": "2026-02", "doc_count": 3}, {"key": "2026-01", "doc_count": 1}],
        },
        "resolution_days": {"values": {"50.0": 2.25, "90.0": 9.849999904632568}},
    },
}


@pytest.fixture
def elasticsearch(settings):
    """An address for the client; nothing listens there, so every call that is not replaced fails."""
    settings.ELASTICSEARCH_URL = "http://elasticsearch.invalid:9200"
    settings.SEARCH_ANALYTICS_INDEX = "portal-complaints"
    return analytics.client()


def test_the_record_mapping_is_strict_and_holds_only_the_counted_fields():
    assert ComplaintRecord._doc_type.mapping.to_dict() == {"dynamic": "strict", "properties": COUNTED_FIELDS}
    assert ComplaintRecord._index.to_dict() == {
        "settings": {"number_of_shards": 1},
        "mappings": {"dynamic": "strict", "properties": COUNTED_FIELDS},
    }


def test_the_query_for_all_years_asks_for_counts_and_percentiles_only():
    assert analytics.figures_query(None) == {"size": 0, "track_total_hits": True, "aggs": AGGREGATIONS}


def test_the_query_for_one_year_filters_on_the_citys_calendar_year():
    assert analytics.figures_query(2026) == {
        "size": 0,
        "track_total_hits": True,
        "query": {
            "bool": {
                "filter": [
                    {"range": {"submitted_at": {"gte": "2026-01-01", "lt": "2027-01-01", "time_zone": "Asia/Jayapura"}}}
                ]
            }
        },
        "aggs": AGGREGATIONS,
    }


def test_the_query_for_one_unit_filters_on_its_translation_key():
    key = UUID("5b0e6a4e-0000-4000-8000-000000000001")

    assert analytics.figures_query(None, key) == {
        "size": 0,
        "track_total_hits": True,
        "query": {"bool": {"filter": [{"term": {"unit": "5b0e6a4e-0000-4000-8000-000000000001"}}]}},
        "aggs": AGGREGATIONS,
    }


def test_the_query_for_one_unit_in_one_year_filters_on_both():
    filed_in_2026 = {"gte": "2026-01-01", "lt": "2027-01-01", "time_zone": "Asia/Jayapura"}

    assert analytics.figures_query(2026, "5b0e6a4e-0000-4000-8000-000000000001") == {
        "size": 0,
        "track_total_hits": True,
        "query": {
            "bool": {
                "filter": [
                    {"range": {"submitted_at": filed_in_2026}},
                    {"term": {"unit": "5b0e6a4e-0000-4000-8000-000000000001"}},
                ]
            }
        },
        "aggs": AGGREGATIONS,
    }


def test_the_figures_are_read_from_one_aggregation_request(elasticsearch, db):
    with mock.patch.object(elasticsearch, "search", return_value=mock.Mock(body=CANNED_RESPONSE)) as search:
        counted = ElasticsearchComplaintAnalytics().figures(year=2026)

    search.assert_called_once()
    assert search.call_args.kwargs["index"] == ["portal-complaints"]
    assert search.call_args.kwargs["body"] == analytics.figures_query(2026)
    assert search.call_args.kwargs["body"]["aggs"] == AGGREGATIONS
    assert counted == ComplaintFigures(
        total=4,
        by_unit={"5b0e6a4e-0000-4000-8000-000000000001": 3},
        by_category={7: 3, 12: 1},
        by_status={"selesai": 2, "didisposisi": 1, "diajukan": 1},
        by_month={"2026-02": 3, "2026-01": 1},
        resolution_p50=Decimal("2.3"),
        resolution_p90=Decimal("9.8"),
    )


def test_a_units_figures_are_asked_for_with_its_unit_filter(elasticsearch, db):
    key = UUID("5b0e6a4e-0000-4000-8000-000000000001")

    with mock.patch.object(elasticsearch, "search", return_value=mock.Mock(body=CANNED_RESPONSE)) as search:
        ElasticsearchComplaintAnalytics().figures(unit_key=key)

    assert search.call_args.kwargs["body"] == analytics.figures_query(None, key)
    assert search.call_args.kwargs["body"]["query"] == {"bool": {"filter": [{"term": {"unit": str(key)}}]}}


def test_an_empty_index_has_no_percentiles(elasticsearch, db):
    empty = {
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "aggregations": {
            **{name: {"buckets": []} for name in ("by_unit", "by_category", "by_status", "by_month")},
            "resolution_days": {"values": {"50.0": None, "90.0": None}},
        },
    }

    with mock.patch.object(elasticsearch, "search", return_value=mock.Mock(body=empty)):
        assert ElasticsearchComplaintAnalytics().figures() == ComplaintFigures(total=0)


def test_when_elasticsearch_fails_the_database_counts(elasticsearch, category, verifier):
    services.complaint_route(complaint=file_complaint(category).complaint, by=verifier)
    failure = ElasticsearchConnectionError("Connection refused")

    with mock.patch.object(elasticsearch, "search", side_effect=failure) as search:
        counted = ElasticsearchComplaintAnalytics().figures()

    search.assert_called_once()
    assert counted == DatabaseComplaintAnalytics().figures()
    assert counted.total == 1


def test_when_elasticsearch_fails_the_database_counts_the_units_complaints_only(elasticsearch, category, verifier):
    other_unit = UnitPageFactory(parent=category.unit.get_parent(), slug="dinas-kesehatan")
    services.complaint_route(complaint=file_complaint(category).complaint, by=verifier)
    services.complaint_route(complaint=file_complaint(ComplaintCategoryFactory(unit=other_unit)).complaint, by=verifier)
    failure = ElasticsearchConnectionError("Connection refused")

    with mock.patch.object(elasticsearch, "search", side_effect=failure):
        counted = ElasticsearchComplaintAnalytics().figures(unit_key=category.unit.translation_key)

    assert counted == DatabaseComplaintAnalytics().figures(unit_key=category.unit.translation_key)
    assert (counted.total, counted.by_unit) == (1, {str(category.unit.translation_key): 1})


def test_a_record_holds_nothing_personal_even_of_a_confidential_complaint(category, verifier):
    filed = file_complaint(
        category, privacy=Privacy.CONFIDENTIAL, latitude="-3.695500", longitude="128.181400", **IDENTITY
    )
    complaint = services.complaint_route(complaint=filed.complaint, by=verifier)
    complaint = services.complaint_reply(complaint=complaint, message="Sudah ditangani.", by=verifier)
    complaint = services.complaint_accept(complaint=complaint)
    Complaint.objects.filter(pk=complaint.pk).update(
        submitted_at=datetime(2026, 1, 31, 20, tzinfo=UTC), closed_at=datetime(2026, 2, 3, 8, tzinfo=UTC)
    )
    complaint = Complaint.objects.select_related("unit").get(pk=complaint.pk)

    record = ComplaintRecord.from_complaint(complaint)

    assert record.meta.id == complaint.pk
    assert record.to_dict() == {
        "unit": str(category.unit.translation_key),
        "category": str(category.pk),
        "status": "selesai",
        "submitted_at": datetime(2026, 1, 31, 20, tzinfo=UTC),
        "month": "2026-02",  # already 1 February in Ambon
        "resolution_days": 2.5,
    }
    stored = repr(record.to_dict())
    for personal in (
        complaint.title,
        complaint.description,
        complaint.place,
        complaint.tracking_code,
        "128.1814",
        *IDENTITY.values(),
    ):
        assert personal not in stored


def test_an_unresolved_complaint_has_no_resolution_time_and_before_routing_no_unit(category):
    complaint = file_complaint(category).complaint

    record = ComplaintRecord.from_complaint(complaint).to_dict()

    assert set(record) == {"category", "status", "submitted_at", "month"}
    assert resolution_days(complaint.submitted_at, complaint.submitted_at + timedelta(hours=30)) == 1.25


def test_without_elasticsearch_indexing_does_nothing(settings, category):
    settings.ELASTICSEARCH_URL = ""
    complaint = file_complaint(category).complaint

    with mock.patch.object(analytics, "_connect") as connect:
        assert analytics_rebuild() == 0
        assert analytics_index_complaint(complaint.pk) is None

    connect.assert_not_called()
