"""Demo performance reports (LKjIP) of every unit for 2023–2025, in Indonesian and English, and one draft.

Each unit has a plan: its strategic goals (*sasaran*), indicators on a Renstra 2021–2026 path and its
programmes. Realisations are derived from the plan, the unit's performance level that year and a
random generator seeded with the unit and indicator code, so every run writes the same numbers and the
summaries and explanations are generated from those numbers, never written apart from them.
"""

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from wagtail.documents.models import Document
from wagtail.models import Locale

from portal.demo import child_page, english_locale, text_pdf, translate_page
from reports.achievement import Band, Polarity, absorption, achievement, average, band
from reports.demo_data import UNITS
from reports.models import BudgetLine, Indicator, PerformanceReportPage, ReportPeriod, UnitIndexPage, UnitPage

ID, EN = 0, 1  # positions of the Indonesian and English text in every (id, en) pair below
YEARS = (2023, 2024, 2025)
END_YEAR = 2026  # the last year of the Renstra 2021–2026: its target is the end-of-term target
HIGHER, LOWER, RANGE = Polarity.HIGHER, Polarity.LOWER, Polarity.RANGE


@dataclass(frozen=True)
class Measure:
    id: str
    en: str
    maximum: Decimal | None = None  # the highest value possible (100 for a share of a whole)


PERCENT = Measure("%", "%", Decimal(100))
PERCENT_OF_TARGET = Measure("% dari target", "% of target")
INDEX_100 = Measure("indeks (0–100)", "index (0–100)", Decimal(100))
SCORE_100 = Measure("nilai (0–100)", "score (0–100)", Decimal(100))
MERIT_POINTS = Measure("poin (skala KASN 100–400)", "points (KASN scale 100–400)", Decimal(400))
INDEX_5 = Measure("indeks (0–5)", "index (0–5)", Decimal(5))
LEVEL_5 = Measure("level (1–5)", "level (1–5)", Decimal(5))
INDEX = Measure("indeks", "index")
PER_1000_BIRTHS = Measure("per 1.000 KH", "per 1,000 live births")
PER_100000_BIRTHS = Measure("per 100.000 KH", "per 100,000 live births")
HEALTH_CENTRES = Measure("puskesmas", "health centres", Decimal(22))
VILLAGES = Measure("kelurahan/desa/negeri", "villages and wards", Decimal(50))
PERSONS = Measure("orang", "persons")
VISITS = Measure("kunjungan", "visits")
EVENTS = Measure("kegiatan", "events")
STUDIES = Measure("kajian", "studies")
HERITAGE = Measure("objek", "sites and objects")
MEDALS = Measure("medali", "medals")
BUSINESSES = Measure("unit usaha", "businesses")
INCIDENTS = Measure("kejadian", "incidents")
TONNES = Measure("ton", "tonnes")
KG_PER_CAPITA = Measure("kg/kapita/tahun", "kg per capita per year")
HECTARES = Measure("ha", "ha")
DAYS = Measure("hari", "days")
MINUTES = Measure("menit", "minutes")
CHILDREN_PER_WOMAN = Measure("anak per perempuan", "children per woman")
BILLION_RUPIAH = Measure("Rp miliar", "IDR billion")
PH = Measure("pH", "pH", Decimal(14))

MET = ("pelaksanaan program yang sesuai rencana aksi", "programmes delivered as planned")
MISSED = ("keterbatasan anggaran dan sumber daya manusia", "a limited budget and too few staff")


@dataclass(frozen=True)
class Spec:
    """An indicator of a unit's Renstra. Figures are strings so that their decimals set the precision."""

    code: str
    goal: int  # position in the plan's goals
    measure: Measure
    target: str  # the 2023 target, or the lower bound of a range
    end: str  # the 2026 end-of-term target
    name: tuple[str, str]  # (Indonesian, English)
    polarity: str = HIGHER
    upper: str | None = None  # upper bound of a range
    overshoots: bool = False  # a range missed from above rather than from below
    met: tuple[str, str] = MET  # what made the target (a noun phrase after "berkat" / "thanks to")
    missed: tuple[str, str] = MISSED  # why it was missed (after "karena" / "because of")
    bias: int = 0  # achievement points added every year, for an indicator that runs above or below the rest
    achieved: tuple[int, int, int, int] | None = None  # fixed achievement for 2023–2026


@dataclass(frozen=True)
class Plan:
    goals: list[tuple[str, str]]
    indicators: list[Spec]
    programmes: list[tuple[str, str, int]]  # (Indonesian, English, yearly budget ceiling in million rupiah)


SUPPORT = ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Regional Government Support Programme")

