"""Who handles which information request: a unit's PPID its unit's only (anything else is a 404), the PPID Utama
every one as the coordinator, the superiors the objections of their own office."""

import pytest
from django.http import Http404

from ppid import access
from tests.accounts.factories import UserFactory
from tests.factories import UnitPageFactory
from tests.ppid.test_rules import registered

pytestmark = pytest.mark.django_db


def member_of(group, username):
    user = UserFactory(username=username)
    user.groups.add(group)
    return user


@pytest.fixture
def offices(unit_index):
    health = UnitPageFactory(parent=unit_index, title="Dinas Kesehatan", short_name="Dinkes")
    education = UnitPageFactory(parent=unit_index, title="Dinas Pendidikan", short_name="Dikbud")
    return {
        "utama": access.office_ensure(unit=None),
        "health": access.office_ensure(unit=health),
        "education": access.office_ensure(unit=education),
    }


def test_a_units_ppid_sees_only_its_units_requests_and_anything_else_is_a_404(offices):
    health, education = offices["health"], offices["education"]
    to_health, to_education, to_city = registered(health.unit), registered(education.unit), registered(None)
    officer = member_of(health.officers, "ppid.dinkes")

    assert list(access.requests_for(officer)) == [to_health]
    assert access.request_for(officer, to_health.pk) == to_health
    for other in (to_education, to_city):
        with pytest.raises(Http404):
            access.request_for(officer, other.pk)
    assert list(access.requests_for(UserFactory(username="warga"))) == []


def test_the_ppid_utama_coordinates_every_request_and_superiors_answer_only_their_offices_objections(offices):
    health = offices["health"]
    to_health, to_city = registered(health.unit), registered(None)
    coordinator = member_of(offices["utama"].officers, "ppid.utama")
    superior = member_of(health.superiors, "kadis.kesehatan")

    assert set(access.requests_for(coordinator)) == {to_health, to_city}
    assert access.answers_objections(superior, to_health)
    assert not access.answers_objections(superior, to_city)
    assert not access.answers_objections(coordinator, to_health)  # officers do not judge their own decisions


def test_an_office_is_made_once_with_groups_that_may_use_the_admin(offices):
    again = access.office_ensure(unit=offices["health"].unit)

    assert again.pk == offices["health"].pk
    assert (again.officers.name, again.superiors.name) == ("PPID Dinkes", "Atasan PPID Dinkes")
    assert again.officers.permissions.filter(codename="access_admin").exists()
