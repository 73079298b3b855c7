from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PpidConfig(AppConfig):
    name = "ppid"
    verbose_name = _("Public information (PPID)")

    def ready(self):
        from ppid import purges  # Django's idiom: connect receivers once the models are loaded

        purges.connect()
