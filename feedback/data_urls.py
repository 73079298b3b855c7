"""The complaints' and the forum's open-data addresses, beside the reports' under `/data/` and like them
language-neutral: `/data/pengaduan.<fmt>`, `/data/responsivitas.<fmt>` and `/data/forum-jawaban.<fmt>`."""

from feedback.open_data import COMPLAINTS, DATASETS, FORUM_ANSWERS, SCORECARDS
from reports.urls import tables_path

app_name = "feedback_data"

urlpatterns = [
    tables_path(DATASETS, COMPLAINTS, "complaints"),
    tables_path(DATASETS, SCORECARDS, "scorecards"),
    tables_path(DATASETS, FORUM_ANSWERS, "forum_answers"),
]
