"""Reads for the forum's pages, each in a fixed number of queries however many threads or replies there are."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q, prefetch_related_objects
from django.http import Http404

from feedback.forum.access import is_moderator
from feedback.forum.authors import Author, authors_for
from feedback.forum.markdown import render
from feedback.models.forum import Board, Follow, Post, Thread
from reports.selectors import units_by_translation_key

LISTED = Q(threads__hidden_at__isnull=True, threads__held_at__isnull=True)


def boards_with_counts() -> list[Board]:
    """Every board with its listed threads and how many of them still wait for an official answer."""
    return list(
        Board.objects.select_related("unit").annotate(
            thread_count=Count("threads", filter=LISTED),
            awaiting_count=Count(
                "threads",
                filter=LISTED & Q(threads__unit__isnull=False, threads__official_answered_at__isnull=True),
            ),
        )
    )


def thread_for(user, pk: int) -> Thread:
    """The thread if the reader may see it: listed, or their own, or any for a moderator; otherwise 404."""
    thread = Thread.objects.select_related("board", "unit", "answer").filter(pk=pk).first()
    if thread is None:
        raise Http404
    listed = thread.hidden_at is None and thread.held_at is None
    if not listed and not (user.is_authenticated and (thread.author_id == user.pk or is_moderator(user))):
        raise Http404
    return thread


def thread_posts(thread: Thread, user):
    """The thread's posts the reader may see (a moderator sees all), oldest first, the opening post first of all."""
    posts = thread.posts.all() if is_moderator(user) else thread.posts.visible_to(user)
    return posts.select_related("official_unit").order_by("-is_opening", "created_at", "pk")


def with_authors(posts: list[Post]) -> list[Post]:
    """Give each post its author's name and badge (`author_info`) and its rendered text (`html`)."""
    authors = authors_for({post.author_id for post in posts if post.author_id})
    for post in posts:
        post.author_info = authors.get(post.author_id) or FORMER_MEMBER
        post.html = render(post.body)
    return posts


FORMER_MEMBER = Author(user_id=0, name="—", badge=None, unit_ids=frozenset())


@dataclass(frozen=True)
class ThreadRow:
    thread: Thread
    author: Author
    unit_title: str | None


def thread_rows(threads: list[Thread], locale_id: int) -> list[ThreadRow]:
    """Threads as lists show them: author with badge, the addressed unit in the page's language, the tags."""
    prefetch_related_objects(threads, "tags")
    authors = authors_for({thread.author_id for thread in threads if thread.author_id})
    units = units_by_translation_key(locale_id) if any(thread.unit_id for thread in threads) else {}
    return [
        ThreadRow(
            thread,
            authors.get(thread.author_id) or FORMER_MEMBER,
            units[thread.unit.translation_key].title
            if thread.unit_id and thread.unit.translation_key in units
            else None,
        )
        for thread in threads
    ]


def unit_title(thread: Thread, locale_id: int) -> str | None:
    """The name of the unit the thread is addressed to, in the page's language where translated."""
    if thread.unit_id is None:
        return None
    unit = units_by_translation_key(locale_id).get(thread.unit.translation_key)
    return unit.title if unit else thread.unit.title


def is_following(user, thread: Thread) -> bool:
    return user.is_authenticated and Follow.objects.filter(user=user, thread=thread).exists()


@dataclass(frozen=True)
class Waiting:
    since: datetime
    answered_at: datetime | None


def waiting_for_answer(thread: Thread) -> Waiting | None:
    """For a thread addressed to a unit: since when it waits for an official answer, or when it got one."""
    if thread.unit_id is None:
        return None
    return Waiting(since=thread.created_at, answered_at=thread.official_answered_at)
