"""Who wrote a forum post, as the public sees it: a name and, for a unit's staff, their official badge.

Staff of a unit are the members of its staff group (`UnitPage.objects.staffed_by`). The forum shows an `Author`
next to every post; `authors_for` builds them for a whole page of posts in a fixed number of queries.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.utils import translation
from django.utils.translation import gettext
from wagtail.coreutils import get_supported_content_language_variant

from accounts.selectors import display_name
from reports.models import UnitPage


@dataclass(frozen=True)
class Author:
    user_id: int
    name: str  # display name, else full name, else username
    badge: str | None  # e.g. "Petugas Dinas Kesehatan"; None for residents
    unit_ids: frozenset[int]  # pks of the default-locale UnitPages whose staff group the user is in


def authors_for(user_ids: Iterable[int]) -> dict[int, Author]:
    """{user id: Author} for existing users; at most three queries however many users."""
    ids = set(user_ids)
    if not ids:
        return {}
    users = get_user_model().objects.filter(pk__in=ids).select_related("profile")
    units_by_user: dict[int, dict[int, str]] = {}
    titles_by_key: dict = {}
    for user_id, unit_id, title, key in _staff_units(ids):
        units_by_user.setdefault(user_id, {})[unit_id] = key
        titles_by_key[key] = title
    titles_by_key.update(_translated_titles(titles_by_key))
    authors = {}
    for user in users:
        units = units_by_user.get(user.pk, {})
        badge = None
        if units:
            titles = sorted({titles_by_key[key] for key in units.values()})
            badge = gettext("Staff, %(unit)s") % {"unit": ", ".join(titles)}
        authors[user.pk] = Author(user_id=user.pk, name=display_name(user), badge=badge, unit_ids=frozenset(units))
    return authors


def author_of(user: AbstractBaseUser) -> Author:
    return authors_for([user.pk])[user.pk]


def _staff_units(user_ids: set[int]):
    """(user id, unit pk, unit title, translation key) for every staff membership of these users."""
    return (
        UnitPage.objects.canonical()
        .filter(staff_group__user__in=user_ids)
        .values_list("staff_group__user", "pk", "title", "translation_key")
    )


def _translated_titles(titles_by_key: dict) -> dict:
    """{translation key: title} of the units' live translations in the current language, where there are any."""
    language = translation.get_language()
    if not titles_by_key or not language:
        return {}
    try:
        language = get_supported_content_language_variant(language)
    except LookupError:
        return {}
    if language == get_supported_content_language_variant(settings.LANGUAGE_CODE):
        return {}
    return dict(
        UnitPage.objects.live()
        .filter(locale__language_code=language, translation_key__in=titles_by_key)
        .values_list("translation_key", "title")
    )
