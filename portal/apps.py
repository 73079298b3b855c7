from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project itself: base templates, error pages and the demo loader that spans the apps."""

    name = "portal"
    verbose_name = _("Portal")
