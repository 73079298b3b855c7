"""Every open dataset, as the apps describe them (the hook `portal_datasets`, reports.datasets.DatasetEntry)."""

from wagtail import hooks

from reports.datasets import CITY, CITY_NAME, DatasetEntry

LICENCE = {
    "id": "cc-by",
    "title": "Creative Commons Attribution 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
MEDIA_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def all_datasets() -> list[DatasetEntry]:
    return sorted((entry for hook in hooks.get_hooks("portal_datasets") for entry in hook()), key=lambda e: e.name)


def publishers(datasets: list[DatasetEntry]) -> list[tuple[str, str, int]]:
    """(identifier, name, how many datasets) of each publisher: the city first, then the units by name."""
    counted: dict[str, list] = {CITY: [CITY_NAME, 0]}
    for entry in datasets:
        counted.setdefault(entry.publisher, [entry.publisher_name, 0])[1] += 1
    others = sorted((key for key in counted if key != CITY), key=lambda key: counted[key][0])
    return [(key, *counted[key]) for key in [CITY, *others]]
