"""What the public reads of the PPID: a body's Daftar Informasi Publik by list, the bodies that publish one, and
the years of requests; unit names in the reader's language. A fixed number of queries however long the lists."""

from dataclasses import dataclass

from django.db.models import Count
from wagtail.models import Locale

from home.pages import live_translations
from ppid.models import InformationCategory, InformationRequest, PublicInformation
from ppid.statistics import Figures, YearFigures
from reports.models import UnitPage


@dataclass(frozen=True)
class CategoryList:
    category: str
    label: str
    entries: list


def listed_unit(slug: str) -> UnitPage | None:
    """The live unit whose default-language page has `slug`, as the entries name it."""
    return UnitPage.objects.live().filter(locale=Locale.get_default(), slug=slug).first()


def body_lists(unit: UnitPage | None) -> list[CategoryList]:
    """The body's entries under each of the four lists, in the law's order, with their documents: two queries."""
    entries = PublicInformation.objects.listed().of_body(unit).prefetch_related("attachments__document")
    by_category = {}
    for entry in entries:
        by_category.setdefault(entry.category, []).append(entry)
    return [CategoryList(value, label, by_category.get(value, [])) for value, label in InformationCategory.choices]


@dataclass(frozen=True)
class PublishingUnit:
    page: UnitPage  # in the reader's language
    slug: str  # of the page in the default language, which the list's address names
    entries: int


def publishing_units() -> list[PublishingUnit]:
    """The live units with a list, by name in the reader's language, with how many entries each lists."""
    counts = list(
        PublicInformation.objects.listed()
        .filter(unit__isnull=False)
        .values_list("unit__translation_key", "unit__slug")
        .annotate(entries=Count("pk"))
    )
    pages = live_translations(UnitPage, {key for key, _slug, _count in counts})
    units = [PublishingUnit(pages[key], slug, count) for key, slug, count in counts if key in pages]
    return sorted(units, key=lambda unit: unit.page.title)


def request_years() -> list[int]:
    """The years with requests, newest first."""
    return sorted(
        {moment.year for moment in InformationRequest.objects.datetimes("registered_at", "year")}, reverse=True
    )


def figures_by_body(figures: YearFigures) -> list[tuple[UnitPage | None, Figures]]:
    """Each body's figures of the year: the PPID Utama's own (None) first, then the units in the reader's language
    by name; a unit whose page is no longer live counts only in the city's total."""
    names = live_translations(UnitPage, {key for key in figures.by_unit if key is not None})
    bodies = [(names[key], each) for key, each in figures.by_unit.items() if key in names]
    bodies.sort(key=lambda pair: pair[0].title)
    if None in figures.by_unit:
        bodies.insert(0, (None, figures.by_unit[None]))
    return bodies
