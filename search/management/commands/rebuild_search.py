from django.core.management.base import BaseCommand

from search.services import search_rebuild
from search.tasks import rebuild_search_index


class Command(BaseCommand):
    help = (
        "Rebuild the search documents from what is public now, Wagtail's search index (the database, and "
        "Elasticsearch in a new index the alias then moves to), and with ELASTICSEARCH_URL the complaint analytics "
        "index. --in-worker leaves the work to the task worker (manage.py run_worker)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--in-worker", action="store_true", help="queue the rebuild for the task worker")

    def handle(self, *args, in_worker=False, **options):
        if in_worker:
            result = rebuild_search_index.enqueue()
            self.stdout.write(f"Rebuild queued for the task worker (task {result.id}).")
            return
        self.stdout.write(search_rebuild())