# The plans are a table laid out by hand (one indicator to a few lines, within 120 columns), not by the formatter.
# fmt: off
PLANS = {
    "sekretariat-daerah": Plan(
        goals=[
            ("Meningkatnya akuntabilitas kinerja dan tata kelola pemerintahan",
             "More accountable performance and governance"),
            ("Meningkatnya kualitas kebijakan dan koordinasi pemerintahan", "Better policy-making and coordination"),
        ],
        indicators=[
            Spec("IKU-01", 0, SCORE_100, "62.00", "70.00",
                 ("Nilai evaluasi SAKIP Kota Ambon", "Ambon's SAKIP evaluation score"),
                 met=("pendampingan perjanjian kinerja dan cascading indikator di semua perangkat daerah",
                      "coaching on performance agreements and indicator cascading in every unit"),
                 missed=("keterkaitan program dengan sasaran yang belum kuat dan data kinerja yang jarang dimanfaatkan",
                         "weak links between programmes and goals and little use of performance data")),
            Spec("IKU-02", 0, SCORE_100, "60.00", "68.00",
                 ("Indeks Reformasi Birokrasi", "Bureaucratic Reform Index"),
                 met=("rencana aksi reformasi birokrasi tematik yang dijalankan semua perangkat daerah",
                      "a thematic reform action plan carried out by every unit"),
                 missed=("rencana aksi yang belum dijalankan sepenuhnya oleh perangkat daerah",
                         "action plans not fully carried out by the units")),
            Spec("IKU-03", 1, PERCENT, "85.00", "95.00",
                 ("Persentase produk hukum daerah yang ditetapkan tepat waktu",
                  "Share of city regulations adopted on time"),
                 met=("harmonisasi rancangan bersama Kanwil Kementerian Hukum sejak awal",
                      "early harmonisation of drafts with the regional Law Ministry office"),
                 missed=("rancangan dari perangkat daerah yang terlambat diajukan",
                         "drafts submitted late by the units")),
            Spec("IKU-04", 1, PERCENT, "90.00", "100.00",
                 ("Persentase paket pengadaan barang/jasa yang dilaksanakan secara elektronik",
                  "Share of procurement packages run electronically"),
                 met=("e-purchasing melalui katalog elektronik lokal", "e-purchasing through the local e-catalogue"),
                 missed=("penyedia lokal yang belum terdaftar di katalog elektronik",
                         "local suppliers not yet in the e-catalogue")),
        ],
        programmes=[
            (*SUPPORT, 58_000),
            ("Program Pemerintahan dan Kesejahteraan Rakyat", "Governance and Public Welfare Programme", 6_400),
            ("Program Perekonomian dan Pembangunan", "Economy and Development Programme", 3_900),
        ],
    ),
    "sekretariat-dprd": Plan(
        goals=[
            ("Meningkatnya dukungan terhadap fungsi legislasi, anggaran dan pengawasan DPRD",
             "Better support for the council's law-making, budget and oversight work"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "92.00", "100.00",
                 ("Persentase rapat dan persidangan DPRD yang terfasilitasi tepat waktu",
                  "Share of council meetings and sessions supported on time"),
                 met=("penjadwalan bersama Badan Musyawarah sejak awal masa sidang",
                      "scheduling with the Deliberation Committee at the start of each session"),
                 missed=("perubahan jadwal mendadak dan agenda yang menumpuk di akhir tahun",
                         "sudden rescheduling and a year-end pile-up of meetings")),
            Spec("IKU-02", 0, PERCENT, "60.00", "80.00",
                 ("Persentase rancangan perda inisiatif DPRD yang ditetapkan",
                  "Share of council-initiated draft regulations adopted"),
                 met=("naskah akademik yang disiapkan tenaga ahli sejak awal tahun",
                      "academic papers prepared by experts early in the year"),
                 missed=("pembahasan bersama pemerintah kota yang belum tuntas",
                         "unfinished deliberation with the city government")),
            Spec("IKU-03", 0, PERCENT, "70.00", "95.00",
                 ("Persentase risalah dan keputusan DPRD yang dipublikasikan",
                  "Share of council minutes and decisions published"),
                 met=("publikasi risalah di laman DPRD setiap pekan",
                      "weekly publication of minutes on the council website"),
                 missed=("petugas dokumentasi yang terbatas", "too few documentation staff")),
            Spec("IKU-04", 0, INDEX_100, "78.00", "85.00",
                 ("Indeks kepuasan masyarakat (IKM) layanan aspirasi",
                  "Public satisfaction index for the petitions service"),
                 met=("ruang layanan aspirasi yang dibuka setiap hari kerja",
                      "a petitions desk open every working day"),
                 missed=("tindak lanjut aspirasi yang lambat dikabarkan kepada warga",
                         "slow feedback to residents on their petitions")),
        ],
        programmes=[
            (*SUPPORT, 24_500),
            ("Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", "Council Duties Support Programme", 31_000),
        ],
    ),
    "inspektorat": Plan(
        goals=[
            ("Meningkatnya kualitas pengawasan intern dan akuntabilitas keuangan daerah",
             "Better internal audit and financial accountability"),
        ],
        indicators=[
            Spec("IKU-01", 0, LEVEL_5, "3", "4",
                 ("Level kapabilitas APIP", "Internal audit capability level (APIP)"),
                 met=("penjaminan mutu audit dan sertifikasi jabatan fungsional auditor",
                      "audit quality assurance and auditor certification"),
                 missed=("jumlah auditor bersertifikat yang belum memadai", "too few certified auditors")),
            Spec("IKU-02", 0, LEVEL_5, "3.00", "3.50",
                 ("Nilai maturitas Sistem Pengendalian Intern Pemerintah (SPIP)",
                  "Internal control maturity score (SPIP)"),
                 met=("penilaian risiko yang dibuat di semua perangkat daerah", "risk assessments in every unit"),
                 missed=("manajemen risiko yang belum dipakai dalam perencanaan perangkat daerah",
                         "risk management not yet used in unit planning")),
            Spec("IKU-03", 0, PERCENT, "75.00", "90.00",
                 ("Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
                  "Share of state audit (BPK) recommendations followed up"),
                 met=("pemantauan tindak lanjut bulanan bersama perangkat daerah",
                      "monthly follow-up reviews with the units"),
                 missed=("pengembalian kerugian daerah oleh pihak ketiga yang belum selesai",
                         "outstanding repayments owed by third parties")),
            Spec("IKU-04", 0, PERCENT, "80.00", "95.00",
                 ("Persentase pengaduan masyarakat yang ditindaklanjuti dengan audit atau reviu",
                  "Share of public complaints followed up with an audit or review"),
                 met=("penanganan pengaduan yang terhubung dengan SP4N-LAPOR!",
                      "complaint handling linked to SP4N-LAPOR!"),
                 missed=("pengaduan tanpa bukti awal yang memadai", "complaints without enough initial evidence")),
        ],
        programmes=[
            (*SUPPORT, 14_200),
            ("Program Penyelenggaraan Pengawasan", "Internal Audit Programme", 4_300),
            ("Program Perumusan Kebijakan, Pendampingan dan Asistensi",
             "Policy, Mentoring and Assistance Programme", 850),
        ],
    ),
    "bappeda-litbang": Plan(
        goals=[
            ("Meningkatnya kualitas perencanaan pembangunan daerah", "Better development planning"),
            ("Meningkatnya pemanfaatan hasil penelitian dan inovasi daerah",
             "Greater use of research and local innovation"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "90.00", "100.00",
                 ("Persentase konsistensi program RKPD dengan RPJMD",
                  "Consistency of the annual plan (RKPD) with the medium-term plan (RPJMD)"),
                 met=("verifikasi rencana kerja perangkat daerah melalui SIPD", "checking unit work plans in SIPD"),
                 missed=("program baru dari pokok-pokok pikiran DPRD di luar RPJMD",
                         "new programmes from council proposals outside the RPJMD")),
            Spec("IKU-02", 0, PERCENT, "40.00", "55.00",
                 ("Persentase usulan musrenbang yang terakomodasi dalam APBD",
                  "Share of community planning (musrenbang) proposals funded in the budget"),
                 met=("prioritas usulan berbasis data kewilayahan", "proposals prioritised with area data"),
                 missed=("kapasitas fiskal daerah yang terbatas", "the city's limited fiscal capacity")),
            Spec("IKU-03", 1, STUDIES, "4", "8",
                 ("Jumlah hasil kajian dan inovasi yang dimanfaatkan perangkat daerah",
                  "Studies and innovations taken up by the units"),
                 met=("kerja sama penelitian dengan Universitas Pattimura",
                      "research partnerships with Pattimura University"),
                 missed=("anggaran penelitian yang terpotong refocusing", "research funds cut by budget refocusing")),
        ],
        programmes=[
            (*SUPPORT, 9_800),
            ("Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
             "Development Planning, Control and Evaluation Programme", 3_600),
            ("Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah",
             "Planning Coordination Programme", 2_100),
            ("Program Penelitian dan Pengembangan Daerah", "Research and Development Programme", 1_250),
        ],
    ),
    "bkpsdm": Plan(
        goals=[
            ("Meningkatnya profesionalitas dan kompetensi ASN", "A more professional and competent civil service"),
            ("Terwujudnya manajemen ASN berbasis sistem merit", "Merit-based civil service management"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "35.00", "60.00",
                 ("Persentase ASN yang mengikuti pelatihan/pengembangan kompetensi",
                  "Share of civil servants in training or competence development"),
                 met=("pelatihan daring melalui platform e-learning dan kerja sama dengan BPSDM Provinsi Maluku",
                      "e-learning courses and joint courses with the Maluku provincial training agency"),
                 missed=("anggaran pelatihan yang kecil dan kuota diklat kepemimpinan yang terbatas",
                         "a small training budget and few places on leadership courses")),
            Spec("IKU-02", 1, MERIT_POINTS, "250", "325",
                 ("Indeks sistem merit", "Merit system index"),
                 met=("pembenahan pola karier, talent pool dan seleksi terbuka jabatan",
                      "career paths, a talent pool and open selection for posts"),
                 missed=("manajemen talenta dan sistem informasi kinerja yang belum lengkap",
                         "incomplete talent management and performance information systems")),
            Spec("IKU-03", 0, INDEX_100, "65.00", "72.00",
                 ("Indeks profesionalitas ASN", "Civil service professionalism index"),
                 met=("pemutakhiran data pendidikan dan disiplin ASN",
                      "updated records of staff qualifications and discipline"),
                 missed=("ASN yang belum memenuhi 20 jam pelajaran pengembangan kompetensi",
                         "staff short of 20 hours of training a year")),
            Spec("IKU-04", 1, PERCENT, "85.00", "95.00",
                 ("Persentase layanan kepegawaian yang selesai tepat waktu",
                  "Share of personnel services completed on time"),
                 met=("layanan kenaikan pangkat dan pensiun secara daring", "online promotion and retirement services"),
                 missed=("berkas usulan dari perangkat daerah yang tidak lengkap", "incomplete files from the units")),
        ],
        programmes=[
            (*SUPPORT, 11_200),
            ("Program Kepegawaian Daerah", "Civil Service Management Programme", 3_800),
            ("Program Pengembangan Sumber Daya Manusia", "Human Resource Development Programme", 2_400),
        ],
    ),
    "bpkad": Plan(
        goals=[
            ("Meningkatnya kualitas pengelolaan keuangan dan aset daerah",
             "Better management of the city's finances and assets"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "25.00", "25.00",
                 ("Rasio belanja pegawai terhadap total belanja", "Payroll spending as a share of total spending"),
                 polarity=RANGE, upper="30.00", overshoots=True, achieved=(90, 95, 100, 100),
                 met=("pengendalian formasi dan belanja pegawai sesuai UU HKPD",
                      "control of staffing and payroll under the fiscal relations law (UU HKPD)"),
                 missed=("kenaikan gaji dan pengangkatan PPPK yang menambah belanja pegawai",
                         "pay rises and newly appointed contract staff (PPPK)")),
            Spec("IKU-02", 0, PERCENT, "45.00", "70.00",
                 ("Persentase aset tanah milik daerah yang bersertifikat",
                  "Share of city-owned land with a title certificate"),
                 met=("sertifikasi massal bersama Kantor Pertanahan Kota Ambon",
                      "a certification drive with the Ambon Land Office"),
                 missed=("sengketa batas dan dokumen perolehan aset lama yang tidak lengkap",
                         "boundary disputes and missing papers for old assets")),
            Spec("IKU-03", 0, PERCENT, "90.00", "95.00",
                 ("Persentase realisasi belanja daerah", "Share of the city budget spent"),
                 met=("pemantauan realisasi bulanan dan pencairan yang lebih cepat melalui SIPD",
                      "monthly spending reviews and faster payments through SIPD"),
                 missed=("transfer dana pusat yang terlambat dan tender yang gagal",
                         "late central transfers and failed tenders")),
            Spec("IKU-04", 0, PERCENT, "85.00", "100.00",
                 ("Persentase perangkat daerah yang menyampaikan laporan keuangan tepat waktu",
                  "Share of units filing financial statements on time"),
                 met=("pendampingan akuntansi di setiap perangkat daerah", "accounting support in every unit"),
                 missed=("rekonsiliasi aset yang terlambat di beberapa perangkat daerah",
                         "late asset reconciliation in some units")),
        ],
        programmes=[
            (*SUPPORT, 19_500),
            ("Program Pengelolaan Keuangan Daerah", "Financial Management Programme", 6_800),
            ("Program Pengelolaan Barang Milik Daerah", "City Asset Management Programme", 2_900),
        ],
    ),
    "bapenda": Plan(
        goals=[
            ("Meningkatnya pendapatan asli daerah", "Higher own-source revenue"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT_OF_TARGET, "100.00", "100.00",
                 ("Persentase realisasi pendapatan asli daerah terhadap target",
                  "Own-source revenue collected against target"),
                 met=("pembayaran pajak non-tunai dan pendataan ulang wajib pajak hotel dan restoran",
                      "cashless tax payments and a re-survey of hotels and restaurants"),
                 missed=("retribusi parkir dan pajak reklame yang belum optimal serta tunggakan PBB-P2",
                         "under-collected parking levies and billboard tax, and property tax arrears")),
            Spec("IKU-02", 0, BILLION_RUPIAH, "90.00", "120.00",
                 ("Realisasi penerimaan pajak daerah", "Local tax receipts"),
                 met=("perluasan basis pajak barang dan jasa tertentu (PBJT)",
                      "a wider base for the goods and services tax (PBJT)"),
                 missed=("omzet usaha yang dilaporkan lebih rendah dari sebenarnya",
                         "under-reported business turnover")),
            Spec("IKU-03", 0, PERCENT, "55.00", "70.00",
                 ("Persentase wajib pajak PBB-P2 yang membayar tepat waktu",
                  "Share of property taxpayers (PBB-P2) paying on time"),
                 met=("pembayaran melalui bank, minimarket dan QRIS", "payment at banks, minimarkets and by QRIS"),
                 missed=("SPPT yang terlambat dibagikan dan data objek pajak yang belum mutakhir",
                         "late tax notices and outdated property records")),
        ],
        programmes=[
            (*SUPPORT, 12_600),
            ("Program Pengelolaan Pendapatan Daerah", "Revenue Management Programme", 7_400),
        ],
    ),
    "bpbd": Plan(
        goals=[
            ("Meningkatnya ketangguhan masyarakat dan kecepatan penanganan bencana",
             "More resilient communities and faster disaster response"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "90.00", "100.00",
                 ("Persentase kejadian bencana yang direspons kurang dari 24 jam",
                  "Share of disasters responded to within 24 hours"),
                 met=("tim reaksi cepat dan pusat pengendalian operasi yang siaga 24 jam",
                      "a rapid response team and operations centre on duty round the clock"),
                 missed=("akses jalan yang terputus longsor di kawasan perbukitan",
                         "roads cut by landslides in the hills")),
            Spec("IKU-02", 0, VILLAGES, "10", "22",
                 ("Jumlah kelurahan, desa dan negeri tangguh bencana", "Disaster-resilient villages and wards"),
                 met=("pelatihan siaga bencana bersama relawan, gereja dan masjid setempat",
                      "preparedness training with volunteers, churches and mosques"),
                 missed=("pendampingan yang belum berlanjut setelah pembentukan",
                         "little follow-up once groups were set up")),
            Spec("IKU-03", 0, PERCENT, "40.00", "70.00",
                 ("Persentase penduduk kawasan rawan bencana yang menerima sosialisasi dan peringatan dini",
                  "Share of residents of hazard areas reached by awareness and early warning"),
                 met=("sirene peringatan dini dan sosialisasi dari rumah ke rumah",
                      "early-warning sirens and door-to-door awareness"),
                 missed=("jangkauan ke permukiman di lereng curam yang sulit", "hard-to-reach homes on steep slopes")),
            Spec("IKU-04", 0, INDEX, "145.00", "130.00",
                 ("Indeks risiko bencana", "Disaster risk index"),
                 polarity=LOWER,
                 met=("pembangunan talud dan normalisasi sungai di titik rawan banjir",
                      "retaining walls and river clearance at flood-prone points"),
                 missed=("permukiman baru di lereng curam yang rawan longsor",
                         "new housing on landslide-prone slopes")),
        ],
        programmes=[
            (*SUPPORT, 6_100),
            ("Program Penanggulangan Bencana", "Disaster Management Programme", 5_300),
        ],
    ),
    "kesbangpol": Plan(
        goals=[
            ("Terpeliharanya kerukunan, wawasan kebangsaan dan kondusivitas politik",
             "Social harmony, national awareness and a calm political climate"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "85.00", "95.00",
                 ("Persentase potensi konflik sosial yang tertangani sebelum meluas",
                  "Share of potential social conflicts handled before they spread"),
                 met=("deteksi dini bersama Forum Kewaspadaan Dini Masyarakat dan tokoh agama",
                      "early warning with the community vigilance forum and religious leaders"),
                 missed=("perkelahian antarkelompok pemuda yang berulang di beberapa kawasan",
                         "repeated clashes between youth groups in some neighbourhoods")),
            Spec("IKU-02", 0, INDEX_100, "75.00", "80.00",
                 ("Indeks kerukunan umat beragama", "Religious harmony index"),
                 met=("dialog lintas iman bersama FKUB dan ikatan pela gandong",
                      "interfaith dialogue with the FKUB and pela gandong alliances"),
                 missed=("hoaks bernuansa SARA di media sosial",
                         "hoaxes stirring religious and ethnic tension on social media")),
            Spec("IKU-03", 0, PERCENT, "60.00", "80.00",
                 ("Persentase organisasi kemasyarakatan yang terdaftar dan melapor",
                  "Share of civil society organisations registered and reporting"),
                 met=("layanan pendaftaran ormas secara daring", "online registration of organisations"),
                 missed=("ormas yang tidak aktif dan berganti pengurus tanpa melapor",
                         "inactive organisations and unreported changes of board")),
        ],
        programmes=[
            (*SUPPORT, 4_700),
            ("Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan "
             "Fasilitasi Penanganan Konflik Sosial",
             "National Vigilance and Social Conflict Programme", 1_900),
            ("Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
             "Pancasila and National Character Programme", 850),
        ],
    ),
    "dinas-kesehatan": Plan(
        goals=[
            ("Meningkatnya derajat kesehatan masyarakat", "Better public health"),
            ("Meningkatnya mutu dan akses pelayanan kesehatan", "Better quality of and access to health care"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "90.00", "95.00",
                 ("Cakupan imunisasi dasar lengkap", "Complete basic immunisation coverage"),
                 met=("sweeping imunisasi dan pos pelayanan di 22 puskesmas",
                      "immunisation sweeps and outreach posts at 22 health centres"),
                 missed=("distribusi vaksin yang terlambat dan keraguan sebagian orang tua terhadap imunisasi",
                         "late vaccine deliveries and some parents' vaccine hesitancy")),
            Spec("IKU-02", 0, PER_1000_BIRTHS, "9.00", "7.50",
                 ("Angka kematian bayi per 1.000 kelahiran hidup", "Infant mortality per 1,000 live births"),
                 polarity=LOWER,
                 met=("pemantauan ibu hamil risiko tinggi dan rujukan neonatal yang lebih cepat",
                      "monitoring of high-risk pregnancies and faster newborn referrals"),
                 missed=("bayi berat lahir rendah dan asfiksia di wilayah yang jauh dari rumah sakit rujukan",
                         "low birth weight and asphyxia far from referral hospitals")),
            Spec("IKU-03", 0, PERCENT, "20.00", "14.00",
                 ("Prevalensi stunting pada balita", "Stunting prevalence among children under five"),
                 polarity=LOWER, bias=-9,
                 met=("intervensi gizi spesifik dan pendampingan keluarga berisiko stunting",
                      "targeted nutrition and support for families at risk"),
                 missed=("pola asuh dan asupan gizi balita yang belum membaik serta sanitasi di permukiman padat",
                         "child feeding practices yet to improve and poor sanitation in dense neighbourhoods")),
            Spec("IKU-04", 1, HEALTH_CENTRES, "6", "12",
                 ("Jumlah puskesmas terakreditasi paripurna", "Health centres with full (paripurna) accreditation"),
                 met=("pendampingan mutu dan keselamatan pasien oleh tim dinas",
                      "quality and patient-safety coaching by the office"),
                 missed=("kekurangan tenaga kesehatan dan sarana yang belum memenuhi standar",
                         "staff shortages and facilities below standard")),
            Spec("IKU-05", 0, PER_100000_BIRTHS, "100", "80",
                 ("Angka kematian ibu per 100.000 kelahiran hidup", "Maternal mortality per 100,000 live births"),
                 polarity=LOWER,
                 met=("persalinan di fasilitas kesehatan dan kelas ibu hamil",
                      "births in health facilities and antenatal classes"),
                 missed=("perdarahan dan preeklamsia yang terlambat dirujuk",
                         "haemorrhage and pre-eclampsia referred too late")),
        ],
        programmes=[
            (*SUPPORT, 72_500),
            ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
             "Individual and Public Health Services Programme", 38_400),
            ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", "Health Workforce Programme", 1_850),
            ("Program Pemberdayaan Masyarakat Bidang Kesehatan", "Community Health Empowerment Programme", 920),
        ],
    ),
    "dinas-pendidikan-dan-kebudayaan": Plan(
        goals=[
            ("Meningkatnya akses dan mutu pendidikan dasar", "Better access to and quality of basic education"),
            ("Terlestarikannya kebudayaan daerah", "Local culture preserved"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "80.00", "85.00",
                 ("Angka partisipasi murni SMP", "Net enrolment rate, junior secondary"),
                 met=("program wajib belajar serta bantuan seragam dan perlengkapan sekolah",
                      "compulsory schooling and help with uniforms and supplies"),
                 missed=("anak usia sekolah yang bekerja membantu keluarga di pesisir",
                         "school-age children working for their families on the coast")),
            Spec("IKU-02", 0, PERCENT, "55.00", "70.00",
                 ("Persentase satuan pendidikan dengan capaian literasi minimal kompetensi",
                  "Share of schools reaching minimum literacy competence"),
                 met=("pelatihan guru dan gerakan literasi sekolah",
                      "teacher training and the school reading movement"),
                 missed=("kekurangan guru kelas dan buku bacaan bermutu",
                         "a shortage of class teachers and good reading books")),
            Spec("IKU-03", 0, PERCENT, "85.00", "95.00",
                 ("Persentase sekolah terakreditasi minimal B", "Share of schools accredited B or better"),
                 met=("pendampingan akreditasi oleh pengawas sekolah", "accreditation coaching by school supervisors"),
                 missed=("sarana sekolah yang belum memenuhi standar nasional",
                         "school facilities below the national standard")),
            Spec("IKU-04", 0, PERCENT, "0.40", "0.20",
                 ("Angka putus sekolah SD dan SMP", "Primary and junior secondary dropout rate"),
                 polarity=LOWER,
                 met=("pendataan dan pendampingan siswa rawan putus sekolah",
                      "tracking and support of pupils at risk of dropping out"),
                 missed=("kesulitan ekonomi keluarga dan perpindahan penduduk",
                         "family hardship and families moving away")),
            Spec("IKU-05", 1, HERITAGE, "5", "12",
                 ("Jumlah objek budaya yang dilestarikan dan ditetapkan",
                  "Cultural sites and objects preserved and listed"),
                 met=("penetapan cagar budaya dan dokumentasi tradisi lisan negeri adat",
                      "heritage listings and recordings of the customary villages' oral traditions"),
                 missed=("kajian tim ahli cagar budaya yang belum selesai",
                         "unfinished reviews by the heritage expert team")),
        ],
        programmes=[
            (*SUPPORT, 92_000),
            ("Program Pengelolaan Pendidikan", "Education Management Programme", 48_000),
            ("Program Pendidik dan Tenaga Kependidikan", "Teachers and Education Staff Programme", 2_300),
            ("Program Pengembangan Kebudayaan", "Culture Development Programme", 1_150),
        ],
    ),
    "dinas-pupr": Plan(
        goals=[
            ("Meningkatnya kualitas infrastruktur jalan dan drainase", "Better roads and drainage"),
            ("Meningkatnya akses air minum layak dan tertib tata ruang",
             "Safe drinking water for more homes and orderly land use"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "72.00", "80.00",
                 ("Persentase panjang jalan kota dalam kondisi mantap", "Share of city roads in stable condition"),
                 met=("pemeliharaan rutin dan rekonstruksi jalan lingkungan",
                      "routine maintenance and reconstruction of neighbourhood roads"),
                 missed=("tender yang terlambat serta kerusakan jalan akibat longsor dan banjir",
                         "late tenders and road damage from landslides and floods")),
            Spec("IKU-02", 1, PERCENT, "88.00", "95.00",
                 ("Persentase rumah tangga dengan akses air minum layak",
                  "Share of households with safe drinking water"),
                 met=("perluasan jaringan perpipaan dan sambungan rumah baru",
                      "extended mains and new house connections"),
                 missed=("debit mata air yang turun pada musim kemarau dan kebocoran pipa",
                         "low spring flows in the dry season and leaking mains")),
            Spec("IKU-03", 0, PERCENT, "60.00", "75.00",
                 ("Persentase saluran drainase dalam kondisi baik", "Share of drains in good condition"),
                 met=("normalisasi saluran sebelum musim hujan", "drain clearance before the rainy season"),
                 missed=("sedimentasi dan sampah yang menyumbat saluran", "silt and rubbish blocking the drains")),
            Spec("IKU-04", 1, PERCENT, "70.00", "85.00",
                 ("Persentase kesesuaian pemanfaatan ruang dengan RTRW",
                  "Share of land use consistent with the spatial plan (RTRW)"),
                 met=("pengawasan persetujuan bangunan gedung (PBG)", "building approval (PBG) inspections"),
                 missed=("bangunan tanpa PBG di sempadan sungai dan pantai",
                         "buildings without approval on river banks and the shore")),
        ],
        programmes=[
            (*SUPPORT, 21_000),
            ("Program Penyelenggaraan Jalan", "Roads Programme", 34_500),
            ("Program Pengelolaan dan Pengembangan Sistem Drainase", "Drainage Programme", 12_800),
            ("Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
             "Drinking Water Supply Programme", 9_600),
        ],
    ),
    "dinas-perkim": Plan(
        goals=[
            ("Meningkatnya kualitas perumahan dan kawasan permukiman", "Better housing and settlements"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "82.00", "88.00",
                 ("Persentase rumah tangga yang menempati rumah layak huni", "Share of households in decent housing"),
                 met=("bantuan stimulan perumahan swadaya (bedah rumah)",
                      "home-improvement grants for self-built housing"),
                 missed=("harga bahan bangunan yang naik dan calon penerima tanpa alas hak tanah",
                         "rising building costs and applicants without land title")),
            Spec("IKU-02", 0, HECTARES, "95.00", "60.00",
                 ("Luas kawasan permukiman kumuh", "Area of slum settlements"),
                 polarity=LOWER,
                 met=("penataan kawasan kumuh pesisir bersama program KOTAKU",
                      "upgrading of coastal slums with the KOTAKU programme"),
                 missed=("permukiman padat baru di bantaran sungai", "new dense settlements on river banks")),
            Spec("IKU-03", 0, PERCENT, "30.00", "50.00",
                 ("Persentase prasarana, sarana dan utilitas perumahan yang diserahterimakan pengembang",
                  "Share of housing utilities handed over by developers"),
                 met=("inventarisasi PSU bersama asosiasi pengembang",
                      "a utilities inventory with the developers' association"),
                 missed=("pengembang yang belum memenuhi kewajiban penyerahan PSU",
                         "developers not handing over utilities as required")),
        ],
        programmes=[
            (*SUPPORT, 7_900),
            ("Program Kawasan Permukiman", "Settlement Areas Programme", 8_200),
            ("Program Pengembangan Perumahan", "Housing Programme", 4_600),
            ("Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", "Public Utilities Programme", 3_100),
        ],
    ),
    "dinas-lingkungan-hidup-dan-persampahan": Plan(
        goals=[
            ("Meningkatnya kualitas pengelolaan sampah", "Better waste management"),
            ("Meningkatnya kualitas lingkungan hidup", "A cleaner environment"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "70.00", "80.00",
                 ("Persentase sampah yang tertangani", "Share of waste handled"),
                 met=("penambahan armada pengangkut dan jadwal angkut malam di pusat kota",
                      "more collection trucks and night collection in the city centre"),
                 missed=("armada yang sering rusak dan kapasitas TPA Toisapu yang terbatas",
                         "frequent truck breakdowns and the limited capacity of the Toisapu landfill")),
            Spec("IKU-02", 0, PERCENT, "15.00", "25.00",
                 ("Persentase sampah yang terkurangi", "Share of waste reduced"),
                 met=("bank sampah dan pemilahan di sumber", "waste banks and sorting at source"),
                 missed=("pemilahan sampah rumah tangga yang belum menjadi kebiasaan",
                         "households not yet in the habit of sorting")),
            Spec("IKU-03", 1, INDEX_100, "62.00", "68.00",
                 ("Indeks kualitas lingkungan hidup", "Environmental quality index"),
                 met=("penanaman pohon dan pemantauan kualitas udara", "tree planting and air-quality monitoring"),
                 missed=("tutupan vegetasi yang berkurang di daerah aliran sungai",
                         "loss of tree cover in river catchments")),
            Spec("IKU-04", 1, PH, "6.50", "6.50",
                 ("Derajat keasaman (pH) air sungai utama", "Acidity (pH) of the main rivers"),
                 polarity=RANGE, upper="8.50",
                 met=("pengawasan pembuangan limbah usaha dan rumah tangga",
                      "monitoring of business and household wastewater"),
                 missed=("limbah domestik dan sampah organik yang masuk ke sungai",
                         "household wastewater and organic waste entering the rivers")),
        ],
        programmes=[
            (*SUPPORT, 16_400),
            ("Program Pengelolaan Persampahan", "Waste Management Programme", 18_700),
            ("Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
             "Pollution Control Programme", 1_650),
        ],
    ),
    "dinas-kependudukan-dan-pencatatan-sipil": Plan(
        goals=[
            ("Meningkatnya cakupan dan kualitas administrasi kependudukan", "Wider and better civil registration"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "96.00", "99.00",
                 ("Persentase penduduk wajib KTP yang memiliki KTP elektronik",
                  "Share of eligible residents with an electronic ID card"),
                 met=("perekaman jemput bola di sekolah, rumah sakit dan negeri adat",
                      "mobile enrolment at schools, hospitals and customary villages"),
                 missed=("gangguan jaringan dan kekurangan blangko KTP-el",
                         "network outages and a shortage of ID card blanks")),
            Spec("IKU-02", 0, PERCENT, "92.00", "97.00",
                 ("Persentase anak usia 0–18 tahun yang memiliki akta kelahiran",
                  "Share of children aged 0–18 with a birth certificate"),
                 met=("penerbitan akta kelahiran langsung di fasilitas persalinan",
                      "certificates issued where babies are born"),
                 missed=("kelahiran di rumah yang tidak segera dilaporkan", "home births reported late")),
            Spec("IKU-03", 0, PERCENT, "35.00", "60.00",
                 ("Persentase anak yang memiliki Kartu Identitas Anak (KIA)",
                  "Share of children with a child ID card (KIA)"),
                 met=("layanan KIA di sekolah dasar", "child ID cards issued at primary schools"),
                 missed=("orang tua yang belum memahami manfaat KIA", "parents unaware of the card's benefits")),
            Spec("IKU-04", 0, PERCENT, "5.00", "25.00",
                 ("Persentase penduduk yang mengaktivasi Identitas Kependudukan Digital (IKD)",
                  "Share of residents who activated the digital ID (IKD)"),
                 met=("aktivasi massal di kantor perangkat daerah dan kampus",
                      "activation drives at government offices and campuses"),
                 missed=("warga yang belum memiliki ponsel pintar atau sinyal yang baik",
                         "residents without a smartphone or good signal")),
            Spec("IKU-05", 0, PERCENT, "80.00", "95.00",
                 ("Persentase dokumen kependudukan yang terbit dalam satu hari",
                  "Share of civil documents issued within a day"),
                 met=("tanda tangan elektronik dan cetak mandiri dokumen",
                      "electronic signatures and self-printed documents"),
                 missed=("antrean pada musim penerimaan siswa baru", "queues during school enrolment season")),
        ],
        programmes=[
            (*SUPPORT, 8_900),
            ("Program Pendaftaran Penduduk", "Population Registration Programme", 2_600),
            ("Program Pencatatan Sipil", "Civil Registration Programme", 1_450),
            ("Program Pengelolaan Informasi Administrasi Kependudukan", "Population Data Programme", 1_100),
        ],
    ),
    "dinas-perhubungan": Plan(
        goals=[
            ("Meningkatnya keselamatan dan kelancaran lalu lintas", "Safer, smoother traffic"),
            ("Meningkatnya kualitas layanan angkutan umum", "Better public transport"),
        ],
        indicators=[
            Spec("IKU-01", 0, INCIDENTS, "210", "170",
                 ("Jumlah kecelakaan lalu lintas", "Road traffic accidents"),
                 polarity=LOWER,
                 met=("rambu, marka dan penerangan jalan baru di titik rawan",
                      "new signs, markings and lighting at black spots"),
                 missed=("pertambahan sepeda motor dan pelanggaran batas kecepatan", "more motorcycles and speeding")),
            Spec("IKU-02", 1, PERCENT, "75.00", "90.00",
                 ("Persentase kendaraan angkutan umum yang lulus uji berkala",
                  "Share of public transport vehicles passing periodic inspection"),
                 met=("uji berkala keliling di terminal", "mobile inspections at the terminals"),
                 missed=("armada angkot tua yang tidak laik jalan", "ageing minibuses that are not roadworthy")),
            Spec("IKU-03", 0, PERCENT, "55.00", "70.00",
                 ("Persentase ruas jalan kota dengan perlengkapan jalan memadai",
                  "Share of city roads with adequate road furniture"),
                 met=("pengadaan rambu dan lampu lalu lintas", "new signs and traffic lights"),
                 missed=("rambu yang rusak dan hilang belum diganti", "damaged and stolen signs not yet replaced")),
            Spec("IKU-04", 1, PERCENT, "10.00", "40.00",
                 ("Persentase titik parkir yang menggunakan pembayaran non-tunai",
                  "Share of parking spots with cashless payment"),
                 met=("parkir berbayar QRIS di pusat kota", "QRIS parking payment in the city centre"),
                 missed=("juru parkir yang belum bersedia beralih ke pembayaran non-tunai",
                         "parking attendants reluctant to go cashless")),
        ],
        programmes=[
            (*SUPPORT, 8_300),
            ("Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
             "Road Traffic and Transport Programme", 9_400),
        ],
    ),
    "dinas-sosial": Plan(
        goals=[
            ("Meningkatnya perlindungan dan rehabilitasi sosial", "Better social protection and rehabilitation"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "60.00", "75.00",
                 ("Persentase penyandang masalah kesejahteraan sosial (PPKS) yang tertangani",
                  "Share of people with social welfare needs (PPKS) assisted"),
                 met=("layanan jangkauan bagi anak jalanan, lansia telantar dan penyandang disabilitas",
                      "outreach to street children, neglected elderly people and people with disabilities"),
                 missed=("jumlah PPKS yang bertambah dan panti rujukan yang terbatas",
                         "a growing caseload and few referral shelters")),
            Spec("IKU-02", 0, PERCENT, "70.00", "95.00",
                 ("Persentase data terpadu kesejahteraan sosial (DTKS) yang dimutakhirkan",
                  "Share of the social welfare register (DTKS) updated"),
                 met=("verifikasi data bersama kelurahan, desa dan negeri", "data checks with villages and wards"),
                 missed=("operator kelurahan dan desa yang sering berganti",
                         "frequent turnover of village data clerks")),
            Spec("IKU-03", 0, PERCENT, "4.80", "4.20",
                 ("Persentase penduduk miskin", "Poverty rate"),
                 polarity=LOWER,
                 met=("bantuan sosial yang lebih tepat sasaran", "better-targeted social assistance"),
                 missed=("kenaikan harga bahan pokok dan lapangan kerja yang terbatas",
                         "rising food prices and few jobs")),
            Spec("IKU-04", 0, PERCENT, "95.00", "100.00",
                 ("Persentase korban bencana yang menerima bantuan dalam masa tanggap darurat",
                  "Share of disaster victims receiving aid during the emergency"),
                 met=("stok logistik di gudang penyangga", "stockpiles in the buffer warehouse"),
                 missed=("lokasi pengungsian yang sulit dijangkau", "hard-to-reach shelters")),
        ],
        programmes=[
            (*SUPPORT, 6_200),
            ("Program Rehabilitasi Sosial", "Social Rehabilitation Programme", 2_900),
            ("Program Perlindungan dan Jaminan Sosial", "Social Protection Programme", 3_400),
            ("Program Penanganan Bencana", "Disaster Relief Programme", 800),
        ],
    ),
    "dinas-kominfo-dan-persandian": Plan(
        goals=[
            ("Meningkatnya penerapan sistem pemerintahan berbasis elektronik (SPBE)",
             "Better electronic government (SPBE)"),
            ("Meningkatnya keterbukaan informasi publik", "More open public information"),
        ],
        indicators=[
            Spec("IKU-01", 0, INDEX_5, "2.60", "3.20",
                 ("Indeks SPBE", "E-government (SPBE) index"),
                 met=("integrasi layanan pada aplikasi umum dan pusat data daerah",
                      "services integrated on shared applications and the city data centre"),
                 missed=("aplikasi perangkat daerah yang belum terintegrasi dan kekurangan SDM TIK",
                         "unintegrated unit applications and too few IT staff")),
            Spec("IKU-02", 1, SCORE_100, "70.00", "85.00",
                 ("Nilai keterbukaan informasi publik (Komisi Informasi)",
                  "Public information openness score (Information Commission)"),
                 met=("daftar informasi publik yang dimutakhirkan di setiap PPID pembantu",
                      "updated information lists at every unit's information desk"),
                 missed=("PPID pembantu yang belum aktif menjawab permohonan",
                         "unit information desks slow to answer requests")),
            Spec("IKU-03", 0, PERCENT, "75.00", "100.00",
                 ("Persentase perangkat daerah yang terhubung jaringan intra pemerintah",
                  "Share of units on the government intranet"),
                 met=("perluasan jaringan serat optik ke kantor kecamatan", "fibre extended to district offices"),
                 missed=("kantor yang berpindah lokasi dan belum terjangkau jaringan",
                         "offices that moved beyond the network")),
            Spec("IKU-04", 0, PERCENT, "85.00", "100.00",
                 ("Persentase insiden keamanan siber yang tertangani", "Share of cyber security incidents handled"),
                 met=("tim tanggap insiden siber (CSIRT) Kota Ambon",
                      "the city's cyber incident response team (CSIRT)"),
                 missed=("serangan judi daring pada subdomain yang jarang diperbarui",
                         "online-gambling defacements of rarely updated subdomains")),
        ],
        programmes=[
            (*SUPPORT, 7_100),
            ("Program Pengelolaan Aplikasi Informatika", "Informatics Applications Programme", 5_400),
            ("Program Pengelolaan Informasi dan Komunikasi Publik", "Public Information Programme", 2_300),
            ("Program Penyelenggaraan Persandian untuk Pengamanan Informasi", "Information Security Programme", 650),
        ],
    ),
    "dpmptsp": Plan(
        goals=[
            ("Meningkatnya iklim investasi dan kualitas pelayanan perizinan",
             "A better investment climate and licensing service"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "88.00", "98.00",
                 ("Persentase perizinan yang terbit tepat waktu", "Share of licences issued on time"),
                 met=("perizinan berusaha berbasis risiko melalui OSS dan gerai layanan terpadu",
                      "risk-based licensing through OSS and the one-stop desk"),
                 missed=("rekomendasi teknis dari perangkat daerah lain yang terlambat",
                         "late technical recommendations from other units")),
            Spec("IKU-02", 0, BILLION_RUPIAH, "650.00", "900.00",
                 ("Realisasi investasi", "Investment realised"),
                 met=("promosi investasi sektor perikanan dan pariwisata",
                      "promotion of fisheries and tourism investment"),
                 missed=("proyek investasi besar yang tertunda", "large projects put on hold")),
            Spec("IKU-03", 0, INDEX_100, "80.00", "88.00",
                 ("Indeks kepuasan masyarakat (IKM) layanan perizinan", "Public satisfaction index for licensing"),
                 met=("layanan konsultasi perizinan tanpa janji temu", "walk-in licensing advice"),
                 missed=("waktu tunggu yang lama pada izin bangunan", "long waits for building approvals")),
        ],
        programmes=[
            (*SUPPORT, 5_300),
            ("Program Pelayanan Penanaman Modal", "Investment Services Programme", 1_700),
            ("Program Promosi Penanaman Modal", "Investment Promotion Programme", 900),
        ],
    ),
    "dp3a": Plan(
        goals=[
            ("Meningkatnya kesetaraan gender serta perlindungan perempuan dan anak",
             "Greater gender equality and protection of women and children"),
        ],
        indicators=[
            Spec("IKU-01", 0, INDEX_100, "95.50", "96.50",
                 ("Indeks Pembangunan Gender (IPG)", "Gender Development Index (IPG)"),
                 met=("pengarusutamaan gender dalam perencanaan perangkat daerah",
                      "gender mainstreaming in unit planning"),
                 missed=("kesenjangan pendapatan perempuan dan laki-laki", "the income gap between women and men")),
            Spec("IKU-02", 0, PERCENT, "85.00", "100.00",
                 ("Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
                  "Share of cases of violence against women and children handled"),
                 met=("layanan UPTD PPA yang siaga dan pendampingan hukum",
                      "the UPTD PPA service unit on call and legal support"),
                 missed=("korban yang enggan melapor dan rumah aman yang terbatas",
                         "victims reluctant to report and too few safe houses")),
            Spec("IKU-03", 0, INDEX_100, "72.00", "76.00",
                 ("Indeks Pemberdayaan Gender (IDG)", "Gender Empowerment Index (IDG)"),
                 met=("pelatihan kepemimpinan bagi perempuan", "leadership training for women"),
                 missed=("keterwakilan perempuan di jabatan pimpinan yang masih rendah", "few women in senior posts")),
            Spec("IKU-04", 0, VILLAGES, "5", "20",
                 ("Jumlah kelurahan, desa dan negeri ramah perempuan dan peduli anak",
                  "Women- and child-friendly villages and wards"),
                 met=("pendampingan kelompok perempuan dan forum anak",
                      "support for women's groups and children's forums"),
                 missed=("belum adanya alokasi dana desa untuk perlindungan anak",
                         "no village funds set aside for child protection")),
        ],
        programmes=[
            (*SUPPORT, 4_800),
            ("Program Perlindungan Perempuan", "Protection of Women Programme", 1_100),
            ("Program Perlindungan Khusus Anak", "Child Protection Programme", 950),
            ("Program Pengarusutamaan Gender dan Pemberdayaan Perempuan", "Gender Mainstreaming Programme", 700),
        ],
    ),
    "dinas-pariwisata": Plan(
        goals=[
            ("Meningkatnya kunjungan wisatawan dan daya saing pariwisata",
             "More visitors and a more competitive tourism sector"),
        ],
        indicators=[
            Spec("IKU-01", 0, VISITS, "180000", "260000",
                 ("Jumlah kunjungan wisatawan nusantara", "Domestic tourist visits"),
                 met=("kalender event Ambon City of Music dan promosi digital",
                      "the Ambon City of Music events calendar and online promotion"),
                 missed=("harga tiket pesawat yang tinggi", "high airfares")),
            Spec("IKU-02", 0, VISITS, "6000", "12000",
                 ("Jumlah kunjungan wisatawan mancanegara", "Foreign tourist visits"),
                 achieved=(42, 71, 88, 95),
                 met=("kapal pesiar yang kembali singgah di Ambon", "cruise ships calling at Ambon again"),
                 missed=("belum adanya penerbangan internasional langsung dan pemulihan pascapandemi yang lambat",
                         "no direct international flights and a slow post-pandemic recovery")),
            Spec("IKU-03", 0, DAYS, "2.10", "2.60",
                 ("Rata-rata lama tinggal wisatawan", "Average length of stay"),
                 met=("paket wisata bahari dan sejarah selama beberapa hari",
                      "multi-day sea and heritage tour packages"),
                 missed=("paket wisata yang masih berupa kunjungan sehari", "tours that are still day trips")),
            Spec("IKU-04", 0, EVENTS, "12", "20",
                 ("Jumlah event musik dan ekonomi kreatif yang terselenggara",
                  "Music and creative economy events held"),
                 met=("kolaborasi dengan komunitas musik dan sponsor swasta",
                      "partnerships with music communities and private sponsors"),
                 missed=("sponsor yang mundur dan anggaran event yang terbatas",
                         "withdrawn sponsors and a small events budget")),
        ],
        programmes=[
            (*SUPPORT, 4_900),
            ("Program Peningkatan Daya Tarik Destinasi Pariwisata", "Tourist Destinations Programme", 2_700),
            ("Program Pemasaran Pariwisata", "Tourism Marketing Programme", 2_200),
            ("Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan Hak Kekayaan Intelektual",
             "Creative Economy Programme", 1_300),
        ],
    ),
    "dinas-perindag": Plan(
        goals=[
            ("Meningkatnya kelancaran distribusi dan stabilitas harga barang kebutuhan pokok",
             "Smooth supply and stable prices of basic goods"),
            ("Meningkatnya daya saing industri kecil dan menengah", "More competitive small and medium industries"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "50.00", "70.00",
                 ("Persentase pasar rakyat dalam kondisi baik", "Share of public markets in good condition"),
                 met=("rehabilitasi los dan drainase pasar", "repaired stalls and market drainage"),
                 missed=("revitalisasi Pasar Mardika yang belum tuntas",
                         "the unfinished revitalisation of Mardika market")),
            Spec("IKU-02", 0, PERCENT, "9.00", "6.00",
                 ("Koefisien variasi harga barang kebutuhan pokok",
                  "Price variation of basic goods (coefficient of variation)"),
                 polarity=LOWER,
                 met=("operasi pasar murah dan pemantauan harga harian",
                      "cheap-market operations and daily price monitoring"),
                 missed=("pasokan dari luar daerah yang terganggu cuaca buruk di laut",
                         "supplies disrupted by bad weather at sea")),
            Spec("IKU-03", 0, PERCENT, "60.00", "80.00",
                 ("Persentase alat ukur, takar, timbang dan perlengkapannya (UTTP) yang ditera ulang",
                  "Share of weights and measures re-verified"),
                 met=("sidang tera ulang di pasar dan SPBU",
                      "re-verification sessions at markets and filling stations"),
                 missed=("pedagang yang tidak hadir pada sidang tera", "traders missing the verification sessions")),
            Spec("IKU-04", 1, PERCENT, "3.00", "5.00",
                 ("Pertumbuhan jumlah industri kecil dan menengah",
                  "Growth in the number of small and medium industries"),
                 met=("pelatihan dan sertifikasi halal bagi IKM pangan",
                      "training and halal certification for food producers"),
                 missed=("bahan baku yang mahal dan pasar yang terbatas", "costly raw materials and small markets")),
        ],
        programmes=[
            (*SUPPORT, 5_600),
            ("Program Peningkatan Sarana Distribusi Perdagangan", "Trade Facilities Programme", 6_300),
            ("Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
             "Price Stabilisation Programme", 1_200),
            ("Program Perencanaan dan Pembangunan Industri", "Industry Development Programme", 750),
        ],
    ),
    "dinas-perikanan": Plan(
        goals=[
            ("Meningkatnya produksi dan nilai tambah perikanan", "Higher fisheries output and value added"),
        ],
        indicators=[
            Spec("IKU-01", 0, TONNES, "28000", "32000",
                 ("Produksi perikanan tangkap", "Capture fisheries output"),
                 met=("bantuan alat tangkap dan rumpon bagi kelompok nelayan",
                      "fishing gear and fish aggregating devices for fishers' groups"),
                 missed=("cuaca ekstrem dan bahan bakar yang mahal bagi nelayan kecil",
                         "extreme weather and costly fuel for small-scale fishers")),
            Spec("IKU-02", 0, KG_PER_CAPITA, "55.00", "60.00",
                 ("Angka konsumsi ikan", "Fish consumption"),
                 met=("kampanye gemar makan ikan di sekolah", "fish-eating campaigns in schools"),
                 missed=("harga ikan yang naik pada musim angin timur", "higher fish prices in the east-wind season")),
            Spec("IKU-03", 0, PERCENT, "20.00", "40.00",
                 ("Persentase nelayan yang memiliki asuransi nelayan", "Share of fishers with insurance"),
                 met=("pendaftaran BPJS Ketenagakerjaan bagi nelayan",
                      "enrolling fishers in the workers' social security scheme"),
                 missed=("nelayan yang belum memiliki kartu pelaku usaha kelautan (KUSUKA)",
                         "fishers without a marine business card (KUSUKA)")),
            Spec("IKU-04", 0, TONNES, "350", "500",
                 ("Produksi perikanan budidaya", "Aquaculture output"),
                 met=("bantuan benih dan keramba jaring apung", "fry and floating net cages"),
                 missed=("kematian ikan akibat kualitas air teluk yang menurun",
                         "fish deaths from poorer water in the bay")),
        ],
        programmes=[
            (*SUPPORT, 5_400),
            ("Program Pengelolaan Perikanan Tangkap", "Capture Fisheries Programme", 3_300),
            ("Program Pengelolaan Perikanan Budidaya", "Aquaculture Programme", 1_200),
            ("Program Pengolahan dan Pemasaran Hasil Perikanan", "Fish Processing and Marketing Programme", 900),
        ],
    ),
    "dinas-pertanian": Plan(
        goals=[
            ("Meningkatnya produksi pertanian dan kesehatan hewan", "Higher farm output and animal health"),
        ],
        indicators=[
            Spec("IKU-01", 0, TONNES, "4200", "5000",
                 ("Produksi sayuran dan buah-buahan", "Vegetable and fruit output"),
                 met=("bantuan benih dan pupuk bagi kelompok tani", "seed and fertiliser for farmers' groups"),
                 missed=("serangan hama dan lahan pertanian yang beralih fungsi",
                         "pests and farmland lost to housing")),
            Spec("IKU-02", 0, PERCENT, "60.00", "80.00",
                 ("Persentase hewan penular rabies yang divaksinasi", "Share of rabies-carrying animals vaccinated"),
                 met=("vaksinasi rabies dari rumah ke rumah", "door-to-door rabies vaccination"),
                 missed=("populasi anjing liar yang sulit dijangkau petugas", "stray dogs out of vaccinators' reach")),
            Spec("IKU-03", 0, PERCENT, "70.00", "90.00",
                 ("Persentase kelompok tani yang mendapat penyuluhan",
                  "Share of farmers' groups reached by extension workers"),
                 met=("penyuluhan terjadwal di setiap negeri", "scheduled extension visits in every village"),
                 missed=("penyuluh pertanian yang pensiun tanpa pengganti",
                         "extension workers retiring without replacement")),
        ],
        programmes=[
            (*SUPPORT, 4_600),
            ("Program Penyediaan dan Pengembangan Sarana Pertanian", "Farm Inputs Programme", 2_100),
            ("Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
             "Animal and Veterinary Public Health Programme", 900),
            ("Program Penyuluhan Pertanian", "Agricultural Extension Programme", 650),
        ],
    ),
    "dinas-ketahanan-pangan": Plan(
        goals=[
            ("Meningkatnya ketersediaan, keragaman dan keamanan pangan", "More available, varied and safe food"),
        ],
        indicators=[
            Spec("IKU-01", 0, SCORE_100, "82.00", "88.00",
                 ("Skor Pola Pangan Harapan (PPH)", "Desirable Dietary Pattern (PPH) score"),
                 met=("gerakan konsumsi pangan lokal seperti sagu dan umbi-umbian",
                      "promotion of local staples such as sago and tubers"),
                 missed=("konsumsi sayur dan buah yang masih rendah", "low vegetable and fruit consumption")),
            Spec("IKU-02", 0, PERCENT, "85.00", "95.00",
                 ("Persentase pangan segar yang memenuhi syarat keamanan pangan",
                  "Share of fresh food meeting safety standards"),
                 met=("uji cepat keamanan pangan di pasar", "rapid food safety tests at markets"),
                 missed=("residu formalin pada ikan asin dan tahu di beberapa pasar",
                         "formalin residues in salted fish and tofu at some markets")),
            Spec("IKU-03", 0, PERCENT, "80.00", "100.00",
                 ("Persentase kelurahan, desa dan negeri rawan pangan yang tertangani",
                  "Share of food-insecure villages and wards assisted"),
                 met=("bantuan pangan dan pekarangan pangan lestari", "food aid and home food gardens"),
                 missed=("data kerawanan pangan yang terlambat diperbarui", "late updates of food insecurity data")),
        ],
        programmes=[
            (*SUPPORT, 3_900),
            ("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
             "Food Diversification Programme", 1_400),
            ("Program Pengawasan Keamanan Pangan", "Food Safety Programme", 650),
            ("Program Penanganan Kerawanan Pangan", "Food Insecurity Programme", 500),
        ],
    ),
    "dinas-tenaga-kerja": Plan(
        goals=[
            ("Meningkatnya kesempatan kerja dan kompetensi tenaga kerja", "More jobs and a more skilled workforce"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "10.50", "9.00",
                 ("Tingkat pengangguran terbuka", "Open unemployment rate"),
                 polarity=LOWER,
                 met=("bursa kerja dan penempatan antarkerja antardaerah", "job fairs and placements in other regions"),
                 missed=("lulusan baru yang belum terserap dan industri padat karya yang terbatas",
                         "new graduates not absorbed and few labour-intensive industries")),
            Spec("IKU-02", 0, PERCENT, "25.00", "40.00",
                 ("Persentase pencari kerja terdaftar yang ditempatkan", "Share of registered jobseekers placed"),
                 met=("kerja sama penempatan dengan perusahaan perikanan dan ritel",
                      "placement agreements with fisheries and retail firms"),
                 missed=("lowongan yang tidak sesuai kualifikasi pencari kerja",
                         "vacancies not matching jobseekers' skills")),
            Spec("IKU-03", 0, PERCENT, "60.00", "80.00",
                 ("Persentase peserta pelatihan kerja yang bersertifikat kompetensi",
                  "Share of trainees certified competent"),
                 met=("uji kompetensi bersama lembaga sertifikasi profesi",
                      "assessments with professional certification bodies"),
                 missed=("biaya uji kompetensi yang belum dianggarkan", "certification fees not budgeted")),
            Spec("IKU-04", 0, PERCENT, "80.00", "95.00",
                 ("Persentase perselisihan hubungan industrial yang diselesaikan",
                  "Share of industrial disputes settled"),
                 met=("mediasi yang cepat oleh mediator hubungan industrial", "prompt mediation"),
                 missed=("perselisihan PHK yang berlanjut ke pengadilan", "dismissal disputes going to court")),
        ],
        programmes=[
            (*SUPPORT, 4_200),
            ("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Job Training Programme", 2_300),
            ("Program Penempatan Tenaga Kerja", "Job Placement Programme", 700),
            ("Program Hubungan Industrial", "Industrial Relations Programme", 450),
        ],
    ),
    "dinas-koperasi-ukm": Plan(
        goals=[
            ("Meningkatnya kualitas koperasi dan daya saing usaha mikro",
             "Healthier cooperatives and more competitive micro businesses"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "55.00", "70.00",
                 ("Persentase koperasi aktif", "Share of active cooperatives"),
                 met=("pembinaan dan pembubaran koperasi yang tidak aktif",
                      "coaching, and dissolving dormant cooperatives"),
                 missed=("koperasi yang tidak menyelenggarakan rapat anggota tahunan",
                         "cooperatives holding no annual members' meeting")),
            Spec("IKU-02", 0, PERCENT, "30.00", "45.00",
                 ("Persentase koperasi sehat", "Share of sound cooperatives"),
                 met=("pemeriksaan kesehatan koperasi simpan pinjam", "health checks of savings and loan cooperatives"),
                 missed=("kredit macet dan pembukuan yang belum tertib", "bad loans and poor bookkeeping")),
            Spec("IKU-03", 0, PERCENT, "20.00", "35.00",
                 ("Persentase usaha mikro yang mendapat akses pembiayaan",
                  "Share of micro businesses with access to finance"),
                 met=("fasilitasi kredit usaha rakyat bersama bank",
                      "people's business credit (KUR) arranged with banks"),
                 missed=("usaha mikro yang belum memiliki NIB dan catatan keuangan",
                         "micro businesses without a business number or accounts")),
            Spec("IKU-04", 0, BUSINESSES, "400", "1000",
                 ("Jumlah usaha mikro yang masuk pasar digital", "Micro businesses selling online"),
                 met=("pelatihan pemasaran digital dan foto produk", "training in online marketing and product photos"),
                 missed=("biaya kirim antarpulau yang mahal", "costly inter-island shipping")),
        ],
        programmes=[
            (*SUPPORT, 3_700),
            ("Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
             "Micro, Small and Medium Enterprises Programme", 1_600),
            ("Program Pengawasan dan Pemeriksaan Koperasi", "Cooperative Supervision Programme", 450),
        ],
    ),
    "dinas-pemadam-kebakaran": Plan(
        goals=[
            ("Meningkatnya kecepatan dan cakupan layanan pemadaman dan penyelamatan",
             "Faster, wider fire and rescue services"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "70.00", "85.00",
                 ("Persentase kebakaran yang ditangani dalam waktu tanggap 15 menit",
                  "Share of fires reached within the 15-minute response time"),
                 met=("pos pemadam baru dan regu yang siaga 24 jam",
                      "new fire posts and crews on duty round the clock"),
                 missed=("jalan sempit di permukiman perbukitan yang sulit dilalui mobil pemadam",
                         "narrow hillside streets that fire engines cannot pass")),
            Spec("IKU-02", 0, MINUTES, "18", "15",
                 ("Rata-rata waktu tanggap kebakaran", "Average fire response time"),
                 polarity=LOWER,
                 met=("panggilan darurat 112 yang terhubung langsung ke pos pemadam",
                      "112 emergency calls routed straight to fire posts"),
                 missed=("kemacetan di pusat kota pada jam sibuk", "rush-hour congestion in the city centre")),
            Spec("IKU-03", 0, PERCENT, "90.00", "100.00",
                 ("Persentase penyelamatan non-kebakaran yang tertangani", "Share of non-fire rescues handled"),
                 met=("pelatihan penyelamatan air dan evakuasi hewan", "water rescue and animal rescue training"),
                 missed=("peralatan penyelamatan yang terbatas", "limited rescue equipment")),
            Spec("IKU-04", 0, PERCENT, "40.00", "60.00",
                 ("Persentase gedung publik yang memiliki proteksi kebakaran memadai",
                  "Share of public buildings with adequate fire protection"),
                 met=("pemeriksaan keselamatan kebakaran gedung", "fire safety inspections of buildings"),
                 missed=("pengelola gedung yang menunda pemasangan hidran dan APAR",
                         "building managers delaying hydrants and extinguishers")),
        ],
        programmes=[
            (*SUPPORT, 6_800),
            ("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
             "Fire Prevention and Rescue Programme", 4_900),
        ],
    ),
    "dinas-perpustakaan-dan-kearsipan": Plan(
        goals=[
            ("Meningkatnya budaya baca dan tertib arsip", "A stronger reading culture and well-kept archives"),
        ],
        indicators=[
            Spec("IKU-01", 0, INDEX_100, "62.00", "70.00",
                 ("Tingkat kegemaran membaca masyarakat", "Reading interest index"),
                 met=("perpustakaan keliling dan pojok baca di negeri dan kelurahan",
                      "mobile libraries and reading corners in villages and wards"),
                 missed=("koleksi bacaan yang terbatas", "a small collection")),
            Spec("IKU-02", 0, VISITS, "45000", "70000",
                 ("Jumlah kunjungan perpustakaan", "Library visits"),
                 met=("layanan perpustakaan digital dan kegiatan mendongeng",
                      "the digital library and storytelling sessions"),
                 missed=("jam layanan yang belum mencakup akhir pekan", "no weekend opening hours")),
            Spec("IKU-03", 0, PERCENT, "40.00", "70.00",
                 ("Persentase perangkat daerah yang mengelola arsip sesuai standar",
                  "Share of units managing records to standard"),
                 met=("supervisi kearsipan dan aplikasi SRIKANDI", "records supervision and the SRIKANDI application"),
                 missed=("kekurangan arsiparis di perangkat daerah", "too few archivists in the units")),
        ],
        programmes=[
            (*SUPPORT, 3_500),
            ("Program Pembinaan Perpustakaan", "Library Development Programme", 1_350),
            ("Program Pengelolaan Arsip", "Archives Management Programme", 600),
        ],
    ),
    "dinas-kepemudaan-dan-olahraga": Plan(
        goals=[
            ("Meningkatnya peran pemuda dan prestasi olahraga",
             "A greater role for young people and better sporting results"),
        ],
        indicators=[
            Spec("IKU-01", 0, MEDALS, "40", "60",
                 ("Jumlah medali atlet Kota Ambon di tingkat provinsi dan nasional",
                  "Medals won by Ambon athletes at provincial and national level"),
                 met=("pemusatan latihan atlet dan pelatih bersertifikat", "training camps and certified coaches"),
                 missed=("sarana latihan yang terbatas", "few training facilities")),
            Spec("IKU-02", 0, PERCENT, "50.00", "70.00",
                 ("Persentase organisasi kepemudaan yang aktif", "Share of youth organisations active"),
                 met=("fasilitasi kegiatan dan kepemimpinan pemuda", "support for youth activities and leadership"),
                 missed=("pengurus organisasi yang tidak berganti", "organisations whose boards never change")),
            Spec("IKU-03", 0, PERSONS, "100", "200",
                 ("Jumlah wirausaha muda yang dibina", "Young entrepreneurs coached"),
                 met=("inkubasi usaha bersama perguruan tinggi", "business incubation with universities"),
                 missed=("modal awal usaha yang sulit diperoleh", "hard-to-get start-up capital")),
        ],
        programmes=[
            (*SUPPORT, 3_400),
            ("Program Pengembangan Kapasitas Daya Saing Keolahragaan", "Sports Programme", 2_600),
            ("Program Pengembangan Kapasitas Daya Saing Kepemudaan", "Youth Programme", 900),
        ],
    ),
    "dinas-ppkb": Plan(
        goals=[
            ("Terkendalinya pertumbuhan penduduk dan meningkatnya ketahanan keluarga",
             "Balanced population growth and stronger families"),
        ],
        indicators=[
            Spec("IKU-01", 0, CHILDREN_PER_WOMAN, "2.40", "2.20",
                 ("Angka kelahiran total (TFR)", "Total fertility rate (TFR)"),
                 polarity=LOWER,
                 met=("layanan KB pascapersalinan", "post-partum family planning services"),
                 missed=("usia perkawinan pertama yang masih muda", "early first marriage")),
            Spec("IKU-02", 0, PERCENT, "50.00", "55.00",
                 ("Angka prevalensi kontrasepsi modern (mCPR)", "Modern contraceptive prevalence (mCPR)"),
                 met=("pelayanan KB keliling di negeri dan desa", "mobile family planning in villages"),
                 missed=("stok alat kontrasepsi yang terlambat", "late contraceptive supplies")),
            Spec("IKU-03", 0, PERCENT, "13.00", "10.00",
                 ("Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)", "Unmet need for family planning"),
                 polarity=LOWER,
                 met=("konseling oleh penyuluh KB dan kader", "counselling by family planning workers and volunteers"),
                 missed=("penyuluh KB yang terbatas", "too few family planning workers")),
            Spec("IKU-04", 0, PERCENT, "70.00", "90.00",
                 ("Persentase keluarga berisiko stunting yang didampingi",
                  "Share of families at risk of stunting supported"),
                 met=("Tim Pendamping Keluarga di setiap kelurahan, desa dan negeri",
                      "family support teams in every village and ward"),
                 missed=("data keluarga berisiko yang belum sinkron dengan puskesmas",
                         "at-risk family data not matched with health centres")),
        ],
        programmes=[
            (*SUPPORT, 5_100),
            ("Program Pembinaan Keluarga Berencana (KB)", "Family Planning Programme", 2_200),
            ("Program Pemberdayaan dan Peningkatan Keluarga Sejahtera (KS)", "Family Welfare Programme", 850),
            ("Program Pengendalian Penduduk", "Population Programme", 500),
        ],
    ),
    "satpol-pp": Plan(
        goals=[
            ("Terwujudnya ketenteraman, ketertiban umum dan penegakan perda",
             "Public order and enforcement of city regulations"),
        ],
        indicators=[
            Spec("IKU-01", 0, PERCENT, "85.00", "100.00",
                 ("Persentase gangguan ketenteraman dan ketertiban umum yang tertangani",
                  "Share of public order disturbances handled"),
                 met=("patroli terpadu bersama TNI dan Polri", "joint patrols with the military and police"),
                 missed=("personel patroli yang terbatas pada malam hari", "few patrol officers at night")),
            Spec("IKU-02", 0, PERCENT, "70.00", "90.00",
                 ("Persentase pelanggaran perda yang ditindaklanjuti", "Share of regulation breaches followed up"),
                 met=("penertiban yang didahului sosialisasi dan teguran tertulis",
                      "enforcement preceded by notices and written warnings"),
                 missed=("pedagang kaki lima yang kembali ke trotoar setelah penertiban",
                         "street vendors returning to the pavements after clearances")),
            Spec("IKU-03", 0, PERCENT, "40.00", "60.00",
                 ("Persentase anggota Satpol PP yang telah mengikuti diklat dasar",
                  "Share of officers with basic training"),
                 met=("diklat dasar bersama Satpol PP Provinsi Maluku", "basic training with the provincial unit"),
                 missed=("kuota diklat yang terbatas", "few training places")),
        ],
        programmes=[
            (*SUPPORT, 11_300),
            ("Program Peningkatan Ketenteraman dan Ketertiban Umum", "Public Order Programme", 4_100),
        ],
    ),
}

