"""Who hears of a new reply or the official answer: the thread's followers, each by an email the worker sends
(feedback.forum.tasks, through the outbox), with an unsubscribe link that works without logging in."""

from django.utils.crypto import constant_time_compare

from feedback import outbox
from feedback.forum.tasks import send_follower_email, unsubscribe_signature
from feedback.models.forum import Follow, FollowerEmail, Post


def follow_from_signature(follow_id: int, signature: str) -> Follow | None:
    """The Follow the signature was made for, or None when it is forged, damaged or the follow already gone."""
    if not constant_time_compare(unsubscribe_signature(follow_id), signature):
        return None
    return Follow.objects.select_related("thread").filter(pk=follow_id).first()


def notify_followers(post: Post) -> list[FollowerEmail]:
    """One email for each follower of the post's thread but its author, written in the caller's transaction and
    sent once it commits."""
    follows = (
        Follow.objects.filter(thread_id=post.thread_id, user__is_active=True)
        .exclude(user_id=post.author_id)
        .exclude(user__email="")
        .values_list("pk", flat=True)
    )
    emails = FollowerEmail.objects.bulk_create([FollowerEmail(follow_id=follow_id, post=post) for follow_id in follows])
    outbox.queue(emails, send_follower_email)
    return emails


def follower_emails_sweep(now=None) -> outbox.Swept:
    """Give back, record or queue again what dead workers and lost tasks left (see feedback.outbox.sweep)."""
    return outbox.sweep(FollowerEmail, send_follower_email, now)
