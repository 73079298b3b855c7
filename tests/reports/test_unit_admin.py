from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import rich_text

from reports.models import UnitPage, UnitType
from tests.accounts.factories import second_factor_set_up
from tests.factories import UnitIndexPageFactory


def test_a_unit_created_in_the_admin_gets_its_groups_and_an_english_alias(client, home):
    Locale.objects.create(language_code="en")
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    index.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True, alias=True)
    admin = get_user_model().objects.create_superuser("editor", "editor@ambon.go.id", "a-long-password-1")
    second_factor_set_up(admin)
    client.force_login(admin)

    response = client.post(
        reverse("wagtailadmin_pages:add", args=("reports", "unitpage", index.pk)),
        {
            "title": "Dinas Perikanan",
            "slug": "dinas-perikanan",
            "code": "3.25.0.00.0.00.01.0000",
            "short_name": "Diskan",
            "unit_type": UnitType.AGENCY,
            "head_name": "Ir. Johan Tupamahu",
            "head_title": "Kepala Dinas",
            "address": "Jl. Pattimura, Kota Ambon",
            "phone": "(0911) 350 000",
            "email": "diskan@ambon.go.id",
            "description": rich_text("<p>Melayani nelayan Kota Ambon.</p>"),
            "action-publish": "publish",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    unit = UnitPage.objects.get(slug="dinas-perikanan", locale=Locale.get_default())
    assert unit.live
    assert unit.staff_group.name == "Petugas Diskan"
    editors = Group.objects.get(name="Editor Laporan Diskan")  # drafts reports under this unit only
    assert set(editors.page_permissions.filter(page=unit).values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
    }
    assert editors.collection_permissions.filter(collection__name="Dokumen Diskan").count() == 3
    assert unit.get_translation(Locale.objects.get(language_code="en")).alias_of_id == unit.pk
