"""Where flood limits and login failures are counted: the shared cache (settings.SHARED_CACHE_ALIAS), which raises
when it cannot be reached, so that what must not go unlimited (filing a complaint, logging in) can refuse instead."""

import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)


def limits_cache():
    return caches[settings.SHARED_CACHE_ALIAS]


def limits_reachable() -> bool:
    """Whether the limits can be counted now (one read of the shared cache)."""
    try:
        limits_cache().get("ratelimit:reachable")
    except Exception:
        logger.error("The flood limits cannot be counted: the shared cache is unreachable.", exc_info=True)
        return False
    return True
