"""Email verification at login, for the accounts that signed up.

A resident's account has the address they gave at sign-up (an allauth EmailAddress) and may not log in before
verifying it. Staff accounts are made by an administrator in the Wagtail admin, who vouches for them: they have no
EmailAddress record and log in with their username straight away.
"""

from allauth.account.models import EmailAddress
from allauth.account.stages import EmailVerificationStage


class ResidentEmailVerificationStage(EmailVerificationStage):
    def handle(self):
        user = self.login.user
        if user is not None and not EmailAddress.objects.filter(user_id=user.pk).exists():
            return None, True
        return super().handle()
