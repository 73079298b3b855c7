"""Training's open-data addresses, beside the reports' under `/data/` and like them language-neutral:
`/data/pelatihan.<fmt>` and `/data/peringatan-dini.<fmt>` (csv, json or xlsx). JSON and XLSX hold every table of
the dataset; a CSV holds one, the first (programmes, warnings) at the plain address and each other at the same
address with its name before `.csv` (`/data/pelatihan.modul.csv`)."""

from django.urls import path, register_converter

from reports.urls import tables_path
from reports.views import tables_download
from training.exports import DATASETS, EARLY_WARNING, TRAINING


class TrainingSheetConverter:
    regex = "modul|revisi|sesi"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TrainingSheetConverter, "training_sheet")

app_name = "training_data"

urlpatterns = [
    tables_path(DATASETS, TRAINING, "training"),
    path(
        f"{TRAINING}.<training_sheet:sheet>.csv",
        tables_download,
        {"datasets": DATASETS, "dataset": TRAINING, "fmt": "csv"},
        name="training_table",
    ),
    tables_path(DATASETS, EARLY_WARNING, "early_warning"),
    tables_path(DATASETS, EARLY_WARNING, "early_warning_follow_ups", sheet="tindak-lanjut"),
]
