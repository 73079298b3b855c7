"""Complaint analytics from Elasticsearch: the figures of `feedback.complaints.analytics`, in one aggregation request.

`settings.COMPLAINT_ANALYTICS` names ElasticsearchComplaintAnalytics when `ELASTICSEARCH_URL` is set. The index
follows the complaints through `analytics_index_complaint`; `analytics_rebuild` fills it afresh.
"""

import logging
from functools import cache
from uuid import UUID

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.helpers import bulk

from feedback.complaints.analytics import PERCENTS, ComplaintFigures, DatabaseComplaintAnalytics, one_decimal
from feedback.models import Complaint
from search.documents import ComplaintRecord, analytics_index_name

logger = logging.getLogger(__name__)

TERMS_SIZE = 1000
"""More buckets than the city has units, categories, statuses or months of complaints: every count is returned."""

AGGREGATED_FIELDS = {"by_unit": "unit", "by_category": "category", "by_status": "status", "by_month": "month"}

_initialised: set[str] = set()


def elasticsearch_url() -> str:
    return getattr(settings, "ELASTICSEARCH_URL", "")


def client() -> Elasticsearch:
    return _connect(elasticsearch_url(), getattr(settings, "ELASTICSEARCH_API_KEY", ""))


@cache
def _connect(url: str, api_key: str) -> Elasticsearch:
    """One client per address, made on first use: importing this module never opens a connection."""
    return Elasticsearch(url, api_key=api_key or None)


class ElasticsearchComplaintAnalytics:
    def figures(self, *, year: int | None = None, unit_key: UUID | str | None = None) -> ComplaintFigures:
        """The figures from the index; from the database, with a warning logged, when Elasticsearch fails.

        A page showing figures should not go down with the analytics cluster.
        """
        try:
            response = _search(year, unit_key).using(client()).execute()
        except (ApiError, TransportError):
            logger.warning("Complaint analytics: Elasticsearch failed, counting in the database", exc_info=True)
            return DatabaseComplaintAnalytics().figures(year=year, unit_key=unit_key)
        return parse_figures(response.to_dict())


def figures_query(year: int | None, unit_key: UUID | str | None = None) -> dict:
    """The body of the figures request: counts and percentiles only, no documents."""
    return _search(year, unit_key).to_dict()


def _search(year: int | None, unit_key: UUID | str | None):
    search = ComplaintRecord.search(index=analytics_index_name()).extra(size=0, track_total_hits=True)
    if year is not None:
        filed_in = {"gte": f"{year}-01-01", "lt": f"{year + 1}-01-01", "time_zone": settings.TIME_ZONE}
        search = search.filter("range", submitted_at=filed_in)
    if unit_key is not None:
        search = search.filter("term", unit=str(unit_key))
    for name, field in AGGREGATED_FIELDS.items():
        search.aggs.bucket(name, "terms", field=field, size=TERMS_SIZE)
    search.aggs.metric("resolution_days", "percentiles", field="resolution_days", percents=list(PERCENTS))
    return search


def parse_figures(body: dict) -> ComplaintFigures:
    """ComplaintFigures from the response body to `figures_query`."""
    aggregations = body["aggregations"]
    counts = {
        name: {bucket["key"]: bucket["doc_count"] for bucket in aggregations[name]["buckets"]}
        for name in AGGREGATED_FIELDS
    }
    percentiles = aggregations["resolution_days"]["values"]
    p50, p90 = (one_decimal(percentiles.get(str(float(percent)))) for percent in PERCENTS)
    return ComplaintFigures(
        total=body["hits"]["total"]["value"],
        by_unit=counts["by_unit"],
        by_category={int(key): count for key, count in counts["by_category"].items()},
        by_status=counts["by_status"],
        by_month=counts["by_month"],
        resolution_p50=p50,
        resolution_p90=p90,
    )


def analytics_index_complaint(complaint_id: int) -> None:
    """Bring one complaint's record up to date, or remove it when the complaint is gone."""
    if not elasticsearch_url():
        return
    es, index = client(), analytics_index_name()
    if index not in _initialised:  # never let a first record create the index with a guessed mapping
        ComplaintRecord.init(index=index, using=es)
        _initialised.add(index)
    complaint = _complaints().filter(pk=complaint_id).first()
    if complaint is None:
        es.options(ignore_status=404).delete(index=index, id=str(complaint_id))
    else:
        ComplaintRecord.from_complaint(complaint).save(using=es, index=index)


def analytics_rebuild() -> int:
    """Delete and recreate the index with its mapping, then index every complaint; returns how many."""
    if not elasticsearch_url():
        return 0
    es, index = client(), analytics_index_name()
    es.options(ignore_status=404).indices.delete(index=index)
    ComplaintRecord.init(index=index, using=es)
    _initialised.add(index)
    records = (ComplaintRecord.from_complaint(complaint) for complaint in _complaints().iterator(chunk_size=2000))
    actions = ({"_index": index, "_id": record.meta.id, "_source": record.to_dict()} for record in records)
    indexed, _errors = bulk(es, actions, refresh=True)
    return indexed


def _complaints():
    return (
        Complaint.objects.select_related("unit")
        .only("status", "category", "submitted_at", "closed_at", "unit__translation_key")
        .order_by("pk")
    )
