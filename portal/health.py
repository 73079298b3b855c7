"""For a load balancer: `/healthz` says the process answers (it touches nothing), `/readyz` whether this server can
serve: the database, the cache, the background work (a worker beating and no queue late, where tasks wait for a
worker) and Elasticsearch when configured. Each is named with "ok" or "failing" and nothing more: no error, address
or version reaches the public. Elasticsearch alone failing is "degraded" and still 200: the search page answers
from the database then (search.views), and taking every server out of the load balancer would stop the whole site.
ProbeMiddleware answers both before any other middleware, so that a probe opens no session, looks up no site, checks
no host name, never meets the page cache, and gets a 503, not a 500, when the database or the cache is down; no
cache keeps the answer."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from search.analytics import client, elasticsearch_url
from worker.health import background_health, uses_a_worker

logger = logging.getLogger(__name__)
OPTIONAL = {"elasticsearch"}  # the site serves without it, in a degraded way


@never_cache
@require_safe
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
@require_safe
def readyz(request):
    checks = {"database": _database, "cache": _cache}
    if uses_a_worker():
        checks["tasks"] = lambda: background_health().ok
    if elasticsearch_url():
        checks["elasticsearch"] = lambda: client().options(request_timeout=2).ping()
    results = {name: _passes(name, check) for name, check in checks.items()}
    ready = all(passed for name, passed in results.items() if name not in OPTIONAL)
    status = ("ready" if all(results.values()) else "degraded") if ready else "not ready"
    body = {"status": status, "checks": {n: "ok" if r else "failing" for n, r in results.items()}}
    return JsonResponse(body, status=200 if ready else 503)


def _passes(name: str, check) -> bool:
    try:
        return bool(check())
    except Exception:  # whatever the dependency raised, it is not ready; the log says why, the response does not
        logger.warning("Readiness check %s failed", name, exc_info=True)
        return False


def _database() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache() -> bool:
    key, value = "readyz", uuid.uuid4().hex
    cache.set(key, value, 10)
    return cache.get(key) == value


PROBES = {"/healthz": healthz, "/readyz": readyz}


class ProbeMiddleware:
    """The first of the middleware (settings.MIDDLEWARE): the probes' addresses never reach the others."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info)
        return probe(request) if probe else self.get_response(request)
