"""Keeps the catalogues complete.

- The English catalogue: the source strings are English, so each translation is its msgid.
- locale/upstream: Indonesian for what Wagtail's and allauth's own catalogues leave in English, and the portal's
  words where theirs differ ("surel", "draf"), so that staff and residents read one language and one word.

Usage: python -m portal.catalogues fill-english locale/en/LC_MESSAGES/django.po
       python -m portal.catalogues upstream-gaps
"""

import re
import sys
from pathlib import Path

import polib

UPSTREAM = Path(__file__).resolve().parents[1] / "locale" / "upstream" / "id" / "LC_MESSAGES"
UPSTREAM_PACKAGES = ("wagtail", "allauth")
EMAIL_WORD = re.compile(r"(?<![\w(){])e-?mail(?![\w(){])", re.IGNORECASE)
"""The word, not a placeholder (%(email)s, {email}) or a technical value (profile(ENTER)email(ENTER))."""
OTHER_WORDS = (EMAIL_WORD, re.compile(r"\bkonsep\b", re.IGNORECASE))
"""Words the portal says otherwise: "surel" for e-mail, "draf" for Wagtail's "konsep"."""


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


def upstream_gaps() -> list[str]:
    """What an Indonesian reader of the installed Wagtail and allauth apps would still get in English, or in another
    word than the portal's ("e-mail", "konsep"): each "domain: msgid" that neither the app's Indonesian catalogue nor
    locale/upstream translates well.
    Needs Django's settings (the installed apps)."""
    from django.apps import apps

    ours = {domain: _translations(UPSTREAM / f"{domain}.po") for domain in ("django", "djangojs")}
    gaps = []
    for config in apps.get_app_configs():
        if not config.name.startswith(UPSTREAM_PACKAGES):
            continue
        for source in sorted((Path(config.path) / "locale" / "en" / "LC_MESSAGES").glob("*.po")):
            domain = source.stem
            theirs = {}
            for language in ("id", "id_ID"):
                theirs |= _translations(source.parents[2] / language / "LC_MESSAGES" / source.name)
            for entry in polib.pofile(str(source)):
                key = (entry.msgctxt, entry.msgid)
                text = ours[domain].get(key) or theirs.get(key)
                if entry.obsolete or (text and not any(word.search(text) for word in OTHER_WORDS)):
                    continue
                gaps.append(f"{domain}: {entry.msgid}")
    return sorted(set(gaps))


def _translations(path: Path) -> dict[tuple, str]:
    """(msgctxt, msgid) → the translation (the plural form, Indonesian having one), for the translated entries."""
    if not path.exists():
        return {}
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr or " ".join(entry.msgstr_plural.values())
        for entry in polib.pofile(str(path))
        if entry.translated()
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "fill-english":
        print(f"{fill_english(sys.argv[2])} English entries filled")
    elif len(sys.argv) == 2 and sys.argv[1] == "upstream-gaps":
        import django

        django.setup()
        gaps = upstream_gaps()
        print("\n".join(gaps) or "Nothing missing.")
        sys.exit(1 if gaps else 0)
    else:
        sys.exit(__doc__)
