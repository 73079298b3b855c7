"""The cached pages and the tags that say when each went stale.

Every cached page carries tags for what it shows: "site" (any page's content, menus, settings) always, and what
its view adds (e.g. "complaints", "forum", "thread:12", "search"). A change purges tags: each purge takes the next
tick of a clock kept in the cache and stamps its tags with it. A page stores the clock's tick from *before* it
was rendered, and it is served only while every one of its tags was last stamped no later than that tick. A page
rendered while a change committed is therefore never served, however the two interleave, and several app servers
sharing one cache (Redis) agree. A lost tag or clock (an evicted key) only costs a render, never a stale page.

A page that shows time passing (a deadline due today, "waiting 3 hours") also says until when it stays true
(`expires(request, moment)`); it is not served after that.

The clock and the stamps live in the shared cache (PAGE_CACHE_ALIAS: Redis, or the database, for every worker and
server); the pages and values themselves in each process's memory (PAGE_CACHE_ENTRIES_ALIAS), where reading them
costs no round trip. A purge in any process stamps the shared tags, so every process's copies go stale at once.
Within one request the stamps are read once per tag (`request_started`), after the clock's tick the page would be
kept with, and a purge made by the request itself updates what it read.
"""

import contextvars
import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

SITE = "site"
CLOCK = "pagecache:clock"
TAGS_ATTRIBUTE = "_page_cache_tags"
EXPIRY_ATTRIBUTE = "_page_cache_expires"
VALUE_SECONDS = 24 * 3600
_request_stamps: contextvars.ContextVar[dict | None] = contextvars.ContextVar("pagecache_stamps", default=None)
# Purges that could not reach the shared cache: stamped as soon as it answers again (at the next request), so that
# pages kept from before an outage do not outlive it.
_unstamped: set[str] = set()


@dataclass(frozen=True)
class Entry:
    tick: int  # the clock when rendering started
    tags: frozenset[str]
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    expires_at: float  # seconds since the epoch


@dataclass(frozen=True)
class Value:
    """What `remember` keeps: as an Entry, but any value instead of a response."""

    tick: int
    tags: frozenset[str]
    value: object


def depends_on(request, *tags: str) -> None:
    """Say that the page being rendered shows what `tags` name, so that purging any of them makes it stale."""
    setattr(request, TAGS_ATTRIBUTE, getattr(request, TAGS_ATTRIBUTE, frozenset()) | set(tags))


def tags_of(request) -> frozenset[str]:
    return getattr(request, TAGS_ATTRIBUTE, frozenset()) | {SITE}


def expires(request, moment: datetime) -> None:
    """Say that the page being rendered is true only until `moment` (the earliest such moment wins)."""
    setattr(request, EXPIRY_ATTRIBUTE, min(getattr(request, EXPIRY_ATTRIBUTE, moment.timestamp()), moment.timestamp()))


def expiry_of(request) -> float:
    return min(getattr(request, EXPIRY_ATTRIBUTE, float("inf")), time.time() + settings.PAGE_CACHE_SECONDS)


def purge(*tags: str) -> None:
    """Make every page showing `tags` stale once the current transaction commits (at once outside one)."""
    transaction.on_commit(lambda: _stamp(tags), robust=True)


def tick() -> int | None:
    """The clock now, started if it is not there; None when the cache does not answer."""
    try:
        value = _cache().get(CLOCK)
        if value is None:
            # Started from the wall clock, so that it runs ahead of every stamp an evicted clock ever gave.
            _cache().add(CLOCK, time.time_ns(), timeout=None)
            value = _cache().get(CLOCK)
        return value
    except Exception:
        logger.warning("The page cache is unavailable; pages are rendered.", exc_info=True)
        return None


def fetch(key: str) -> Entry | None:
    """The cached page if it is still fresh."""
    try:
        entry = _entries().get(key)
        if entry is None:
            return None
        # Read now, not from the request's memo: the middleware takes the clock's tick only after this, on a miss,
        # and the memo must never hold a stamp older than the tick the page will be kept with.
        stamps = _shared_stamps(entry.tags)
    except Exception:
        logger.warning("The page cache is unavailable; pages are rendered.", exc_info=True)
        return None
    if time.time() < entry.expires_at and _fresh(entry.tick, entry.tags, stamps):
        return entry
    return None


def keep(key: str, entry: Entry) -> None:
    """Store a rendered page until it expires, unless one of its tags has no stamp (see `_all_stamped`)."""
    try:
        timeout = entry.expires_at - time.time()
        if timeout > 0 and _all_stamped(entry.tags):
            _entries().set(key, entry, timeout=timeout)
    except Exception:
        logger.warning("The page cache is unavailable; the page is not kept.", exc_info=True)


