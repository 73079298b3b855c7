"""How long a login lasts. A resident stays logged in as Django's sessions allow (two weeks); a staff account, which
can see residents' personal data, is logged out after STAFF_SESSION_IDLE_MINUTES without a request and after
STAFF_SESSION_MAX_HOURS in all. Logging out ends the account's sessions on every other device too (allauth's
usersessions keeps the list of them); a password change already ends them, since Django ties each session to the
password it was opened with.
"""

import time

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_out
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.second_factor import is_staff_account

STARTED = "portal_session_started"
LAST_SEEN = "portal_session_last_seen"
IS_STAFF = "portal_session_is_staff"
SEEN_EVERY_SECONDS = 60


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and _is_staff(request):
            now = time.time()
            idle = settings.STAFF_SESSION_IDLE_MINUTES * 60
            started = request.session.setdefault(STARTED, now)
            last_seen = request.session.get(LAST_SEEN, now)
            if now - last_seen > idle or now - started > settings.STAFF_SESSION_MAX_HOURS * 3600:
                logout(request)
                messages.info(request, _("You were logged out after a while without activity. Please log in again."))
                return redirect_to_login(request.get_full_path(), login_url=reverse("account_login"))
            if now - last_seen > SEEN_EVERY_SECONDS or LAST_SEEN not in request.session:
                request.session[LAST_SEEN] = now  # a write, so not on every request
                request.session.set_expiry(idle)  # the cookie and the stored session end with the idle time too
        return self.get_response(request)


def _is_staff(request) -> bool:
    """Asked once per login (a query), then kept in the session."""
    if IS_STAFF not in request.session:
        request.session[IS_STAFF] = is_staff_account(request.user)
    return request.session[IS_STAFF]


def end_sessions_elsewhere(sender, request, user, **kwargs) -> None:
    """On logging out, the account's other sessions end too (a laptop left logged in at the office)."""
    if user is not None:
        for session in UserSession.objects.filter(user_id=user.pk):
            session.end()


def connect() -> None:
    user_logged_out.connect(end_sessions_elsewhere, weak=False)
