"""The PPID's open-data addresses, beside the reports' under `/data/` and like them language-neutral:
`/data/dip.<fmt>` (every public body's information list) and `/data/ppid-statistik.<fmt>` (the yearly figures)."""

from ppid.exports import DATASETS, INFORMATION_LIST, REQUEST_FIGURES
from reports.urls import tables_path

app_name = "ppid_data"

urlpatterns = [
    tables_path(DATASETS, INFORMATION_LIST, "information_list"),
    tables_path(DATASETS, REQUEST_FIGURES, "request_figures"),
]
