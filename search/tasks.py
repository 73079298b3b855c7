from django.apps import apps
from django_tasks import task

from search import services


@task()
def sync_search_documents(model_label: str, pk: int) -> int:
    return services.documents_sync(model=apps.get_model(model_label), pk=pk)
