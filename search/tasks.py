from django.apps import apps
from django_tasks import task

from search import analytics, services


@task()
def sync_search_documents(model_label: str, pk: int) -> int:
    return services.documents_sync(model=apps.get_model(model_label), pk=pk)


@task()
def index_complaint_analytics(complaint_id: int) -> None:
    analytics.analytics_index_complaint(complaint_id)


@task()
def rebuild_search_index() -> str:
    return services.search_rebuild()