KECAMATAN_PLAN = Plan(
    goals=[
        ("Meningkatnya kualitas pelayanan publik dan penyelenggaraan pemerintahan kecamatan",
         "Better public services and district administration"),
        ("Meningkatnya partisipasi masyarakat dalam pembangunan", "More community participation in development"),
    ],
    indicators=[
        Spec("IKU-01", 0, INDEX_100, "78.00", "85.00",
             ("Indeks kepuasan masyarakat (IKM) layanan kecamatan", "Public satisfaction index for district services"),
             met=("standar pelayanan yang dipajang dan loket pengaduan",
                  "published service standards and a complaints desk"),
             missed=("waktu tunggu yang lama dan ruang layanan yang sempit", "long waits and a cramped service room")),
        Spec("IKU-02", 0, PERCENT, "85.00", "98.00",
             ("Persentase pelayanan administrasi selesai tepat waktu",
              "Share of administrative services completed on time"),
             met=("pelayanan administrasi terpadu kecamatan (PATEN)", "the integrated district service desk (PATEN)"),
             missed=("persyaratan dari kelurahan dan desa yang belum lengkap",
                     "incomplete papers from villages and wards")),
        Spec("IKU-03", 0, PERCENT, "70.00", "100.00",
             ("Persentase kelurahan, desa dan negeri yang melaporkan penyelenggaraan pemerintahan tepat waktu",
              "Share of villages and wards reporting on time"),
             met=("pembinaan aparatur kelurahan, desa dan negeri", "coaching of village and ward officials"),
             missed=("pergantian pejabat negeri dan operator yang belum terlatih",
                     "changes of village heads and untrained clerks")),
        Spec("IKU-04", 1, PERCENT, "35.00", "50.00",
             ("Persentase usulan musrenbang kecamatan yang terakomodasi dalam RKPD",
              "Share of district planning proposals taken into the annual plan"),
             met=("usulan yang disertai data dan prioritas yang jelas",
                  "proposals backed by data and clear priorities"),
             missed=("kapasitas fiskal kota yang terbatas", "the city's limited fiscal capacity")),
    ],
    programmes=[
        (*SUPPORT, 3_800),
        ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Governance and Public Services Programme", 900),
        ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", "Village and Ward Empowerment Programme", 1_200),
        ("Program Koordinasi Ketentraman dan Ketertiban Umum", "Public Order Coordination Programme", 350),
    ],
)

