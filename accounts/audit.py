"""The security audit log: logins (with failures and locks), logouts, second factors added or removed, password
changes, group changes and every look at a complainant's identity, each with the real client address and browser.

Events come from Django's and allauth's signals, connected in `connect()`; the identity view and the login lock
record theirs where they happen. A staff member is told by email when their account logs in from a browser it never
logged in from before (allauth's own notifications, ACCOUNT_EMAIL_NOTIFICATIONS, tell every account when its
password, email address or second factor changes), so that a stolen password does not go unnoticed. The log is
read in the admin (accounts/admin_views.py), never edited.
"""

from allauth.account.signals import password_changed, password_reset, password_set
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import m2m_changed
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.models import SecurityEvent
from accounts.second_factor import is_staff_account

Kind = SecurityEvent.Kind
USER_AGENT_LENGTH = SecurityEvent._meta.get_field("user_agent").max_length


def record(kind: str, *, request=None, user=None, username: str = "", detail: str = "") -> SecurityEvent:
    """Write one event; the request gives the client address (REMOTE_ADDR, see accounts.clients) and browser."""
    meta = request.META if request is not None else {}
    return SecurityEvent.objects.create(
        kind=kind,
        user=user if user is not None and user.pk else None,
        username=(username or (user.get_username() if user is not None else ""))[:254],
        address=meta.get("REMOTE_ADDR") or None,
        user_agent=meta.get("HTTP_USER_AGENT", "")[:USER_AGENT_LENGTH],
        detail=detail[:300],
    )


def _logged_in(sender, request, user, **kwargs):
    browser = request.META.get("HTTP_USER_AGENT", "")[:USER_AGENT_LENGTH] if request is not None else ""
    known = SecurityEvent.objects.filter(user=user, kind=Kind.LOGIN, user_agent=browser).exists()
    event = record(Kind.LOGIN, request=request, user=user)
    if not known and is_staff_account(user):
        _tell_about_new_browser(user, event)


def _login_failed(sender, credentials, request=None, **kwargs):
    typed = credentials.get("username") or credentials.get("email") or credentials.get("login") or ""
    record(Kind.LOGIN_FAILED, request=request, username=str(typed))


def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(Kind.LOGOUT, request=request, user=user)


def _second_factor_added(sender, request, user, authenticator, **kwargs):
    if authenticator.type == Authenticator.Type.RECOVERY_CODES:
        return  # made together with the authenticator app: that event says it
    record(Kind.SECOND_FACTOR_ADDED, request=request, user=user, detail=authenticator.get_type_display())


def _second_factor_removed(sender, request, user, authenticator, **kwargs):
    record(Kind.SECOND_FACTOR_REMOVED, request=request, user=user, detail=authenticator.get_type_display())


def _recovery_codes_renewed(sender, request, user, **kwargs):
    record(Kind.RECOVERY_CODES_RENEWED, request=request, user=user)


def _password_changed(sender, request, user, **kwargs):
    record(Kind.PASSWORD_CHANGED, request=request, user=user)


def _password_reset(sender, request, user, **kwargs):
    record(Kind.PASSWORD_RESET, request=request, user=user)


def _groups_changed(sender, instance, action, pk_set, model, **kwargs):
    """A user's groups changed, from either side (user.groups.add(group) or group.user_set.add(user))."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    verb = {"post_add": "+", "post_remove": "-", "post_clear": "-"}[action]
    if isinstance(instance, Group):
        for user in get_user_model().objects.filter(pk__in=pk_set or ()):
            record(Kind.GROUPS_CHANGED, user=user, detail=f"{verb} {instance.name}")
    else:
        names = sorted(Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True)) if pk_set else []
        record(Kind.GROUPS_CHANGED, user=instance, detail=f"{verb} {', '.join(names) or '*'}")


def _tell_about_new_browser(user, event: SecurityEvent) -> None:
    """An email to the account's own address, sent once the login commits."""
    if not user.email:
        return
    context = {
        "user": user,
        "event": event,
        "at": timezone.localtime(event.at),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = " ".join(render_to_string("accounts/email/new_browser_subject.txt", context).split())
    body = render_to_string("accounts/email/new_browser_message.txt", context)
    transaction.on_commit(lambda: send_mail(subject, body, None, [user.email], fail_silently=True))


def connect() -> None:
    user_logged_in.connect(_logged_in, weak=False)
    user_login_failed.connect(_login_failed, weak=False)
    user_logged_out.connect(_logged_out, weak=False)
    authenticator_added.connect(_second_factor_added, weak=False)
    authenticator_removed.connect(_second_factor_removed, weak=False)
    authenticator_reset.connect(_recovery_codes_renewed, weak=False)
    password_changed.connect(_password_changed, weak=False)
    password_set.connect(_password_changed, weak=False)
    password_reset.connect(_password_reset, weak=False)
    m2m_changed.connect(_groups_changed, sender=get_user_model().groups.through, weak=False)
