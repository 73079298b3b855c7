"""The demo forum: the seed articles' themes as boards, residents' questions, units' official answers, and a
few flagged posts waiting in the moderation queue. Built through the services, so it obeys the same rules, but
without emails: the demo is written as if it had happened over past weeks."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from demo.pages import child_page, translate_page
from demo.tables import table
from feedback.forum import services
from feedback.models import Board, FlagReason, ForumPage, Post, Thread
from home.models import HomePage
from reports.models import UnitIndexPage, UnitPage

FORUM = table("forum")  # the page, boards, threads with their replies, and the posts flagged for moderators


def build_forum(home: HomePage, index: UnitIndexPage, users: dict) -> ForumPage:
    """The forum page in both languages, its boards, threads and a moderation queue; skipped when present."""
    page = _forum_page(home)
    units = {unit.slug: unit for unit in UnitPage.objects.child_of(index)}
    boards = {
        slug: Board.objects.get_or_create(
            slug=slug,
            defaults={
                "name": names["id"],
                "name_en": names["en"],
                "description": descriptions["id"],
                "description_en": descriptions["en"],
                "unit": units.get(unit_slug),
                "sort_order": position,
            },
        )[0]
        for position, (slug, unit_slug, names, descriptions) in enumerate(
            (board["slug"], board["unit"], board["name"], board["description"]) for board in FORUM["boards"]
        )
    }
    if Thread.objects.exists():
        return page
    with transaction.atomic():
        for thread in FORUM["threads"]:
            _thread(boards[thread["board"]], users, thread)
        _moderation_queue(boards, users)
    return page


def _forum_page(home: HomePage) -> ForumPage:
    texts = FORUM["page"]
    page, _created = child_page(home, ForumPage, slug=texts["slug"], show_in_menus=True, **texts["id"])
    translate_page(page, **texts["en"])
    return page


def _thread(board, users, thread: dict) -> Thread:
    """One thread of demo/data/forum.json: its opening post, replies (official ones too) and the accepted answer."""
    opened = timezone.now() - timedelta(days=thread["days_ago"], hours=3)
    created = services.thread_create(
        board=board, author=users[thread["author"]], title=thread["title"], body=thread["body"], tags=thread["tags"]
    )
    posts = [
        services.post_reply(
            thread=created, author=users[reply["author"]], body=reply["body"], official=reply["official"], notify=False
        )
        for reply in thread["replies"]
    ]
    _backdate(created, opened, posts)
    if thread["answer"] is not None:
        services.thread_mark_answer(thread=created, post=posts[thread["answer"]], by=users[thread["author"]])
    return created


def _backdate(thread: Thread, opened, posts: list[Post]) -> None:
    """Spread the thread over its days as if it had been written then (the services stamp everything now)."""
    Post.objects.filter(thread=thread, is_opening=True).update(created_at=opened)
    moment = opened
    answered = None
    for post in posts:
        moment += timedelta(hours=20)
        Post.objects.filter(pk=post.pk).update(created_at=moment)
        if post.is_official and answered is None:
            answered = moment
    Thread.objects.filter(pk=thread.pk).update(
        created_at=opened, last_activity_at=moment, official_answered_at=answered
    )


def _moderation_queue(boards, users) -> None:
    """A spam reply hidden by three flags, and a reply with someone's personal data flagged once."""
    spam, personal = FORUM["moderation"]["spam"], FORUM["moderation"]["personal_data"]
    waste = Thread.objects.get(title__startswith=spam["thread"])
    post = services.post_reply(thread=waste, author=users[spam["author"]], body=spam["body"], notify=False)
    for flagger in spam["flagged_by"]:
        services.post_flag(post=post, by=users[flagger], reason=FlagReason.SPAM)
    queue = Thread.objects.get(title__startswith=personal["thread"])
    post = services.post_reply(thread=queue, author=users[personal["author"]], body=personal["body"], notify=False)
    services.post_flag(
        post=post, by=users[personal["flagged_by"]], reason=FlagReason.PERSONAL_DATA, note=personal["note"]
    )
