"""Open data of the PPID, written by the reports' writers (reports.exports): every public body's Daftar Informasi
Publik (`dip`), and the yearly service figures per body (`ppid-statistik`). Neither holds anything of a requester:
the figures are counts. Each download costs a fixed number of queries however many rows it holds."""

from home.pages import live_page_in
from ppid.columns import DIP_COLUMNS, FIGURE_COLUMNS, dip_rows, figure_rows
from ppid.models import PpidPage, PublicInformation
from ppid.statistics import figures_by_year
from reports.exports import Table

INFORMATION_LIST = "dip"
REQUEST_FIGURES = "ppid-statistik"


def information_list_tables(request=None) -> list[Table]:
    """Every listed entry, the city's first, then the units' by code."""
    entries = PublicInformation.objects.listed().order_by("unit__code", "category", "sort_order", "title")
    page = live_page_in(PpidPage, "id")
    return [Table("entries", "informasi", DIP_COLUMNS, dip_rows(entries, page, request))]


def request_figure_tables(request=None) -> list[Table]:
    """One row per year and public body, newest year first, with the city's total as a row of its own."""
    return [Table("figures", "statistik", FIGURE_COLUMNS, figure_rows(figures_by_year()))]


DATASETS = {INFORMATION_LIST: information_list_tables, REQUEST_FIGURES: request_figure_tables}  # by file name
