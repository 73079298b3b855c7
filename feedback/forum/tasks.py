"""Sending one follower email (an outbox row, see feedback/outbox.py) in a worker (Django's tasks framework).

Its unsubscribe link carries the Follow's id signed with the site's secret key, so it works without logging in
and cannot be made for someone else's follow.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from feedback import outbox
from feedback.forum.authors import author_of
from feedback.models.forum import FollowerEmail
from feedback.models.forum_page import ForumPage
from feedback.outbox import EMAIL_PRIORITY, EMAIL_QUEUE
from home.pages import live_page_in

UNSUBSCRIBE_SALT = "feedback.forum.unsubscribe"


def unsubscribe_signature(follow_id: int) -> str:
    """The Follow's id signed with the site's secret key (URL-safe: Wagtail's page paths allow no colon)."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).signature(str(follow_id))


def site_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


@task(queue_name=EMAIL_QUEUE, priority=EMAIL_PRIORITY)
def send_follower_email(email_id: int) -> str:
    """Tell one follower of a thread about a new reply or the official answer, once (see feedback.outbox.deliver)."""
    emails = FollowerEmail.objects.select_related(
        "follow__user", "follow__thread", "post__official_unit", "post__author"
    )
    return outbox.deliver(emails, email_id, compose)


def compose(email: FollowerEmail) -> EmailMessage | None:
    """The email in the follower's language; None when the post was hidden or deleted, or the forum is gone."""
    follow, post = email.follow, email.post
    if post.hidden_at or post.deleted_at:
        return None
    page = live_page_in(ForumPage, follow.language)
    if page is None:
        return None
    with translation.override(follow.language):
        path = page.get_url_parts()[2]
        arguments = [follow.pk, unsubscribe_signature(follow.pk)]
        unsubscribe = site_url(f"{path}{page.reverse_subpage('unsubscribe', args=arguments)}")
        context = {
            "thread": follow.thread,
            "post": post,
            "author": author_of(post.author) if post.author else None,
            "link": site_url(f"{path}{page.reverse_subpage('thread', args=[follow.thread_id])}#kiriman-{post.pk}"),
            "unsubscribe": unsubscribe,
        }
        subject = " ".join(render_to_string("feedback/forum/email/post_subject.txt", context).split())
        body = render_to_string("feedback/forum/email/post.txt", context)
    return EmailMessage(subject, body, to=[follow.user.email], headers={"List-Unsubscribe": f"<{unsubscribe}>"})
