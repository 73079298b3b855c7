"""What the feedback pages kept for anonymous visitors show (see pagecache): complaints, the forum, one thread.

The views and hooks call `shows_complaints` and `shows_forum`; feedback/purges.py says which saves make them stale.
"""

from datetime import timedelta

from django.utils import timezone

from feedback.deadlines import end_of_today
from pagecache.store import depends_on, expires

COMPLAINTS = "complaints"
FORUM = "forum"
WAITING_TEXT_MINUTES = 10
"""How old a forum page's "waiting 3 hours for an answer" may be when it is served."""


def thread_tag(thread_id: int) -> str:
    return f"thread:{thread_id}"


def shows_complaints(request) -> None:
    """The page shows complaints, and deadlines or scorecards that hold until midnight."""
    depends_on(request, COMPLAINTS)
    expires(request, end_of_today())


def shows_forum(request, *tags: str) -> None:
    """The page shows forum threads (all of them, or those `tags` name) with how long they have waited."""
    depends_on(request, *(tags or (FORUM,)))
    expires(request, timezone.now() + timedelta(minutes=WAITING_TEXT_MINUTES))
