"""Keeping search documents in step with their sources, always in a background task (see search.tasks)."""

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from modelsearch import index
from modelsearch.backends import get_search_backends

from pagecache.store import purge
from search import sources
from search.analytics import analytics_rebuild
from search.backends.elasticsearch import SEARCH_UNAVAILABLE
from search.models import IndexVersion, SearchDocument, SearchDocumentTag

SEARCH = "search"  # the page-cache tag of the search pages


def documents_sync(*, model: type, pk: int) -> int:
    """Rebuild the documents of one object, or remove them when it is no longer public. Returns how many exist."""
    source = sources.public_instance(model, pk)
    drafts = sources.drafts_for(source) if source is not None else []
    source_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    with transaction.atomic():
        kept = _save(source_type, pk, drafts)
        removed = list(
            SearchDocument.objects.filter(source_type=source_type, source_id=pk).exclude(
                pk__in=[document.pk for document in kept]
            )
        )
        for document in removed:
            index.remove_object(document)
        SearchDocument.objects.filter(pk__in=[document.pk for document in removed]).delete()
    failed = []
    if kept:
        for backend in get_search_backends(with_auto_update=True):
            try:
                backend.add_bulk(SearchDocument, kept)  # one bulk request for all of the object's documents
            except SEARCH_UNAVAILABLE as error:  # the database's index is still brought up to date
                failed.append(error)
    IndexVersion.bump()  # once the index has changed: a search cached before now is stale
    purge(SEARCH)  # and so is every search page kept for anonymous visitors
    if failed:  # the task fails, and says so in its result; rebuild_search brings the cluster up to date
        raise failed[0]
    return len(kept)


def documents_rebuild() -> int:
    """Build every document anew from what is public now; Wagtail's `update_index` then indexes them."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        count = 0
        for source in sources.all_public():
            source_type = ContentType.objects.get_for_model(source, for_concrete_model=False)
            count += len(_save(source_type, source.pk, sources.drafts_for(source)))
    purge(SEARCH)
    return count


def search_rebuild() -> str:
    """Everything `manage.py rebuild_search` does: the documents anew, every search backend's index (bulk requests
    of a thousand documents; Elasticsearch builds a new index and switches its alias to it), the cached searches
    dropped, and with ELASTICSEARCH_URL the complaint analytics index. Returns what it did, in a sentence."""
    documents = documents_rebuild()
    call_command("update_index", verbosity=0)
    IndexVersion.bump()  # searches cached before the index was rebuilt are stale
    complaints = analytics_rebuild()
    return f"{documents} search documents; {complaints} complaints in the analytics index."


def _save(source_type, source_id: int, drafts: list[sources.Draft]) -> list[SearchDocument]:
    documents = []
    for draft in drafts:
        fields = vars(draft).copy()
        tags = fields.pop("tags")
        document, _created = SearchDocument.objects.update_or_create(
            source_type=source_type,
            source_id=source_id,
            part=fields.pop("part"),
            language=fields.pop("language"),
            defaults={**fields, "tags": " ".join(tags)},
        )
        SearchDocumentTag.objects.filter(document=document).exclude(tag__in=tags).delete()
        SearchDocumentTag.objects.bulk_create(
            [SearchDocumentTag(document=document, tag=tag) for tag in tags], ignore_conflicts=True
        )
        documents.append(document)
    return documents
