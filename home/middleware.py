"""Wagtail finds the request's Site and then its page, level by level, with queries on every request: the Site
lookup one, a report four levels down eight (the language's root, then each level's child and its specific page).
Both answers change only when a site or a page changes, so they are remembered like the menus
(pagecache.store.remember, purged with "site") and handed to Wagtail before it asks."""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.views import serve

from pagecache.store import remember


class RememberedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail's own lookup (Site.find_for_request) keeps its answer on the request under this name.
        request._wagtail_site = remember(_site_key(request), lambda: Site._find_for_request(request))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and request._wagtail_site is not None:
            _route_from_memory(request, view_kwargs.get("path", view_args[0] if view_args else ""))


def _site_key(request) -> str:
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"site-for:{hostname}:{request.get_port()}"


def _route_from_memory(request, path: str) -> None:
    """Route the request as Wagtail would, from the page it reached the last time this path was asked for.

    What is remembered is that page and how many of the path's parts led to it; the page's own `route` then takes
    the rest, as it would have (a RoutablePage resolves its sub-path, which costs no query; any other page answers
    for itself if it is live). A path that leads nowhere is not remembered, so that made-up addresses fill nothing.
    """
    site = request._wagtail_site
    parts = [part for part in path.split("/") if part]
    try:
        page, used = remember(f"route:{site.pk}:{get_language()}:{path}", lambda: _reached(request, site, path))
    except Http404:
        return  # Wagtail has already noted on the request that there is no such page
    try:
        # Wagtail's own routing (Page.route_for_request) keeps its answer on the request under this name.
        request._wagtail_route_for_request = page.route(request, parts[used:])
    except Http404:
        request._wagtail_route_for_request = None


def _reached(request, site, path: str) -> tuple[Page, int]:
    """The page Wagtail's routing reaches for `path`, and how many of the path's parts its levels took."""
    found = Page.route_for_request(request, path)
    if found is None:
        raise Http404
    page = found[0]
    return page, page.depth - site.root_page.depth  # a language's root is a sibling of the site's root page
