"""Addresses and parameters a visitor or a staff member can make up answer 4xx, never 500, on both databases: numbers
too large for a database key, NUL bytes, years out of range (issue 18's attack run found each of these)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.accounts.factories import second_factor_set_up
from tests.factories import BoardFactory, ComplaintsPageFactory, ForumPageFactory, file_complaint

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999999"


@pytest.fixture
def site(home, unit, category):
    ComplaintsPageFactory(parent=home)
    ForumPageFactory(parent=home)
    BoardFactory()
    return file_complaint(category).complaint


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_superuser("admin", "admin@ambon.go.id", "a-long-password-1")
    second_factor_set_up(user)
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/pengaduan/daftar/?bulan=0000-01",
        "/pengaduan/daftar/?bulan=9999-12",
        "/pengaduan/feed/?bulan=0000-01",
        "/pengaduan/lacak/%00/",
        "/pengaduan/terkirim/%00/",
        f"/pengaduan/lacak/ADU-1/{HUGE}%00/",
        f"/forum/topik/{HUGE}/",
        f"/forum/kiriman/{HUGE}/ubah/",
        f"/forum/berhenti/{HUGE}/x%00/",
        "/forum/label/%00/",
        "/perangkat-daerah/dinas-pupr/indikator/%00/",
        f"/data/laporan/{HUGE}.csv",
        f"/data/laporan/{HUGE}.anggaran.csv",
    ],
)
def test_public_addresses_made_up_answer_4xx(site, url):
    assert 400 <= Client().get(url, follow=True).status_code < 500


@pytest.mark.parametrize(
    "url",
    [
        f"/admin/complaints/export/{HUGE}.csv",
        f"/admin/complaints/{HUGE}/",
        f"/admin/complaints/{HUGE}/identity/",
        "/admin/complaints/1/attachments/%00/",
        f"/admin/forum/moderasi/{HUGE}/",
        f"/admin/reports/{HUGE}/import-indicators/",
    ],
)
def test_staff_addresses_made_up_answer_4xx(site, staff, url):
    assert 400 <= staff.get(url, follow=True).status_code < 500


def test_routing_to_a_unit_that_cannot_exist_is_a_400(site, staff):
    response = staff.post(f"/admin/complaints/{site.pk}/route/", {"unit": HUGE, "version": site.version})

    assert response.status_code == 400
    site.refresh_from_db()
    assert site.unit_id is None
