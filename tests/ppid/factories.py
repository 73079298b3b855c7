"""The PPID's page and list entries for the tests."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from ppid.models import InformationCategory, PpidPage, PublicInformation, PublicInformationDocument


class PpidPageFactory(wagtail_factories.PageFactory):
    title = "Informasi Publik"
    slug = "informasi-publik"

    class Meta:
        model = PpidPage


class PublicInformationFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Laporan cakupan imunisasi dasar lengkap {n}")
    summary = "Cakupan imunisasi per puskesmas dan kelurahan."
    responsible = "Kepala Bidang Pencegahan dan Pengendalian Penyakit"
    made = "Setiap tahun, Ambon"
    form = "tercetak-elektronik"
    retention = "5 tahun"
    category = InformationCategory.PERIODIC

    class Meta:
        model = PublicInformation

    class Params:
        exempted = factory.Trait(
            category=InformationCategory.EXEMPTED,
            exemption="17h",
            consequence_test="Rekam medis per pasien mengungkap rahasia pribadi.",
        )


def attach(entry: PublicInformation, title: str = "Cakupan imunisasi 2025") -> PublicInformationDocument:
    document = Document.objects.create(title=title, file=ContentFile(b"kelurahan;persen\nBenteng;91\n", "cakupan.csv"))
    return PublicInformationDocument.objects.create(entry=entry, document=document)
