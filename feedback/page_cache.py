"""Which pages kept for anonymous visitors a change in feedback makes stale (see pagecache).

Every change of a complaint goes through a save of the complaint or a new event, and every change in the forum
through a save of a thread or a post, so their saves purge what shows them: any complaint change the complaint
pages, lists and scorecards ("complaints"); a post its thread ("thread:<id>") and the forum's lists and figures
("forum"). Categories, days off and boards show everywhere a form or a filter lists them ("site").
"""

from datetime import timedelta

from django.utils import timezone

from feedback.deadlines import end_of_today
from feedback.models import Board, CityHoliday, Complaint, ComplaintCategory, ComplaintEvent, Post, Thread
from pagecache.signals import purge_on_change
from pagecache.store import SITE, depends_on, expires

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


def connect() -> None:
    purge_on_change(Complaint, ComplaintEvent, tags=(COMPLAINTS,))
    purge_on_change(Thread, tags=lambda thread: (FORUM, thread_tag(thread.pk)))
    purge_on_change(Post, tags=lambda post: (FORUM, thread_tag(post.thread_id)))
    purge_on_change(ComplaintCategory, CityHoliday, Board, tags=(SITE,))
