"""Every user-facing string in the code is in both catalogues, translated, and compiled into the .mo files; Wagtail's
and allauth's strings read in Indonesian too, with one word for email: "surel"."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from portal.catalogues import OTHER_WORDS, UPSTREAM, upstream_gaps
from tests.accounts.factories import second_factor_set_up

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


@pytest.mark.parametrize(
    "source",
    [ROOT / "locale" / language / "LC_MESSAGES" / "django.po" for language in LANGUAGES]
    + [UPSTREAM / "django.po", UPSTREAM / "djangojs.po"],
    ids=lambda path: "/".join(path.parts[-4:]),
)
def test_compiled_catalogues_match_their_sources(source):
    def entries(catalogue):
        return {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in catalogue if entry.msgid}

    translated = polib.POFile()
    translated.extend(polib.pofile(source).translated_entries())
    compiled = polib.mofile(source.with_suffix(".mo"))
    assert entries(compiled) == entries(translated), "Run `make messages` (compilemessages) and commit the .mo files."


def test_wagtail_and_allauth_leave_nothing_in_english_and_say_surel_and_draf():
    """Their own Indonesian catalogues lack many strings and say "e-mail" and "konsep"; locale/upstream fills and
    mends them."""
    assert upstream_gaps() == [], "Translate these in locale/upstream (python -m portal.catalogues upstream-gaps)"


def test_the_portal_says_surel_and_draf_too():
    catalogue = polib.pofile(ROOT / "locale" / "id" / "LC_MESSAGES" / "django.po")
    other_words = [entry.msgid for entry in catalogue if any(word.search(entry.msgstr) for word in OTHER_WORDS)]
    assert other_words == []


@pytest.mark.django_db
def test_the_admin_speaks_indonesian_in_wagtails_own_words_and_scripts(home):
    admin = get_user_model().objects.create_superuser("admin", "admin@ambon.go.id", "a-long-password-1")
    second_factor_set_up(admin)  # the staff screens open only with one
    client = Client()
    client.force_login(admin)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    editing = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    scripts = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()

    for english, indonesian in [("Search all pages…", "Cari semua halaman…"), ('"Help"', '"Bantuan"')]:
        assert english not in dashboard and indonesian in dashboard
    assert '<span class="w-sr-only">Bahasa: </span>' in editing and "Locale: " not in editing
    assert (
        '"Enter your comments...": "Tulis komentar Anda..."' in scripts
    )  # the editor's scripts read locale/upstream too


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
