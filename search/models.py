"""The portal's search documents: one row for each public thing a resident can find, in each language.

Pages, units, reports, indicators, forum threads and public complaints differ in shape, and a resident wants
them in one list with one set of facets. So `search.sources` turns each of them into documents of one shape,
built from the text their own `search_fields` name; Wagtail's search backend (the database or Elasticsearch)
indexes these documents. Whatever is not public never becomes a document: `search.sources` decides that.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from modelsearch import index


class Kind(models.TextChoices):
    PAGE = "page", _("Page")
    UNIT = "unit", _("Government unit")
    REPORT = "report", _("Performance report")
    INDICATOR = "indicator", _("Indicator")
    THREAD = "thread", _("Forum thread")
    COMPLAINT = "complaint", _("Public complaint")
    TRAINING = "training", _("ASN training programme")
    INFORMATION = "information", _("Public information list entry")


class SearchDocumentQuerySet(models.QuerySet):
    def of(self, source):
        """The documents built from one page, unit, report, thread or complaint."""
        source_type = ContentType.objects.get_for_model(source, for_concrete_model=False)
        return self.filter(source_type=source_type, source_id=source.pk)


class SearchDocument(index.Indexed, models.Model):
    source_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    source_id = models.PositiveBigIntegerField()
    part = models.CharField(
        max_length=40, blank=True, help_text="Tells apart documents of one source, e.g. indicators."
    )
    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    unit_key = models.UUIDField(null=True, blank=True, help_text="The translation key of the unit concerned.")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    tags = models.CharField(max_length=300, blank=True, help_text="Space-separated tag slugs.")

    objects = SearchDocumentQuerySet.as_manager()

    search_auto_update = False  # search.services indexes documents in the same background task that builds them
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("id"),  # the tag facet filters by the tagged documents' ids; date order breaks ties by id
        index.FilterField("language"),
        index.FilterField("kind"),
        index.FilterField("unit_key"),
        index.FilterField("year"),
        index.FilterField("date"),
        index.FilterField("tag_list"),  # for Elasticsearch's tag facet; the database counts SearchDocumentTag
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id", "part", "language"], name="one_document_per_part"
            )
        ]
        indexes = [models.Index(fields=["source_type", "source_id"])]

    def __str__(self):
        return self.title

    @property
    def tag_list(self) -> list[str]:
        return self.tags.split()


class SearchDocumentTag(models.Model):
    """A document's tags one per row, so that the database can count them for the tag facet."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="tag_rows")
    tag = models.CharField(max_length=100, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "tag"], name="one_row_per_document_tag")]

    def __str__(self):
        return self.tag


class IndexVersion(models.Model):
    """A number that changes whenever the documents or their index change, so that searches cached before a
    change are not served after it (search.selectors). One row."""

    number = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return str(self.number)

    @classmethod
    def current(cls) -> int:
        return cls.objects.filter(pk=1).values_list("number", flat=True).first() or 0

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=1, defaults={"number": 1})
