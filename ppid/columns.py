"""The columns of the PPID's open data (Satu Data style names, like reports.columns) and their rows: the Daftar
Informasi Publik, where an exempted entry lists its ground, never its documents; and the yearly service figures,
which are counts and shares only."""

from django.utils.timezone import localdate
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ppid.models import Exemption, InformationCategory
from reports.columns import Column
from reports.models import UnitPage

CITY_NAME = "Pemerintah Kota Ambon"
CITY_TOTAL = "Total Kota Ambon"
UTAMA_NAME = "PPID Utama Kota Ambon"

DIP_COLUMNS = [
    Column("kode_opd", "text", _("The unit's code; empty for the city's own list (PPID Utama).")),
    Column("nama_badan_publik", "text", _("The unit, or the city government.")),
    Column("id_informasi", "integer", _("The entry's number, the same in every download.")),
    Column("judul", "text", _("The information's title.")),
    Column("ringkasan", "text", _("What the information holds.")),
    Column("judul_en", "text", _("The title in English, where the PPID wrote one.")),
    Column("penanggung_jawab", "text", _("The official responsible for it.")),
    Column("waktu_tempat_pembuatan", "text", _("When and where it was made.")),
    Column("bentuk", "code", _("tercetak (printed), elektronik, or tercetak-elektronik.")),
    Column("jangka_penyimpanan", "text", _("How long it is kept.")),
    Column("kategori", "code", _("berkala, serta-merta, setiap-saat, or dikecualikan (exempted).")),
    Column("dasar_pengecualian", "code", _("For exempted information: the Art. 17 ground (e.g. 17h).")),
    Column("uji_konsekuensi", "text", _("For exempted information: why disclosing it would cause harm.")),
    Column("dikecualikan_sampai", "text", _("For exempted information: until when (YYYY-MM-DD), if set.")),
    Column("jumlah_dokumen", "integer", _("How many documents can be downloaded; always 0 when exempted.")),
    Column("diperbarui", "text", _("When the entry was last changed (YYYY-MM-DD).")),
    Column("url", "text", _("The entry on the list's page.")),
]


def dip_rows(entries, page=None, request=None) -> list[dict]:
    """The rows of `entries` (a PublicInformation queryset), with their address on `page` (the PpidPage, if
    live): two queries, documents counted, units named."""
    base = page.get_full_url(request) if page is not None else None
    rows = []
    for entry in entries.select_related("unit").prefetch_related("attachments"):
        exempted = entry.category == InformationCategory.EXEMPTED
        rows.append(
            {
                "kode_opd": entry.unit.code if entry.unit_id else "",
                "nama_badan_publik": entry.unit.title if entry.unit_id else CITY_NAME,
                "id_informasi": entry.pk,
                "judul": entry.title,
                "ringkasan": entry.summary,
                "judul_en": entry.title_en or None,
                "penanggung_jawab": entry.responsible,
                "waktu_tempat_pembuatan": entry.made,
                "bentuk": entry.form,
                "jangka_penyimpanan": entry.retention,
                "kategori": entry.category,
                "dasar_pengecualian": entry.exemption or None,
                "uji_konsekuensi": entry.consequence_test or None,
                "dikecualikan_sampai": entry.exempted_until.isoformat() if entry.exempted_until else None,
                "jumlah_dokumen": 0 if exempted else len(entry.attachments.all()),
                "diperbarui": localdate(entry.updated_at).isoformat(),
                "url": f"{base}{page.list_path(entry.unit)}#informasi-{entry.pk}" if base else None,
            }
        )
    return rows


REFUSALS_ON_GROUND = _("Refusals on one exemption of Art. 17: ditolak_17a on letter a, and so on.")
FIGURE_COLUMNS = [
    Column("tahun", "integer", _("The year the requests were registered in.")),
    Column("kode_opd", "text", _("The unit's code; empty for the PPID Utama's own requests and for the city's total.")),
    Column("nama_badan_publik", "text", _("The unit, the PPID Utama, or “Total Kota Ambon”.")),
    Column("diterima", "integer", _("Requests registered.")),
    Column("dijawab", "integer", _("Requests answered with the information.")),
    Column("diperpanjang", "integer", _("Requests whose deadline was extended by 7 working days.")),
    Column("ditolak", "integer", _("Requests refused on an Art. 17 exemption.")),
    Column("dialihkan", "integer", _("Requests transferred to another public body.")),
    Column(
        "dinilai", "integer", _("Requests decided, or still open past their deadline: what “in time” is taken over.")
    ),
    Column("tepat_waktu", "integer", _("Of those, decided by the deadline.")),
    Column(
        "persen_tepat_waktu", "decimal", _("tepat_waktu as a share of dinilai, in percent; empty when dinilai is 0.")
    ),
    *(Column(f"ditolak_{code}", "integer", REFUSALS_ON_GROUND) for code in Exemption.values),
    Column("keberatan", "integer", _("Objections filed.")),
    Column("keberatan_diterima", "integer", _("Objections upheld.")),
    Column("keberatan_ditolak", "integer", _("Objections rejected.")),
    Column("keberatan_menunggu", "integer", _("Objections not answered yet.")),
]


def figure_rows(years: dict) -> list[dict]:
    """The rows of `figures_by_year()`: per year the city's total, then the PPID Utama's own, then each unit's by
    code, named as in the default language (the official names). One query however many."""
    keys = {key for year in years.values() for key in year.by_unit if key is not None}
    units = {
        key: (code, title)
        for key, code, title in UnitPage.objects.filter(
            translation_key__in=keys, locale=Locale.get_default()
        ).values_list("translation_key", "code", "title")
    }
    rows = []
    for year, figures in years.items():
        rows.append(_figure_row(year, "", CITY_TOTAL, figures.city))
        bodies = sorted(figures.by_unit.items(), key=lambda pair: (pair[0] is not None, units.get(pair[0], ("",))[0]))
        for key, each in bodies:
            code, name = ("", UTAMA_NAME) if key is None else units.get(key, ("", ""))
            rows.append(_figure_row(year, code, name, each))
    return rows


def _figure_row(year: int, code: str, name: str, figures) -> dict:
    return {
        "tahun": year,
        "kode_opd": code,
        "nama_badan_publik": name,
        "diterima": figures.received,
        "dijawab": figures.answered,
        "diperpanjang": figures.extended,
        "ditolak": figures.refused,
        "dialihkan": figures.transferred,
        "dinilai": figures.in_time.whole,
        "tepat_waktu": figures.in_time.part,
        "persen_tepat_waktu": figures.in_time.percent,
        **{f"ditolak_{code}": figures.refused_by_ground.get(code, 0) for code in Exemption.values},
        "keberatan": figures.objections,
        "keberatan_diterima": figures.objections_upheld,
        "keberatan_ditolak": figures.objections_rejected,
        "keberatan_menunggu": figures.objections_waiting,
    }
