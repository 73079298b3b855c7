"""The PPID's open datasets as the catalogue describes them (reports.datasets): the public bodies' information
lists (Daftar Informasi Publik) and the yearly service figures. Two queries."""

from django.db.models import Max, Min
from django.urls import reverse
from django.utils.timezone import localdate

from ppid.columns import DIP_COLUMNS, FIGURE_COLUMNS
from ppid.models import InformationRequest, PublicInformation
from reports.datasets import DatasetEntry, download_base, tables_resources, years_span


def ppid_datasets() -> list[DatasetEntry]:
    dictionary = reverse("data_dictionary") + "#ppid-data-title"
    listed = PublicInformation.objects.listed().aggregate(modified=Max("updated_at"))
    requests = InformationRequest.objects.aggregate(first=Min("registered_at"), last=Max("registered_at"))
    information, figures = download_base("ppid_data:information_list"), download_base("ppid_data:request_figures")
    start, end = years_span([localdate(moment).year for moment in (requests["first"], requests["last"]) if moment])
    return [
        DatasetEntry(
            name="daftar-informasi-publik-kota-ambon",
            title="Daftar Informasi Publik Pemerintah Kota Ambon",
            description=(
                "Informasi publik setiap badan publik Pemerintah Kota Ambon menurut UU 14/2008: yang wajib "
                "diumumkan berkala, serta-merta dan tersedia setiap saat, serta yang dikecualikan beserta uji "
                "konsekuensinya."
            ),
            keywords=("PPID", "keterbukaan informasi publik", "UU KIP", "DIP"),
            frequency="continuous",
            start=None,
            end=None,
            modified=listed["modified"],
            page=dictionary,
            datapackage=f"{information}.datapackage.json",
            resources=tables_resources(information, [("informasi", tuple(DIP_COLUMNS))], first_at_base=True),
        ),
        DatasetEntry(
            name="statistik-layanan-ppid-kota-ambon",
            title="Statistik layanan permohonan informasi publik Kota Ambon",
            description=(
                "Jumlah permohonan informasi publik per tahun dan per badan publik: diterima, dikabulkan, ditolak "
                "dengan alasan pengecualian, waktu layanan, keberatan. Hanya jumlah, tanpa data pemohon."
            ),
            keywords=("PPID", "permohonan informasi", "statistik", "UU KIP"),
            frequency="annual",
            start=start,
            end=end,
            modified=requests["last"],
            page=dictionary,
            datapackage=f"{figures}.datapackage.json",
            resources=tables_resources(figures, [("statistik", tuple(FIGURE_COLUMNS))], first_at_base=True),
        ),
    ]
