"""An Elasticsearch node that answers from recorded exchanges instead of the network, for contract tests.

The real `elasticsearch` client serialises every request (JSON, or NDJSON for `_bulk`), checks every answer's
product header and parses it, as it does over HTTP; only the node below it is replaced (the transport's
`node_class`). The node keeps each request and answers with the first exchange whose method and path match, in the
shape Elasticsearch 8 answers it. `_bulk` is answered item by item, as Elasticsearch does. A recording marked
`down` refuses every connection, as a stopped cluster does.
"""

import json
import re
from dataclasses import dataclass, field
from typing import ClassVar

from elastic_transport import ApiResponseMeta, BaseNode, ConnectionError, HttpHeaders  # noqa: A004
from elastic_transport._node import NodeApiResponse

HEADERS = {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}


@dataclass
class Request:
    method: str
    path: str
    query: str
    body: object  # the parsed JSON, a list of the NDJSON lines for _bulk, or None

    def __repr__(self):
        return f"{self.method} {self.path}"


@dataclass
class Recording:
    """Exchanges as (method, path pattern, status, body); a body may be a function of the request's body. The
    requests the node received, in order."""

    exchanges: list[tuple[str, str, int, object]]
    requests: list[Request] = field(default_factory=list)
    down: bool = False

    def answer(self, method: str, target: str, body: bytes | None) -> tuple[int, object]:
        if self.down:
            raise ConnectionError("Connection refused")
        path, _, query = target.partition("?")
        text = body.decode() if body else ""
        parsed = [json.loads(line) for line in text.splitlines()] if path.endswith("/_bulk") else None
        self.requests.append(Request(method, path, query, parsed if parsed is not None else json.loads(text or "null")))
        if path.endswith("/_bulk"):
            actions = [line for line in parsed if set(line) & {"index", "create", "delete", "update"}]
            items = [
                {name: {**meta, "status": 201, "result": "created"}}
                for action in actions
                for name, meta in action.items()
            ]
            return 200, {"took": 3, "errors": False, "items": items}
        for exchange_method, pattern, status, answer in self.exchanges:
            if exchange_method == method and re.fullmatch(pattern, path):
                return status, answer(self.requests[-1].body) if callable(answer) else answer
        raise AssertionError(f"nothing recorded for {method} {path}")

    def sent(self, method: str, pattern: str) -> list[Request]:
        return [
            request for request in self.requests if request.method == method and re.fullmatch(pattern, request.path)
        ]


class RecordedNode(BaseNode):
    _CLIENT_META_HTTP_CLIENT = ("rec", "1.0")
    recording: ClassVar[Recording | None] = None

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        status, answer = self.recording.answer(method, target, body)
        meta = ApiResponseMeta(
            status=status, http_version="1.1", headers=HttpHeaders(HEADERS), duration=0.0, node=self.config
        )
        return NodeApiResponse(meta, b"" if method == "HEAD" else json.dumps(answer).encode())

    def close(self):
        pass


ALIAS = "portal_search_searchdocument"
OLD = f"{ALIAS}_old1234"
NEW = rf"/{ALIAS}_[a-z0-9]{{7}}"  # a new index, named by the rebuild
ACKNOWLEDGED = {"acknowledged": True}
SHARDS = {"_shards": {"total": 1, "successful": 1, "failed": 0}}


def exchanges(*, alias_exists: bool = True, index_exists: bool = False, hits=(), buckets=None) -> list:
    """How Elasticsearch 8 answers what a rebuild and a search send: the search document's alias points at OLD
    (or, before aliases, an index has the alias's name); other indices exist under no name yet. A search finds
    `hits` ((primary key, more of the hit)); a facet's aggregation has `buckets` ({name: [(key, count)]})."""
    return [
        ("HEAD", f"/_alias/{ALIAS}", 200 if alias_exists else 404, None),
        ("HEAD", "/_alias/.+", 404, None),
        ("HEAD", f"/{ALIAS}", 200 if index_exists else 404, None),
        ("HEAD", "/[^/]+", 404, None),
        ("GET", f"/_alias/{ALIAS}", 200, {OLD: {"aliases": {ALIAS: {}}}}),
        ("PUT", "/[^/_]+[^/]*/_mapping", 200, ACKNOWLEDGED),
        ("PUT", "/[^/]+/_doc/[^/]+", 201, {"result": "created", "_version": 1, **SHARDS}),
        ("PUT", "/[^/]+", 200, {**ACKNOWLEDGED, "shards_acknowledged": True}),
        ("POST", "/[^/]+/_refresh", 200, SHARDS),
        ("POST", "/_aliases", 200, ACKNOWLEDGED),
        ("DELETE", "/[^/]+", 200, ACKNOWLEDGED),
        ("POST", f"/{ALIAS}/_count", 200, {"count": len(hits), **SHARDS}),
        ("POST", f"/{ALIAS}/_search", 200, lambda body: _answer(body, hits, buckets or {})),
    ]


def _answer(body: dict, hits, buckets: dict) -> dict:
    """A search's hits, or a facet's terms aggregation, as Elasticsearch answers them."""
    answer = {"took": 2, "timed_out": False, **SHARDS}
    answer["hits"] = {"total": {"value": len(hits), "relation": "eq"}, "max_score": 1.0, "hits": []}
    if "aggregations" in body:
        answer["aggregations"] = {}
        for name, aggregation in body["aggregations"].items():
            found = [{"key": key, "doc_count": count} for key, count in buckets.get(name, [])]
            terms = {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": found}
            nested = "filter" in aggregation  # a filter aggregation around the terms one
            total = sum(bucket["doc_count"] for bucket in found)
            answer["aggregations"][name] = {"doc_count": total, "values": terms} if nested else terms
    else:
        answer["hits"]["hits"] = [
            {"_index": OLD, "_id": f"search.SearchDocument:{pk}", "_score": 2.5, "fields": {"pk": [str(pk)]}, **extra}
            for pk, extra in hits
        ]
    return answer