ADMINISTRATION_PLAN = Plan(
    goals=[
        ("Meningkatnya akuntabilitas kinerja dan kualitas pelayanan perangkat daerah",
         "More accountable performance and better services"),
    ],
    indicators=[
        Spec("IKU-01", 0, SCORE_100, "65.00", "75.00",
             ("Nilai evaluasi SAKIP perangkat daerah", "The unit's SAKIP evaluation score"),
             met=("perjanjian kinerja yang dipantau setiap triwulan", "performance agreements reviewed every quarter"),
             missed=("indikator kinerja yang belum berorientasi hasil",
                     "indicators that measure activity rather than results")),
        Spec("IKU-02", 0, INDEX_100, "78.00", "85.00",
             ("Indeks kepuasan masyarakat (IKM)", "Public satisfaction index"),
             met=("standar pelayanan yang dipublikasikan", "published service standards"),
             missed=("waktu layanan yang belum pasti", "uncertain service times")),
        Spec("IKU-03", 0, PERCENT, "75.00", "95.00",
             ("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
              "Share of audit recommendations followed up"),
             met=("rencana aksi tindak lanjut yang dipantau pimpinan", "follow-up action plans tracked by management"),
             missed=("temuan lama yang belum diselesaikan", "old findings still open")),
    ],
    programmes=[
        (*SUPPORT, 4_500),
        ("Program Penyelenggaraan Urusan Pemerintahan", "Government Affairs Programme", 1_500),
    ],
)
# fmt: on

