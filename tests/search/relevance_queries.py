"""The relevance set (issue 6, item 5): what residents type, and what they expect to find near the top.

Each case names one document a careful resident would expect among the first results of the query on the demo
site (`manage.py load_demo`): by its kind and its title, or a distinctive part of the title. Broad queries, which
several documents answer equally well, give the expected one the first five places instead of three.

A case the ranking misses today on some backend says so in `misranked_on`, with the reason; its test is then an
expected failure there, and turns red as soon as the ranking gets it right, so that the mark is removed.
"""

import re
from dataclasses import dataclass

from search.models import Kind, SearchDocument

SQLITE, POSTGRESQL = "sqlite", "postgresql"
SHORT_NAME = re.compile(r" \([^()]*\)$")  # "Kecamatan Teluk Ambon (Kec. Teluk Ambon)": search.sources adds it


@dataclass(frozen=True)
class Case:
    """A query, and the document a resident expects among its first `top` results."""

    query: str
    kind: str | None  # None: a document of any kind
    title: str  # the expected title, or a distinctive part of it; case does not matter
    top: int = 3  # 5 for broad queries
    language: str = "id"
    exact: bool = False  # the whole title (but a unit's short name), where a part would match a neighbour too
    misranked_on: tuple[str, ...] = ()
    why: str = ""  # why the ranking misses it on `misranked_on`

    def __str__(self):
        return f"{self.language}:{self.query}"

    def expects(self, document: SearchDocument) -> bool:
        title, wanted = document.title.casefold(), self.title.casefold()
        return (self.kind is None or document.kind == self.kind) and (
            SHORT_NAME.sub("", title) == wanted if self.exact else wanted in title
        )


CASES = [
    # Affixed forms: the query's word and the document's meet at their stem.
    Case("imunisasi", Kind.INDICATOR, "Cakupan imunisasi dasar lengkap"),
    Case("melayani", None, "layanan"),  # me-…-i / pe-…-an
    Case("pengangkutan sampah", Kind.COMPLAINT, "Jadwal angkut sampah"),  # peng-…-an
    Case("mengurus akta kelahiran", Kind.THREAD, "Mengurus akta kelahiran tanpa calo"),
    # ke-…-an; broad: the disaster agency (BPBD), public works and the district answer it as well as complaints
    Case("kebanjiran", Kind.COMPLAINT, "Selokan tersumbat sampah", top=5),
    Case("menganggur", Kind.INDICATOR, "Tingkat pengangguran terbuka"),  # meng- / peng-…-an
    Case("lampunya mati", Kind.COMPLAINT, "Lampu jalan mati"),  # -nya
    Case("akreditasi puskesmas", Kind.INDICATOR, "puskesmas terakreditasi"),  # ter-
    Case("kemiskinan", Kind.INDICATOR, "Persentase penduduk miskin"),  # ke-…-an
    Case("kebakaran", Kind.UNIT, "Dinas Pemadam Kebakaran"),  # ke-…-an; complaints of "membakar sampah" share it
    # Units by the short names residents use.
    Case("Dinkes", Kind.UNIT, "Dinas Kesehatan"),
    Case("DLHP", Kind.UNIT, "Dinas Lingkungan Hidup dan Persampahan"),
    Case("BKPSDM", Kind.UNIT, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    Case("Disdukcapil", Kind.UNIT, "Dinas Kependudukan dan Pencatatan Sipil"),
    Case("Dikbud", Kind.UNIT, "Dinas Pendidikan dan Kebudayaan"),
    Case("Damkar", Kind.UNIT, "Dinas Pemadam Kebakaran"),
    Case("Satpol PP", Kind.UNIT, "Satuan Polisi Pamong Praja"),
    Case("pungli", Kind.UNIT, "Inspektorat"),  # where residents report pungutan liar
    # Districts (kecamatan).
    Case("Sirimau", Kind.UNIT, "Kecamatan Sirimau"),
    Case("Nusaniwe", Kind.UNIT, "Kecamatan Nusaniwe"),
    Case("Baguala", Kind.UNIT, "Kecamatan Teluk Ambon Baguala"),
    Case("Teluk Ambon", Kind.UNIT, "Kecamatan Teluk Ambon", exact=True),
    Case("Leitimur Selatan", Kind.UNIT, "Kecamatan Leitimur Selatan"),
    Case("jalan rusak Sirimau", Kind.COMPLAINT, "Batu Merah, Sirimau"),
    # What residents come about.
    Case("sampah menumpuk", Kind.COMPLAINT, "Sampah menumpuk di TPS"),
    Case("air bersih", Kind.THREAD, "Air bersih tidak mengalir"),
    Case("puskesmas", None, "puskesmas", top=5),
    Case("stunting", Kind.INDICATOR, "Prevalensi stunting"),
    Case("lampu jalan", Kind.COMPLAINT, "Lampu jalan mati"),  # every word: "jalan" alone is in hundreds
    Case("drainase", Kind.INDICATOR, "saluran drainase"),
    Case("pasar", Kind.INDICATOR, "Persentase pasar rakyat", top=5),
    Case("beasiswa", Kind.THREAD, "Beasiswa untuk mahasiswa"),
    Case("izin usaha", Kind.COMPLAINT, "Izin usaha warung"),
    Case("perizinan", Kind.INDICATOR, "perizinan", top=5),
    Case("KTP elektronik", Kind.INDICATOR, "KTP elektronik"),
    Case("zonasi sekolah", Kind.THREAD, "Zonasi penerimaan murid baru"),
    Case("angkot tarif", Kind.COMPLAINT, "Angkot menaikkan tarif"),
    Case("realisasi belanja", Kind.INDICATOR, "realisasi belanja daerah"),  # every word: not "realisasi investasi"
    Case("kecelakaan lalu lintas", Kind.INDICATOR, "Jumlah kecelakaan lalu lintas"),
    # Performance and accountability.
    Case("SAKIP", Kind.INDICATOR, "Nilai evaluasi SAKIP"),
    Case("LKjIP", Kind.REPORT, "Laporan Kinerja (LKjIP)"),
    Case("pelatihan ASN", Kind.PAGE, "Pelatihan ASN", exact=True),  # the training programmes' index
    Case("pelatihan ASN", Kind.PAGE, "Pengembangan Program Pelatihan untuk ASN", top=5),
    Case("pelatihan komunikasi pelayanan", Kind.TRAINING, "Komunikasi Pelayanan Publik"),
    Case("menilai pelayanan ASN", Kind.THREAD, "Bagaimana warga bisa menilai pelayanan ASN?"),
    Case("sistem merit", Kind.INDICATOR, "Indeks sistem merit"),
    # English, on /en/.
    Case("immunisation", Kind.INDICATOR, "Complete basic immunisation coverage", language="en"),
    Case("Health Office", Kind.UNIT, "Health Office", language="en", exact=True),
    Case("waste", Kind.INDICATOR, "Share of waste handled", top=5, language="en"),
    Case("complaints", Kind.PAGE, "Complaints", language="en", exact=True),
]
