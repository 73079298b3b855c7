"""Demo data for complaints: categories routed to the demo units, and the residents' stories they are built from.

Names are invented; places are real neighbourhoods of Kota Ambon. Texts are written the way residents write.
"""

# (theme, slug of the unit it routes to, (name id, name en), (description id, description en), overrides)
CATEGORIES = [
    (
        "infrastruktur",
        "dinas-pupr",
        ("Jalan rusak", "Damaged roads"),
        (
            "Jalan berlubang, aspal mengelupas, jalan amblas atau longsor di jalan kota.",
            "Potholes, peeling asphalt, subsidence or landslides on city roads.",
        ),
        {},
    ),
    (
        "infrastruktur",
        "dinas-pupr",
        ("Drainase dan banjir", "Drainage and flooding"),
        (
            "Selokan tersumbat, saluran meluap, genangan atau banjir setelah hujan.",
            "Blocked gutters, overflowing channels, standing water or flooding after rain.",
        ),
        {},
    ),
    (
        "infrastruktur",
        "dinas-perkim",
        ("Penerangan jalan umum", "Street lighting"),
        ("Lampu jalan mati, berkedip atau tiangnya rusak.", "Street lights out, flickering or with damaged poles."),
        {},
    ),
    (
        "lingkungan",
        "dinas-lingkungan-hidup-dan-persampahan",
        ("Sampah tidak terangkut", "Uncollected waste"),
        (
            "Sampah menumpuk di TPS atau tidak diangkut sesuai jadwal.",
            "Waste piling up at a collection point or not collected on schedule.",
        ),
        {"response_days": 3},
    ),
    (
        "lingkungan",
        "dinas-lingkungan-hidup-dan-persampahan",
        ("Pencemaran lingkungan", "Pollution"),
        (
            "Limbah, bau menyengat, pembakaran sampah atau pencemaran sungai dan pantai.",
            "Waste water, strong smells, burning rubbish or polluted rivers and beaches.",
        ),
        {},
    ),
    (
        "kesehatan",
        "dinas-kesehatan",
        ("Pelayanan puskesmas", "Health centre services"),
        (
            "Antrean, sikap petugas, ketersediaan obat atau jam layanan puskesmas.",
            "Queues, staff conduct, medicine availability or opening hours at health centres.",
        ),
        {},
    ),
    (
        "pendidikan",
        "dinas-pendidikan-dan-kebudayaan",
        ("Sekolah dan pungutan", "Schools and fees"),
        (
            "Pungutan sekolah, penerimaan murid baru, sarana sekolah rusak.",
            "School fees, new pupil admissions, damaged school facilities.",
        ),
        {},
    ),
    (
        "administrasi",
        "dinas-kependudukan-dan-pencatatan-sipil",
        ("KTP-el, KK dan akta", "ID cards, family cards and certificates"),
        (
            "Pengurusan KTP-el, kartu keluarga, akta kelahiran atau akta kematian yang lambat atau dipersulit.",
            "Slow or obstructed processing of ID cards, family cards, birth or death certificates.",
        ),
        {},
    ),
    (
        "administrasi",
        "dpmptsp",
        ("Perizinan usaha", "Business permits"),
        (
            "Izin usaha, PBG atau layanan perizinan terpadu yang lambat atau tidak jelas.",
            "Slow or unclear business permits, building approvals or one-stop licensing.",
        ),
        {},
    ),
    (
        "sosial",
        "dinas-sosial",
        ("Bantuan sosial", "Social assistance"),
        (
            "Bantuan sosial tidak tepat sasaran, belum diterima, atau data DTKS keliru.",
            "Social assistance missing its target, not received, or wrong welfare register data.",
        ),
        {},
    ),
    (
        "ketertiban",
        "dinas-perhubungan",
        ("Angkutan kota dan parkir", "Public transport and parking"),
        (
            "Angkot, tarif, parkir liar atau juru parkir tanpa karcis.",
            "Minibuses, fares, illegal parking or attendants without tickets.",
        ),
        {},
    ),
    (
        "ketertiban",
        "satpol-pp",
        ("Ketertiban umum", "Public order"),
        (
            "Pedagang di trotoar, bangunan liar, kebisingan atau gangguan ketertiban.",
            "Street vendors on pavements, illegal buildings, noise or public nuisance.",
        ),
        {},
    ),
    (
        "asn",
        "inspektorat",
        ("Perilaku ASN dan pungutan liar", "Civil servants' conduct and bribery"),
        (
            "Pungutan liar, ASN tidak di tempat saat jam kerja, atau pelayanan tidak ramah.",
            "Illegal levies, civil servants absent during office hours, or unfriendly service.",
        ),
        {"allows_anonymous": True, "resolution_days": 30},
    ),
]

PLACES = [
    ("Jl. Sultan Hairun, Kel. Honipopu, Sirimau", "kecamatan-sirimau"),
    ("Jl. Dr. Kayadoe, Kel. Benteng", "kecamatan-nusaniwe"),
    ("Jl. Jenderal Sudirman, Batu Merah, Sirimau", "kecamatan-sirimau"),
    ("Negeri Passo, dekat terminal", "kecamatan-teluk-ambon-baguala"),
    ("Jl. Wolter Monginsidi, Lateri", "kecamatan-teluk-ambon-baguala"),
    ("Desa Poka, dekat kampus", "kecamatan-teluk-ambon"),
    ("Negeri Hutumuri", "kecamatan-leitimur-selatan"),
    ("Kel. Waihaong", "kecamatan-nusaniwe"),
    ("Jl. A.Y. Patty, depan pertokoan", "kecamatan-sirimau"),
    ("Kel. Amahusu, jalan ke pantai", "kecamatan-nusaniwe"),
]

