"""The demo's tables (units, plans, complaints, the forum, page texts) are JSON files in demo/data/, so that the
loaders stay short."""

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def table(name: str):
    """The parsed contents of demo/data/<name>.json."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


UNITS = table("units")  # the units of Kota Ambon, shared by the loaders of units, reports and complaints
COMPLAINTS = table("complaints")  # categories and the residents' stories, places, names and the units' replies
PAGES = table("pages")  # the fixed pages' texts in Indonesian and English, and the site's contact details
