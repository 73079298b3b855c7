"""Title norms without reading the whole index at each addition.

Wagtail's database backends weigh a title match by `title_norm`: the index's average title length over the
entry's own. After every addition they recompute that average over every entry and then look for the new entries
(`title_norm = 1.0`) through the whole table: two full scans for each complaint indexed, so indexing one took 50 ms
at 10,000 documents and 140–184 ms at 100,000. Here the average is kept in the cache for AVERAGE_SECONDS (it moves
by a hair with each addition), the new entries are found through a partial index (migration 0006), and a rebuild
still recomputes every norm exactly.
"""

from django.core.cache import cache
from django.db.models import Avg, F
from django.db.models.functions import Length

AVERAGE_KEY = "search:title-length-average"
AVERAGE_SECONDS = 3600


class IncrementalTitleNorms:
    """For a Wagtail database index class (`self.entries` are its IndexEntry rows)."""

    def _refresh_title_norms(self, full=False):
        if full:
            cache.delete(AVERAGE_KEY)
            return super()._refresh_title_norms(full=True)
        average = cache.get(AVERAGE_KEY)
        if average is None:
            average = _lengths(self.entries).aggregate(average=Avg("title_length"))["average"]
            if average is None:
                return None
            cache.set(AVERAGE_KEY, average, AVERAGE_SECONDS)
        _lengths(self.entries.filter(title_norm=1.0)).update(title_norm=average / F("title_length"))
        return None


def _lengths(entries):
    return entries.annotate(title_length=Length("title")).filter(title_length__gt=0)
