"""Background work of the feedback app, run by Django's tasks framework (see TASKS in the settings)."""

from django.core.mail import EmailMessage, send_mail
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from feedback.models import DeliveryStatus, Notification
from feedback.notifications import RESIDENT_TEMPLATE, admin_url, tracking_url


@task()
def send_notification(notification_id: int) -> str:
    """Render one notification in its recipient's language and send it, recording the outcome.

    A failure is recorded on the Notification, never raised: the complaint's own status is not the
    delivery's business, and with the in-process backend this runs inside the request.
    """
    notification = Notification.objects.select_related(
        "complaint__category", "complaint__unit", "complaint__reporter", "event__unit"
    ).get(pk=notification_id)
    if notification.status == DeliveryStatus.SENT:
        return notification.status
    try:
        subject, body = render_notification(notification)
        send_mail(subject, body, None, [notification.recipient])
    except Exception as error:
        status, error_text, sent_at = DeliveryStatus.FAILED, f"{type(error).__name__}: {error}"[:2000], None
    else:
        status, error_text, sent_at = DeliveryStatus.SENT, "", timezone.now()
    Notification.objects.filter(pk=notification.pk).update(
        status=status, last_error=error_text, sent_at=sent_at, attempts=F("attempts") + 1, attempted_at=timezone.now()
    )
    return status


def render_notification(notification: Notification) -> tuple[str, str]:
    """Subject and body from `feedback/email/<template>_subject.txt` and `<template>.txt`."""
    complaint = notification.complaint
    is_resident = notification.template == RESIDENT_TEMPLATE
    with translation.override(notification.language):
        context = {
            "complaint": complaint,
            "event": notification.event,
            "link": tracking_url(complaint, notification.language) if is_resident else admin_url(complaint),
            # The reporter's name only ever goes to the reporter.
            "reporter_name": complaint.reporter.name if is_resident else "",
        }
        name = f"feedback/email/{notification.template}"
        subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
        body = render_to_string(f"{name}.txt", context)
    return subject, body


@task()
def send_forum_email(follow_id: int, post_id: int) -> str:
    """Tell one follower of a thread about a new reply or the official answer, in the follower's language."""
    from accounts.badges import author_of
    from feedback.forum.notifications import site_url, unsubscribe_signature
    from feedback.models.forum import Follow, Post
    from feedback.models.forum_page import ForumPage
    from home.pages import live_page_in

    follow = Follow.objects.select_related("user", "thread").filter(pk=follow_id).first()
    post = Post.objects.select_related("official_unit", "author").filter(pk=post_id).first()
    if follow is None or post is None or post.hidden_at or post.deleted_at:
        return "skipped"
    page = live_page_in(ForumPage, follow.language)
    if page is None:
        return "skipped"
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
        subject = " ".join(render_to_string("feedback/email/forum_post_subject.txt", context).split())
        body = render_to_string("feedback/email/forum_post.txt", context)
    message = EmailMessage(subject, body, to=[follow.user.email], headers={"List-Unsubscribe": f"<{unsubscribe}>"})
    message.send()
    return "sent"
