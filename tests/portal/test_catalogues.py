"""Every user-facing string in the code is in both catalogues, translated, and compiled into the .mo files."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("id", "en")


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory) -> Path:
    """Run makemessages on a copy of the project, so the committed catalogues are compared, not changed."""
    if shutil.which("xgettext") is None:
        pytest.fail("xgettext is missing: run `make system-packages` (Debian package gettext).")
    copy = tmp_path_factory.mktemp("project") / "portal"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", ".git", "media", "*.sqlite3", "test-artifacts", "__pycache__"),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "id",
            "--locale",
            "en",
            "--ignore",
            "tests/*",
            "--no-obsolete",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
    )
    return copy


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(fresh_catalogues, language):
    catalogue = polib.pofile(fresh_catalogues / "locale" / language / "LC_MESSAGES" / "django.po")
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert len(catalogue) > 50
    assert untranslated == [], f"Run `make messages` and translate: {untranslated}"
    assert fuzzy == [], f"Review the fuzzy translations: {fuzzy}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_match_their_sources(language):
    folder = ROOT / "locale" / language / "LC_MESSAGES"
    source = {entry.msgid: entry.msgstr for entry in polib.pofile(folder / "django.po").translated_entries()}
    compiled = {entry.msgid: entry.msgstr for entry in polib.mofile(folder / "django.mo") if entry.msgid}
    assert compiled == source, "Run `make messages` (compilemessages) and commit the .mo files."


def test_the_english_catalogue_is_the_english_source():
    """English is the source language: a fuzzy guess from makemessages must never reach English readers."""
    catalogue = polib.pofile(ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po")

    wrong = [
        entry.msgid
        for entry in catalogue
        if (
            entry.msgstr_plural != {0: entry.msgid, 1: entry.msgid_plural}
            if entry.msgid_plural
            else entry.msgstr != entry.msgid
        )
    ]

    assert wrong == []
