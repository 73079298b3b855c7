"""The Daftar Informasi Publik: an exempted entry must name its Art. 17 ground and consequence test, and only an
exempted one may; the city's and each unit's list are public pages by list, in both languages, at a fixed number
of queries; a listed entry's documents download, an exempted one's never; the lists are open data and found in the
site search."""

import csv
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppid.models import Exemption, InformationCategory, PublicInformation
from search.models import SearchDocument
from search.services import documents_sync
from tests.factories import UnitPageFactory
from tests.ppid.factories import PpidPageFactory, PublicInformationFactory, attach

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return PpidPageFactory(parent=home)


def test_an_exempted_entry_needs_its_ground_and_consequence_test_and_only_it_may_have_one(unit):
    with pytest.raises(ValidationError):
        PublicInformationFactory.build(unit=unit, category=InformationCategory.EXEMPTED).full_clean()
    with pytest.raises(ValidationError):
        PublicInformationFactory.build(unit=unit, exempted=True, consequence_test=" ").full_clean()
    with pytest.raises(ValidationError):
        PublicInformationFactory.build(unit=unit, exemption=Exemption.PRIVACY, consequence_test="x").full_clean()
    PublicInformationFactory.build(unit=unit, exempted=True).full_clean()


def test_the_city_list_names_the_units_that_publish_one_and_a_units_list_shows_its_entries_by_list(client, page, unit):
    city = PublicInformationFactory(unit=None, title="Rencana Pembangunan Jangka Menengah Daerah")
    periodic = PublicInformationFactory(unit=unit, title="Profil kesehatan Kota Ambon")
    exempted = PublicInformationFactory(unit=unit, title="Rekam medis pasien", exempted=True)
    download = attach(periodic)
    attach(exempted, title="Rekam medis 2025")

    city_page = client.get(page.url + "daftar/").content.decode()
    unit_page = client.get(page.url + f"daftar/{unit.slug}/").content.decode()

    assert city.title in city_page and periodic.title not in city_page
    assert f'href="{page.url}daftar/{unit.slug}/"' in city_page and "2 entri" in city_page
    assert periodic.title in unit_page and city.title not in unit_page
    assert f'id="informasi-{exempted.pk}"' in unit_page
    assert "Art. 17(h)" in unit_page or "Pasal 17 huruf h" in unit_page
    assert exempted.consequence_test in unit_page
    assert f"daftar/dokumen/{download.pk}/" in unit_page and "Rekam medis 2025" not in unit_page


def test_a_listed_entrys_document_downloads_and_an_exempted_or_hidden_ones_is_not_found(client, page, unit_index):
    unit = UnitPageFactory(parent=unit_index, title="Dinas Kesehatan")
    draft_unit = UnitPageFactory(parent=unit_index, title="Dinas Baru", live=False)
    listed = attach(PublicInformationFactory(unit=unit))
    withheld = attach(PublicInformationFactory(unit=unit, exempted=True))
    unpublished = attach(PublicInformationFactory(unit=draft_unit))

    response = client.get(page.url + f"daftar/dokumen/{listed.pk}/")

    assert response.status_code == 200 and b"Benteng;91" in b"".join(response.streaming_content)
    assert response["Content-Disposition"].startswith("attachment")
    for hidden in (withheld, unpublished):
        assert client.get(page.url + f"daftar/dokumen/{hidden.pk}/").status_code == 404
    assert client.get(page.url + f"daftar/{draft_unit.slug}/").status_code == 404
    assert client.get(page.url + "daftar/tidak-ada/").status_code == 404


def test_a_list_costs_the_same_queries_however_many_entries_and_documents(client, page, unit):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url + f"daftar/{unit.slug}/").status_code == 200
        return len(captured)

    attach(PublicInformationFactory(unit=unit))
    queries()  # the first visit fills the site's caches
    few = queries()
    for _ in range(4):
        entry = PublicInformationFactory(unit=unit)
        attach(entry)
        attach(entry, title="Lampiran")
    assert queries() == few


def test_in_english_an_entry_reads_in_english_where_the_ppid_wrote_it(client, page, unit, english):
    translated = page.copy_for_translation(english)
    translated.save_revision().publish()
    PublicInformationFactory(unit=unit, title="Profil kesehatan", title_en="Health profile", summary_en="Yearly.")
    PublicInformationFactory(unit=unit, title="Daftar puskesmas")

    html = client.get(translated.url + f"daftar/{unit.slug}/").content.decode()

    assert "Health profile" in html and "Yearly." in html and "Profil kesehatan" not in html
    assert "Daftar puskesmas" in html  # not translated: the Indonesian title stands in


def test_the_lists_as_open_data_offer_no_exempted_documents_and_link_each_entry(client, page, unit):
    periodic = PublicInformationFactory(unit=unit)
    exempted = PublicInformationFactory(unit=unit, exempted=True)
    city = PublicInformationFactory(unit=None)
    for entry in (periodic, exempted):
        attach(entry)

    rows = {
        int(row["id_informasi"]): row
        for row in csv.DictReader(io.StringIO(client.get("/data/dip.csv").content.decode("utf-8-sig")))
    }
    document = json.loads(client.get("/data/dip.json").content)

    assert rows[periodic.pk]["jumlah_dokumen"] == "1" and rows[periodic.pk]["nama_badan_publik"] == unit.title
    assert (rows[exempted.pk]["jumlah_dokumen"], rows[exempted.pk]["dasar_pengecualian"]) == ("0", "17h")
    assert rows[city.pk]["nama_badan_publik"] == "Pemerintah Kota Ambon"
    assert rows[periodic.pk]["url"] == f"{page.get_full_url()}daftar/{unit.slug}/#informasi-{periodic.pk}"
    assert len(document["entries"]) == 3 and document["dataset"]["name"] == "dip"


def test_entries_are_found_in_the_site_search_in_each_language_under_their_unit(client, page, unit, english):
    page.copy_for_translation(english).save_revision().publish()
    entry = PublicInformationFactory(unit=unit, title="Profil kesehatan", title_en="Health profile")

    documents_sync(model=PublicInformation, pk=entry.pk)

    documents = {document.language: document for document in SearchDocument.objects.of(entry)}
    assert (documents["id"].title, documents["en"].title) == ("Profil kesehatan", "Health profile")
    assert documents["id"].kind == "information" and documents["id"].unit_key == unit.translation_key
    assert documents["id"].url.endswith(f"daftar/{unit.slug}/#informasi-{entry.pk}")
    assert "Profil kesehatan" in client.get("/cari/", {"q": "profil kesehatan"}).content.decode()


def test_an_entry_of_a_unit_not_live_is_not_in_the_search(page, unit_index):
    draft_unit = UnitPageFactory(parent=unit_index, title="Dinas Baru", live=False)
    entry = PublicInformationFactory(unit=draft_unit)

    documents_sync(model=PublicInformation, pk=entry.pk)

    assert not SearchDocument.objects.of(entry).exists()
