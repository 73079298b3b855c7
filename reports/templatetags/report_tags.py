"""Numbers the way readers write them: `1.234,5` in Indonesian, `1,234.5` in English; "no data" when missing."""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from reports.selectors import hooked_sections

register = template.Library()


def format_number(value: Decimal | int | None, places: int = 2) -> str:
    """Rounded to at most `places` decimals, trailing zeros dropped, grouped in the active language's style."""
    if value is None:
        return _("no data")
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole = rounded == rounded.to_integral_value()
    rounded = rounded.quantize(Decimal(1)) if whole else rounded.normalize()
    return number_format(rounded, use_l10n=True, force_grouping=True)


@register.filter
def number(value, places=2):
    return format_number(value, int(places))


@register.filter
def percent(value, places=1):
    """An achievement or absorption in percent: `98,5%`, or "no data"."""
    if value is None:
        return _("no data")
    return f"{format_number(value, int(places))}%"


@register.filter
def signed_percent(value, places=1):
    """A change in percentage points with its sign: `+3,2` / `−1,5`."""
    if value is None:
        return _("no data")
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return f"{sign}{format_number(abs(value), int(places))}"


@register.simple_tag
def band_badge(rating):
    """The rating band as a labelled badge; its colour is decoration, the word carries the meaning."""
    if rating is None:
        return format_html('<span class="band band--none">{}</span>', _("no data"))
    return format_html('<span class="band band--{}">{}</span>', rating.value, rating.label)


@register.simple_tag
def met_mark(met):
    """Whether the target was met, in words with a sign beside them: never colour alone."""
    if met is None:
        return format_html('<span class="met met--none">{}</span>', _("no data"))
    if met:
        return format_html('<span class="met met--yes"><span aria-hidden="true">✓</span> {}</span>', _("Target met"))
    return format_html('<span class="met met--no"><span aria-hidden="true">✗</span> {}</span>', _("Target not met"))


DOWNLOAD_FORMATS = [("CSV", "csv"), ("JSON", "json"), ("XLSX", "xlsx")]


@register.simple_tag
def download_urls(kind: str, key) -> list[tuple[str, str]]:
    """[(format label, URL)] of the open-data files of a report ("report"), a unit ("unit") or a year ("city")."""
    urls = [(label, reverse(f"opendata:{kind}", args=[key, extension])) for label, extension in DOWNLOAD_FORMATS]
    return [*urls, (_("budget CSV"), reverse(f"opendata:{kind}_budget", args=[key]))]


@register.simple_tag(takes_context=True)
def unit_sections(context, unit) -> list:
    """The sections other apps add to a unit's page (`portal_unit_sections`), computed only where a template shows
    them: the unit's own page, not its indicator pages, which share its context."""
    return hooked_sections("portal_unit_sections", context["request"], unit)
