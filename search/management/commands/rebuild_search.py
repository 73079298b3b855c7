from django.core.management import call_command
from django.core.management.base import BaseCommand

from search.analytics import analytics_rebuild
from search.models import IndexVersion
from search.services import documents_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search documents from what is public now, Wagtail's search index (the database or "
        "Elasticsearch), and with ELASTICSEARCH_URL the complaint analytics index."
    )

    def handle(self, *args, **options):
        documents = documents_rebuild()
        call_command("update_index", verbosity=0)
        IndexVersion.bump()  # searches cached before the index was rebuilt are stale
        complaints = analytics_rebuild()
        self.stdout.write(f"{documents} search documents; {complaints} complaints in the analytics index.")
