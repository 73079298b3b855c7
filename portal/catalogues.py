"""Keeps the English catalogue complete: the source strings are English, so each translation is its msgid.

Usage: python -m portal.catalogues fill-english locale/en/LC_MESSAGES/django.po
"""

import sys

import polib


def fill_english(path: str) -> int:
    """Make every entry its own msgid (plural forms too), whatever makemessages guessed; return how many changed."""
    catalogue = polib.pofile(path)
    changed = 0
    for entry in catalogue:
        before = (entry.msgstr, dict(entry.msgstr_plural), list(entry.flags))
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = None
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        changed += before != (entry.msgstr, dict(entry.msgstr_plural), list(entry.flags))
    catalogue.save(path)
    return changed


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "fill-english":
        sys.exit(__doc__)
    print(f"{fill_english(sys.argv[2])} English entries filled")
