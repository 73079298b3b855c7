"""Indexing one object weighs its new index entries against the index's average title length, kept between
additions rather than read again from every entry each time; a rebuild weighs every entry anew."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends import get_search_backend
from wagtail.search.models import IndexEntry

from ppid.models import PublicInformation
from search.backends.norms import AVERAGE_KEY
from search.models import SearchDocument
from search.services import documents_sync
from tests.ppid.factories import PpidPageFactory, PublicInformationFactory

pytestmark = pytest.mark.django_db


def norm_of(information: PublicInformation) -> float:
    document = SearchDocument.objects.of(information).get(language="id")
    kind = ContentType.objects.get_for_model(SearchDocument)
    return IndexEntry.objects.get(content_type=kind, object_id=str(document.pk)).title_norm


def averages(queries) -> int:
    return sum("AVG(" in query["sql"].upper() for query in queries)


def test_new_entries_are_weighed_with_the_kept_average_and_a_rebuild_weighs_all_anew(home, unit):
    PpidPageFactory(parent=home)
    first = PublicInformationFactory(unit=unit, title="Profil kesehatan")
    second = PublicInformationFactory(unit=unit, title="Data kondisi jalan kota per ruas tahun dua ribu dua lima")
    cache.delete(AVERAGE_KEY)  # as an hour after the last addition, or after a rebuild

    with CaptureQueriesContext(connection) as adding_first:
        documents_sync(model=PublicInformation, pk=first.pk)
    with CaptureQueriesContext(connection) as adding_second:
        documents_sync(model=PublicInformation, pk=second.pk)

    assert (averages(adding_first), averages(adding_second)) == (1, 0)  # the whole index read once, not each time
    assert cache.get(AVERAGE_KEY) > 0
    assert norm_of(first) != 1.0 and norm_of(second) != 1.0  # both weighed
    assert norm_of(second) < norm_of(first)  # the longer title weighs less per word
    get_search_backend().get_index_for_model(SearchDocument)._refresh_title_norms(full=True)
    assert cache.get(AVERAGE_KEY) is None
