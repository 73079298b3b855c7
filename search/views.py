"""The search page and the search box's suggestions."""

import logging
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from pagecache.store import depends_on
from reports.selectors import units_by_translation_key, units_in
from search.backends.elasticsearch import FALLBACK, SEARCH_UNAVAILABLE
from search.forms import NEWEST, SearchForm
from search.models import Kind
from search.selectors import Search, suggestions
from search.services import SEARCH
from search.text import query_words, snippet

PER_PAGE = 20

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FacetValue:
    label: str
    count: int
    query: str  # the page's query with this value picked, or dropped when it is already picked
    selected: bool


@require_GET
def search(request):
    depends_on(request, SEARCH)
    locale = Locale.get_active()
    form = SearchForm(request.GET, units=units_in(locale.pk))
    context = {"form": form, "searched": False}
    if not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    words = query_words(form.cleaned_data["q"])
    if not words:
        return render(request, "search/search.html", context)
    try:
        context.update(_results(request, form, words, locale))
    except SEARCH_UNAVAILABLE:  # the cluster is down: the database's index, kept beside it, answers
        logger.warning("Search: Elasticsearch failed, answering from the database", exc_info=True)
        context.update(_results(request, form, words, locale, backend=FALLBACK), degraded=True)
    response = render(request, "search/search.html", context)
    if context.get("degraded"):
        patch_cache_control(response, no_store=True)  # never kept: the next visitor gets the cluster again
    return response


def _results(request, form, words, locale, backend: str = "default") -> dict:
    language = get_language()
    wanted = Search(
        words=tuple(words),
        language=language,
        filters=form.filters(),
        newest=form.cleaned_data["urut"] == NEWEST,
        backend=backend,
    )
    found, facet_counts = wanted.found()
    if found.count() == 0 and len(words) > 1:
        wanted = Search(**{**vars(wanted), "any_word": True})
        found, facet_counts = wanted.found()
    paginator = Paginator(found, PER_PAGE)
    page = paginator.get_page(request.GET.get("halaman"))
    units = units_by_translation_key(locale.pk)
    for document in page:
        document.unit = units.get(document.unit_key)
        highlight = getattr(document, "highlight", "")  # Elasticsearch's, escaped by its html encoder
        document.snippet = mark_safe(highlight) if highlight else snippet(document.body, words)  # noqa: S308
        document.kind_label = Kind(document.kind).label
    query = request.GET.copy()
    query.pop("halaman", None)
    return {
        "searched": True,
        "words": words,
        "any_word": wanted.any_word,
        "more": found.more,  # more match than the RANKED held: the count says "more than"
        "sampled": found.sampled,
        "page_obj": page,
        "elided_page_range": paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
        "page_query": query.urlencode(),
        "facets": _facets(request, form, facet_counts, units),
        "picked": any(value is not None for value in wanted.filters.values()),
    }


def _facets(request, form, counts, units) -> list[tuple[str, list[FacetValue]]]:
    """Each facet's values with their counts and the links that pick or drop them, in the page's language."""
    slugs = {unit.translation_key: slug for slug, unit in form.units.items()}
    picked = form.cleaned_data
    facets = [
        ("jenis", form.fields["jenis"].label, {kind: Kind(kind).label for kind in counts["kind"]}, counts["kind"]),
        (
            "opd",
            form.fields["opd"].label,
            {slugs[key]: units[key].title for key in counts["unit_key"] if key in slugs and key in units},
            {slugs[key]: count for key, count in counts["unit_key"].items() if key in slugs},
        ),
        ("tahun", form.fields["tahun"].label, {year: str(year) for year in counts["year"]}, counts["year"]),
        ("label", form.fields["label"].label, {tag: tag for tag in counts["tag"]}, counts["tag"]),
    ]
    shown = []
    for parameter, title, labels, value_counts in facets:
        values = []
        picked_value = str(picked[parameter] or "")
        ordered = sorted(
            value_counts.items(), key=lambda item: (str(item[0]) != picked_value, -item[1], str(labels[item[0]]))
        )
        for value, count in ordered:
            selected = picked_value == str(value)
            query = request.GET.copy()
            query.pop("halaman", None)
            if selected:
                query.pop(parameter, None)
            else:
                query[parameter] = value
            values.append(FacetValue(label=labels[value], count=count, query=query.urlencode(), selected=selected))
        if values:
            shown.append((title, values))
    return shown


@require_GET
def suggest(request):
    """Up to eight titles for what is typed so far, for the search box's list (which works without them too)."""
    depends_on(request, SEARCH)
    prefix = " ".join(query_words(request.GET.get("q", "")[:100]))
    titles = []
    if len(prefix) >= 2:
        try:
            found = suggestions(prefix, get_language())
        except SEARCH_UNAVAILABLE:
            logger.warning("Search suggestions: Elasticsearch failed, answering from the database", exc_info=True)
            found = suggestions(prefix, get_language(), backend=FALLBACK)
        titles = list(dict.fromkeys(document.title for document in found))
    return JsonResponse({"suggestions": titles})
