"""Reads for the home page. Other apps contribute key figures through the `portal_key_figures` hook,
so that `home` never imports the apps built on top of it."""

from dataclasses import dataclass

from django.db.models import F
from django.db.models.functions import Coalesce
from wagtail import hooks
from wagtail.models import Page


@dataclass(frozen=True)
class KeyFigure:
    value: int
    label: str
    url: str = ""


def with_source_language(pages):
    """Annotate the language of an alias's source text, for `lang` attributes in listings."""
    return pages.annotate(source_language=F("alias_of__locale__language_code"))


def home_entry_points(home: Page):
    """The sections under the home page that are in the menu: every card links to a live page."""
    return home.get_children().live().public().in_menu().specific()


def home_key_figures(home: Page) -> list[KeyFigure]:
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
