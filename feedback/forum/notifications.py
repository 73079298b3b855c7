"""Emails to a thread's followers: a new reply or the official answer, each with an unsubscribe link.

The link carries the Follow's id signed with the site's secret key, so it works without logging in and
cannot be made for someone else's follow.
"""

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare

from feedback.models.forum import Follow, Post

UNSUBSCRIBE_SALT = "feedback.forum.unsubscribe"


def unsubscribe_signature(follow_id: int) -> str:
    """The Follow's id signed with the site's secret key (URL-safe: Wagtail's page paths allow no colon)."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).signature(str(follow_id))


def follow_from_signature(follow_id: int, signature: str) -> Follow | None:
    """The Follow the signature was made for, or None when it is forged, damaged or the follow already gone."""
    if not constant_time_compare(unsubscribe_signature(follow_id), signature):
        return None
    return Follow.objects.select_related("thread").filter(pk=follow_id).first()


def notify_followers(post: Post) -> list[int]:
    """Enqueue one email per follower of the post's thread, except its author; returns the Follow ids."""
    from feedback.tasks import send_forum_email

    follows = list(
        Follow.objects.filter(thread_id=post.thread_id, user__is_active=True)
        .exclude(user_id=post.author_id)
        .exclude(user__email="")
        .values_list("pk", flat=True)
    )
    for follow_id in follows:
        send_forum_email.enqueue(follow_id, post.pk)
    return follows


def site_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"
