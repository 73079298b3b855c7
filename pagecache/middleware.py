"""Serves anonymous visitors' GET requests from the page cache, and keeps what may be served to all of them.

A request is answered from the cache only when it carries no session and no pending messages (a logged-in user
always has a session), and a response is kept only when it is the same for every such visitor: a 200 without
cookies, not marked private, not holding a CSRF token (a form that posts), and not under an excluded path (the
admin, accounts). Cached or not, a page kept here tells front caches how long they may keep it (Cache-Control
with stale-while-revalidate, and Last-Modified); Django's ConditionalGetMiddleware answers revalidations with 304.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from pagecache import store

HIT_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = store.request_started()
        try:
            return self._respond(request)
        finally:
            store.request_finished(token)

    def _respond(self, request):
        if not self._may_use_cache(request):
            return self.get_response(request)
        key = store.page_key(request)
        entry = store.fetch(key)
        if entry is not None:
            return self._replay(entry)
        tick = store.tick()
        response = self.get_response(request)
        if tick is not None and self._may_keep(request, response):
            self._mark_public(response)
            headers = tuple(response.items())
            entry = store.Entry(
                tick, store.tags_of(request), response.status_code, headers, response.content, store.expiry_of(request)
            )
            store.keep(key, entry)
            response[HIT_HEADER] = "miss"
        return response

    @staticmethod
    def _may_use_cache(request) -> bool:
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False
        return not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))

    @staticmethod
    def _may_keep(request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False  # the page holds a CSRF token, which belongs to one visitor
        if getattr(request, "session", None) is not None and request.session.modified:
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-store", "no-cache"))

    @staticmethod
    def _mark_public(response) -> None:
        if "Last-Modified" not in response:
            response["Last-Modified"] = http_date()
        if "max-age" in response.get("Cache-Control", ""):
            return  # the view chose its own (e.g. the open-data downloads)
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_MAX_AGE,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )

    @staticmethod
    def _replay(entry: store.Entry) -> HttpResponse:
        response = HttpResponse(entry.content, status=entry.status)
        for name, value in entry.headers:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response