# category name -> [(title, description)]; {place} is filled in
STORIES = {
    "Jalan rusak": [
        (
            "Jalan berlubang besar di {place}",
            "Jalan rusak dan lubangnya makin besar sejak dua bulan lalu. Motor sering jatuh kalau malam karena "
            "tidak ada tanda.",
        ),
        (
            "Aspal mengelupas setelah hujan",
            "Aspal di {place} mengelupas dan jalan rusak sepanjang kira-kira 50 meter. Mohon segera diperbaiki "
            "sebelum musim hujan.",
        ),
    ],
    "Drainase dan banjir": [
        (
            "Selokan tersumbat sampah",
            "Selokan di {place} tersumbat sampah dan lumpur; setiap hujan deras air meluap dan rumah warga kebanjiran.",
        ),
        ("Genangan air tidak surut", "Setelah hujan, genangan di {place} bertahan berhari-hari dan mulai berbau."),
    ],
    "Penerangan jalan umum": [
        ("Lampu jalan mati sebulan", "Tiga lampu jalan di {place} mati sejak bulan lalu. Jalan jadi gelap dan rawan."),
    ],
    "Sampah tidak terangkut": [
        (
            "Sampah menumpuk di TPS",
            "TPS di {place} sudah penuh dan sampah meluber ke jalan. Truk tidak datang sejak minggu lalu.",
        ),
        (
            "Jadwal angkut sampah tidak jelas",
            "Petugas tidak datang sesuai jadwal di {place}; warga terpaksa membakar sampah.",
        ),
    ],
    "Pencemaran lingkungan": [
        ("Sungai berbau dan berbusa", "Air sungai di {place} berbusa dan berbau menyengat sejak beberapa hari."),
    ],
    "Pelayanan puskesmas": [
        (
            "Antrean puskesmas terlalu lama",
            "Di puskesmas dekat {place} kami menunggu lebih dari tiga jam untuk imunisasi anak.",
        ),
        (
            "Obat tidak tersedia",
            "Obat untuk ibu saya tidak tersedia di puskesmas dekat {place} dan kami disuruh beli di luar.",
        ),
    ],
    "Sekolah dan pungutan": [
        (
            "Pungutan seragam di sekolah",
            "Sekolah di {place} meminta uang seragam dan buku yang cukup mahal saat pendaftaran.",
        ),
    ],
    "KTP-el, KK dan akta": [
        (
            "KTP-el belum jadi tiga bulan",
            "Saya merekam KTP-el tiga bulan lalu, tetapi setiap ke kantor dibilang blangko habis.",
        ),
        (
            "Akta kelahiran dipersulit",
            "Pengurusan akta kelahiran anak saya diminta kembali berkali-kali dengan syarat berbeda.",
        ),
    ],
    "Perizinan usaha": [
        (
            "Izin usaha warung tidak ada kabar",
            "Permohonan izin usaha mikro saya di {place} belum ada kabar sejak sebulan.",
        ),
    ],
    "Bantuan sosial": [
        (
            "Bantuan sosial tidak diterima",
            "Keluarga kami di {place} terdaftar sebagai penerima, tetapi bantuan tidak pernah sampai.",
        ),
    ],
    "Angkutan kota dan parkir": [
        ("Juru parkir tanpa karcis", "Di {place} juru parkir menarik uang tanpa memberi karcis."),
        ("Angkot menaikkan tarif sendiri", "Sopir angkot jurusan {place} meminta tarif lebih tinggi dari tarif resmi."),
    ],
    "Ketertiban umum": [
        (
            "Pedagang menutup trotoar",
            "Trotoar di {place} penuh lapak pedagang sehingga pejalan kaki harus turun ke jalan.",
        ),
    ],
    "Perilaku ASN dan pungutan liar": [
        (
            "Pegawai meminta uang pelicin",
            "Saat mengurus surat di kantor dekat {place}, petugas meminta uang agar cepat selesai.",
        ),
        (
            "Kantor kosong saat jam kerja",
            "Pukul 10 pagi kantor pelayanan di {place} kosong, tidak ada petugas yang melayani.",
        ),
    ],
}

REPLIES = [
    "Terima kasih atas laporannya. Tim kami sudah meninjau lokasi dan pekerjaan dijadwalkan minggu ini.",
    "Laporan sudah kami tindak lanjuti; petugas lapangan telah menyelesaikan masalah di lokasi.",
    "Kami telah berkoordinasi dengan petugas terkait dan masalah ini sudah ditangani.",
]

NAMES = [
    "Maria Latuheru",
    "Johan Pattiasina",
    "Nur Aini Tuasikal",
    "Rudi Leiwakabessy",
    "Sitti Rumra",
    "Yohanes Sahetapy",
    "Fatma Ohorella",
    "Agus Matulessy",
    "Lina Wattimena",
    "Hasan Lessy",
]
