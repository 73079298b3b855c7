"""The open-data page ends with the catalogue, which lists every dataset the sections above it explain."""

import re

import pytest

from tests.factories import PerformanceReportPageFactory, UnitPageFactory

pytestmark = pytest.mark.django_db


def test_the_catalogue_comes_after_every_datasets_section_and_lists_each_with_its_data_package(client, unit_index):
    unit = UnitPageFactory(parent=unit_index, slug="dinas-kesehatan", code="1.02")
    PerformanceReportPageFactory(parent=unit, year=2025).save_revision().publish()

    page = client.get("/data/").content.decode()

    sections = re.findall(r'<h2 id="([^"]+)"', page)
    assert sections.index("catalogue-title") > max(sections.index(s) for s in sections if s.endswith("data-title"))
    assert 'href="/data/opd/dinas-kesehatan.datapackage.json"' in page
    assert 'href="/data/kota/2025.datapackage.json"' in page
