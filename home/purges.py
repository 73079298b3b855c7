"""The site settings show in every page's footer, and the sites decide which pages a host serves: saving either makes
every page kept for anonymous visitors stale."""

from wagtail.models import Site

from home.models import PortalSettings
from pagecache.signals import purge_on_change
from pagecache.store import SITE


def connect() -> None:
    purge_on_change(PortalSettings, Site, tags=(SITE,))
