"""Wagtail looks up the request's Site with a query on every request; the answer changes only when a site or a page
changes, so it is remembered like the menus (pagecache.store.remember) and handed to Wagtail before it asks."""

from django.http.request import split_domain_port
from wagtail.models import Site

from pagecache.store import remember


class RememberedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail's own lookup (Site.find_for_request) keeps its answer on the request under this name.
        request._wagtail_site = remember(_site_key(request), lambda: Site._find_for_request(request))
        return self.get_response(request)


def _site_key(request) -> str:
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"site-for:{hostname}:{request.get_port()}"
