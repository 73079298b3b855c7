"""The forum's authors: a name and, for a unit's staff, the official badge, built for a page of posts at once."""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from feedback.forum.authors import Author, author_of, authors_for
from tests.accounts.factories import ProfileFactory, ResidentFactory, UserFactory
from tests.factories import UnitStaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def health(units):
    return units[1]


@pytest.fixture
def health_staff(health):
    return UnitStaffFactory(username="petugas.dinkes", first_name="Yosef", last_name="Latumahina", unit=health)


def test_a_resident_is_shown_by_display_name_without_a_badge(home):
    resident = ResidentFactory(profile__display_name="Maria L.")

    assert author_of(resident) == Author(user_id=resident.pk, name="Maria L.", badge=None, unit_ids=frozenset())


def test_health_office_staff_carry_the_official_badge_of_their_unit(health_staff, health):
    author = author_of(health_staff)

    assert author.name == "Yosef Latumahina"
    assert author.badge == "Petugas Dinas Kesehatan"
    assert author.unit_ids == frozenset({health.pk})


def test_the_badge_names_the_unit_in_english_where_it_is_translated(health_staff, health, english):
    health_in_english = health.copy_for_translation(english, copy_parents=True)
    health_in_english.title = "Health Office"
    health_in_english.save_revision().publish()

    with translation.override("en"):
        assert author_of(health_staff).badge == "Staff, Health Office"
    assert author_of(health_staff).unit_ids == frozenset({health.pk})  # the Indonesian page, whatever the language


def test_the_badge_falls_back_to_the_indonesian_title_when_the_unit_is_not_translated(health_staff, english):
    with translation.override("en"):
        assert author_of(health_staff).badge == "Staff, Dinas Kesehatan"


def test_staff_of_two_units_carry_both(health_staff, units):
    health_staff.groups.add(units[0].staff_group)

    author = author_of(health_staff)

    assert author.badge == "Petugas Dinas Kesehatan, Dinas Lingkungan Hidup"
    assert author.unit_ids == frozenset(unit.pk for unit in units)


def test_a_staff_group_of_a_translated_unit_page_counts_once(health_staff, health, english):
    health.copy_for_translation(english, copy_parents=True).save_revision().publish()

    assert author_of(health_staff).unit_ids == frozenset({health.pk})


def authors_queries(user_ids) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        authors = authors_for(user_ids)
    return len(queries), authors


@pytest.mark.parametrize("language", ["id", "en"])
def test_authors_for_takes_the_same_queries_for_3_and_30_users(health_staff, units, english, language):
    residents = ResidentFactory.create_batch(29)
    colleague = UserFactory()
    colleague.groups.add(units[0].staff_group)
    Locale.objects.get(language_code="en")  # warm nothing but the test's own lookups

    with translation.override(language):
        few_queries, few = authors_queries([health_staff.pk, colleague.pk, residents[0].pk])
        many_queries, many = authors_queries([health_staff.pk, colleague.pk] + [r.pk for r in residents[:28]])

    assert len(few) == 3
    assert len(many) == 30
    assert few_queries == many_queries <= 3
    assert many[health_staff.pk].badge
    assert many[residents[5].pk].badge is None


def test_authors_for_skips_unknown_users_and_needs_no_query_for_none(db):
    assert authors_for([]) == {}
    assert authors_for([987654]) == {}


def test_author_label_escapes_the_name_and_the_badge(health_staff, health):
    ProfileFactory(user=health_staff, display_name='<img src=x onerror="alert(1)">')
    template = Template('{% include "feedback/forum/_author.html" %}')

    html = template.render(Context({"author": author_of(health_staff)}))

    assert html == (
        '<span class="author">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span> '
        '<span class="badge badge--official">Petugas Dinas Kesehatan</span>'
    )


def test_a_residents_label_has_no_badge(home):
    resident = ResidentFactory(profile__display_name="Maria & Co")

    html = Template('{% include "feedback/forum/_author.html" %}').render(Context({"author": author_of(resident)}))

    assert html == '<span class="author">Maria &amp; Co</span>'
