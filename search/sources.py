"""Turning pages, threads and complaints into search documents, and deciding what may become one.

Every page type takes part; another model takes part by declaring `search_fields` (the text to find it by),
`search_facets()` (its kind, unit, year, date and tags), `search_url(language)` and `get_indexed_objects()`,
the public ones: that is where each model keeps out what is not public (*rahasia* and unverified complaints,
hidden threads). Such models are not `index.Indexed`, so Wagtail never indexes them by itself. Pages must be
live and outside any view restriction.
The text comes only from the fields `search_fields` names, so identities and internal notes, which no
`search_fields` names, cannot reach the index.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Manager
from django.utils import translation
from modelsearch import index
from wagtail.models import Page

from search.models import Kind


@dataclass
class Draft:
    """A search document before it is saved: what a source says about itself."""

    language: str
    kind: str
    title: str
    body: str
    url: str
    part: str = ""
    unit_key: object = None
    year: int | None = None
    date: datetime.date | None = None
    tags: list[str] = field(default_factory=list)


def searchable_models() -> list[type]:
    """The models besides pages whose objects may become documents: those with `search_facets`."""
    return [model for model in apps.get_models() if hasattr(model, "search_facets") and not issubclass(model, Page)]


def public_instance(model, pk):
    """The object if the public may find it, else None (deleted, unpublished, restricted, private, hidden)."""
    if issubclass(model, Page):
        return _public_pages().filter(pk=pk).first()
    return model.get_indexed_objects().filter(pk=pk).first()


def all_public():
    """Every object the public may find: live unrestricted pages, then the public objects of other models."""
    yield from _public_pages().iterator(chunk_size=500)
    for model in searchable_models():
        yield from model.get_indexed_objects().iterator(chunk_size=500)


def _public_pages():
    return Page.objects.live().public().filter(depth__gt=1).specific().select_related("locale")


def drafts_for(obj) -> list[Draft]:
    """The documents of one public object: one per language for threads and complaints, one for a page."""
    facets = obj.search_facets() if hasattr(obj, "search_facets") else {}
    if isinstance(obj, Page):
        title, body = text_of(obj)
        language = obj.locale.language_code
        published = obj.first_published_at or obj.last_published_at  # a republish does not make a page new
        main = Draft(
            language=language,
            kind=facets.get("kind", Kind.PAGE),
            title=title,
            body=body,
            url=obj.get_url() or "",
            unit_key=facets.get("unit_key"),
            year=facets.get("year"),
            date=facets.get("date") or (published.date() if published else None),
        )
        return [main] + [_part(main, part) for part in facets.get("parts", [])]
    drafts = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            url = obj.search_url(language)
        title, body = text_of(obj, language)
        if url:
            drafts.append(
                Draft(
                    language=language,
                    title=title,
                    body=body,
                    url=url,
                    kind=facets["kind"],
                    unit_key=facets.get("unit_key"),
                    year=facets.get("year"),
                    date=facets.get("date"),
                    tags=facets.get("tags", []),
                )
            )
    return drafts


def _part(main: Draft, part: dict) -> Draft:
    """A document for a part of a page (an indicator of a report) that opens the page at that part."""
    return Draft(
        language=main.language,
        kind=part["kind"],
        part=part["anchor"],
        title=part["title"],
        body=part["body"],
        url=f"{main.url}#{part['anchor']}",
        unit_key=main.unit_key,
        year=main.year,
        date=main.date,
    )


def text_of(obj, language: str | None = None) -> tuple[str, str]:
    """The title and the body text of `obj`, from the fields its `search_fields` name, as Wagtail reads them; in
    `language`, a field `x` is read from `x_<language>` where the object has that field filled (a list entry's
    `title_en`), so that another language's document has that language's words where there are any.

    A boosted field other than the title is another name for the thing, such as a unit's short name; it joins
    the title in brackets ("Satuan Polisi Pamong Praja (Satpol PP)"), which weighs as the title does.
    """
    titles, names, bodies = [], [], []
    for search_field in type(obj).search_fields:
        for field_name, value in _values(obj, search_field, language):
            if field_name == "title":
                titles.append(value)
            elif getattr(search_field, "boost", None) and value:
                names.append(value)
            else:
                bodies.append(value)
    title = " ".join(titles)
    names = [name for name in names if name.casefold() not in title.casefold()]
    return " ".join([title, *(f"({name})" for name in names)]), "\n".join(value for value in bodies if value)


def _values(obj, search_field, language=None):
    if isinstance(search_field, index.SearchField):
        translated = None
        if language and language != settings.LANGUAGE_CODE:  # never `x_id`, a foreign key's column
            translated = getattr(obj, f"{search_field.field_name}_{language}", None)
        yield search_field.field_name, _plain(translated or search_field.get_value(obj))
    elif isinstance(search_field, index.RelatedFields):
        related = search_field.get_value(obj)
        if related is None:
            return
        related = related.all() if isinstance(related, Manager) else [related]
        for item in related:
            for sub_field in search_field.fields:
                yield from _values(item, sub_field, language)


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_plain(item) for item in value.values())
    return str(value)
