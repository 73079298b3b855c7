"""Every change to the forum: posting, answering, editing, flagging and moderating.

Each service checks who may act and raises PermissionDenied (a 403) or ValidationError (a 400 with the
message) before anything is written; emails to followers go out after the transaction commits.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.selectors import suspension_reason
from accounts.services import account_reinstate, account_suspend
from feedback.forum.access import is_moderator
from feedback.forum.notifications import notify_followers
from feedback.models.forum import (
    Board,
    Flag,
    FlagReason,
    Follow,
    ModerationAction,
    ModerationEvent,
    Post,
    Thread,
)
from reports.models import UnitPage


def thread_create(*, board: Board, author, title: str, body: str, unit=None, tags: tuple[str, ...] = ()) -> Thread:
    """A new thread with its opening post; its author follows it."""
    _require_can_post(author)
    title, body = title.strip(), body.strip()
    if not title or not body:
        raise ValidationError(_("A thread needs a title and a text."))
    now = timezone.now()
    held = now if _is_held(author) else None
    with transaction.atomic():
        thread = Thread.objects.create(board=board, title=title, author=author, unit=unit or board.unit, held_at=held)
        if tags:
            thread.tags.set(list(tags))
        Post.objects.create(thread=thread, author=author, body=body, is_opening=True, held_at=held)
        _follow(thread, author)
    return thread


def post_reply(*, thread: Thread, author, body: str, official: bool = False, notify: bool = True) -> Post:
    """A reply; `official` only from the staff of the unit the thread is addressed to.

    Followers' emails are written with the reply and sent once it commits, unless `notify` is off (demo content
    written as if in the past).
    """
    _require_can_post(author)
    body = body.strip()
    if not body:
        raise ValidationError(_("Write a reply first."))
    official_unit = None
    if official:
        if thread.unit_id is None or not UnitPage.objects.staffed_by(author).filter(pk=thread.unit_id).exists():
            raise PermissionDenied(_("Only the staff of the unit this thread is addressed to can answer officially."))
        official_unit = thread.unit
    now = timezone.now()
    held = now if _is_held(author) and official_unit is None else None
    with transaction.atomic():
        post = Post.objects.create(thread=thread, author=author, body=body, official_unit=official_unit, held_at=held)
        if held is None:
            changes = {"last_activity_at": now, "reply_count": F("reply_count") + 1}
            if official_unit is not None:
                Thread.objects.filter(pk=thread.pk, official_answered_at__isnull=True).update(official_answered_at=now)
            Thread.objects.filter(pk=thread.pk).update(**changes)
            if notify:
                notify_followers(post)
        _follow(thread, author)
    return post


def post_edit(*, post: Post, by, body: str, title: str | None = None) -> Post:
    """The author corrects their post within the edit window; it shows as edited."""
    if post.author_id != by.pk:
        raise PermissionDenied(_("Only the author can edit a post."))
    _require_can_post(by)
    if post.deleted_at or post.hidden_at:
        raise ValidationError(_("A deleted or hidden post cannot be edited."))
    if timezone.now() - post.created_at > edit_window():
        raise ValidationError(_("The time to edit this post is over."))
    body = body.strip()
    if not body or (post.is_opening and title is not None and not title.strip()):
        raise ValidationError(_("The text cannot be empty."))
    with transaction.atomic():
        post.body, post.edited_at = body, timezone.now()
        post.save(update_fields=["body", "edited_at"])
        if post.is_opening and title is not None:
            Thread.objects.filter(pk=post.thread_id).update(title=title.strip())
    return post


def post_delete(*, post: Post, by) -> Post:
    """The author withdraws their post; a stub keeps the thread readable."""
    if post.author_id != by.pk:
        raise PermissionDenied(_("Only the author can delete a post."))
    if post.deleted_at is None:
        post.deleted_at = timezone.now()
        post.save(update_fields=["deleted_at"])
    return post


def thread_mark_answer(*, thread: Thread, post: Post, by) -> Thread:
    """The thread's author or a moderator marks the reply that answers it; it is then shown first."""
    if by.pk != thread.author_id and not is_moderator(by):
        raise PermissionDenied(_("Only the thread's author or a moderator can mark the answer."))
    if post.thread_id != thread.pk or post.is_opening or post.deleted_at or post.hidden_at or post.held_at:
        raise ValidationError(_("Only a visible reply in this thread can be the answer."))
    thread.answer = post
    thread.save(update_fields=["answer"])
    return thread


def post_flag(*, post: Post, by, reason: str, note: str = "") -> Flag:
    """A reader reports a post; at FORUM_FLAGS_TO_HIDE open flags it is hidden until a moderator reviews it."""
    if not by.is_authenticated:
        raise PermissionDenied(_("Log in to report a post."))
    if reason not in FlagReason.values:
        raise ValidationError(_("Choose why you report this post."))
    if post.author_id == by.pk:
        raise ValidationError(_("You cannot report your own post."))
    try:
        with transaction.atomic():
            flag = Flag.objects.create(post=post, user=by, reason=reason, note=note.strip())
            Post.objects.filter(pk=post.pk).update(flag_count=F("flag_count") + 1)
            post.refresh_from_db(fields=["flag_count", "hidden_at"])
            if post.hidden_at is None and post.flag_count >= settings.FORUM_FLAGS_TO_HIDE:
                _hide(
                    post, by=None, reason=_("Hidden after reports from several readers, until a moderator reviews it.")
                )
                ModerationEvent.objects.create(action=ModerationAction.AUTO_HIDDEN, post=post)
    except IntegrityError:
        raise ValidationError(_("You have already reported this post.")) from None
    return flag


