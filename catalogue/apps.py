from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    """The open datasets described for harvesters: CKAN's read API, DCAT (JSON-LD) and a Data Package per dataset."""

    name = "catalogue"
    verbose_name = _("Data catalogue")
