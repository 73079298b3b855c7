from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from accounts import audit, purges, sessions  # Django's idiom: connect receivers once the models are loaded

        audit.connect()
        purges.connect()
        sessions.connect()
