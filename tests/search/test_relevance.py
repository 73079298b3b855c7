"""The relevance set on the demo site: for each query, what a resident expects is among the first results.

Every case searches the demo site built once for the session (tests/conftest.py), in a transaction it rolls back.
"""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.selectors import Search
from search.text import query_words
from tests.search.relevance_queries import CASES, Case

NO_FILTERS = {"kind": None, "unit_key": None, "year": None, "tag": None}
SHOWN = 10  # results listed when a case fails


def ranking_backend() -> str:
    """Where the ranking happens: Elasticsearch when it is configured, otherwise the database engine."""
    return "elasticsearch" if "elasticsearch" in type(get_search_backend()).__module__ else connection.vendor


@pytest.mark.parametrize("case", CASES, ids=str)
def test_residents_find_what_they_expect_near_the_top(case: Case, demo, request):
    backend = ranking_backend()
    if backend in case.misranked_on:
        request.applymarker(pytest.mark.xfail(reason=case.why, strict=True))
    search = Search(words=tuple(query_words(case.query)), language=case.language, filters=NO_FILTERS)

    documents = search.found()[0][: max(case.top, SHOWN)]  # in the order the search page shows

    position = next((number for number, document in enumerate(documents, 1) if case.expects(document)), None)
    listing = "\n".join(
        f"{number:>3}. {document.kind:<9} {document.title}  ({document.url})"
        for number, document in enumerate(documents, 1)
    )
    assert position is not None and position <= case.top, (
        f"{case.query!r} ({case.language}) on {backend}: expected a {case.kind or 'document'} titled like "
        f"{case.title!r} in the first {case.top}, found it "
        f"{f'at {position}' if position else f'not in the first {len(documents)}'}:\n{listing}"
    )
