"""Achievement (*capaian*): how far a realisation meets its target, and the SAKIP rating band it earns.

The one place the formulas live (DESIGN.md, "Achievement"). Every function returns ``None`` for
"no data" (a missing value or a division by zero) so that no caller can show a fake 0.
"""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

HUNDRED = Decimal(100)
TWO = Decimal(2)


class Polarity(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")
    RANGE = "range", _("Within a range")


class Band(models.TextChoices):
    """Rating bands (*predikat*), best first."""

    VERY_GOOD = "sangat-baik", _("Very good")
    GOOD = "baik", _("Good")
    FAIR = "cukup", _("Fair")
    POOR = "kurang", _("Poor")
    VERY_POOR = "sangat-kurang", _("Very poor")


BAND_ORDER = list(Band)

# Lower edges, best band first: ≥ 91, 76–90, 66–75, 51–65, and ≤ 50 for the rest. A value between
# two listed whole numbers (90.5) belongs to the lower band, except above 50, which is no longer "≤ 50".
_BAND_FLOORS = [(Decimal(91), Band.VERY_GOOD), (Decimal(76), Band.GOOD), (Decimal(66), Band.FAIR)]


def achievement(
    *, polarity: str, target: Decimal | None, realisation: Decimal | None, upper: Decimal | None = None
) -> Decimal | None:
    """Capaian in percent, exact (no rounding), or None when it cannot be computed.

    higher: r / t × 100; lower: (2 − r / t) × 100; range [t, upper]: 100 inside, r / t × 100 below,
    (2 − r / upper) × 100 above (overshooting a range is a deviation too).
    """
    if target is None or realisation is None:
        return None
    if polarity == Polarity.HIGHER:
        return realisation / target * HUNDRED if target else None
    if polarity == Polarity.LOWER:
        return (TWO - realisation / target) * HUNDRED if target else None
    if polarity == Polarity.RANGE:
        if upper is None or upper < target:
            return None
        if realisation < target:
            return realisation / target * HUNDRED if target else None
        if realisation > upper:
            return (TWO - realisation / upper) * HUNDRED if upper else None
        return HUNDRED
    return None


def target_met(
    *, polarity: str, target: Decimal | None, realisation: Decimal | None, upper: Decimal | None = None
) -> bool | None:
    """Whether the realisation meets the target in the indicator's direction (*tercapai*), None without data.

    A band says how close a realisation came; this says whether it arrived: a stunting rate of 16.83% against a
    target of 16% is within the "very good" band (94.8%) and still a target missed.
    """
    if target is None or realisation is None:
        return None
    if polarity == Polarity.HIGHER:
        return realisation >= target
    if polarity == Polarity.LOWER:
        return realisation <= target
    if polarity == Polarity.RANGE and upper is not None and upper >= target:
        return target <= realisation <= upper
    return None


def band(value: Decimal | None) -> Band | None:
    if value is None:
        return None
    for floor, rating in _BAND_FLOORS:
        if value >= floor:
            return rating
    return Band.POOR if value > 50 else Band.VERY_POOR


def absorption(*, ceiling: Decimal | None, spending: Decimal | None) -> Decimal | None:
    """Budget absorption (*serapan anggaran*) in percent: spending / ceiling × 100."""
    if ceiling is None or spending is None or not ceiling:
        return None
    return spending / ceiling * HUNDRED


def average(values) -> Decimal | None:
    """Mean of the values that exist; None when none does (a unit without data is not a unit at 0)."""
    present = [value for value in values if value is not None]
    if not present:
        return None
    return sum(present, Decimal(0)) / len(present)
