"""Reads about government units, named so that views and templates do not repeat filters."""

from itertools import groupby

from reports.models import UNIT_TYPE_ORDER, UnitIndexPage, UnitPage, UnitType


def live_units(within):
    return UnitPage.objects.live().public().descendant_of(within)


def units_grouped_by_type(index: UnitIndexPage) -> list[tuple[str, list[UnitPage]]]:
    """[(type label, [units])], types in the city's order, units by name; one query."""
    units = sorted(live_units(index), key=lambda unit: (unit.type_order, unit.title.lower()))
    return [
        (UnitType(unit_type).label if unit_type in UNIT_TYPE_ORDER else unit_type, list(group))
        for unit_type, group in groupby(units, key=lambda unit: unit.unit_type)
    ]