GENERIC_PLANS = {"kecamatan": KECAMATAN_PLAN}

# Average achievement a unit is heading for in 2023, 2024 and 2025; units not listed do well (97–101).
LEVELS = {
    "dinas-pupr": (84, 88, 92),
    "dinas-perkim": (88, 86, 93),
    "dinas-perhubungan": (72, 76, 83),
    "dinas-perikanan": (86, 80, 85),
    "dinas-pertanian": (62, 69, 77),
    "dinas-koperasi-ukm": (70, 74, 79),
    "dinas-tenaga-kerja": (80, 85, 90),
    "kesbangpol": (90, 92, 95),
    "kecamatan-leitimur-selatan": (78, 83, 88),
}
DEFAULT_LEVELS = (97, 99, 101)

SIGNED = {("dinas-kesehatan", 2025), ("bkpsdm", 2025), ("bappeda-litbang", 2025)}
DRAFT_UNIT, DRAFT_YEAR, DRAFT_PERIOD = "dinas-kesehatan", 2026, ReportPeriod.Q3
PERIODS = {  # how a summary names the period, and the share of the year's budget spent by its end
    ReportPeriod.ANNUAL: (("tahun {year}", "{year}"), Decimal(1)),
    ReportPeriod.Q1: (("triwulan I {year}", "the first quarter of {year}"), Decimal("0.15")),
    ReportPeriod.Q2: (("triwulan II {year}", "the second quarter of {year}"), Decimal("0.40")),
    ReportPeriod.Q3: (("triwulan III {year}", "the third quarter of {year}"), Decimal("0.70")),
    ReportPeriod.Q4: (("triwulan IV {year}", "the fourth quarter of {year}"), Decimal(1)),
}

