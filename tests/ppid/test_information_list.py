"""The Daftar Informasi Publik: an exempted entry must name its Art. 17 ground and consequence test, only an
exempted one may, and as open data it never offers an exempted entry's documents."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.documents.models import Document

from ppid.columns import dip_rows
from ppid.models import Exemption, InformationCategory, PublicInformation, PublicInformationDocument

pytestmark = pytest.mark.django_db


def entry(unit, **fields):
    values = {
        "unit": unit,
        "title": "Laporan cakupan imunisasi dasar lengkap",
        "summary": "Cakupan imunisasi per puskesmas dan kelurahan.",
        "responsible": "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
        "made": "Setiap tahun, Ambon",
        "form": "tercetak-elektronik",
        "retention": "5 tahun",
        "category": InformationCategory.PERIODIC,
        **fields,
    }
    return PublicInformation(**values)


def test_an_exempted_entry_needs_its_ground_and_consequence_test_and_only_it_may_have_one(unit):
    with pytest.raises(ValidationError):
        entry(unit, category=InformationCategory.EXEMPTED).full_clean()
    with pytest.raises(ValidationError):
        entry(unit, category=InformationCategory.EXEMPTED, exemption=Exemption.PRIVACY).full_clean()
    with pytest.raises(ValidationError):
        entry(unit, exemption=Exemption.PRIVACY, consequence_test="x").full_clean()
    entry(
        unit,
        category=InformationCategory.EXEMPTED,
        exemption=Exemption.PRIVACY,
        consequence_test="Rekam medis per pasien mengungkap rahasia pribadi.",
    ).full_clean()


def test_as_open_data_an_exempted_entry_lists_its_ground_and_never_its_documents(unit):
    document = Document.objects.create(title="Rekam medis")
    periodic = entry(unit)
    exempted = entry(
        unit,
        title="Rekam medis pasien",
        category=InformationCategory.EXEMPTED,
        exemption=Exemption.PRIVACY,
        consequence_test="Mengungkap rahasia pribadi.",
    )
    for item in (periodic, exempted):
        item.save()
        PublicInformationDocument.objects.create(entry=item, document=document)

    rows = {row["judul"]: row for row in dip_rows(PublicInformation.objects.all())}

    assert rows[periodic.title]["jumlah_dokumen"] == 1
    assert (rows[exempted.title]["jumlah_dokumen"], rows[exempted.title]["dasar_pengecualian"]) == (0, "17h")
    assert rows[periodic.title]["nama_badan_publik"] == unit.title
