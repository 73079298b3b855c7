"""The PPID's open-data addresses, beside the reports' under `/data/` and like them language-neutral:
`/data/dip.<fmt>` (every public body's information list) and `/data/ppid-statistik.<fmt>` (the yearly figures)."""

from django.urls import path

from ppid.exports import DATASETS, INFORMATION_LIST, REQUEST_FIGURES
from reports.urls import FormatConverter  # noqa: F401 - registers <opendata_format:…>
from reports.views import tables_download

app_name = "ppid_data"

urlpatterns = [
    path(
        f"{INFORMATION_LIST}.<opendata_format:fmt>",
        tables_download,
        {"datasets": DATASETS, "dataset": INFORMATION_LIST},
        name="information_list",
    ),
    path(
        f"{REQUEST_FIGURES}.<opendata_format:fmt>",
        tables_download,
        {"datasets": DATASETS, "dataset": REQUEST_FIGURES},
        name="request_figures",
    ),
]
