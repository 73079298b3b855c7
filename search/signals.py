"""Queueing a rebuild of an object's search documents after any change that can alter them.

The search app reads the other apps, which do not know it, so it listens to their saves here. Whatever
changed, the task looks afresh at whether the object is public; the request never waits for the index.
"""

from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import sources
from search.models import SearchDocument
from search.tasks import index_complaint_analytics, sync_search_documents


def queue_sync(obj) -> None:
    """Sync `obj`'s documents once, after the current transaction commits (or now, outside one)."""
    queue_sync_of(obj._meta.label, obj.pk)


def queue_sync_of(label: str, pk: int) -> None:
    connection = transaction.get_connection()
    if getattr(connection, "search_sync_paused", False):
        return
    pending = _pending()
    if pending and any(entry[1] is _flush for entry in connection.run_on_commit):
        pending.add((label, pk))
    else:  # a rolled back transaction dropped its flush, and with it what it had pending
        pending.clear()
        pending.add((label, pk))
        transaction.on_commit(_flush)  # outside a transaction: runs right away


@contextmanager
def paused():
    """No syncing while bulk changes run (the demo loader): a rebuild_search afterwards covers them."""
    connection = transaction.get_connection()
    connection.search_sync_paused = True
    try:
        yield
    finally:
        connection.search_sync_paused = False


def _pending() -> set:
    connection = transaction.get_connection()
    if not hasattr(connection, "search_sync_pending"):
        connection.search_sync_pending = set()
    return connection.search_sync_pending


def _flush() -> None:
    pending = _pending()
    keys = sorted(pending)
    pending.clear()
    for label, pk in keys:
        sync_search_documents.enqueue(label, pk)


def _queue_subtree(page) -> None:
    for descendant in page.get_descendants(inclusive=True).specific():
        queue_sync(descendant)


@receiver(page_published)
def page_published_(sender, instance, **kwargs):
    page = instance.specific
    if page.numchild and SearchDocument.objects.of(page).filter(part="").exclude(url=page.get_url() or "").exists():
        _queue_subtree(page)  # a new slug moved the pages below it too
    else:
        queue_sync(page)


@receiver(page_unpublished)
def page_unpublished_(sender, instance, **kwargs):
    queue_sync(instance.specific)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    _queue_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    _queue_subtree(instance.page)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        queue_sync(instance)


def connect() -> None:
    """Listen to each searchable model, and to the models that carry part of its text (`search_dependencies`:
    a related model's label and the attribute holding the source's primary key)."""
    for model in sources.searchable_models():
        post_save.connect(_source_changed, sender=model, weak=False)
        post_delete.connect(_source_changed, sender=model, weak=False)
    for model in apps.get_models():  # pages too: a training programme's text includes its modules
        for related_label, attribute in model.__dict__.get("search_dependencies", {}).items():
            handler = _related_changed(model._meta.label, attribute)
            post_save.connect(handler, sender=related_label, weak=False)
            post_delete.connect(handler, sender=related_label, weak=False)

    if settings.ELASTICSEARCH_URL:
        complaint = apps.get_model("feedback", "Complaint")
        post_save.connect(_complaint_changed, sender=complaint, weak=False)
        post_delete.connect(_complaint_changed, sender=complaint, weak=False)


def _complaint_changed(sender, instance, raw=False, **kwargs):
    """Every complaint, public or not, counts in the analytics index (which holds nothing personal)."""
    pk = instance.pk  # read now: a deletion clears it before the commit
    if not raw:
        transaction.on_commit(lambda: index_complaint_analytics.enqueue(pk))


def _source_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_sync(instance)


def _related_changed(label: str, attribute: str):
    """A page's translations show the records of their source page (a programme's modules), so a change to the
    records resyncs every translation of the page they belong to."""
    is_page = issubclass(apps.get_model(label), Page)

    def handler(sender, instance, raw=False, **kwargs):
        pk = getattr(instance, attribute)
        if raw or pk is None:
            return
        pks = [pk]
        if is_page:
            key = Page.objects.filter(pk=pk).values("translation_key")
            pks = Page.objects.filter(translation_key__in=key).values_list("pk", flat=True)
        for each in pks:
            queue_sync_of(label, each)

    return handler
