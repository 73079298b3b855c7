"""Open311's two formats. Every answer is a list or a mapping of plain values; JSON writes it as it is, XML as the
GeoReport v2 specification names its elements (a list inside `<services>` is a `<service>` each, and so on)."""

import json
from xml.etree import ElementTree

from django.http import HttpResponse

CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
ITEMS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}
"""The element of each item of a list, by the list's element."""


def respond(data, fmt: str, root: str, *, status: int = 200) -> HttpResponse:
    """`data` in `fmt`: JSON as it is, XML under `root` (a list's items named after it, as in ITEMS)."""
    if fmt == "json":
        body = json.dumps(data, ensure_ascii=False)
    else:
        element = ElementTree.Element(root)
        _fill(element, data)
        body = ElementTree.tostring(element, encoding="unicode", xml_declaration=True)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt], status=status)
    response["Access-Control-Allow-Origin"] = "*"  # public data, read by other sites' scripts too
    return response


def errors(fmt: str, status: int, *descriptions: str) -> HttpResponse:
    """The specification's error list: each problem with the HTTP status as its code."""
    return respond([{"code": status, "description": str(text)} for text in descriptions], fmt, "errors", status=status)


def _fill(element: ElementTree.Element, value) -> None:
    if isinstance(value, list):
        for item in value:
            _fill(ElementTree.SubElement(element, ITEMS.get(element.tag, "item")), item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _fill(ElementTree.SubElement(element, key), item)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)
