from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The Ambon demo site: its content as data files and the loaders behind `manage.py load_demo`, which build it
    through the apps' own services. It sits on top: no app imports it."""

    name = "demo"
    verbose_name = _("Ambon demo")
