"""The columns of the Daftar Informasi Publik as open data (Satu Data style names, like reports.columns), and its
rows: an exempted entry lists its ground, never its documents."""

from django.utils.translation import gettext_lazy as _

from ppid.models import InformationCategory
from reports.columns import Column

DIP_COLUMNS = [
    Column("kode_opd", "text", _("The unit's code; empty for the city's own list (PPID Utama).")),
    Column("nama_badan_publik", "text", _("The unit, or the city government.")),
    Column("judul", "text", _("The information's title.")),
    Column("ringkasan", "text", _("What the information holds.")),
    Column("penanggung_jawab", "text", _("The official responsible for it.")),
    Column("waktu_tempat_pembuatan", "text", _("When and where it was made.")),
    Column("bentuk", "code", _("tercetak (printed), elektronik, or tercetak-elektronik.")),
    Column("jangka_penyimpanan", "text", _("How long it is kept.")),
    Column("kategori", "code", _("berkala, serta-merta, setiap-saat, or dikecualikan (exempted).")),
    Column("dasar_pengecualian", "code", _("For exempted information: the Art. 17 ground (e.g. 17h).")),
    Column("uji_konsekuensi", "text", _("For exempted information: why disclosing it would cause harm.")),
    Column("dikecualikan_sampai", "text", _("For exempted information: until when (YYYY-MM-DD), if set.")),
    Column("jumlah_dokumen", "integer", _("How many documents can be downloaded; always 0 when exempted.")),
]


def dip_rows(entries) -> list[dict]:
    """The rows of `entries` (a PublicInformation queryset): two queries, documents counted, units named."""
    rows = []
    for entry in entries.select_related("unit").prefetch_related("documents"):
        exempted = entry.category == InformationCategory.EXEMPTED
        rows.append(
            {
                "kode_opd": entry.unit.code if entry.unit_id else "",
                "nama_badan_publik": entry.unit.title if entry.unit_id else "Pemerintah Kota Ambon",
                "judul": entry.title,
                "ringkasan": entry.summary,
                "penanggung_jawab": entry.responsible,
                "waktu_tempat_pembuatan": entry.made,
                "bentuk": entry.form,
                "jangka_penyimpanan": entry.retention,
                "kategori": entry.category,
                "dasar_pengecualian": entry.exemption or None,
                "uji_konsekuensi": entry.consequence_test or None,
                "dikecualikan_sampai": entry.exempted_until.isoformat() if entry.exempted_until else None,
                "jumlah_dokumen": 0 if exempted else len(entry.documents.all()),
            }
        )
    return rows
