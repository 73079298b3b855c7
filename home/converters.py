"""Path converters for what the site's addresses carry, so that a malformed address is a 404 and never reaches the
database: `<id:pk>` takes what a database key can hold (1 to 18 digits, where `int` takes numbers too large for
SQLite and PostgreSQL), `<token:code>` what `<str:…>` takes (anything but a slash: tracking codes, private links'
secrets, signatures, tags, indicator codes, which editors may type with spaces) except control characters: never a
NUL byte, which PostgreSQL refuses in a query.

Registered on import: the modules whose routes use them import this first.
"""

import re

from django.urls import register_converter
from django.urls.converters import IntConverter, StringConverter

ID_PATTERN = "[0-9]{1,18}"


def is_id(value) -> bool:
    """Whether `value` (e.g. a submitted choice) is a number a database key can hold."""
    return re.fullmatch(ID_PATTERN, str(value)) is not None


class IdConverter(IntConverter):
    regex = ID_PATTERN


class TokenConverter(StringConverter):
    regex = r"[^/\x00-\x1f\x7f]{1,200}"


register_converter(IdConverter, "id")
register_converter(TokenConverter, "token")
