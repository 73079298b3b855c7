"""Keeps the English catalogue complete: the source strings are English, so each translation is its msgid.

Usage: python -m portal.catalogues fill-english locale/en/LC_MESSAGES/django.po
"""

import sys

import polib


def fill_english(path: str) -> int:
    catalogue = polib.pofile(path)
    changed = 0
    for entry in catalogue:
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                changed += 1
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
            changed += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.msgstr = entry.msgid
    catalogue.save(path)
    return changed


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "fill-english":
        sys.exit(__doc__)
    print(f"{fill_english(sys.argv[2])} English entries filled")
