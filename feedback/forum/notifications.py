"""Who hears of a new reply or the official answer: the thread's followers, each by an email the worker sends
(feedback.forum.tasks), with an unsubscribe link that works without logging in."""

from django.utils.crypto import constant_time_compare

from feedback.forum.tasks import send_forum_email, unsubscribe_signature
from feedback.models.forum import Follow, Post


def follow_from_signature(follow_id: int, signature: str) -> Follow | None:
    """The Follow the signature was made for, or None when it is forged, damaged or the follow already gone."""
    if not constant_time_compare(unsubscribe_signature(follow_id), signature):
        return None
    return Follow.objects.select_related("thread").filter(pk=follow_id).first()


def notify_followers(post: Post) -> list[int]:
    """Enqueue one email per follower of the post's thread, except its author; returns the Follow ids."""
    follows = list(
        Follow.objects.filter(thread_id=post.thread_id, user__is_active=True)
        .exclude(user_id=post.author_id)
        .exclude(user__email="")
        .values_list("pk", flat=True)
    )
    for follow_id in follows:
        send_forum_email.enqueue(follow_id, post.pk)
    return follows