def post_hide(*, post: Post, by, reason: str) -> Post:
    _require_moderator(by)
    if not reason.strip():
        raise ValidationError(_("Say why the post is hidden: its author will read it."))
    with transaction.atomic():
        _hide(post, by=by, reason=reason.strip())
        post.held_at, post.reviewed_at = None, timezone.now()  # hiding a held post turns it down
        post.save(update_fields=["held_at", "reviewed_at"])
        if post.is_opening:
            Thread.objects.filter(pk=post.thread_id).update(held_at=None)
        _resolve_flags(post)
        ModerationEvent.objects.create(action=ModerationAction.HIDDEN, post=post, moderator=by, reason=reason.strip())
    return post


def post_restore(*, post: Post, by, reason: str = "") -> Post:
    """The post goes back in public and its flags are settled (also: dismiss the flags of a visible post)."""
    _require_moderator(by)
    action = ModerationAction.RESTORED if post.hidden_at else ModerationAction.DISMISSED
    with transaction.atomic():
        # The reason, if any, stays on the post for its author to read, as the reason for hiding did.
        post.hidden_at, post.hidden_by, post.hidden_reason, post.reviewed_at = (
            None,
            None,
            reason.strip(),
            timezone.now(),
        )
        post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason", "reviewed_at"])
        _sync_thread(post)
        _resolve_flags(post)
        ModerationEvent.objects.create(action=action, post=post, moderator=by, reason=reason.strip())
    return post


def post_approve(*, post: Post, by) -> Post:
    """A held first post of a new account is published, as if posted now."""
    _require_moderator(by)
    if post.held_at is None:
        return post
    now = timezone.now()
    with transaction.atomic():
        post.held_at, post.reviewed_at = None, now
        post.save(update_fields=["held_at", "reviewed_at"])
        if post.is_opening:
            Thread.objects.filter(pk=post.thread_id).update(held_at=None, last_activity_at=now)
        else:
            Thread.objects.filter(pk=post.thread_id).update(last_activity_at=now, reply_count=F("reply_count") + 1)
            notify_followers(post)
        ModerationEvent.objects.create(action=ModerationAction.APPROVED, post=post, moderator=by)
    return post


def post_redact(*, post: Post, by, body: str, reason: str) -> Post:
    """A moderator removes personal data from a post; the original stays in the moderation log only."""
    _require_moderator(by)
    if not body.strip() or not reason.strip():
        raise ValidationError(_("Give the corrected text and the reason."))
    with transaction.atomic():
        ModerationEvent.objects.create(
            action=ModerationAction.EDITED, post=post, moderator=by, reason=reason.strip(), original_body=post.body
        )
        post.body, post.edited_at, post.reviewed_at = body.strip(), timezone.now(), timezone.now()
        post.save(update_fields=["body", "edited_at", "reviewed_at"])
        _resolve_flags(post)
    return post


def user_suspend(*, user, by, reason: str):
    """A moderator suspends an account (see accounts.services.account_suspend), recorded as a moderation event."""
    _require_moderator(by)
    with transaction.atomic():
        profile = account_suspend(user=user, by=by, reason=reason)
        ModerationEvent.objects.create(
            action=ModerationAction.SUSPENDED, subject=user, moderator=by, reason=profile.suspension_reason
        )
    return user


def user_unsuspend(*, user, by):
    _require_moderator(by)
    with transaction.atomic():
        account_reinstate(user=user)
        ModerationEvent.objects.create(action=ModerationAction.UNSUSPENDED, subject=user, moderator=by)
    return user


def thread_follow(*, thread: Thread, user) -> Follow:
    if not user.is_authenticated:
        raise PermissionDenied(_("Log in to follow a thread."))
    return _follow(thread, user)


def thread_unfollow(*, thread: Thread, user) -> None:
    Follow.objects.filter(user=user, thread=thread).delete()


def _follow(thread: Thread, user) -> Follow:
    """Follow in the language the reader is using now: the emails will be in it."""
    language = (get_language() or settings.LANGUAGE_CODE)[:10]
    return Follow.objects.update_or_create(user=user, thread=thread, defaults={"language": language})[0]


def edit_window() -> timedelta:
    return timedelta(minutes=settings.FORUM_EDIT_WINDOW_MINUTES)


def _require_can_post(user) -> None:
    if not user.is_authenticated:
        raise PermissionDenied(_("Log in to take part in the forum."))
    reason = suspension_reason(user)
    if reason is not None:
        raise PermissionDenied(
            _("Your account is suspended: you can read the forum but not post. The moderators' reason: %(reason)s")
            % {"reason": reason}
        )


def _require_moderator(user) -> None:
    if not is_moderator(user):
        raise PermissionDenied(_("Only forum moderators can do this."))


def _is_held(author) -> bool:
    """New accounts' first FORUM_HOLD_FIRST_POSTS posts wait for a moderator (0: nobody's do)."""
    limit = settings.FORUM_HOLD_FIRST_POSTS
    if not limit or UnitPage.objects.staffed_by(author).exists() or is_moderator(author):
        return False
    published = Post.objects.filter(author=author, held_at__isnull=True, hidden_at__isnull=True).count()
    return published < limit


def _hide(post: Post, *, by, reason: str) -> None:
    post.hidden_at, post.hidden_by, post.hidden_reason = timezone.now(), by, reason
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    _sync_thread(post)


def _sync_thread(post: Post) -> None:
    """An opening post hidden or shown hides or shows its thread in the lists."""
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(hidden_at=post.hidden_at)


def _resolve_flags(post: Post) -> None:
    Flag.objects.filter(post=post, resolved_at__isnull=True).update(resolved_at=timezone.now())
    Post.objects.filter(pk=post.pk).update(flag_count=0)
