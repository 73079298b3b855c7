"""A verifier secures their account in a real browser: sets up an authenticator app when the staff screens ask for it,
logs out, logs in with password and code, opens a complainant's identity after giving the password again; the
Inspektorat reads each of those in the security log."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import SecurityEvent
from feedback.models import Complaint, Privacy, Status
from tests.accounts.factories import totp_code
from tests.browser.test_report_journeys import DESKTOP, PASSWORD, log_in
from tests.browser.test_resident_journeys import path_is

pytestmark = pytest.mark.browser

REAUTHENTICATE = re.compile(r"/akun/reauthenticate/\?next=")


def log_in_with_password(page, username: str) -> None:
    form = page.locator("form.account-form")
    form.locator("input[name=login]").fill(username)
    form.locator("input[name=password]").fill(PASSWORD)
    form.locator("button[type=submit]").click()


def test_verifier_sets_up_a_second_factor_logs_in_with_it_and_opens_an_identity_the_log_shows_it(new_page):
    verifier = User.objects.get(username="verifikator")
    Authenticator.objects.filter(user=verifier).delete()  # as the account was before this issue: a password only
    verifier.set_password(PASSWORD)
    verifier.save()
    complaint = Complaint.objects.filter(privacy=Privacy.CONFIDENTIAL).exclude(status=Status.SUBMITTED).first()
    inbox = reverse("feedback_complaints")

    page = new_page(**DESKTOP)
    page.goto(inbox)
    log_in_with_password(page, "verifikator")
    expect(page).to_have_url(REAUTHENTICATE)  # sent to set up a second factor, password first
    expect(page.locator(".account-messages")).to_contain_text("faktor kedua")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(page).to_have_url(path_is(reverse("mfa_activate_totp")))
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("form.account-form button[type=submit]").click()
    expect(page).not_to_have_url(path_is(reverse("mfa_activate_totp")))
    page.goto(inbox)
    expect(page).to_have_url(path_is(inbox))

    page.goto("/")
    page.locator("nav.account-links form[action='/akun/logout/'] button").click()
    page.goto(inbox)
    log_in_with_password(page, "verifikator")
    expect(page).to_have_url(path_is("/akun/2fa/authenticate/"))
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("form.account-form button[type=submit]").first.click()
    expect(page).to_have_url(path_is(inbox))

    page.goto(reverse("feedback_complaint", args=[complaint.pk]))
    page.locator(f"form[action='{reverse('feedback_complaint_identity', args=[complaint.pk])}'] button").click()
    expect(page).to_have_url(REAUTHENTICATE)  # this login is not the password given just now
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("body")).to_contain_text(complaint.reporter.email)

    audit = new_page(**DESKTOP)
    log_in(audit, "inspektur")  # the demo's Inspektorat account, with the second factor the demo set up
    audit.goto(reverse("security_audit") + "?akun=verifikator")
    rows = audit.locator("table.listing tbody tr")
    for kind in (
        SecurityEvent.Kind.SECOND_FACTOR_ADDED,
        SecurityEvent.Kind.LOGOUT,
        SecurityEvent.Kind.LOGIN,
        SecurityEvent.Kind.IDENTITY_VIEWED,
    ):
        expect(rows.filter(has_text=str(kind.label)).first).to_be_visible()
    expect(rows.filter(has_text=complaint.tracking_code)).to_have_count(1)