def remember(name: str, compute, *, tags=(SITE,)):
    """`compute()`'s value, kept like a page until one of `tags` is purged: for what many pages show and few changes
    touch (menus, the footer's links, the home page's figures). The value must be the same for every visitor."""
    if not settings.PAGE_CACHE_VALUES:
        return compute()
    key = f"pagecache:value:{name}"
    tags = frozenset(tags)
    try:
        kept = _entries().get(key)
        if kept is not None and _fresh(kept.tick, kept.tags, _stamps(tags)):
            return kept.value
    except Exception:
        logger.warning("The page cache is unavailable; %s is computed.", name, exc_info=True)
        return compute()
    started = tick()
    value = compute()
    if started is not None:
        _keep_value(key, Value(started, tags, value))
    return value


def remember_rendered(request, name: str, template: str, context, *, tags=(SITE,)) -> str:
    """`template` rendered with `context()` and remembered like `remember`, once per host: the links it holds are
    the host's. For the sections one app adds to another's pages, the same for every visitor."""
    return remember(
        f"{name}:{request.get_host()}",
        lambda: render_to_string(template, context(), request=request),
        tags=tags,
    )


def remember_unless_preview(request, name: str, compute, *, tags=(SITE,)):
    """`remember`, except in a Wagtail preview: a draft's unsaved changes are not what is published."""
    if getattr(request, "is_preview", False):
        return compute()
    return remember(name, compute, tags=tags)


def _keep_value(key: str, value: Value) -> None:
    try:
        if _all_stamped(value.tags):
            _entries().set(key, value, timeout=VALUE_SECONDS)
    except Exception:
        logger.warning("The page cache is unavailable; the value is not kept.", exc_info=True)


def _all_stamped(tags) -> bool:
    """Whether every tag has a stamp. A tag without one (new, or evicted) is stamped now instead, which leaves what
    was rendered uncached this once rather than risk trusting a lost stamp."""
    stamps = _shared_stamps(tags)
    unknown = [tag for tag in tags if _tag_key(tag) not in stamps]
    if unknown:
        _stamp(unknown)
    return not unknown


def _fresh(started: int, tags, stamps: dict) -> bool:
    """Whether nothing that `tags` name changed after `started` (a missing stamp counts as a change)."""
    return all(stamps.get(_tag_key(tag), started + 1) <= started for tag in tags)


def page_key(request) -> str:
    """One entry per host, path and query string; the language is in the path."""
    address = f"{request.get_host()}{request.get_full_path()}"
    return f"pagecache:page:{hashlib.sha256(address.encode()).hexdigest()}"


def _stamp(tags) -> None:
    tags = set(tags)
    try:
        cache = _cache()
        try:
            moment = cache.incr(CLOCK)
        except ValueError:  # no clock yet, or it was evicted
            cache.add(CLOCK, time.time_ns(), timeout=None)
            moment = cache.incr(CLOCK)
        stamps = {_tag_key(tag): moment for tag in tags}
        cache.set_many(stamps, timeout=None)
        known = _request_stamps.get()
        if known is not None:
            known.update(stamps)  # this request sees its own purge at once
        _unstamped.difference_update(tags)
    except Exception:
        # A purge that cannot reach the cache leaves pages that may be stale: say so loudly, and try again.
        logger.error("Could not purge the page cache for %s.", ", ".join(sorted(tags)), exc_info=True)
        _unstamped.update(tags)


def request_started() -> contextvars.Token:
    """Read each tag's stamp once for the rest of this request (the middleware calls this, and `request_finished`),
    after any purge that failed earlier is done."""
    if _unstamped:
        _stamp(set(_unstamped))
    return _request_stamps.set({})


def request_finished(token: contextvars.Token) -> None:
    _request_stamps.reset(token)


def _shared_stamps(tags) -> dict:
    """The stamps of `tags` as the shared cache holds them now (a missing one is absent)."""
    return _cache().get_many([_tag_key(tag) for tag in tags])


def _stamps(tags) -> dict:
    """The shared stamps of `tags` (a missing one is absent), read once per request."""
    known = _request_stamps.get()
    if known is None:
        return _shared_stamps(tags)
    keys = [_tag_key(tag) for tag in tags]
    missing = [key for key in keys if key not in known]
    if missing:
        found = _cache().get_many(missing)
        known.update({key: found.get(key) for key in missing})
    return {key: known[key] for key in keys if known[key] is not None}


def _tag_key(tag: str) -> str:
    return f"pagecache:tag:{tag}"


def _cache():
    """The shared cache: the clock and the tags' stamps."""
    return caches[settings.PAGE_CACHE_ALIAS]


def _entries():
    """This process's cache: the pages and values, checked against the shared stamps."""
    return caches[settings.PAGE_CACHE_ENTRIES_ALIAS]
