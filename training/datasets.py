"""The training app's open datasets as the catalogue describes them (reports.datasets): the programmes with their
modules, revisions and sessions, and the early warnings with the units' follow-ups. Three queries."""

from django.db.models import Max, Min
from django.urls import reverse

from reports.datasets import DatasetEntry, download_base, tables_resources, years_span
from training.columns import (
    FOLLOW_UP_COLUMNS,
    MODULE_COLUMNS,
    PROGRAMME_COLUMNS,
    REVISION_COLUMNS,
    SESSION_COLUMNS,
    SIGNAL_COLUMNS,
)
from training.models import PerformanceSignal, TrainingProgrammePage, TrainingSession


def training_datasets() -> list[DatasetEntry]:
    dictionary = reverse("data_dictionary") + "#training-data-title"
    sessions = TrainingSession.objects.aggregate(start=Min("starts_on"), end=Max("ends_on"))
    programmes = TrainingProgrammePage.objects.live().public().aggregate(modified=Max("last_published_at"))
    signals = PerformanceSignal.objects.aggregate(first=Min("year"), last=Max("year"), modified=Max("detected_at"))
    training, warnings = download_base("training_data:training"), download_base("training_data:early_warning")
    signal_start, signal_end = years_span([signals["first"], signals["last"]])
    return [
        DatasetEntry(
            name="pelatihan-asn-kota-ambon",
            title="Program pelatihan ASN Kota Ambon dan hasil evaluasinya",
            description=(
                "Program pelatihan aparatur sipil negara, modulnya dengan nilai evaluasi peserta (tanpa nama "
                "peserta; tidak ada nilai dari kurang dari lima evaluasi), revisi modul dan sesi pelatihan."
            ),
            keywords=("pelatihan", "ASN", "pengembangan kompetensi", "evaluasi"),
            frequency="irregular",
            start=sessions["start"],
            end=sessions["end"],
            modified=programmes["modified"],
            page=dictionary,
            datapackage=f"{training}.datapackage.json",
            resources=tables_resources(
                training,
                [
                    ("program", tuple(PROGRAMME_COLUMNS)),
                    ("modul", tuple(MODULE_COLUMNS)),
                    ("revisi", tuple(REVISION_COLUMNS)),
                    ("sesi", tuple(SESSION_COLUMNS)),
                ],
                first_at_base=True,
            ),
        ),
        DatasetEntry(
            name="peringatan-dini-kinerja-kota-ambon",
            title="Peringatan dini kinerja perangkat daerah Kota Ambon dan tindak lanjutnya",
            description=(
                "Indikator kinerja dan penanganan pengaduan yang menurun pada suatu perangkat daerah, terdeteksi "
                "otomatis, beserta tindak lanjut perangkat daerah tersebut (misalnya pelatihan ASN)."
            ),
            keywords=("peringatan dini", "kinerja", "SAKIP", "tindak lanjut"),
            frequency="continuous",
            start=signal_start,
            end=signal_end,
            modified=signals["modified"],
            page=dictionary,
            datapackage=f"{warnings}.datapackage.json",
            resources=tables_resources(
                warnings,
                [("peringatan", tuple(SIGNAL_COLUMNS)), ("tindak-lanjut", tuple(FOLLOW_UP_COLUMNS))],
                first_at_base=True,
            ),
        ),
    ]
