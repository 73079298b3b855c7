"""Who is told by email about a request: the requester, of every step the law asks the PPID to notify in writing
(an extension and its reason, the answer, a refusal and its ground, a transfer, the answer to an objection), when
they gave an address. Written in the transaction of the step, sent once after it commits (feedback/outbox.py)."""

from feedback import outbox
from ppid.models import InformationRequest, RequestEmail, Requester, RequestEvent
from ppid.tasks import send_request_email


def notify_requester(information_request: InformationRequest, event: RequestEvent) -> RequestEmail | None:
    requester = Requester.objects.filter(request=information_request).exclude(email="").first()
    if requester is None:
        return None
    email = RequestEmail.objects.create(
        request=information_request, event=event, recipient=requester.email, language=requester.language
    )
    outbox.queue([email], send_request_email)
    return email


def request_emails_sweep(now=None) -> outbox.Swept:
    """Give back, record or queue again what dead workers and lost tasks left (see feedback.outbox.sweep)."""
    return outbox.sweep(RequestEmail, send_request_email, now)
