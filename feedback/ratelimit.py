"""Flood limits: how often one address or account did something in the last hour, counted in the cache.

A public service fails open: when the cache is down the limits are skipped (and logged), not the service.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600


def hits(key: str) -> int:
    """How many times `key` was counted in its current window; 0 when the cache is unavailable."""
    try:
        return int(cache.get(f"ratelimit:{key}") or 0)
    except Exception:
        logger.warning("Rate limit %s skipped: the cache is unavailable.", key, exc_info=True)
        return 0


def hit(key: str) -> int:
    """Count one more for `key` in its window (which starts at the first hit) and return the new count."""
    key = f"ratelimit:{key}"
    try:
        if cache.add(key, 1, timeout=WINDOW_SECONDS):
            return 1
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        return 1
    except Exception:
        logger.warning("Rate limit %s skipped: the cache is unavailable.", key, exc_info=True)
        return 0


def unhit(key: str) -> None:
    """Give back one count, e.g. for a request that turned out to change nothing."""
    try:
        cache.decr(f"ratelimit:{key}")
    except Exception:  # expired, or the cache is down: nothing to give back
        logger.debug("Rate limit %s: nothing to give back.", key, exc_info=True)


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")
