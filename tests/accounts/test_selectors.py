"""What the public site shows of an account: its display name, and whether it is suspended."""

import pytest
from django.contrib.auth import get_user_model

from accounts.selectors import display_name, suspension_reason
from tests.accounts.factories import ProfileFactory, ResidentFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_name_falls_back_to_full_name_then_username(db):
    assert display_name(UserFactory(username="petugas.dlh", first_name="", last_name="")) == "petugas.dlh"
    assert display_name(UserFactory(first_name="Yosef", last_name="Latumahina")) == "Yosef Latumahina"
    assert display_name(ProfileFactory(display_name="Yosef L.").user) == "Yosef L."


def test_a_suspended_account_is_known_as_such(home):
    resident = ResidentFactory()
    assert suspension_reason(resident) is None

    resident.profile.suspended_at = "2026-01-05T10:00:00+09:00"
    resident.profile.suspension_reason = "Spam berulang"
    resident.profile.save()

    assert suspension_reason(get_user_model().objects.get(pk=resident.pk)) == "Spam berulang"
    assert suspension_reason(UserFactory()) is None
