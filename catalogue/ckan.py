"""CKAN's read API (actions package_list, package_show, package_search, organization_list, organization_show,
status_show), in the shape CKAN 2.x answers, so that a Satu Data Indonesia portal's CKAN harvester reads the
portal's datasets as it reads another CKAN."""

from catalogue.entries import LICENCE, MEDIA_TYPES, all_datasets, publishers
from reports.datasets import DatasetEntry

MAX_ROWS = 1000


class NotFound(Exception):
    pass


class ValidationFailed(Exception):
    pass


def package(entry: DatasetEntry, absolute) -> dict:
    """A dataset as package_show gives it; `absolute(path)` makes an address absolute."""
    modified = entry.modified.isoformat() if entry.modified else None
    resources = [
        {
            "id": f"{entry.name}-{resource.name}-{resource.fmt}",
            "package_id": entry.name,
            "name": f"{resource.name}.{resource.fmt}",
            "url": absolute(resource.url),
            "format": resource.fmt.upper(),
            "mimetype": MEDIA_TYPES[resource.fmt],
            "position": position,
            "last_modified": modified,
        }
        for position, resource in enumerate(entry.resources)
    ]
    tags = [{"name": keyword, "display_name": keyword} for keyword in entry.keywords]
    return {
        "id": entry.name,
        "name": entry.name,
        "title": entry.title,
        "notes": entry.description,
        "type": "dataset",
        "state": "active",
        "private": False,
        "isopen": True,
        "license_id": LICENCE["id"],
        "license_title": LICENCE["title"],
        "license_url": LICENCE["url"],
        "url": absolute(entry.page),
        "author": entry.publisher_name,
        "owner_org": entry.publisher,
        "organization": _organization(entry.publisher, entry.publisher_name),
        "metadata_created": modified,
        "metadata_modified": modified,
        "tags": tags,
        "num_tags": len(tags),
        "resources": resources,
        "num_resources": len(resources),
        "extras": [
            {"key": key, "value": value}
            for key, value in (
                ("frequency", entry.frequency),
                ("temporal_start", entry.start.isoformat() if entry.start else ""),
                ("temporal_end", entry.end.isoformat() if entry.end else ""),
                ("language", "id"),
                ("datapackage", absolute(entry.datapackage)),
            )
        ],
    }


def run(action: str, data: dict, absolute):
    """The result of `action` with `data`; raises NotFound or ValidationFailed as CKAN would answer 404 or 409."""
    datasets = all_datasets()
    if action == "package_list":
        return [entry.name for entry in datasets]
    if action == "package_show":
        wanted = str(data.get("id", "")).strip()
        entry = next((entry for entry in datasets if entry.name == wanted), None)
        if entry is None:
            raise NotFound
        return package(entry, absolute)
    if action == "package_search":
        return _search(datasets, data, absolute)
    if action == "organization_list":
        found = publishers(datasets)
        if _true(data.get("all_fields")):
            return [_organization(key, name, count) for key, name, count in found]
        return [key for key, _name, _count in found]
    if action == "organization_show":
        found = {key: (name, count) for key, name, count in publishers(datasets)}
        wanted = str(data.get("id", "")).strip()
        if wanted not in found:
            raise NotFound
        return _organization(wanted, *found[wanted])
    if action == "status_show":
        return {"ckan_version": "2.10.0", "site_title": "Portal Transparansi Kota Ambon", "site_url": absolute("/")}
    raise NotFound


def _search(datasets, data: dict, absolute) -> dict:
    words = str(data.get("q", "") or "").lower().split()
    filters = dict(part.split(":", 1) for part in str(data.get("fq", "") or "").split() if ":" in part)
    rows, start = _whole(data.get("rows"), 10, "rows"), _whole(data.get("start"), 0, "start")
    matching = [
        entry
        for entry in datasets
        if all(word in _text(entry) for word in words if word not in ("*:*", "*"))
        and filters.get("organization", entry.publisher).strip('"') == entry.publisher
        and (filters.get("tags", "").strip('"') in ("", *entry.keywords))
    ]
    return {
        "count": len(matching),
        "results": [package(entry, absolute) for entry in matching[start : start + min(rows, MAX_ROWS)]],
        "sort": "name asc",
        "facets": {},
        "search_facets": {},
    }


def _text(entry: DatasetEntry) -> str:
    return " ".join([entry.name, entry.title, entry.description, entry.publisher_name, *entry.keywords]).lower()


def _whole(value, default: int, name: str) -> int:
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationFailed(f"{name}: Invalid integer") from None
    if number < 0:
        raise ValidationFailed(f"{name}: Must be a natural number")
    return number


def _true(value) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


def _organization(key: str, name: str, count: int | None = None) -> dict:
    organization = {
        "id": key,
        "name": key,
        "title": name,
        "type": "organization",
        "state": "active",
        "is_organization": True,
    }
    if count is not None:
        organization["package_count"] = count
    return organization
