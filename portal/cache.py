"""Cache backends for Redis that keep the site up while Redis is down.

Django's RedisCache raises on every call when Redis cannot be reached, and Wagtail asks the cache for every page
URL it builds: with Redis down every page would answer 500. Both backends here stop trying Redis for
RETRY_AFTER_SECONDS after a failure, so that a page does not wait on a dead connection for each of its lookups,
and log the outage once a minute. Then:

- ResilientRedisCache ("default": Wagtail, search, anything that may go without a cache) answers as an empty cache
  would: a read finds nothing, a write keeps nothing. `incr` and `decr` still raise.
- GuardedRedisCache ("shared": the flood limits and the page cache's clock and purges) raises CacheUnreachable, at
  once while Redis is known to be down: what counts or purges must know that it did not.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5.0
LOG_AGAIN_AFTER_SECONDS = 60.0
UNREACHABLE = (RedisError, OSError)
# What each call answers while Redis is unreachable: what an empty cache that keeps nothing would answer.
EMPTY_ANSWERS = {
    "get_many": {},
    "has_key": False,
    "set": None,
    "add": False,
    "set_many": [],
    "touch": False,
    "delete": False,
    "delete_many": None,
    "clear": None,
}


class CacheUnreachable(ConnectionError):
    """Redis did not answer, or did not a moment ago."""


class _WatchedRedisCache(RedisCache):
    down_until = 0.0
    logged_at = -LOG_AGAIN_AFTER_SECONDS

    def _call(self, name: str, answer_when_down, *args, **kwargs):
        if time.monotonic() < self.down_until:
            return self._when_down(answer_when_down, None)
        try:
            return getattr(super(), name)(*args, **kwargs)
        except UNREACHABLE as error:
            now = time.monotonic()
            if now - self.logged_at >= LOG_AGAIN_AFTER_SECONDS:
                logger.error("Redis is unreachable (%s).", type(self).__name__, exc_info=True)
                self.logged_at = now
            self.down_until = now + RETRY_AFTER_SECONDS
            return self._when_down(answer_when_down, error)

    def _when_down(self, answer, error):
        raise NotImplementedError


class ResilientRedisCache(_WatchedRedisCache):
    def _when_down(self, answer, error):
        return answer.copy() if isinstance(answer, dict | list) else answer

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)


class GuardedRedisCache(_WatchedRedisCache):
    def _when_down(self, answer, error):
        raise CacheUnreachable("Redis is unreachable.") from error

    def get(self, key, default=None, version=None):
        return self._call("get", None, key, default, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", None, key, delta, version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", None, key, delta, version)


def _watched(name: str, answer_when_down):
    def method(self, *args, **kwargs):
        return self._call(name, answer_when_down, *args, **kwargs)

    method.__name__ = name
    return method


for _name, _answer in EMPTY_ANSWERS.items():
    for _backend in (ResilientRedisCache, GuardedRedisCache):
        setattr(_backend, _name, _watched(_name, _answer))
