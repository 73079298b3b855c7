"""Sending one email to a requester (an outbox row, see feedback/outbox.py) in a worker. It never carries the
private link, whose secret the portal does not keep: it says what happened and where to read it."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from feedback import outbox
from feedback.outbox import EMAIL_PRIORITY, EMAIL_QUEUE
from ppid.models import RequestEmail


@task(queue_name=EMAIL_QUEUE, priority=EMAIL_PRIORITY)
def send_request_email(email_id: int) -> str:
    emails = RequestEmail.objects.select_related("request__unit", "event")
    return outbox.deliver(emails, email_id, compose)


def compose(email: RequestEmail) -> EmailMessage:
    with translation.override(email.language):
        context = {"information_request": email.request, "event": email.event}
        subject = " ".join(render_to_string("ppid/email/step_subject.txt", context).split())
        body = render_to_string("ppid/email/step.txt", context)
    return EmailMessage(subject, body, to=[email.recipient])
