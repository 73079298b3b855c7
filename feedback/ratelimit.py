"""Flood limits: how often one address or account did something in the last hour, counted in the cache.

`attempt(key, limit)` counts a try as it starts and keeps the count only if the try is kept: a form sent back
with errors, or a service that refused or failed, costs the resident nothing. The counts live in the shared cache
(accounts/limits.py). When it is down, a limit is skipped (and logged), except for an attempt made with
`fail_closed=True` (filing a complaint), which raises LimitsUnavailable for the view to ask the resident to try
again in a moment.
"""

import logging
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

from accounts.limits import limits_cache

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600


class LimitsUnavailable(Exception):
    """The shared cache that counts the limits cannot be reached."""


@dataclass
class Attempt:
    allowed: bool  # within the limit: go ahead
    kept: bool = field(default=False, init=False)
    refused_by: list[str] = field(default_factory=list, init=False)  # the limits reached (attempts)

    def keep(self) -> None:
        """The try did something (filed, posted): it counts against the limit."""
        self.kept = True


@contextmanager
def attempt(key: str, limit: int, fail_closed: bool = False) -> Iterator[Attempt]:
    """One try at something allowed `limit` times an hour for `key`; given back on leaving unless kept.

    Raises LimitsUnavailable, before anything is tried, when the count cannot be kept and `fail_closed` is set."""
    try:
        count = _count(key)
    except LimitsUnavailable:
        if fail_closed:
            raise
        logger.warning("Rate limit %s skipped: the cache is unavailable.", key, exc_info=True)
        count = 0
    try_ = Attempt(allowed=count <= limit)
    try:
        yield try_
    finally:
        if count and not (try_.allowed and try_.kept):
            _give_back(key)


@contextmanager
def attempts(limits: dict[str, int], fail_closed: bool = False) -> Iterator[Attempt]:
    """One try under several limits at once (e.g. the account's and the address's): allowed if all allow it; the
    keys of those that do not are its `refused_by`."""
    with ExitStack() as stack:
        tries = {key: stack.enter_context(attempt(key, limit, fail_closed)) for key, limit in limits.items()}
        together = Attempt(allowed=all(try_.allowed for try_ in tries.values()))
        together.refused_by = [key for key, try_ in tries.items() if not try_.allowed]
        yield together
        if together.kept:
            for try_ in tries.values():
                try_.keep()


def reached(key: str, limit: int) -> bool:
    """Whether `key` was counted `limit` times this hour, without counting anything: a read, for limits on failures
    only (see `failure`); False when the cache is down."""
    return used(key) >= limit


def used(key: str) -> int:
    """How many times `key` was counted this hour, without counting anything; 0 when the cache is down."""
    try:
        return limits_cache().get(f"ratelimit:{key}") or 0
    except Exception:
        logger.warning("Rate limit %s skipped: the cache is unavailable.", key, exc_info=True)
        return 0


def failure(key: str) -> None:
    """Count one failure for `key` (e.g. a tracking code that matched nothing); nothing when the cache is down."""
    try:
        _count(key)
    except LimitsUnavailable:
        logger.warning("Failure for %s not counted: the cache is unavailable.", key, exc_info=True)


def per_device_and_address(request, name: str, *, per_device: int, per_address: int) -> dict[str, int]:
    """{limit key: allowed per hour} of a public form: the device's (its session, once the form was shown) and the
    address's, which allows more (a carrier's address is shared by a neighbourhood)."""
    limits = {address_key(request, name): per_address}
    if request.session.session_key:
        limits[f"{name}:device:{request.session.session_key}"] = per_device
    return limits


def address_key(request, name: str) -> str:
    """The key of `name`'s limit for the request's address (per_device_and_address)."""
    return f"{name}:{client_address(request)}"


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _count(key: str) -> int:
    """Count one more for `key` in its window (which starts at the first count)."""
    cache = limits_cache()
    try:
        if cache.add(f"ratelimit:{key}", 1, timeout=WINDOW_SECONDS):
            return 1
        try:
            return cache.incr(f"ratelimit:{key}")
        except ValueError:  # the key expired between add and incr
            cache.set(f"ratelimit:{key}", 1, timeout=WINDOW_SECONDS)
            return 1
    except Exception as error:  # the set above included: a cache lost mid-count is unavailable, not a 500
        raise LimitsUnavailable from error


def _give_back(key: str) -> None:
    try:
        limits_cache().decr(f"ratelimit:{key}")
    except Exception:  # expired, or the cache is down: nothing to give back
        logger.debug("Rate limit %s: nothing to give back.", key, exc_info=True)
