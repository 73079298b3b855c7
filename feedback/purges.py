"""Which saves in feedback make pages kept for anonymous visitors stale (see pagecache and feedback/page_cache.py).

Every change of a complaint goes through a save of the complaint or a new event (its count of followers through
theirs), and every change in the forum through a save of a thread or a post, so their saves purge what shows them:
any complaint change the complaint pages, lists and scorecards ("complaints"); a post its thread ("thread:<id>")
and the forum's lists and figures ("forum"). Categories, days off and boards show everywhere a form or a filter
lists them ("site").
"""

from feedback.models import (
    Board,
    CityHoliday,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintFollower,
    Post,
    Thread,
)
from feedback.page_cache import COMPLAINTS, FORUM, thread_tag
from pagecache.signals import purge_on_change
from pagecache.store import SITE


def connect() -> None:
    purge_on_change(Complaint, ComplaintEvent, ComplaintFollower, tags=(COMPLAINTS,))
    purge_on_change(Thread, tags=lambda thread: (FORUM, thread_tag(thread.pk)))
    purge_on_change(Post, tags=lambda post: (FORUM, thread_tag(post.thread_id)))
    purge_on_change(ComplaintCategory, CityHoliday, Board, tags=(SITE,))
