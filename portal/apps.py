from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project itself: settings, URLs, base templates and error pages."""

    name = "portal"
    verbose_name = _("Portal")
