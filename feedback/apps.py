from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Complaints and forum")

    def ready(self):
        from feedback import purges  # Django's idiom: connect receivers once the models are loaded

        purges.connect()
