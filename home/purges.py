"""The site settings show in every page's footer: saving them makes every page kept for anonymous visitors stale."""

from home.models import PortalSettings
from pagecache.signals import purge_on_change
from pagecache.store import SITE


def connect() -> None:
    purge_on_change(PortalSettings, tags=(SITE,))
