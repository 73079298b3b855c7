"""Open data of complaints and the forum, written by the reports' writers (reports.exports): the public complaint
list, the responsiveness scorecards, and the forum's answer figures per unit.

The list holds what the public list shows (checked by a verifier, never *rahasia*, never rejected as no complaint at
all) and nothing of a reporter, a note or an attachment; the figures are counts. Each download costs a fixed number
of queries however many rows it holds.
"""

from django.conf import settings
from django.utils.timezone import localdate
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from feedback import places
from feedback.complaints.selectors import public_list
from feedback.models import Complaint, ComplaintsPage
from feedback.scorecards import Scorecard, city_scorecards
from home.pages import live_page_in
from reports.columns import Column
from reports.exports import Table
from reports.selectors import units_by_translation_key

COMPLAINTS = "pengaduan"
SCORECARDS = "responsivitas"
FORUM_ANSWERS = "forum-jawaban"
CITY_CODE, CITY = "kota", "Kota Ambon (semua perangkat daerah)"

UNIT = [
    Column("kode_opd", "text", _("The unit's code; “kota” on the city's row, which counts every complaint.")),
    Column("nama_opd", "text", _("The unit's name.")),
]
COMPLAINT_COLUMNS = [
    Column("kode_pelacakan", "code", _("The complaint's tracking code, as on its public page.")),
    Column("judul", "text", _("Its title, as the resident wrote it (checked by a verifier).")),
    Column("kategori", "text", _("Its category.")),
    Column("kode_opd", "text", _("The code of the unit handling it; empty before it is routed.")),
    Column("nama_opd", "text", _("The name of the unit handling it.")),
    Column("status", "code", _("diajukan, didisposisi, diproses, ditanggapi, selesai or ditolak.")),
    Column("kode_kelurahan", "code", _("The kelurahan, desa or negeri (Kemendagri's code); empty if not given.")),
    Column("kelurahan", "text", _("Its name.")),
    Column("kecamatan", "text", _("Its kecamatan.")),
    Column("tanggal_diajukan", "text", _("The day it was filed (YYYY-MM-DD, Ambon time).")),
    Column("tanggal_ditutup", "text", _("The day it was resolved or rejected; empty while open.")),
    Column("url", "text", _("Its public page.")),
]
SCORECARD_COLUMNS = [
    *UNIT,
    Column("diterima", "integer", _("Complaints received (filed, for the city; routed, for a unit).")),
    Column("diverifikasi_tepat_waktu_persen", "decimal", _("The share verified by their deadline, in percent.")),
    Column("median_hari_tanggapan", "decimal", _("Median working days from routing to the first public reply.")),
    Column("selesai_tepat_waktu_persen", "decimal", _("The share resolved by their deadline, in percent.")),
    Column("dibuka_kembali_persen", "decimal", _("The share whose resident rejected a response, in percent.")),
    Column("rata_rata_penilaian", "decimal", _("The residents' average rating, 1 to 5.")),
    Column("jumlah_penilaian", "integer", _("How many residents rated.")),
    Column("terkonfirmasi_beres_persen", "decimal", _("Of the residents asked “is it fixed?”, the share who said so.")),
]
FORUM_COLUMNS = [
    *UNIT,
    Column("topik", "integer", _("Public forum threads addressed to the unit.")),
    Column("dijawab_resmi", "integer", _("Of those, the threads the unit answered officially.")),
    Column("dijawab_resmi_persen", "decimal", _("The same as a share, in percent.")),
    Column("median_hari_jawaban", "decimal", _("Median working days from a thread's opening to the official answer.")),
]


def complaint_tables(request=None) -> list[Table]:
    """The public list, newest first: three queries."""
    page = live_page_in(ComplaintsPage, settings.LANGUAGE_CODE)
    units = units_by_translation_key(Locale.get_default().pk)
    complaints = public_list()
    rows = [_complaint_row(complaint, units.get(complaint.unit_key), page, request) for complaint in complaints]
    return [Table("complaints", "pengaduan", COMPLAINT_COLUMNS, rows)]


def _complaint_row(complaint: Complaint, unit, page, request) -> dict:
    village = places.village(complaint.village_code) if complaint.village_code else None
    url = ""
    if page is not None:
        path = page.url + page.reverse_subpage("public", args=[complaint.tracking_code])
        url = request.build_absolute_uri(path) if request else path
    return {
        "kode_pelacakan": complaint.tracking_code,
        "judul": complaint.title,
        "kategori": complaint.category.name,
        "kode_opd": unit.code if unit else "",
        "nama_opd": unit.title if unit else "",
        "status": complaint.status,
        "kode_kelurahan": complaint.village_code,
        "kelurahan": village.name if village else "",
        "kecamatan": village.kecamatan if village else "",
        "tanggal_diajukan": localdate(complaint.submitted_at).isoformat(),
        "tanggal_ditutup": localdate(complaint.closed_at).isoformat() if complaint.closed_at else "",
        "url": url,
    }


def scorecard_tables(request=None) -> list[Table]:
    """The city's row, then each live unit's by code: four queries for the figures and one for the units."""
    return [Table("scorecards", "responsivitas", SCORECARD_COLUMNS, [_scorecard_row(*row) for row in _rows()])]


def forum_answer_tables(request=None) -> list[Table]:
    return [Table("forum", "forum", FORUM_COLUMNS, [_forum_row(*row) for row in _rows()])]


def _rows() -> list[tuple[str, str, Scorecard]]:
    scorecards = city_scorecards()
    units = units_by_translation_key(Locale.get_default().pk)
    named = sorted(
        ((units[key].code, units[key].title, card) for key, card in scorecards.by_unit.items() if key in units),
        key=lambda row: row[0],
    )
    return [(CITY_CODE, CITY, scorecards.city), *named]


def _scorecard_row(code: str, name: str, card: Scorecard) -> dict:
    return {
        "kode_opd": code,
        "nama_opd": name,
        "diterima": card.received,
        "diverifikasi_tepat_waktu_persen": card.verified_on_time.percent,
        "median_hari_tanggapan": card.median_response_days,
        "selesai_tepat_waktu_persen": card.resolved_on_time.percent,
        "dibuka_kembali_persen": card.reopened.percent,
        "rata_rata_penilaian": card.rating_average,
        "jumlah_penilaian": card.ratings,
        "terkonfirmasi_beres_persen": card.confirmed_fixed.percent,
    }


def _forum_row(code: str, name: str, card: Scorecard) -> dict:
    return {
        "kode_opd": code,
        "nama_opd": name,
        "topik": card.forum_answered.whole,
        "dijawab_resmi": card.forum_answered.part,
        "dijawab_resmi_persen": card.forum_answered.percent,
        "median_hari_jawaban": card.forum_median_days,
    }


DATASETS = {COMPLAINTS: complaint_tables, SCORECARDS: scorecard_tables, FORUM_ANSWERS: forum_answer_tables}
