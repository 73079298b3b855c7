from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("ASN training")

    def ready(self):
        from training import purges  # Django's idiom: connect receivers once the models are loaded

        purges.connect()
