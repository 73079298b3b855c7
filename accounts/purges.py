"""A display name, or a staff group joined or left (the official badge), shows beside every forum post: changing
either makes the pages kept for anonymous visitors stale."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed

from accounts.models import Profile
from pagecache.signals import purge_on_change
from pagecache.store import SITE, purge


def connect() -> None:
    purge_on_change(Profile, tags=(SITE,))
    m2m_changed.connect(_groups_changed, sender=get_user_model().groups.through, weak=False)


def _groups_changed(**kwargs) -> None:
    purge(SITE)
