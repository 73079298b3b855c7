"""With Redis configured but unreachable the site is degraded, not down: pages are served without the cache, while
what must not go unlimited (logins) refuses with a 503, and a purge that could not be made is made once Redis is
back. Nothing listens on 127.0.0.1:1, so every connection there is refused, as with a stopped Redis."""

import time

import pytest
from django.core.cache import caches
from django.urls import reverse

from pagecache import store
from portal.cache import CacheUnreachable, GuardedRedisCache, ResilientRedisCache
from reports.models import PerformanceReportPage
from tests.accounts.factories import ResidentFactory

UNREACHABLE = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "portal.cache.ResilientRedisCache", "LOCATION": UNREACHABLE},
        "shared": {"BACKEND": "portal.cache.GuardedRedisCache", "LOCATION": UNREACHABLE},
    }
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_VALUES = True


def test_the_home_page_a_report_and_the_complaint_form_are_served_while_redis_is_down(client, demo, redis_down):
    report = PerformanceReportPage.objects.live().filter(locale__language_code="id").first()
    paths = ["/", report.url, "/pengaduan/ajukan/", "/perangkat-daerah/", "/dasbor-kinerja/", "/pengaduan/daftar/"]

    for path in [*paths, "/forum/", "/cari/?q=jalan", "/en/"]:
        response = client.get(path)
        assert response.status_code == 200, path


def test_logging_in_is_refused_with_a_503_while_failed_logins_cannot_be_counted(client, db, redis_down):
    ResidentFactory(username="maria", email="maria@example.com")

    response = client.post(reverse("account_login"), {"login": "maria", "password": "any-password-at-all"})

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "_auth_user_id" not in client.session


def test_the_resilient_cache_answers_as_an_empty_cache_and_stops_trying_for_a_moment(redis_down):
    cache = caches["default"]
    assert isinstance(cache, ResilientRedisCache)

    assert cache.get("key", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set("key", "value") is None
    started = time.monotonic()
    for _ in range(100):
        cache.get("key")
    assert cache.down_until > time.monotonic()  # within the pause: Redis is not asked again
    assert time.monotonic() - started < 1


def test_the_guarded_cache_raises_so_that_limits_and_purges_know(redis_down):
    cache = caches["shared"]
    assert isinstance(cache, GuardedRedisCache)

    with pytest.raises(CacheUnreachable):
        cache.get("ratelimit:x")
    with pytest.raises(CacheUnreachable):
        cache.incr("pagecache:clock")


def test_a_purge_made_while_redis_is_down_is_made_once_it_answers_again(
    db, settings, redis_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        store.purge("thread:7")
    assert "thread:7" in store._unstamped

    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "back-again"},
    }
    token = store.request_started()
    store.request_finished(token)

    assert "thread:7" not in store._unstamped
    assert store._shared_stamps(["thread:7"])  # stamped now
