"""The catalogue as DCAT (JSON-LD, the W3C vocabulary EU and Satu Data harvesters read) and each dataset as a
Frictionless Data Package (its CSV files with a Table Schema of their columns)."""

from catalogue.entries import LICENCE, MEDIA_TYPES
from reports.datasets import DatasetEntry

FIELD_TYPES = {"text": "string", "code": "string", "integer": "integer", "decimal": "number"}
FREQUENCIES = {  # Dublin Core's Collection Description frequency vocabulary
    "annual": "http://purl.org/cld/freq/annual",
    "quarterly": "http://purl.org/cld/freq/quarterly",
    "monthly": "http://purl.org/cld/freq/monthly",
    "daily": "http://purl.org/cld/freq/daily",
    "continuous": "http://purl.org/cld/freq/continuous",
    "irregular": "http://purl.org/cld/freq/irregular",
}
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def dcat_catalogue(datasets: list[DatasetEntry], absolute, catalogue_url: str) -> dict:
    return {
        "@context": CONTEXT,
        "@id": catalogue_url,
        "@type": "dcat:Catalog",
        "dct:title": {"@value": "Katalog data terbuka Portal Transparansi Kota Ambon", "@language": "id"},
        "dct:publisher": _agent("Pemerintah Kota Ambon"),
        "dct:license": {"@id": LICENCE["url"]},
        "foaf:homepage": {"@id": absolute("/")},
        "dcat:dataset": [_dcat_dataset(entry, absolute) for entry in datasets],
    }


def _dcat_dataset(entry: DatasetEntry, absolute) -> dict:
    dataset = {
        "@id": absolute(entry.datapackage).removesuffix(".datapackage.json"),
        "@type": "dcat:Dataset",
        "dct:identifier": entry.name,
        "dct:title": {"@value": entry.title, "@language": "id"},
        "dct:description": {"@value": entry.description, "@language": "id"},
        "dct:publisher": _agent(entry.publisher_name),
        "dct:license": {"@id": LICENCE["url"]},
        "dct:language": {"@id": "http://id.loc.gov/vocabulary/iso639-1/id"},
        "dcat:keyword": list(entry.keywords),
        "dcat:landingPage": {"@id": absolute(entry.page)},
        "dct:accrualPeriodicity": {"@id": FREQUENCIES[entry.frequency]},
        "dcat:distribution": [
            {
                "@type": "dcat:Distribution",
                "dct:title": f"{resource.name}.{resource.fmt}",
                "dcat:downloadURL": {"@id": absolute(resource.url)},
                "dcat:accessURL": {"@id": absolute(resource.url)},
                "dcat:mediaType": MEDIA_TYPES[resource.fmt],
                "dct:format": resource.fmt.upper(),
                "dct:license": {"@id": LICENCE["url"]},
            }
            for resource in entry.resources
        ],
    }
    if entry.modified:
        dataset["dct:modified"] = {"@value": entry.modified.isoformat(), "@type": "xsd:dateTime"}
    if entry.start and entry.end:
        dataset["dct:temporal"] = {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": {"@value": entry.start.isoformat(), "@type": "xsd:date"},
            "dcat:endDate": {"@value": entry.end.isoformat(), "@type": "xsd:date"},
        }
    return dataset


def _agent(name: str) -> dict:
    return {"@type": "foaf:Organization", "foaf:name": name}


def data_package(entry: DatasetEntry, absolute) -> dict:
    """The dataset's CSV files as tabular resources with their schema; an empty cell is a missing value."""
    package = {
        "profile": "tabular-data-package",
        "name": entry.name,
        "title": entry.title,
        "description": entry.description,
        "homepage": absolute(entry.page),
        "keywords": list(entry.keywords),
        "licenses": [{"name": "CC-BY-4.0", "path": LICENCE["url"], "title": LICENCE["title"]}],
        "resources": [
            {
                "name": resource.name,
                "path": absolute(resource.url),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": MEDIA_TYPES["csv"],
                "schema": {
                    "fields": [
                        {"name": column.name, "type": FIELD_TYPES[column.kind], "description": str(column.description)}
                        for column in resource.columns
                    ],
                    "missingValues": [""],
                },
            }
            for resource in entry.resources
            if resource.fmt == "csv"
        ],
    }
    if entry.modified:
        package["created"] = entry.modified.isoformat()
    return package
