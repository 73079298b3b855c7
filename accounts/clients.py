"""The client's real address behind the site's own proxies, for every flood limit, login lock and log line.

Behind a TLS proxy every request comes from the proxy's address. Each proxy appends the address it was talking to
onto `X-Forwarded-For`, so the header is read from the right: while the hop that handed the request on is one of
`TRUSTED_PROXIES`, the address before it is believed, and the first address that is not a trusted proxy is the
client. Anything further left was written by the client and may be made up. Without the setting, or when the
request does not come from a trusted proxy, the header is ignored and the connection's address is the client.

The middleware puts that address in `REMOTE_ADDR`, so that Django, allauth's limits and the portal's own all see
the same client.
"""

import ipaddress
from functools import cache

from django.conf import settings

ORIGINAL_ADDRESS = "PORTAL_PROXY_ADDR"  # the connection's own address, kept in request.META


class ClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        peer = request.META.get("REMOTE_ADDR", "")
        request.META[ORIGINAL_ADDRESS] = peer
        request.META["REMOTE_ADDR"] = client_behind_proxies(peer, request.META.get("HTTP_X_FORWARDED_FOR", ""))
        return self.get_response(request)


def client_behind_proxies(peer: str, forwarded_for: str) -> str:
    """The first address, reading from the connection back along `X-Forwarded-For`, that is not a trusted proxy."""
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    address = peer
    while _trusted(address) and hops:
        candidate = hops.pop()
        if _parsed(candidate) is None:
            break  # a malformed hop: stop at the last proxy we trust rather than believe it
        address = candidate
    return address


def _trusted(address: str) -> bool:
    parsed = _parsed(address)
    return parsed is not None and any(parsed in network for network in _trusted_networks())


def _parsed(address: str):
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


@cache
def _networks(proxies: tuple[str, ...]):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _trusted_networks():
    return _networks(tuple(settings.TRUSTED_PROXIES))