ENGLISH_TITLES = {unit["slug"]: unit["title"]["en"] for unit in UNITS}
BAND_WORDS = {
    Band.VERY_GOOD: ("sangat baik", "very good"),
    Band.GOOD: ("baik", "good"),
    Band.FAIR: ("cukup", "fair"),
    Band.POOR: ("kurang", "poor"),
    Band.VERY_POOR: ("sangat kurang", "very poor"),
}
OPENING = (
    "{unit} menutup {period} dengan kinerja {band} (rata-rata capaian {average}%)",
    "{unit} closed {period} with {band} results (average achievement {average}%)",
)
TARGETS_MET = {  # how many targets were met, said with or against the band (see `_targets_met`)
    "all": (": seluruh {total} target indikator tercapai.", ": all {total} indicator targets were met."),
    "most": (": {met} dari {total} target indikator tercapai.", ": {met} of {total} indicator targets were met."),
    "although": (
        ", meski baru {met} dari {total} target indikator yang tercapai penuh.",
        ", although only {met} of {total} indicator targets were fully met.",
    ),
    "few": (
        ": hanya {met} dari {total} target indikator tercapai.",
        ": only {met} of {total} indicator targets were met.",
    ),
    "although none": (
        ", meski belum ada target indikator yang tercapai penuh.",
        ", although none of its {total} indicator targets was fully met.",
    ),
    "none": (
        ": tidak satu pun dari {total} target indikator tercapai.",
        ": none of its {total} indicator targets was met.",
    ),
}
WEAKEST = (
    'Capaian terendah ada pada indikator "{name}" ({achievement}%) karena {cause}.',
    'The weakest result was "{name}" ({achievement}%), because of {cause}.',
)
SPENDING = (
    "Serapan anggaran mencapai {absorption}% dari pagu {ceiling}.",
    "Budget absorption reached {absorption}% of the {ceiling} ceiling.",
)
EXPLANATIONS = {
    "met": ("Target tercapai berkat {met}.", "Target met thanks to {met}."),
    "near": ("Target hampir tercapai; kekurangannya disebabkan {missed}.", "Just short of target because of {missed}."),
    "missed": ("Target belum tercapai karena {missed}.", "Below target because of {missed}."),
    "inside": ("Nilai berada dalam rentang target berkat {met}.", "Within the target range thanks to {met}."),
    "outside": (
        "Nilai berada di luar rentang target karena {missed}.",
        "Outside the target range because of {missed}.",
    ),
}


