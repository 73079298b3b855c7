"""Reads for the home page. Other apps contribute key figures through the `portal_key_figures` hook and the
first screen's buttons through `portal_home_actions`, so that `home` never imports the apps built on top of it."""

from dataclasses import dataclass
from functools import lru_cache

from django.db.models import F
from django.db.models.functions import Coalesce
from wagtail import hooks
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class Card:
    """A page as the home page lists it."""

    title: str
    url: str
    intro: str
    language: str  # of its text: an untranslated alias shows its source's
    date: object = None  # a listing's publication date


@dataclass(frozen=True)
class KeyFigure:
    value: int
    label: str
    url: str = ""


@dataclass(frozen=True)
class HomeAction:
    """A button on the home page's first screen: what most visitors came to do."""

    label: str
    url: str
    primary: bool = False


def with_source_language(pages):
    """Annotate the language of an alias's source text, for `lang` attributes in listings."""
    return pages.annotate(source_language=F("alias_of__locale__language_code"))


def home_entry_points(home: Page):
    """The sections under the home page that are in the menu: every card links to a live page."""
    return with_source_language(home.get_children().live().public().in_menu()).specific()


def home_actions(home: Page) -> list[HomeAction]:
    """The buttons the apps put on the home page's first screen (`portal_home_actions`, called with the home page);
    like the figures, they must follow from published pages only."""
    return [action for hook in hooks.get_hooks("portal_home_actions") for action in hook(home)]


def home_key_figures(home: Page) -> list[KeyFigure]:
    """The figures the apps add; they must follow from published pages only, as the home page keeps them until a
    page changes (see HomePage.get_context)."""
    figures = []
    for hook in hooks.get_hooks("portal_key_figures"):
        figures.extend(hook(home))
    return figures


def latest_information_pages(pages, home: Page, limit: int = 3):
    """The newest of `pages` (information pages) below the home page's sections, newest publication date first."""
    return (
        with_source_language(pages.live().public().descendant_of(home))
        .filter(depth__gt=home.depth + 1)
        .annotate(sort_date=Coalesce("date", "first_published_at__date"))
        .order_by("-sort_date", "-pk")[:limit]
    )


def cards(request, pages) -> list[Card]:
    """`pages` (annotated with `source_language`, or translated) as the home page lists them."""
    return [
        Card(
            title=page.title,
            url=page.get_url(request),
            intro=getattr(page.specific, "intro", ""),
            language=getattr(page, "source_language", None) or locale_code(page.locale_id),
            date=getattr(page, "sort_date", None),
        )
        for page in pages
    ]


@lru_cache(maxsize=64)
def locale_code(locale_id: int) -> str:
    """Locales are a handful of rows that never change their code: no query per listed page."""
    return Locale.objects.values_list("language_code", flat=True).get(pk=locale_id)
