from allauth.account.views import LoginView as AllauthLoginView
from allauth.account.views import SignupView as AllauthSignupView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts import audit
from accounts.forms import HONEYPOT_FIELD, DisplayNameForm
from accounts.limits import limits_reachable
from accounts.models import SecurityEvent
from accounts.selectors import display_name
from accounts.services import profile_rename


class SignupView(AllauthSignupView):
    """allauth's sign-up (and its rate limit), refusing a filled-in honeypot with a 400 as the complaint form does."""

    def post(self, request, *args, **kwargs):
        if request.POST.get(HONEYPOT_FIELD):
            return render(request, "accounts/signup_refused.html", status=400)
        return super().post(request, *args, **kwargs)


class LoginView(AllauthLoginView):
    """allauth's login, answering 429 when the account or the address is locked after too many wrong passwords,
    and 503 when those failures cannot be counted (the shared cache is down): guessing must not go unlimited."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and not limits_reachable():
            response = render(request, "accounts/login_unavailable.html", status=503)
            response["Retry-After"] = "60"
            return response
        return super().dispatch(request, *args, **kwargs)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "too_many_login_attempts"):
            response.status_code = 429
            audit.record(SecurityEvent.Kind.LOGIN_LOCKED, request=self.request, username=form.data.get("login", ""))
        return response


@login_required
@require_http_methods(["GET", "POST"])
def display_name_change(request):
    if request.method == "POST":
        form = DisplayNameForm(request.POST)
        if form.is_valid():
            try:
                profile_rename(user=request.user, display_name=form.cleaned_data["display_name"])
            except ValidationError as error:
                form.add_error("display_name", error)
            else:
                messages.success(request, _("Your display name has been changed."))
                return redirect("accounts:display_name")
        return render(request, "accounts/display_name.html", {"form": form}, status=400)
    form = DisplayNameForm(initial={"display_name": display_name(request.user)})
    return render(request, "accounts/display_name.html", {"form": form})