# --- Numbers -----------------------------------------------------------------------------------------


@dataclass
class Result:
    spec: Spec
    goal: tuple[str, str]
    target: Decimal
    upper: Decimal | None
    realisation: Decimal
    end_target: Decimal | None
    achievement: Decimal


@dataclass
class Spending:
    programme: tuple[str, str]
    ceiling: Decimal
    spending: Decimal


def plan_for(unit: UnitPage) -> Plan:
    return PLANS.get(unit.slug) or GENERIC_PLANS.get(unit.unit_type, ADMINISTRATION_PLAN)


def unit_level(slug: str, year: int) -> Decimal:
    """The achievement a unit is heading for in a year; 2026 continues the trend by a point."""
    levels = LEVELS.get(slug)
    if levels is None:
        offset = random.Random(slug).randint(-2, 3)  # noqa: S311 - demo data, not security
        levels = tuple(level + offset for level in DEFAULT_LEVELS)
    if year > YEARS[-1]:
        return Decimal(levels[-1] + year - YEARS[-1])
    return Decimal(levels[YEARS.index(year)])


def _quantize(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _places(*figures: str) -> int:
    return max(-Decimal(figure).as_tuple().exponent for figure in figures)


def indicator_result(slug: str, plan: Plan, spec: Spec, year: int) -> Result:
    """Target on the straight Renstra path from 2023 to 2026; realisation from the achievement aimed at."""
    rng = random.Random(f"{slug}-{spec.code}")  # noqa: S311 - demo data, not security
    bias = Decimal(rng.randint(-50, 50)) / 10 + spec.bias
    steps = [(Decimal(rng.randint(-30, 30)) / 10, Decimal(rng.randint(20, 80)) / 100) for _year in range(4)]
    step = year - YEARS[0]
    noise, position = steps[step]
    aimed = Decimal(spec.achieved[step]) if spec.achieved else unit_level(slug, year) + bias + noise

    places = _places(spec.target, spec.end)
    start, end = Decimal(spec.target), Decimal(spec.end)
    target = _quantize(start + (end - start) * step / (END_YEAR - YEARS[0]), places)
    upper = Decimal(spec.upper) if spec.upper else None
    share = aimed / 100
    if spec.polarity == RANGE:
        if aimed >= 100:
            value = target + (upper - target) * position
        else:
            value = upper * (2 - share) if spec.overshoots else target * share
    elif spec.polarity == LOWER:
        value = target * (2 - share)
    else:
        value = target * share
    value = max(Decimal(0), _quantize(value, places))
    if spec.measure.maximum is not None:
        value = min(value, spec.measure.maximum)
    return Result(
        spec=spec,
        goal=plan.goals[spec.goal],
        target=target,
        upper=upper,
        realisation=value,
        end_target=None if spec.polarity == RANGE else end,
        achievement=achievement(polarity=spec.polarity, target=target, realisation=value, upper=upper),
    )


def budget(slug: str, plan: Plan, year: int, spent_share: Decimal = Decimal(1)) -> list[Spending]:
    """Ceilings growing about 4 % a year; weak years absorb less (delayed tenders, idle programmes)."""
    weak = unit_level(slug, year) < 85
    rows = []
    for position, (name_id, name_en, millions) in enumerate(plan.programmes):
        rng = random.Random(f"{slug}-{year}-budget-{position}")  # noqa: S311 - demo data, not security
        growth = Decimal("1.04") ** (year - YEARS[0]) * (1 + Decimal(rng.randint(-60, 60)) / 1000)
        ceiling = _quantize(millions * growth * 1000, 0) * 1000
        low, high = (930, 985) if position == 0 else (720, 880) if weak else (850, 980)
        spent = ceiling * Decimal(rng.randint(low, high)) / 1000 * spent_share
        rows.append(Spending(programme=(name_id, name_en), ceiling=ceiling, spending=_quantize(spent, 0)))
    return rows


# --- Words -------------------------------------------------------------------------------------------


def _number(value: Decimal, lang: int, places: int = 1) -> str:
    text = f"{value:,.{places}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == ID else text


def _figure(value: Decimal) -> str:
    """An Indonesian figure with the decimals it was written with: 94,67 or 12."""
    return _number(value, ID, places=max(0, -value.as_tuple().exponent))


def _rupiah(value: Decimal, lang: int) -> str:
    amount, word = (value / 10**9, ("miliar", "billion")) if value >= 10**9 else (value / 10**6, ("juta", "million"))
    return f"{('Rp', 'IDR')[lang]} {_number(amount, lang)} {word[lang]}"


def explanation(result: Result, lang: int) -> str:
    if result.spec.polarity == RANGE:
        case = "inside" if result.achievement >= 100 else "outside"
    else:
        case = "met" if result.achievement >= 100 else "near" if result.achievement >= 90 else "missed"
    return EXPLANATIONS[case][lang].format(met=result.spec.met[lang], missed=result.spec.missed[lang])


def _targets_met(met: int, total: int, rating: Band) -> str:
    """A good average with few targets met is said with "although"; a poor one with "only"."""
    if met == total:
        return "all"
    if met * 2 >= total:
        return "most"
    if rating in (Band.VERY_GOOD, Band.GOOD):
        return "although" if met else "although none"
    return "few" if met else "none"


def summary(unit_name: str, period: str, results: list[Result], rows: list[Spending], lang: int) -> str:
    """One to three sentences read off the numbers: overall band, the weakest indicator, the budget."""
    mean = average(result.achievement for result in results)
    rating = band(mean)
    met, total = sum(result.achievement >= 100 for result in results), len(results)
    opening = OPENING[lang].format(
        unit=unit_name, period=period, band=BAND_WORDS[rating][lang], average=_number(mean, lang)
    )
    sentences = [opening + TARGETS_MET[_targets_met(met, total, rating)][lang].format(met=met, total=total)]
    weakest = min(results, key=lambda result: result.achievement)
    if weakest.achievement < 100:
        sentences.append(
            WEAKEST[lang].format(
                name=weakest.spec.name[lang],
                achievement=_number(weakest.achievement, lang),
                cause=weakest.spec.missed[lang],
            )
        )
    ceiling = sum((row.ceiling for row in rows), Decimal(0))
    spent = sum((row.spending for row in rows), Decimal(0))
    sentences.append(
        SPENDING[lang].format(
            absorption=_number(absorption(ceiling=ceiling, spending=spent), lang), ceiling=_rupiah(ceiling, lang)
        )
    )
    return " ".join(sentences)


def report_fields(unit: UnitPage, year: int, period: str, lang: int) -> dict:
    """Summary, indicators and budget lines of one report in one language, ready for the page's constructor."""
    plan = plan_for(unit)
    results = [indicator_result(unit.slug, plan, spec, year) for spec in plan.indicators]
    period_names, spent_share = PERIODS[period]
    rows = budget(unit.slug, plan, year, spent_share)
    unit_name = (unit.title, ENGLISH_TITLES.get(unit.slug, unit.title))[lang]
    return {
        "summary": summary(unit_name, period_names[lang].format(year=year), results, rows, lang),
        "indicators": [
            Indicator(
                sort_order=position,
                goal=result.goal[lang],
                code=result.spec.code,
                name=result.spec.name[lang],
                measure_unit=(result.spec.measure.id, result.spec.measure.en)[lang],
                polarity=result.spec.polarity,
                target=result.target,
                target_upper=result.upper,
                realisation=result.realisation,
                end_target=result.end_target,
                explanation=explanation(result, lang),
            )
            for position, result in enumerate(results)
        ],
        "budget_lines": [
            BudgetLine(sort_order=position, programme=row.programme[lang], ceiling=row.ceiling, spending=row.spending)
            for position, row in enumerate(rows)
        ],
    }


# --- Pages -------------------------------------------------------------------------------------------


def build_reports(index: UnitIndexPage) -> PerformanceReportPage:
    """Publish every unit's annual reports for 2023–2025 with their English translations.

    Returns Dinas Kesehatan's third-quarter 2026 report, made as a draft for the caller to send to review.
    """
    english_locale()
    units = UnitPage.objects.live().child_of(index).filter(locale=Locale.get_default())
    for unit in units:
        for year in YEARS:
            _publish_annual_report(unit, year)
    return _draft_report(units.get(slug=DRAFT_UNIT))


def _publish_annual_report(unit: UnitPage, year: int) -> None:
    fields = report_fields(unit, year, ReportPeriod.ANNUAL, ID)
    report, _created = child_page(
        unit,
        PerformanceReportPage,
        slug=f"lkjip-{year}",
        title=f"Laporan Kinerja (LKjIP) {year}",
        year=year,
        period=ReportPeriod.ANNUAL,
        official_document=_signed_pdf(unit, year, fields) if (unit.slug, year) in SIGNED else None,
        **fields,
    )
    translate_page(
        report, title=f"Performance Report (LKjIP) {year}", **report_fields(unit, year, ReportPeriod.ANNUAL, EN)
    )


def _signed_pdf(unit: UnitPage, year: int, fields: dict) -> Document:
    """A stand-in for the signed LKjIP: the summary, each indicator's figures and the head's signature."""
    return text_pdf(
        f"LKjIP {unit.title} {year} (bertanda tangan)",
        heading=f"LKjIP {unit.title} {year}",
        lines=[
            "Pemerintah Kota Ambon",
            fields["summary"],
            "",
            *(
                f"{indicator.code} {indicator.name}: target {_figure(indicator.target)}, "
                f"realisasi {_figure(indicator.realisation)} {indicator.measure_unit}"
                for indicator in fields["indicators"]
            ),
            "",
            f"Ambon, 31 Maret {year + 1}",
            f"{unit.head_title}, {unit.head_name}",
            "Ditandatangani secara elektronik (dokumen contoh).",
        ],
    )


def _draft_report(unit: UnitPage) -> PerformanceReportPage:
    """The quarterly report created but not published: only a revision, waiting for the review workflow."""
    slug = f"lkjip-{DRAFT_YEAR}-{DRAFT_PERIOD}"
    existing = unit.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    report = PerformanceReportPage(
        slug=slug,
        title=f"Laporan Kinerja (LKjIP) Triwulan III {DRAFT_YEAR}",
        year=DRAFT_YEAR,
        period=DRAFT_PERIOD,
        live=False,
        has_unpublished_changes=True,
        **report_fields(unit, DRAFT_YEAR, DRAFT_PERIOD, ID),
    )
    unit.add_child(instance=report)
    report.save_revision()
    return report
