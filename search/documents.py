"""The complaint analytics index: one record per complaint, with only what the public figures count.

It is an index of its own (`settings.SEARCH_ANALYTICS_INDEX`), never one of Wagtail's, and its mapping is
strict: a record holds the unit, category, status, dates and resolution time, and Elasticsearch refuses any
other field, so that no title, description, place, coordinates, reporter or tracking code ever lands in it.
"""

from django.conf import settings
from django.utils import timezone
from elasticsearch.dsl import Date, Document, Double, Keyword, MetaField

from feedback.complaints.analytics import RESOLVED_STATUSES, resolution_days

DEFAULT_INDEX = "portal-complaints"


def analytics_index_name() -> str:
    """Read at each use, so that a test or a second deployment can point at another index."""
    return getattr(settings, "SEARCH_ANALYTICS_INDEX", DEFAULT_INDEX)


class ComplaintRecord(Document):
    unit = Keyword()  # the unit page's translation key, the same in every language; absent before routing
    category = Keyword()  # ComplaintCategory id
    status = Keyword()
    submitted_at = Date()
    month = Keyword()  # "YYYY-MM" of filing in the city's time zone, as the database figures group it
    resolution_days = Double()  # calendar days from filing to resolution; absent while unresolved
    # Double, not float: a 32-bit 2.35 is 2.3499999, which would round apart from the database's figure.

    class Meta:
        dynamic = MetaField("strict")

    class Index:
        name = DEFAULT_INDEX
        settings = {"number_of_shards": 1}  # one shard: terms counts are exact, not merged estimates

    @classmethod
    def from_complaint(cls, complaint) -> "ComplaintRecord":
        """The record of a complaint; load it with `select_related("unit")` to spare a query per complaint."""
        resolved = complaint.status in RESOLVED_STATUSES and complaint.closed_at is not None
        return cls(
            meta={"id": complaint.pk},
            unit=str(complaint.unit.translation_key) if complaint.unit_id else None,
            category=str(complaint.category_id),
            status=complaint.status,
            submitted_at=complaint.submitted_at,
            month=f"{timezone.localtime(complaint.submitted_at):%Y-%m}",
            resolution_days=resolution_days(complaint.submitted_at, complaint.closed_at) if resolved else None,
        )
