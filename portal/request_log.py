"""One JSON line per request on the `portal.requests` logger: a request id (the proxy's X-Request-ID when it sends a
sane one, else a new one, and returned in the response), method, path, status, time taken and what kind of user
asked (anonymous, resident, staff). Never personal data: no address, no account, no query string, and any path
segment that looks like a secret (a private link's, an unsubscribe token) is replaced by `…`."""

import json
import logging
import re
import time
import uuid

from accounts.second_factor import is_staff_account

logger = logging.getLogger("portal.requests")
HEADER = "X-Request-ID"
SANE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
SECRET_LIKE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{16,}$")


def redacted(path: str) -> str:
    return "/".join("…" if SECRET_LIKE.match(segment) else segment for segment in path.split("/"))


def user_kind(request) -> str:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return "anonymous"
    return "staff" if is_staff_account(user) else "resident"


class RequestLogMiddleware:
    """Outside everything but the probes, so that it times and sees every response, errors included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(HEADER, "")
        request.id = given if SANE_ID.match(given) else uuid.uuid4().hex
        started = time.monotonic()
        response = self.get_response(request)
        response[HEADER] = request.id
        if logger.isEnabledFor(logging.INFO):
            record = {
                "request_id": request.id,
                "method": request.method,
                "path": redacted(request.path_info),
                "status": response.status_code,
                "ms": round((time.monotonic() - started) * 1000, 1),
                "user": user_kind(request),
            }
            logger.info(json.dumps(record, ensure_ascii=False))
        return response
