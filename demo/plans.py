"""The demo units' Renstra plans: strategic goals, indicators on a 2021–2026 path, and programmes.

The plans themselves are the table demo/data/plans.json, in Indonesian and English; `demo.reports` builds the
reports from them.
"""

from dataclasses import dataclass
from decimal import Decimal

from demo.tables import table
from reports.achievement import Polarity

ID, EN = 0, 1  # positions of the Indonesian and English text in every (id, en) pair below
YEARS = (2023, 2024, 2025)
END_YEAR = 2026  # the last year of the Renstra 2021–2026: its target is the end-of-term target
HIGHER, LOWER, RANGE = Polarity.HIGHER, Polarity.LOWER, Polarity.RANGE


@dataclass(frozen=True)
class Measure:
    id: str
    en: str
    maximum: Decimal | None = None  # the highest value possible (100 for a share of a whole)


_TABLE = table("plans")
MEASURES = {
    key: Measure(measure["id"], measure["en"], Decimal(measure["maximum"]) if "maximum" in measure else None)
    for key, measure in _TABLE["measures"].items()
}
MET, MISSED = tuple(_TABLE["met"]), tuple(_TABLE["missed"])


@dataclass(frozen=True)
class Spec:
    """An indicator of a unit's Renstra. Figures are strings so that their decimals set the precision."""

    code: str
    goal: int  # position in the plan's goals
    measure: Measure
    target: str  # the 2023 target, or the lower bound of a range
    end: str  # the 2026 end-of-term target
    name: tuple[str, str]  # (Indonesian, English)
    polarity: str = HIGHER
    upper: str | None = None  # upper bound of a range
    overshoots: bool = False  # a range missed from above rather than from below
    met: tuple[str, str] = MET  # what made the target (a noun phrase after "berkat" / "thanks to")
    missed: tuple[str, str] = MISSED  # why it was missed (after "karena" / "because of")
    bias: int = 0  # achievement points added every year, for an indicator that runs above or below the rest
    achieved: tuple[int, int, int, int] | None = None  # fixed achievement for 2023–2026


@dataclass(frozen=True)
class Plan:
    goals: list[tuple[str, str]]
    indicators: list[Spec]
    programmes: list[tuple[str, str, int]]  # (Indonesian, English, yearly budget ceiling in million rupiah)


def _spec(data: dict) -> Spec:
    pairs = {key: tuple(value) for key, value in data.items() if isinstance(value, list)}
    polarity = Polarity(data.get("polarity", HIGHER))
    return Spec(**{**data, **pairs, "measure": MEASURES[data["measure"]], "polarity": polarity})


def _plan(data: dict) -> Plan:
    """A plan from demo/data/plans.json, where a measure is named by its key and pairs are lists."""
    return Plan(
        goals=[tuple(goal) for goal in data["goals"]],
        indicators=[_spec(indicator) for indicator in data["indicators"]],
        programmes=[tuple(programme) for programme in data["programmes"]],
    )


PLANS = {slug: _plan(plan) for slug, plan in _TABLE["units"].items()}  # a unit's own plan, by its slug
GENERIC_PLANS = {unit_type: _plan(plan) for unit_type, plan in _TABLE["unit_types"].items()}  # else by its type
ADMINISTRATION_PLAN = _plan(_TABLE["administration"])  # else the plan every unit has
