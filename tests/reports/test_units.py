from django.contrib.auth.models import Group

from reports.models import UnitType
from reports.selectors import units_grouped_by_type
from reports.services import unit_ensure_staff_group
from tests.factories import UnitIndexPageFactory, UnitPageFactory


def test_unit_index_groups_units_by_type_in_the_citys_order(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    UnitPageFactory(parent=index, title="Kecamatan Sirimau", unit_type=UnitType.DISTRICT)
    UnitPageFactory(parent=index, title="Dinas Sosial", unit_type=UnitType.AGENCY)
    UnitPageFactory(parent=index, title="Dinas Kesehatan", unit_type=UnitType.AGENCY)
    UnitPageFactory(parent=index, title="Inspektorat", unit_type=UnitType.INSPECTORATE)
    draft = UnitPageFactory(parent=index, title="Dinas Rahasia", unit_type=UnitType.AGENCY)
    draft.unpublish()

    groups = units_grouped_by_type(index)

    assert [label for label, _units in groups] == [
        UnitType.INSPECTORATE.label,
        UnitType.AGENCY.label,
        UnitType.DISTRICT.label,
    ]
    assert [unit.title for unit in groups[1][1]] == ["Dinas Kesehatan", "Dinas Sosial"]


def test_unit_index_page_shows_every_group_with_headings(client, home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    UnitPageFactory(parent=index, title="Kecamatan Nusaniwe", unit_type=UnitType.DISTRICT)
    UnitPageFactory(parent=index, title="BKPSDM", unit_type=UnitType.BOARD)
    html = client.get("/perangkat-daerah/").content.decode()
    assert html.index('id="badan"') < html.index('id="kecamatan"') < html.index("Kecamatan Nusaniwe")


def test_a_unit_gets_one_staff_group(home):
    index = UnitIndexPageFactory(parent=home)
    unit = UnitPageFactory(parent=index, short_name="Dinkes", title="Dinas Kesehatan")

    group = unit_ensure_staff_group(unit=unit)
    again = unit_ensure_staff_group(unit=unit)

    assert group == again
    assert group.name == "Petugas Dinkes"
    assert Group.objects.filter(name="Petugas Dinkes").count() == 1
    unit.refresh_from_db()
    assert unit.staff_group == group


def test_unit_page_shows_its_details(client, home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    unit = UnitPageFactory(
        parent=index, slug="dinas-kesehatan", title="Dinas Kesehatan", short_name="Dinkes", email="dinkes@ambon.go.id"
    )
    html = client.get(unit.url).content.decode()
    assert "Dinas Kesehatan" in html
    assert "Dinkes" in html
    assert 'href="mailto:dinkes@ambon.go.id"' in html
    assert unit.code in html
