"""Demo content of the `reports` app: Perangkat Daerah and every unit of Kota Ambon, with staff groups."""

from home.models import HomePage
from portal.demo import child_page, translate_page
from reports.demo_data import UNITS
from reports.models import UnitIndexPage, UnitPage
from reports.services import unit_ensure_staff_group


def build_units(home: HomePage, units: list[dict] = UNITS) -> UnitIndexPage:
    index, _created = child_page(
        home,
        UnitIndexPage,
        slug="perangkat-daerah",
        title="Perangkat Daerah",
        show_in_menus=True,
        intro=(
            "Semua organisasi perangkat daerah (OPD) Pemerintah Kota Ambon: sekretariat, inspektorat, dinas, "
            "badan, satuan dan kecamatan, dengan pimpinan dan kontaknya."
        ),
    )
    translate_page(
        index,
        title="Government Units",
        slug="government-units",
        intro=(
            "Every government unit (OPD) of the Ambon City Government: secretariats, inspectorate, offices, "
            "boards, units and districts, with their heads and contacts."
        ),
    )
    for data in units:
        unit, _created = child_page(
            index,
            UnitPage,
            slug=data["slug"],
            title=data["title"]["id"],
            code=data["code"],
            short_name=data["short_name"],
            unit_type=data["unit_type"],
            head_name=data["head_name"],
            head_title=data["head_title"]["id"],
            address=data["address"],
            phone=data["phone"],
            email=data["email"],
            description=data["description"]["id"],
        )
        unit_ensure_staff_group(unit=unit)
        translate_page(
            unit,
            title=data["title"]["en"],
            head_title=data["head_title"]["en"],
            description=data["description"]["en"],
        )
    return index
