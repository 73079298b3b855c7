"""How allauth fits the portal: redirects to the home page in the visitor's language, verification links that lead
back to where the resident started, the portal's name in its emails, and the email check that applies to residents
only (see accounts.stages)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_next_redirect_url
from allauth.core import context as allauth_context
from django.conf import settings
from django.urls import reverse

SILENT_MESSAGES = {"account/messages/logged_in.txt", "account/messages/logged_out.txt"}


@dataclass(frozen=True)
class PortalSite:
    """Stands in for django.contrib.sites (not installed) in allauth's email templates."""

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        return _home()

    def get_logout_redirect_url(self, request) -> str:
        return _home()

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        """No "signed in"/"signed out" notes: they lead to the home page, which shows no messages; the header does."""
        if message_template in SILENT_MESSAGES:
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        """The link in the email carries the page the resident started from (the `next` of the sign-up form, checked
        to be this site's): confirming leads there, through the login for someone not logged in yet, since
        confirming an address does not log in."""
        url = super().get_email_confirmation_url(request, emailconfirmation)
        start = get_next_redirect_url(request) if request is not None else None
        if not start:
            return url
        if not request.user.is_authenticated:
            start = f"{reverse('account_login')}?{urlencode({'next': start})}"
        return f"{url}?{urlencode({'next': start})}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = allauth_context.request
        site = PortalSite(name=str(settings.WAGTAIL_SITE_NAME), domain=request.get_host())
        super().send_mail(template_prefix, email, {**context, "current_site": site})

    def get_login_stages(self) -> list[str]:
        stage = "allauth.account.stages.EmailVerificationStage"
        return [
            "accounts.stages.ResidentEmailVerificationStage" if path == stage else path
            for path in super().get_login_stages()
        ]


def _home() -> str:
    """This language's home page: `/` or `/en/`."""
    return reverse("wagtail_serve", args=[""])
