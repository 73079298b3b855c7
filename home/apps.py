from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and information pages")

    def ready(self):
        from home import purges  # Django's idiom: connect receivers once the models are loaded

        purges.connect()
