"""Demo data: the government units (OPD) of Kota Ambon, in Indonesian and English.

Heads of units are fictitious names for the demo; codes follow the Permendagri 90/2019 nomenclature shape.
"""

UNITS = [
    {
        "slug": "sekretariat-daerah",
        "code": "4.01.0.00.0.00.01.0000",
        "short_name": "Setda",
        "unit_type": "sekretariat",  # one of: sekretariat, inspektorat, dinas, badan, satuan, kecamatan
        "title": {"id": "Sekretariat Daerah", "en": "Regional Secretariat"},
        "head_name": "Drs. Johanis Tehupeiory, M.Si.",
        "head_title": {"id": "Sekretaris Daerah", "en": "Regional Secretary"},
        "address": "Jl. Sultan Hairun No. 1, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 312 201",
        "email": "setda@ambon.go.id",
        "description": {
            "id": (
                "<p>Sekretariat Daerah membantu Wali Kota dan Wakil Wali Kota Ambon menyusun kebijakan serta "
                "mengoordinasikan seluruh perangkat daerah. Sekretaris Daerah dibantu tiga asisten dan sejumlah "
                "bagian, antara lain Bagian Hukum, Bagian Organisasi, Bagian Tata Pemerintahan, Bagian Perekonomian,"
                " Bagian Kesejahteraan Rakyat serta Bagian Protokol dan Komunikasi Pimpinan.</p><p>Bagi warga, "
                "layanan yang paling terasa adalah <strong>Jaringan Dokumentasi dan Informasi Hukum (JDIH)</strong> "
                "yang memuat Peraturan Daerah dan Peraturan Wali Kota Ambon, serta pengadaan barang dan jasa "
                "pemerintah yang dilaksanakan secara elektronik dan terbuka untuk diikuti pelaku usaha "
                "lokal.</p><p>Sekretariat Daerah juga mengoordinasikan penyusunan Laporan Kinerja Instansi "
                "Pemerintah (LKjIP) Kota Ambon dan pembinaan Sistem Akuntabilitas Kinerja Instansi Pemerintah "
                "(SAKIP) di semua perangkat daerah.</p>"
            ),
            "en": (
                "<p>The Regional Secretariat supports the Mayor and Deputy Mayor of Ambon in shaping policy and "
                "coordinates all city government units. The Regional Secretary is assisted by three assistants and "
                "several divisions, including Legal Affairs, Organisation, Governance, Economy, Public Welfare, and "
                "Protocol and Leadership Communication.</p><p>For residents, its most visible services are the "
                "<strong>Legal Documentation and Information Network (JDIH)</strong>, which publishes Ambon's "
                "regional regulations and mayoral regulations, and government procurement, which is run "
                "electronically and is open to local businesses.</p><p>The Secretariat also compiles the city's "
                "annual Government Performance Report (LKjIP) and guides every unit in applying the performance "
                "accountability system (SAKIP).</p>"
            ),
        },
    },
    {
        "slug": "sekretariat-dprd",
        "code": "4.02.0.00.0.00.01.0000",
        "short_name": "Setwan",
        "unit_type": "sekretariat",
        "title": {"id": "Sekretariat DPRD", "en": "Secretariat of the City Council (DPRD)"},
        "head_name": "Ferdinand Pattiasina, S.H., M.H.",
        "head_title": {"id": "Sekretaris DPRD", "en": "Secretary of the City Council"},
        "address": "Jl. Dr. Latumeten, Kel. Batu Gajah, Kec. Sirimau, Kota Ambon 97127",
        "phone": "(0911) 352 140",
        "email": "setwan@ambon.go.id",
        "description": {
            "id": (
                "<p>Sekretariat DPRD melayani Dewan Perwakilan Rakyat Daerah Kota Ambon dalam menjalankan tiga "
                "fungsinya: pembentukan peraturan daerah, penganggaran, dan pengawasan. Sekretariat menyiapkan rapat"
                " paripurna, rapat komisi, rapat dengar pendapat dan kunjungan kerja anggota dewan.</p><p>Warga "
                "dapat menyampaikan aspirasi dan pengaduan kepada DPRD melalui Sekretariat, baik secara langsung "
                "maupun saat anggota dewan melaksanakan <strong>reses</strong> di daerah pemilihan di lima "
                "kecamatan. Jadwal sidang, risalah rapat dan produk hukum DPRD dipublikasikan agar dapat dipantau "
                "publik.</p>"
            ),
            "en": (
                "<p>The Secretariat of the City Council serves the Ambon City Regional House of Representatives "
                "(DPRD) in its three functions: law-making, budgeting and oversight. It prepares plenary sessions, "
                "committee meetings, public hearings and members' working visits.</p><p>Residents can submit "
                "aspirations and complaints to the council through the Secretariat, either directly or during the "
                "<strong>recess</strong> periods when members meet constituents in the five districts. Session "
                "schedules, minutes and council decisions are published so the public can follow them.</p>"
            ),
        },
    },
    {
        "slug": "inspektorat",
        "code": "6.01.0.00.0.00.01.0000",
        "short_name": "Inspektorat",
        "unit_type": "inspektorat",
        "title": {"id": "Inspektorat", "en": "Inspectorate"},
        "head_name": "Melkianus Soplanit, S.E., M.Si., Ak.",
        "head_title": {"id": "Inspektur", "en": "Inspector"},
        "address": "Jl. Jenderal Sudirman No. 28, Negeri Batu Merah, Kec. Sirimau, Kota Ambon 97128",
        "phone": "(0911) 341 509",
        "email": "inspektorat@ambon.go.id",
        "description": {
            "id": (
                "<p>Inspektorat adalah Aparat Pengawasan Intern Pemerintah (APIP) Kota Ambon. Inspektorat melakukan "
                "audit, reviu, evaluasi dan pemantauan atas pelaksanaan program serta pengelolaan keuangan di "
                "seluruh perangkat daerah, termasuk pengelolaan keuangan negeri dan desa.</p><p>Setiap tahun "
                "Inspektorat mereviu Laporan Keuangan Pemerintah Daerah sebelum diperiksa BPK, mengevaluasi "
                "penerapan <strong>SAKIP</strong> dan Sistem Pengendalian Intern Pemerintah (SPIP), serta memantau "
                "tindak lanjut rekomendasi hasil pemeriksaan.</p><p>Warga dapat melaporkan dugaan penyimpangan, "
                "pungutan liar (pungli) atau gratifikasi oleh aparatur Pemerintah Kota Ambon kepada Inspektorat; "
                "identitas pelapor dijaga kerahasiaannya.</p>"
            ),
            "en": (
                "<p>The Inspectorate is the internal auditor (APIP) of the Ambon city government. It audits, "
                "reviews, evaluates and monitors programmes and financial management in every unit, including the "
                "finances of the city's customary villages (negeri) and villages (desa).</p><p>Each year it reviews "
                "the city's financial statements before the Audit Board (BPK) examines them, evaluates the "
                "<strong>SAKIP</strong> performance accountability system and internal control (SPIP), and tracks "
                "follow-up on audit recommendations.</p><p>Residents can report suspected irregularities, illegal "
                "levies or gifts to city officials to the Inspectorate; whistleblowers' identities are kept "
                "confidential.</p>"
            ),
        },
    },
    {
        "slug": "bappeda-litbang",
        "code": "5.01.5.05.0.00.01.0000",
        "short_name": "Bappeda-Litbang",
        "unit_type": "badan",
        "title": {
            "id": "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
            "en": "Regional Development Planning, Research and Development Agency",
        },
        "head_name": "Ir. Stevanus Nikijuluw, M.T.",
        "head_title": {"id": "Kepala Badan", "en": "Head of Agency"},
        "address": "Jl. Pattimura No. 12, Kel. Uritetu, Kec. Sirimau, Kota Ambon 97124",
        "phone": "(0911) 353 067",
        "email": "bappeda@ambon.go.id",
        "description": {
            "id": (
                "<p>Bappeda-Litbang menyusun dokumen perencanaan pembangunan Kota Ambon, mulai dari Rencana "
                "Pembangunan Jangka Panjang dan Menengah Daerah (RPJPD dan RPJMD) hingga Rencana Kerja Pemerintah "
                "Daerah (RKPD) tahunan, serta menyelaraskannya dengan rencana Provinsi Maluku dan "
                "nasional.</p><p>Usulan warga dihimpun melalui <strong>Musrenbang</strong> berjenjang, dari "
                "kelurahan, negeri dan desa, ke kecamatan hingga tingkat kota. Bappeda-Litbang juga memantau dan "
                "mengevaluasi capaian pembangunan serta mengelola data perencanaan.</p><p>Di bidang penelitian dan "
                "pengembangan, badan ini melakukan kajian kebijakan dan mendorong inovasi daerah, termasuk inovasi "
                "pelayanan publik dari perangkat daerah dan masyarakat.</p>"
            ),
            "en": (
                "<p>Bappeda-Litbang prepares Ambon's development plans, from the long- and medium-term development "
                "plans (RPJPD and RPJMD) to the annual Regional Government Work Plan (RKPD), and aligns them with "
                "the plans of Maluku Province and the national government.</p><p>Residents' proposals are collected "
                "through the tiered <strong>Musrenbang</strong> consultations, from urban wards, negeri and villages"
                " to the districts and the city. The agency also monitors and evaluates development results and "
                "manages planning data.</p><p>In research and development it carries out policy studies and promotes"
                " regional innovation, including public-service innovations from government units and the "
                "community.</p>"
            ),
        },
    },
    {
        "slug": "bkpsdm",
        "code": "5.03.5.04.0.00.01.0000",
        "short_name": "BKPSDM",
        "unit_type": "badan",
        "title": {
            "id": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "en": "Civil Service and Human Resource Development Agency",
        },
        "head_name": "Elisabeth Rumahlatu, S.Sos., M.Si.",
        "head_title": {"id": "Kepala Badan", "en": "Head of Agency"},
        "address": "Jl. A.Y. Patty No. 7, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 344 612",
        "email": "bkpsdm@ambon.go.id",
        "description": {
            "id": (
                "<p>BKPSDM mengelola aparatur sipil negara (ASN) Pemerintah Kota Ambon, baik PNS maupun PPPK: mulai "
                "dari pengadaan dan seleksi, kenaikan pangkat, mutasi, penilaian kinerja, disiplin, hingga pensiun, "
                "yang kini dilayani melalui sistem informasi ASN secara daring.</p><p>Badan ini juga "
                "menyelenggarakan pengembangan kompetensi pegawai, seperti pelatihan dasar, pelatihan kepemimpinan "
                "dan pelatihan teknis, agar pelayanan kepada warga Ambon semakin baik.</p><p>Bagi masyarakat, BKPSDM"
                " menjadi sumber informasi resmi tentang <strong>seleksi CPNS dan PPPK</strong> di lingkungan "
                "Pemerintah Kota Ambon, termasuk pengumuman formasi dan hasil seleksi.</p>"
            ),
            "en": (
                "<p>BKPSDM manages the civil servants (ASN) of the Ambon city government, both permanent civil "
                "servants and contract staff (PPPK): recruitment, promotion, transfers, performance appraisal, "
                "discipline and retirement, now handled through an online civil service information "
                "system.</p><p>The agency also runs staff training, including basic training, leadership courses and"
                " technical training, so that services to Ambon residents keep improving.</p><p>For the public, "
                "BKPSDM is the official source of information on <strong>civil service recruitment</strong> (CPNS "
                "and PPPK) in the city government, including vacancies and selection results.</p>"
            ),
        },
    },
    {
        "slug": "bpkad",
        "code": "5.02.0.00.0.00.01.0000",
        "short_name": "BPKAD",
        "unit_type": "badan",
        "title": {
            "id": "Badan Pengelola Keuangan dan Aset Daerah",
            "en": "Regional Finance and Asset Management Agency",
        },
        "head_name": "Hendrik Sahertian, S.E., M.Si., Ak.",
        "head_title": {"id": "Kepala Badan", "en": "Head of Agency"},
        "address": "Jl. Said Perintah No. 8, Kel. Uritetu, Kec. Sirimau, Kota Ambon 97124",
        "phone": "(0911) 355 218",
        "email": "bpkad@ambon.go.id",
        "description": {
            "id": (
                "<p>BPKAD mengelola Anggaran Pendapatan dan Belanja Daerah (APBD) Kota Ambon: menyiapkan rancangan "
                "anggaran bersama tim anggaran, menerbitkan Surat Perintah Pencairan Dana (SP2D), mengelola kas "
                "daerah dan menyusun Laporan Keuangan Pemerintah Daerah.</p><p>Badan ini juga menatausahakan "
                "<strong>barang milik daerah</strong>, seperti tanah, gedung, kendaraan dan peralatan, termasuk "
                "inventarisasi, penilaian dan pemanfaatannya.</p><p>Ringkasan APBD, realisasi anggaran dan opini BPK"
                " atas laporan keuangan kota dipublikasikan setiap tahun sebagai bagian dari keterbukaan informasi "
                "keuangan daerah.</p>"
            ),
            "en": (
                "<p>BPKAD manages Ambon's regional budget (APBD): it prepares the draft budget with the budget team,"
                " issues fund disbursement orders (SP2D), manages the regional treasury and compiles the city's "
                "financial statements.</p><p>It also administers <strong>city-owned assets</strong> such as land, "
                "buildings, vehicles and equipment, including their inventory, valuation and use.</p><p>Budget "
                "summaries, spending reports and the Audit Board (BPK) opinion on the city's accounts are published "
                "every year as part of fiscal transparency.</p>"
            ),
        },
    },
    {
        "slug": "bapenda",
        "code": "5.02.0.00.0.00.02.0000",
        "short_name": "Bapenda",
        "unit_type": "badan",
        "title": {"id": "Badan Pendapatan Daerah", "en": "Regional Revenue Agency"},
        "head_name": "Yosina Lekransy, S.E., M.M.",
        "head_title": {"id": "Kepala Badan", "en": "Head of Agency"},
        "address": "Jl. Rijali No. 20, Kel. Rijali, Kec. Sirimau, Kota Ambon 97125",
        "phone": "(0911) 348 330",
        "email": "bapenda@ambon.go.id",
        "description": {
            "id": (
                "<p>Bapenda memungut dan mengelola pajak daerah Kota Ambon, antara lain Pajak Bumi dan Bangunan "
                "Perdesaan dan Perkotaan (PBB-P2), Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB), Pajak Barang "
                "dan Jasa Tertentu untuk makanan dan minuman, perhotelan, parkir dan hiburan, serta pajak reklame "
                "dan pajak air tanah.</p><p>Warga dapat mengecek tagihan <strong>SPPT PBB</strong>, membayar pajak "
                "melalui bank dan kanal pembayaran elektronik, serta mengajukan keberatan atau keringanan di kantor "
                "Bapenda.</p><p>Pendapatan asli daerah yang terkumpul membiayai layanan publik kota; target dan "
                "realisasinya dilaporkan secara berkala.</p>"
            ),
            "en": (
                "<p>Bapenda collects and manages Ambon's local taxes, including the rural and urban land and "
                "building tax (PBB-P2), the land and building acquisition duty (BPHTB), the tax on certain goods and"
                " services such as food and beverages, hotels, parking and entertainment, as well as advertising and"
                " groundwater taxes.</p><p>Residents can check their <strong>property tax bill (SPPT PBB)</strong>, "
                "pay through banks and electronic channels, and file objections or relief requests at the Bapenda "
                "office.</p><p>The locally generated revenue funds the city's public services; targets and actual "
                "collections are reported regularly.</p>"
            ),
        },
    },
    {
        "slug": "bpbd",
        "code": "1.05.0.00.0.00.03.0000",
        "short_name": "BPBD",
        "unit_type": "badan",
        "title": {"id": "Badan Penanggulangan Bencana Daerah", "en": "Regional Disaster Management Agency"},
        "head_name": "Samuel Tupamahu, S.T., M.Si.",
        "head_title": {"id": "Kepala Badan", "en": "Head of Agency"},
        "address": "Jl. Dr. Malaihollo, Negeri Galala, Kec. Sirimau, Kota Ambon 97128",
        "phone": "(0911) 361 114",
        "email": "bpbd@ambon.go.id",
        "description": {
            "id": (
                "<p>BPBD menangani bencana di Kota Ambon sebelum, saat dan sesudah kejadian. Kota yang berbukit dan "
                "dilalui banyak sungai ini rawan <strong>banjir dan tanah longsor</strong> pada musim hujan, "
                "terutama di sekitar Wai Batu Merah, Wai Batu Gajah, Wai Tomu dan Wai Ruhu, serta rawan gempa bumi "
                "seperti yang terjadi pada September 2019.</p><p>Pusat Pengendalian Operasi (Pusdalops) BPBD siaga "
                "24 jam untuk menerima laporan, menyebarkan peringatan dini dan menggerakkan tim reaksi cepat, "
                "logistik serta pengungsian.</p><p>BPBD membentuk Kelurahan dan Negeri Tangguh Bencana, melatih "
                "sekolah dan warga menghadapi gempa dan tsunami, serta mengoordinasikan rehabilitasi rumah dan "
                "fasilitas umum yang rusak.</p>"
            ),
            "en": (
                "<p>BPBD manages disasters in Ambon before, during and after they strike. The hilly city, crossed by"
                " many rivers, is prone to <strong>floods and landslides</strong> in the rainy season, especially "
                "around the Wai Batu Merah, Wai Batu Gajah, Wai Tomu and Wai Ruhu rivers, and to earthquakes such as"
                " the one of September 2019.</p><p>Its operations centre (Pusdalops) is on duty 24 hours a day to "
                "receive reports, issue early warnings and dispatch rapid-response teams, relief supplies and "
                "evacuation support.</p><p>BPBD sets up disaster-resilient neighbourhoods and villages, trains "
                "schools and residents for earthquakes and tsunamis, and coordinates the repair of damaged homes and"
                " public facilities.</p>"
            ),
        },
    },
    {
        "slug": "kesbangpol",
        "code": "8.01.0.00.0.00.01.0000",
        "short_name": "Kesbangpol",
        "unit_type": "badan",
        "title": {"id": "Badan Kesatuan Bangsa dan Politik", "en": "National Unity and Political Affairs Agency"},
        "head_name": "Abdul Rahman Ohorella, S.Sos., M.Si.",
        "head_title": {"id": "Kepala Badan", "en": "Head of Agency"},
        "address": "Jl. Diponegoro No. 15, Kel. Ahusen, Kec. Sirimau, Kota Ambon 97127",
        "phone": "(0911) 346 725",
        "email": "kesbangpol@ambon.go.id",
        "description": {
            "id": (
                "<p>Badan Kesatuan Bangsa dan Politik membina wawasan kebangsaan, kerukunan dan kehidupan politik di"
                " Kota Ambon. Badan ini melayani pendaftaran dan pembinaan organisasi kemasyarakatan, menyalurkan "
                "bantuan keuangan partai politik, serta mendukung penyelenggaraan pemilu dan pilkada.</p><p>Sebagai "
                "kota yang pernah melewati konflik sosial, Ambon menempatkan <strong>kerukunan antarumat "
                "beragama</strong> sebagai prioritas. Kesbangpol bekerja bersama Forum Kerukunan Umat Beragama, "
                "tokoh adat dan pemuda, serta Forum Kewaspadaan Dini Masyarakat untuk mencegah konflik dan merawat "
                "semangat pela gandong.</p>"
            ),
            "en": (
                "<p>The National Unity and Political Affairs Agency promotes civic values, social harmony and "
                "political life in Ambon. It registers and supports civil society organisations, channels financial "
                "assistance to political parties and supports the organisation of national and local "
                "elections.</p><p>As a city that has lived through social conflict, Ambon makes <strong>interfaith "
                "harmony</strong> a priority. The agency works with the Interfaith Harmony Forum, customary and "
                "youth leaders, and the Community Early Warning Forum to prevent conflict and nurture the spirit of "
                "pela gandong.</p>"
            ),
        },
    },
    {
        "slug": "dinas-kesehatan",
        "code": "1.02.0.00.0.00.01.0000",
        "short_name": "Dinkes",
        "unit_type": "dinas",
        "title": {"id": "Dinas Kesehatan", "en": "Health Office"},
        "head_name": "dr. Maria Latuheru, M.Kes",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Dr. Kayadoe, Kel. Benteng, Kec. Nusaniwe, Kota Ambon 97117",
        "phone": "(0911) 342 123",
        "email": "dinkes@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Kesehatan menyelenggarakan pelayanan kesehatan dasar bagi warga Kota Ambon melalui "
                "<strong>puskesmas</strong> dan puskesmas pembantu di lima kecamatan, serta membina posyandu di "
                "kelurahan, negeri dan desa. Layanannya meliputi kesehatan ibu dan anak, imunisasi, gizi, serta "
                "pengendalian penyakit seperti TBC, demam berdarah dan malaria.</p><p>Dinas ini memimpin upaya "
                "penurunan stunting, memastikan warga terdaftar dalam Jaminan Kesehatan Nasional, mengawasi mutu "
                "fasilitas kesehatan dan apotek, serta menerbitkan izin praktik tenaga kesehatan.</p><p>Kinerja yang"
                " dilaporkan dalam LKjIP antara lain cakupan imunisasi dasar lengkap, persalinan di fasilitas "
                "kesehatan, prevalensi stunting dan angka keberhasilan pengobatan TBC.</p>"
            ),
            "en": (
                "<p>The Health Office provides primary health care to Ambon residents through <strong>community "
                "health centres (puskesmas)</strong> and their sub-centres in all five districts, and supports the "
                "posyandu health posts in every ward and village. Its services cover maternal and child health, "
                "immunisation, nutrition and the control of diseases such as tuberculosis, dengue and "
                "malaria.</p><p>It leads the effort to reduce child stunting, makes sure residents are enrolled in "
                "the national health insurance (JKN), supervises the quality of clinics and pharmacies, and licenses"
                " health workers.</p><p>Performance reported in its LKjIP includes complete basic immunisation "
                "coverage, births in health facilities, stunting prevalence and the tuberculosis treatment success "
                "rate.</p>"
            ),
        },
    },
    {
        "slug": "dinas-pendidikan-dan-kebudayaan",
        "code": "1.01.2.22.0.00.01.0000",
        "short_name": "Dikbud",
        "unit_type": "dinas",
        "title": {"id": "Dinas Pendidikan dan Kebudayaan", "en": "Education and Culture Office"},
        "head_name": "Drs. Petrus Leiwakabessy, M.Pd.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Anthoni Rhebok No. 3, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 352 604",
        "email": "dikbud@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Pendidikan dan Kebudayaan mengelola pendidikan anak usia dini, sekolah dasar dan sekolah "
                "menengah pertama di Kota Ambon, baik negeri maupun swasta. Dinas ini menyelenggarakan penerimaan "
                "murid baru, menyalurkan dan mengawasi dana operasional sekolah, serta membina guru dan kepala "
                "sekolah.</p><p>Di bidang kebudayaan, dinas ini melestarikan cagar budaya, bahasa dan tradisi lokal,"
                " membina sanggar seni, serta mendukung identitas Ambon sebagai <strong>Kota Musik Dunia "
                "UNESCO</strong> melalui pendidikan musik di sekolah.</p><p>Capaian yang dilaporkan antara lain "
                "angka partisipasi sekolah, hasil literasi dan numerasi dalam Rapor Pendidikan, serta jumlah ruang "
                "kelas dalam kondisi baik.</p>"
            ),
            "en": (
                "<p>The Education and Culture Office runs early childhood education, primary schools and junior "
                "secondary schools in Ambon, both public and private. It organises new-student admissions, channels "
                "and monitors school operating funds, and supports teachers and principals.</p><p>In culture, it "
                "protects heritage sites, the local language and traditions, supports arts studios, and builds on "
                "Ambon's status as a <strong>UNESCO City of Music</strong> through music education in "
                "schools.</p><p>Reported results include school enrolment rates, literacy and numeracy results in "
                "the national Education Report Card, and the share of classrooms in good condition.</p>"
            ),
        },
    },
    {
        "slug": "dinas-pupr",
        "code": "1.03.0.00.0.00.01.0000",
        "short_name": "Dinas PUPR",
        "unit_type": "dinas",
        "title": {"id": "Dinas Pekerjaan Umum dan Penataan Ruang", "en": "Public Works and Spatial Planning Office"},
        "head_name": "Ir. Jacob Matulessy, M.T.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Jenderal Sudirman No. 5, Kel. Pandan Kasturi, Kec. Sirimau, Kota Ambon 97128",
        "phone": "(0911) 343 850",
        "email": "pupr@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas PUPR membangun dan memelihara jalan, jembatan dan saluran drainase kota, termasuk talud "
                "dan normalisasi sungai di kawasan rawan banjir. Dinas ini juga menangani penyediaan air minum dan "
                "sanitasi bersama PDAM Tirta Yapono.</p><p>Di bidang penataan ruang, dinas ini menyusun dan "
                "mengawasi <strong>Rencana Tata Ruang Wilayah</strong> dan rencana detail tata ruang Kota Ambon, "
                "serta memproses Persetujuan Bangunan Gedung (PBG) agar bangunan di lereng bukit dan sempadan sungai"
                " aman bagi penghuninya.</p><p>Kinerja utama yang dilaporkan adalah persentase panjang jalan kota "
                "dalam kondisi mantap dan berkurangnya genangan di titik-titik rawan.</p>"
            ),
            "en": (
                "<p>The Public Works and Spatial Planning Office builds and maintains city roads, bridges and "
                "drains, including retaining walls and river works in flood-prone areas. It also handles drinking "
                "water and sanitation together with the city water company, PDAM Tirta Yapono.</p><p>In spatial "
                "planning it prepares and enforces Ambon's <strong>Spatial Plan (RTRW)</strong> and detailed zoning "
                "plans, and processes building approvals (PBG) so that houses on steep hillsides and riverbanks are "
                "safe for the people who live in them.</p><p>Its main reported indicators are the share of city "
                "roads in stable condition and the reduction of flooding at known hotspots.</p>"
            ),
        },
    },
    {
        "slug": "dinas-perkim",
        "code": "1.04.0.00.0.00.01.0000",
        "short_name": "Disperkim",
        "unit_type": "dinas",
        "title": {"id": "Dinas Perumahan dan Kawasan Permukiman", "en": "Housing and Settlement Areas Office"},
        "head_name": "Nelson Tuhumury, S.T., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Sam Ratulangi No. 11, Kel. Rijali, Kec. Sirimau, Kota Ambon 97125",
        "phone": "(0911) 347 291",
        "email": "perkim@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Perumahan dan Kawasan Permukiman menangani rumah tidak layak huni dan kawasan kumuh di "
                "Kota Ambon, terutama permukiman padat di pesisir dan lereng bukit. Program <strong>bedah "
                "rumah</strong> memperbaiki atap, dinding dan lantai rumah warga berpenghasilan rendah.</p><p>Dinas "
                "ini juga membangun prasarana lingkungan seperti jalan setapak, tangga beton, saluran dan penerangan"
                " lingkungan, menerima penyerahan prasarana dari pengembang perumahan, serta membantu relokasi rumah"
                " warga yang terdampak bencana.</p>"
            ),
            "en": (
                "<p>The Housing and Settlement Areas Office tackles substandard housing and slum areas in Ambon, "
                "especially dense coastal and hillside neighbourhoods. Its <strong>home improvement</strong> "
                "programme repairs the roofs, walls and floors of low-income households.</p><p>It also builds "
                "neighbourhood infrastructure such as footpaths, concrete stairways, drains and lighting, takes over"
                " public facilities from housing developers, and helps relocate families whose homes were hit by "
                "disasters.</p>"
            ),
        },
    },
    {
        "slug": "dinas-lingkungan-hidup-dan-persampahan",
        "code": "2.11.0.00.0.00.01.0000",
        "short_name": "DLHP",
        "unit_type": "dinas",
        "title": {"id": "Dinas Lingkungan Hidup dan Persampahan", "en": "Environment and Waste Management Office"},
        "head_name": "Ir. Christina Ralahalu, M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Raya Pattimura, Negeri Passo, Kec. Teluk Ambon Baguala, Kota Ambon 97232",
        "phone": "(0911) 362 408",
        "email": "dlhp@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Lingkungan Hidup dan Persampahan mengangkut sampah dari tempat penampungan sementara di "
                "seluruh kelurahan, negeri dan desa ke <strong>TPA Toisapu</strong> di Leitimur Selatan. Warga "
                "diminta membuang sampah pada jam yang ditetapkan dan tidak ke sungai, karena sampah yang terbawa "
                "hujan berakhir di Teluk Ambon.</p><p>Dinas ini membina bank sampah dan gerakan pilah sampah, "
                "merawat ruang terbuka hijau dan taman kota, memantau kualitas air dan udara, serta menerbitkan "
                "persetujuan lingkungan bagi usaha dan kegiatan.</p><p>Capaian yang dilaporkan dalam LKjIP antara "
                "lain persentase sampah yang tertangani dan Indeks Kualitas Lingkungan Hidup Kota Ambon.</p>"
            ),
            "en": (
                "<p>The Environment and Waste Management Office collects waste from temporary collection points in "
                "every ward and village and takes it to the <strong>Toisapu landfill</strong> in Leitimur Selatan. "
                "Residents are asked to put out their rubbish at the set hours and never into rivers, because waste "
                "washed down by the rain ends up in Ambon Bay.</p><p>The office supports waste banks and sorting "
                "campaigns, looks after green spaces and city parks, monitors water and air quality, and issues "
                "environmental approvals for businesses and projects.</p><p>Indicators reported in its LKjIP include"
                " the share of waste handled and Ambon's Environmental Quality Index.</p>"
            ),
        },
    },
    {
        "slug": "dinas-kependudukan-dan-pencatatan-sipil",
        "code": "2.12.0.00.0.00.01.0000",
        "short_name": "Disdukcapil",
        "unit_type": "dinas",
        "title": {"id": "Dinas Kependudukan dan Pencatatan Sipil", "en": "Population and Civil Registration Office"},
        "head_name": "Ismail Lessy, S.Sos., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Pattimura No. 30, Kel. Uritetu, Kec. Sirimau, Kota Ambon 97124",
        "phone": "(0911) 351 177",
        "email": "dukcapil@ambon.go.id",
        "description": {
            "id": (
                "<p>Disdukcapil melayani dokumen kependudukan warga Kota Ambon: <strong>KTP-el</strong>, Kartu "
                "Keluarga, Kartu Identitas Anak, surat pindah datang, serta akta kelahiran, kematian, perkawinan dan"
                " perceraian. Seluruh layanan administrasi kependudukan tidak dipungut biaya.</p><p>Selain di kantor"
                " dinas, layanan tersedia secara daring dan melalui kegiatan jemput bola ke sekolah, rumah sakit, "
                "panti dan negeri-negeri yang jauh dari pusat kota. Dinas ini juga mendorong aktivasi Identitas "
                "Kependudukan Digital (IKD).</p>"
            ),
            "en": (
                "<p>The Population and Civil Registration Office issues residents' identity documents: the "
                "<strong>electronic ID card (KTP-el)</strong>, family cards, children's ID cards, change-of-address "
                "letters, and birth, death, marriage and divorce certificates. All civil registration services are "
                "free of charge.</p><p>Besides its office counters, services are available online and through "
                "outreach visits to schools, hospitals, care homes and villages far from the city centre. The office"
                " also encourages residents to activate their Digital Population Identity (IKD).</p>"
            ),
        },
    },
    {
        "slug": "dinas-perhubungan",
        "code": "2.15.0.00.0.00.01.0000",
        "short_name": "Dishub",
        "unit_type": "dinas",
        "title": {"id": "Dinas Perhubungan", "en": "Transportation Office"},
        "head_name": "Markus Hukom, S.SiT., M.T.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Pantai Mardika, Kel. Rijali, Kec. Sirimau, Kota Ambon 97125",
        "phone": "(0911) 354 086",
        "email": "dishub@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Perhubungan mengatur lalu lintas dan angkutan umum di Kota Ambon. Dinas ini menetapkan "
                "trayek dan jadwal operasi <strong>angkot</strong> dari Terminal Mardika ke Passo, Latuhalat, Batu "
                "Merah, Kudamati dan wilayah lain, serta mengelola terminal dan halte.</p><p>Tugas lainnya meliputi "
                "pengelolaan parkir di tepi jalan, pemasangan rambu, marka dan lampu lalu lintas, pengujian berkala "
                "kendaraan bermotor (uji KIR), serta pengaturan lalu lintas saat jam sibuk dan hari besar.</p>"
            ),
            "en": (
                "<p>The Transportation Office manages traffic and public transport in Ambon. It sets the routes and "
                "operating schedules of the <strong>angkot</strong> minibuses running from Mardika Terminal to "
                "Passo, Latuhalat, Batu Merah, Kudamati and other areas, and runs terminals and bus stops.</p><p>Its"
                " other tasks include on-street parking, traffic signs, road markings and traffic lights, periodic "
                "roadworthiness testing of commercial vehicles (uji KIR), and traffic control at rush hours and on "
                "public holidays.</p>"
            ),
        },
    },
    {
        "slug": "dinas-sosial",
        "code": "1.06.0.00.0.00.01.0000",
        "short_name": "Dinsos",
        "unit_type": "dinas",
        "title": {"id": "Dinas Sosial", "en": "Social Affairs Office"},
        "head_name": "Yohana Sapulette, S.Sos., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Philip Latumahina No. 9, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 345 932",
        "email": "dinsos@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Sosial memperbarui data kesejahteraan sosial yang menjadi dasar penyaluran bantuan seperti"
                " <strong>Program Keluarga Harapan</strong>, bantuan pangan dan iuran jaminan kesehatan bagi warga "
                "tidak mampu. Warga dapat mengusulkan diri atau mengajukan sanggahan melalui kelurahan, negeri dan "
                "desa.</p><p>Dinas ini juga melayani rehabilitasi sosial bagi penyandang disabilitas, lanjut usia "
                "terlantar dan anak jalanan, menyediakan bantuan darurat bagi korban bencana bersama Taruna Siaga "
                "Bencana (Tagana), serta membina pilar sosial di lima kecamatan.</p>"
            ),
            "en": (
                "<p>The Social Affairs Office keeps the social welfare database up to date, which determines who "
                "receives assistance such as the <strong>Family Hope Programme (PKH)</strong>, food aid and "
                "subsidised health insurance for poor residents. Residents can apply or contest the data through "
                "their ward or village office.</p><p>It also provides social rehabilitation for people with "
                "disabilities, neglected elderly people and street children, delivers emergency relief to disaster "
                "victims with the Tagana volunteer corps, and supports community social workers in all five "
                "districts.</p>"
            ),
        },
    },
    {
        "slug": "dinas-kominfo-dan-persandian",
        "code": "2.16.2.20.2.21.01.0000",
        "short_name": "Diskominfo-Sandi",
        "unit_type": "dinas",
        "title": {
            "id": "Dinas Komunikasi, Informatika dan Persandian",
            "en": "Communication, Informatics and Encryption Office",
        },
        "head_name": "Daniel Wattimena, S.Kom., M.T.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Sultan Hairun No. 3, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 311 870",
        "email": "diskominfo@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Komunikasi, Informatika dan Persandian mengelola situs resmi dan media sosial Pemerintah "
                "Kota Ambon serta menjadi <strong>PPID Utama</strong> yang melayani permohonan informasi publik "
                "sesuai Undang-Undang Keterbukaan Informasi Publik. Portal transparansi ini dikelola oleh dinas "
                "ini.</p><p>Dinas ini membangun sistem pemerintahan berbasis elektronik, jaringan internet "
                "antarkantor dan titik akses internet publik, mengelola kanal pengaduan SP4N-LAPOR!, serta "
                "mengoordinasikan statistik sektoral dalam kerangka Satu Data.</p><p>Di bidang persandian, dinas ini"
                " mengamankan informasi dan komunikasi pemerintah, termasuk penerapan tanda tangan elektronik "
                "tersertifikasi bagi pejabat.</p>"
            ),
            "en": (
                "<p>The Communication, Informatics and Encryption Office runs the Ambon city government's official "
                "website and social media, and acts as the <strong>main Information and Documentation Officer "
                "(PPID)</strong>, handling public information requests under the Freedom of Information Act. This "
                "transparency portal is managed by the office.</p><p>It builds the city's e-government systems, the "
                "inter-office network and public internet access points, runs the SP4N-LAPOR! complaints channel, "
                "and coordinates sectoral statistics under the One Data initiative.</p><p>In encryption and "
                "security, it protects government information and communications, including certified electronic "
                "signatures for officials.</p>"
            ),
        },
    },
    {
        "slug": "dpmptsp",
        "code": "2.18.0.00.0.00.01.0000",
        "short_name": "DPMPTSP",
        "unit_type": "dinas",
        "title": {
            "id": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            "en": "Investment and One-Stop Integrated Services Office",
        },
        "head_name": "Fadli Tuasikal, S.E., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. A.M. Sangadji No. 22, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 357 416",
        "email": "dpmptsp@ambon.go.id",
        "description": {
            "id": (
                "<p>DPMPTSP adalah pintu layanan perizinan dan nonperizinan di Kota Ambon. Pelaku usaha dibantu "
                "memperoleh <strong>Nomor Induk Berusaha (NIB)</strong> melalui sistem OSS berbasis risiko, dan "
                "warga dapat mengurus izin seperti izin praktik tenaga kesehatan, izin operasional sekolah dan izin "
                "reklame di satu tempat.</p><p>Dinas ini mempromosikan peluang investasi di Ambon, antara lain di "
                "sektor perikanan, pariwisata dan jasa, memantau laporan kegiatan penanaman modal, serta mengukur "
                "kepuasan masyarakat atas layanan perizinan.</p>"
            ),
            "en": (
                "<p>DPMPTSP is Ambon's one-stop office for permits and related services. It helps businesses obtain "
                "their <strong>Business Identification Number (NIB)</strong> through the risk-based OSS system, and "
                "residents can apply in one place for permits such as health worker practice licences, school "
                "operating permits and advertising permits.</p><p>The office promotes investment opportunities in "
                "Ambon, for example in fisheries, tourism and services, monitors investment activity reports, and "
                "measures public satisfaction with licensing services.</p>"
            ),
        },
    },
    {
        "slug": "dp3a",
        "code": "2.08.0.00.0.00.01.0000",
        "short_name": "DP3A",
        "unit_type": "dinas",
        "title": {
            "id": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
            "en": "Women's Empowerment and Child Protection Office",
        },
        "head_name": "Magdalena Tanamal, S.H., M.H.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Kapitan Ulupaha No. 4, Kel. Ahusen, Kec. Sirimau, Kota Ambon 97127",
        "phone": "(0911) 349 655",
        "email": "dp3a@ambon.go.id",
        "description": {
            "id": (
                "<p>DP3A melindungi perempuan dan anak di Kota Ambon dari kekerasan, eksploitasi dan penelantaran. "
                "Melalui <strong>UPTD Perlindungan Perempuan dan Anak</strong>, korban mendapat pendampingan hukum, "
                "psikologis dan rujukan layanan kesehatan tanpa biaya.</p><p>Dinas ini mengembangkan Kota Ambon "
                "menuju Kota Layak Anak, membina Forum Anak dan Pusat Pembelajaran Keluarga, serta mendorong "
                "pengarusutamaan gender dan pemberdayaan ekonomi perempuan di kelurahan, negeri dan desa.</p>"
            ),
            "en": (
                "<p>DP3A protects women and children in Ambon from violence, exploitation and neglect. Through its "
                "<strong>Women and Child Protection Unit (UPTD PPA)</strong>, victims receive free legal and "
                "psychological support and referrals to health services.</p><p>The office works towards Ambon "
                "becoming a Child-Friendly City, supports the Children's Forum and the Family Learning Centre, and "
                "promotes gender mainstreaming and women's economic empowerment in wards and villages.</p>"
            ),
        },
    },
    {
        "slug": "dinas-pariwisata",
        "code": "3.26.0.00.0.00.01.0000",
        "short_name": "Dispar",
        "unit_type": "dinas",
        "title": {"id": "Dinas Pariwisata", "en": "Tourism Office"},
        "head_name": "Maureen Siahaya, S.Par., M.M.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Slamet Riyadi No. 10, Kel. Honipopu, Kec. Sirimau, Kota Ambon 97126",
        "phone": "(0911) 352 281",
        "email": "dispar@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Pariwisata mengembangkan dan mempromosikan destinasi wisata Kota Ambon, seperti Pantai "
                "Namalatu dan Pantai Santai di Latuhalat, Pintu Kota di Airlouw, Gong Perdamaian Dunia, Patung "
                "Martha Christina Tiahahu di Karang Panjang, serta Jembatan Merah Putih.</p><p>Dinas ini "
                "menyelenggarakan kalender event tahunan, termasuk festival musik yang menguatkan predikat Ambon "
                "sebagai <strong>Kota Musik Dunia UNESCO</strong>, serta membina kelompok sadar wisata, pemandu, "
                "homestay dan usaha kuliner lokal.</p>"
            ),
            "en": (
                "<p>The Tourism Office develops and promotes Ambon's attractions, such as Namalatu and Santai "
                "beaches in Latuhalat, the Pintu Kota rock arch in Airlouw, the World Peace Gong, the Martha "
                "Christina Tiahahu monument in Karang Panjang and the Merah Putih Bridge.</p><p>It organises the "
                "city's annual events calendar, including music festivals that reinforce Ambon's title as a "
                "<strong>UNESCO City of Music</strong>, and supports community tourism groups, guides, homestays and"
                " local food businesses.</p>"
            ),
        },
    },
    {
        "slug": "dinas-perindag",
        "code": "3.30.3.31.0.00.01.0000",
        "short_name": "Disperindag",
        "unit_type": "dinas",
        "title": {"id": "Dinas Perindustrian dan Perdagangan", "en": "Industry and Trade Office"},
        "head_name": "Hasan Latuconsina, S.E., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Yos Sudarso No. 6, Kel. Rijali, Kec. Sirimau, Kota Ambon 97125",
        "phone": "(0911) 353 902",
        "email": "disperindag@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Perindustrian dan Perdagangan mengelola dan membina pasar rakyat di Kota Ambon, seperti "
                "<strong>Pasar Mardika</strong> dan pasar di Batu Merah dan Passo, serta memantau harga bahan pokok "
                "seperti beras, minyak goreng, cabai dan ikan setiap hari. Operasi pasar digelar bila harga "
                "melonjak.</p><p>Dinas ini melakukan tera dan tera ulang timbangan pedagang agar warga tidak "
                "dirugikan, serta membina industri kecil dan menengah seperti pengolahan ikan asap, sagu, kue kenari"
                " dan kerajinan.</p>"
            ),
            "en": (
                "<p>The Industry and Trade Office manages and supports Ambon's traditional markets, such as "
                "<strong>Mardika Market</strong> and the markets in Batu Merah and Passo, and tracks the daily "
                "prices of staples such as rice, cooking oil, chillies and fish. Market operations are held when "
                "prices spike.</p><p>It calibrates and re-verifies traders' scales so that shoppers get fair "
                "measure, and supports small and medium industries such as smoked fish, sago, kenari nut pastries "
                "and handicrafts.</p>"
            ),
        },
    },
    {
        "slug": "dinas-perikanan",
        "code": "3.25.0.00.0.00.01.0000",
        "short_name": "Diskan",
        "unit_type": "dinas",
        "title": {"id": "Dinas Perikanan", "en": "Fisheries Office"},
        "head_name": "Jemmy Pattiradjawane, S.Pi., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Laksdya Leo Wattimena, Negeri Rumah Tiga, Kec. Teluk Ambon, Kota Ambon 97234",
        "phone": "(0911) 361 552",
        "email": "diskan@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Perikanan membina nelayan kecil dan pembudidaya ikan di Kota Ambon. Dinas ini menerbitkan "
                "<strong>kartu pelaku usaha kelautan dan perikanan (KUSUKA)</strong>, menyalurkan bantuan perahu dan"
                " alat tangkap, serta memfasilitasi asuransi nelayan.</p><p>Budidaya ikan dan keramba di "
                "<strong>Teluk Ambon</strong> dikembangkan dengan memperhatikan kelestarian padang lamun dan "
                "mangrove. Dinas ini juga mendampingi kelompok pengolah ikan, termasuk kelompok perempuan pesisir, "
                "agar hasil tangkapan bernilai tambah dan memenuhi standar mutu.</p>"
            ),
            "en": (
                "<p>The Fisheries Office supports small-scale fishers and fish farmers in Ambon. It issues the "
                "<strong>fisheries business card (KUSUKA)</strong>, provides boats and fishing gear, and helps "
                "fishers get insurance.</p><p>Fish farming and floating cages in <strong>Ambon Bay</strong> are "
                "developed with care for its seagrass beds and mangroves. The office also supports fish-processing "
                "groups, including coastal women's groups, so that the catch gains value and meets quality "
                "standards.</p>"
            ),
        },
    },
    {
        "slug": "dinas-pertanian",
        "code": "3.27.0.00.0.00.01.0000",
        "short_name": "Distan",
        "unit_type": "dinas",
        "title": {"id": "Dinas Pertanian", "en": "Agriculture Office"},
        "head_name": "Ir. Willem Noya, M.P.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Raya Pattimura No. 40, Negeri Passo, Kec. Teluk Ambon Baguala, Kota Ambon 97232",
        "phone": "(0911) 362 173",
        "email": "distan@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Pertanian membina petani dan peternak di Kota Ambon, terutama di Leitimur Selatan, Teluk "
                "Ambon Baguala dan Teluk Ambon. Penyuluh pertanian mendampingi budi daya sayuran dan hortikultura, "
                "tanaman perkebunan seperti <strong>pala dan cengkih</strong>, serta penyaluran pupuk bersubsidi dan"
                " bantuan bibit.</p><p>Di bidang kesehatan hewan, dinas ini melakukan vaksinasi rabies bagi anjing "
                "dan kucing, mengawasi kesehatan ternak serta memeriksa daging di rumah potong hewan agar aman "
                "dikonsumsi.</p>"
            ),
            "en": (
                "<p>The Agriculture Office supports farmers and livestock keepers in Ambon, mainly in Leitimur "
                "Selatan, Teluk Ambon Baguala and Teluk Ambon. Extension workers help with vegetable and "
                "horticulture growing, estate crops such as <strong>nutmeg and cloves</strong>, and the distribution"
                " of subsidised fertiliser and seedlings.</p><p>In animal health, the office vaccinates dogs and "
                "cats against rabies, monitors livestock health and inspects meat at the slaughterhouse so that it "
                "is safe to eat.</p>"
            ),
        },
    },
    {
        "slug": "dinas-ketahanan-pangan",
        "code": "2.09.0.00.0.00.01.0000",
        "short_name": "DKP",
        "unit_type": "dinas",
        "title": {"id": "Dinas Ketahanan Pangan", "en": "Food Security Office"},
        "head_name": "Rosalina Souisa, S.P., M.Si.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Dr. J. Leimena, Desa Poka, Kec. Teluk Ambon, Kota Ambon 97233",
        "phone": "(0911) 322 649",
        "email": "dkp@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Ketahanan Pangan menjaga ketersediaan, keterjangkauan dan keamanan pangan bagi warga Kota "
                "Ambon. Dinas ini mengelola cadangan pangan pemerintah, menggelar <strong>Gerakan Pangan "
                "Murah</strong> saat harga naik, dan menyusun peta ketahanan dan kerentanan pangan.</p><p>Dinas ini "
                "mempromosikan pangan lokal Maluku seperti sagu, kasbi dan ubi-ubian untuk pola konsumsi yang "
                "beragam dan bergizi, mendorong pekarangan pangan di kelurahan dan negeri, serta menguji pangan "
                "segar di pasar untuk memastikan bebas formalin dan bahan berbahaya.</p>"
            ),
            "en": (
                "<p>The Food Security Office makes sure food is available, affordable and safe for Ambon residents. "
                "It manages the government food reserve, holds <strong>affordable food markets</strong> when prices "
                "rise, and maps food security and vulnerability across the city.</p><p>It promotes local Malukan "
                "staples such as sago, cassava and tubers for a varied and nutritious diet, encourages home food "
                "gardens in wards and villages, and tests fresh food in markets to make sure it is free of formalin "
                "and other harmful substances.</p>"
            ),
        },
    },
    {
        "slug": "dinas-tenaga-kerja",
        "code": "2.07.0.00.0.00.01.0000",
        "short_name": "Disnaker",
        "unit_type": "dinas",
        "title": {"id": "Dinas Tenaga Kerja", "en": "Manpower Office"},
        "head_name": "Yusuf Lestaluhu, S.H., M.H.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. W.R. Supratman No. 14, Kel. Amantelu, Kec. Sirimau, Kota Ambon 97122",
        "phone": "(0911) 348 901",
        "email": "disnaker@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Tenaga Kerja membantu warga Kota Ambon mendapatkan pekerjaan. Pencari kerja dapat mengurus"
                " <strong>kartu pencari kerja (AK/1)</strong>, mengikuti bursa kerja, dan mendaftar pelatihan "
                "berbasis kompetensi seperti kelistrikan, perhotelan dan teknologi informasi.</p><p>Dinas ini "
                "memediasi perselisihan hubungan industrial antara pekerja dan pengusaha, mencatat peraturan "
                "perusahaan dan perjanjian kerja, serta mendorong kepesertaan jaminan sosial ketenagakerjaan bagi "
                "pekerja rentan seperti nelayan, pedagang kecil dan pengemudi angkot.</p>"
            ),
            "en": (
                "<p>The Manpower Office helps Ambon residents find work. Job seekers can obtain a <strong>job seeker"
                " card (AK/1)</strong>, attend job fairs and enrol in competency-based training in fields such as "
                "electrical work, hospitality and information technology.</p><p>The office mediates industrial "
                "disputes between workers and employers, registers company regulations and work agreements, and "
                "promotes employment social security coverage for vulnerable workers such as fishers, small traders "
                "and angkot drivers.</p>"
            ),
        },
    },
    {
        "slug": "dinas-koperasi-ukm",
        "code": "2.17.0.00.0.00.01.0000",
        "short_name": "Diskop UKM",
        "unit_type": "dinas",
        "title": {
            "id": "Dinas Koperasi dan Usaha Kecil dan Menengah",
            "en": "Cooperatives and Small and Medium Enterprises Office",
        },
        "head_name": "Agustina Huwae, S.E., M.M.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Tulukabessy No. 2, Kel. Ahusen, Kec. Sirimau, Kota Ambon 97127",
        "phone": "(0911) 346 318",
        "email": "diskopukm@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Koperasi dan UKM membina koperasi di Kota Ambon, mulai dari pendirian, rapat anggota "
                "tahunan hingga pengawasan kesehatan usaha koperasi, termasuk koperasi yang dibentuk di tingkat "
                "kelurahan, negeri dan desa.</p><p>Bagi pelaku usaha mikro dan kecil, dinas ini memberikan "
                "pelatihan, pendampingan perizinan dan <strong>sertifikasi halal</strong>, akses pembiayaan, serta "
                "promosi produk melalui pameran dan pemasaran digital.</p>"
            ),
            "en": (
                "<p>The Cooperatives and SME Office supports cooperatives in Ambon, from their founding and annual "
                "members' meetings to supervision of their financial health, including cooperatives set up at ward "
                "and village level.</p><p>For micro and small businesses it offers training, help with permits and "
                "<strong>halal certification</strong>, access to finance, and product promotion through exhibitions "
                "and digital marketing.</p>"
            ),
        },
    },
    {
        "slug": "dinas-pemadam-kebakaran",
        "code": "1.05.0.00.0.00.02.0000",
        "short_name": "Damkar",
        "unit_type": "dinas",
        "title": {"id": "Dinas Pemadam Kebakaran", "en": "Fire and Rescue Office"},
        "head_name": "Benny Lewerissa, S.Sos.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Jan Paays, Kel. Batu Meja, Kec. Sirimau, Kota Ambon 97122",
        "phone": "(0911) 341 113",
        "email": "damkar@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Pemadam Kebakaran siaga 24 jam memadamkan kebakaran di Kota Ambon, terutama di permukiman "
                "padat dan kawasan pasar, dengan pos-pos pemadam yang tersebar di beberapa kecamatan. Warga dapat "
                "menghubungi <strong>nomor darurat 113</strong>.</p><p>Selain kebakaran, petugas juga menangani "
                "penyelamatan nonkebakaran, seperti evakuasi korban terjebak, pohon tumbang dan hewan berbahaya. "
                "Dinas ini melatih warga, sekolah, hotel dan pedagang menggunakan alat pemadam api "
                "ringan.</p><p>Kinerja utama yang dilaporkan adalah waktu tanggap, yaitu lama petugas tiba di lokasi"
                " sejak laporan diterima.</p>"
            ),
            "en": (
                "<p>The Fire and Rescue Office is on call 24 hours a day to fight fires in Ambon, especially in "
                "dense neighbourhoods and market areas, from fire stations located in several districts. Residents "
                "can call the <strong>emergency number 113</strong>.</p><p>Besides fires, crews handle non-fire "
                "rescues such as freeing trapped people, clearing fallen trees and removing dangerous animals. The "
                "office trains residents, schools, hotels and traders to use portable fire extinguishers.</p><p>Its "
                "main reported indicator is response time: how quickly crews reach the scene after a call is "
                "received.</p>"
            ),
        },
    },
    {
        "slug": "dinas-perpustakaan-dan-kearsipan",
        "code": "2.23.2.24.0.00.01.0000",
        "short_name": "Dispusip",
        "unit_type": "dinas",
        "title": {"id": "Dinas Perpustakaan dan Kearsipan", "en": "Library and Archives Office"},
        "head_name": "Dra. Lenny Titaley, M.Hum.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Ot Pattimaipauw, Kel. Waihaong, Kec. Nusaniwe, Kota Ambon 97118",
        "phone": "(0911) 343 267",
        "email": "dispusip@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Perpustakaan dan Kearsipan mengelola Perpustakaan Umum Kota Ambon yang terbuka bagi semua "
                "warga dengan keanggotaan gratis, termasuk koleksi tentang sejarah dan budaya Maluku. "
                "<strong>Perpustakaan keliling</strong> menjangkau sekolah, kelurahan dan negeri untuk menumbuhkan "
                "minat baca.</p><p>Di bidang kearsipan, dinas ini membina pengelolaan arsip di seluruh perangkat "
                "daerah, menyimpan arsip statis Pemerintah Kota Ambon, serta membuka akses arsip bagi peneliti dan "
                "masyarakat.</p>"
            ),
            "en": (
                "<p>The Library and Archives Office runs the Ambon Public Library, open to all residents with free "
                "membership and including collections on Malukan history and culture. The <strong>mobile "
                "library</strong> visits schools, wards and villages to encourage reading.</p><p>In archives, it "
                "guides records management across all city government units, keeps the city's permanent archives, "
                "and opens them to researchers and the public.</p>"
            ),
        },
    },
    {
        "slug": "dinas-kepemudaan-dan-olahraga",
        "code": "2.19.0.00.0.00.01.0000",
        "short_name": "Dispora",
        "unit_type": "dinas",
        "title": {"id": "Dinas Kepemudaan dan Olahraga", "en": "Youth and Sports Office"},
        "head_name": "Ricky Tomasouw, S.Pd., M.Or.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Christina Martha Tiahahu, Kel. Karang Panjang, Kec. Sirimau, Kota Ambon 97121",
        "phone": "(0911) 344 590",
        "email": "dispora@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Kepemudaan dan Olahraga membina organisasi kepemudaan, kewirausahaan pemuda dan kegiatan "
                "kepemimpinan, termasuk seleksi dan pelatihan Pasukan Pengibar Bendera Pusaka tingkat kota.</p><p>Di"
                " bidang olahraga, dinas ini mengelola sarana olahraga milik kota, menggelar kompetisi "
                "antarkelurahan dan antarnegeri, membina atlet berprestasi untuk ajang provinsi dan nasional, serta "
                "menghidupkan olahraga tradisional seperti <strong>lomba perahu belang</strong> di Teluk Ambon.</p>"
            ),
            "en": (
                "<p>The Youth and Sports Office supports youth organisations, young entrepreneurs and leadership "
                "programmes, including the selection and training of the city's flag-raising troop for Independence "
                "Day.</p><p>In sport, it manages the city's sports facilities, runs competitions between wards and "
                "villages, trains promising athletes for provincial and national events, and keeps traditional "
                "sports alive, such as the <strong>perahu belang boat races</strong> on Ambon Bay.</p>"
            ),
        },
    },
    {
        "slug": "dinas-ppkb",
        "code": "2.14.0.00.0.00.01.0000",
        "short_name": "DPPKB",
        "unit_type": "dinas",
        "title": {
            "id": "Dinas Pengendalian Penduduk dan Keluarga Berencana",
            "en": "Population Control and Family Planning Office",
        },
        "head_name": "Sarah Kailuhu, S.KM., M.Kes.",
        "head_title": {"id": "Kepala Dinas", "en": "Head of Office"},
        "address": "Jl. Baru No. 17, Kel. Silale, Kec. Nusaniwe, Kota Ambon 97118",
        "phone": "(0911) 347 754",
        "email": "dppkb@ambon.go.id",
        "description": {
            "id": (
                "<p>Dinas Pengendalian Penduduk dan Keluarga Berencana melayani program keluarga berencana melalui "
                "penyuluh KB dan fasilitas kesehatan, serta membina Kampung Keluarga Berkualitas di kelurahan, "
                "negeri dan desa.</p><p>Dinas ini menjadi penggerak <strong>Tim Pendamping Keluarga</strong> yang "
                "mendampingi calon pengantin, ibu hamil dan keluarga dengan balita dalam percepatan penurunan "
                "stunting, serta melaksanakan pendataan keluarga di Kota Ambon.</p>"
            ),
            "en": (
                "<p>The Population Control and Family Planning Office provides family planning services through "
                "family planning counsellors and health facilities, and supports Quality Family Villages in wards "
                "and villages.</p><p>It leads the <strong>Family Assistance Teams</strong> that accompany engaged "
                "couples, pregnant women and families with young children as part of the stunting reduction drive, "
                "and carries out family data collection in Ambon.</p>"
            ),
        },
    },
    {
        "slug": "satpol-pp",
        "code": "1.05.0.00.0.00.01.0000",
        "short_name": "Satpol PP",
        "unit_type": "satuan",
        "title": {"id": "Satuan Polisi Pamong Praja", "en": "Municipal Civil Service Police Unit"},
        "head_name": "Frans Nanlohy, S.STP., M.Si.",
        "head_title": {"id": "Kepala Satuan", "en": "Head of Unit"},
        "address": "Jl. Dr. Sitanala, Kel. Wainitu, Kec. Nusaniwe, Kota Ambon 97115",
        "phone": "(0911) 351 622",
        "email": "satpolpp@ambon.go.id",
        "description": {
            "id": (
                "<p>Satuan Polisi Pamong Praja menegakkan Peraturan Daerah dan Peraturan Wali Kota Ambon serta "
                "menjaga ketertiban umum dan ketenteraman masyarakat, antara lain penataan pedagang kaki lima di "
                "sekitar <strong>Pasar Mardika</strong>, penertiban reklame liar dan pengawasan jam buang "
                "sampah.</p><p>Satpol PP mengutamakan pendekatan persuasif dan humanis, melakukan patroli rutin, "
                "mengamankan kegiatan pemerintah, serta membina Satuan Perlindungan Masyarakat (Linmas) di "
                "kelurahan, negeri dan desa.</p>"
            ),
            "en": (
                "<p>The Municipal Civil Service Police Unit enforces Ambon's regional and mayoral regulations and "
                "keeps public order, for example by organising street vendors around <strong>Mardika "
                "Market</strong>, removing illegal billboards and enforcing waste disposal hours.</p><p>It favours "
                "persuasion over force, carries out regular patrols, secures government events and trains the "
                "community protection volunteers (Linmas) in wards and villages.</p>"
            ),
        },
    },
    {
        "slug": "kecamatan-nusaniwe",
        "code": "7.01.0.00.0.00.01.0000",
        "short_name": "Kec. Nusaniwe",
        "unit_type": "kecamatan",
        "title": {"id": "Kecamatan Nusaniwe", "en": "Nusaniwe District"},
        "head_name": "Jeffry Manuputty, S.STP., M.Si.",
        "head_title": {"id": "Camat", "en": "District Head"},
        "address": "Jl. Nn. Saar Sopacua No. 2, Kel. Benteng, Kec. Nusaniwe, Kota Ambon 97117",
        "phone": "(0911) 342 905",
        "email": "nusaniwe@ambon.go.id",
        "description": {
            "id": (
                "<p>Kecamatan Nusaniwe meliputi bagian barat daya Kota Ambon, dari kawasan kota lama hingga pesisir "
                "Latuhalat. Wilayahnya terdiri atas 13 kelurahan dan negeri: Kelurahan Benteng, Wainitu, Kudamati, "
                "Nusaniwe, Mangga Dua, Urimessing, Waihaong dan Silale, serta Negeri Amahusu, Nusaniwe, Latuhalat, "
                "Seilale dan Urimessing.</p><p>Kantor camat memberikan <strong>Pelayanan Administrasi Terpadu "
                "Kecamatan (PATEN)</strong>, seperti surat keterangan dan rekomendasi, mengoordinasikan lurah dan "
                "raja negeri, serta memimpin Musrenbang kecamatan.</p>"
            ),
            "en": (
                "<p>Nusaniwe District covers the south-west of Ambon, from the old town to the Latuhalat coast. It "
                "comprises 13 wards and customary villages: the wards (kelurahan) of Benteng, Wainitu, Kudamati, "
                "Nusaniwe, Mangga Dua, Urimessing, Waihaong and Silale, and the negeri of Amahusu, Nusaniwe, "
                "Latuhalat, Seilale and Urimessing.</p><p>The district office provides <strong>integrated district "
                "administrative services (PATEN)</strong> such as certificates and recommendation letters, "
                "coordinates ward heads and village rajas, and leads the district development consultation "
                "(Musrenbang).</p>"
            ),
        },
    },
    {
        "slug": "kecamatan-sirimau",
        "code": "7.01.0.00.0.00.02.0000",
        "short_name": "Kec. Sirimau",
        "unit_type": "kecamatan",
        "title": {"id": "Kecamatan Sirimau", "en": "Sirimau District"},
        "head_name": "Rusdi Tualeka, S.Sos.",
        "head_title": {"id": "Camat", "en": "District Head"},
        "address": "Jl. Jenderal Sudirman, Negeri Batu Merah, Kec. Sirimau, Kota Ambon 97128",
        "phone": "(0911) 355 740",
        "email": "sirimau@ambon.go.id",
        "description": {
            "id": (
                "<p>Kecamatan Sirimau adalah pusat pemerintahan dan perdagangan Kota Ambon sekaligus kecamatan "
                "terpadat. Wilayahnya meliputi Kelurahan Waihoka, Karang Panjang, Batu Meja, Batu Gajah, Ahusen, "
                "Honipopu, Uritetu, Rijali, Amantelu dan Pandan Kasturi, serta Negeri Batu Merah, Soya, Hative Kecil"
                " dan Galala.</p><p>Selain layanan <strong>PATEN</strong> dan koordinasi lurah dan raja negeri, "
                "kantor camat bekerja bersama warga menangani persoalan khas kawasan padat, seperti kebersihan "
                "lingkungan, ketertiban pasar dan kesiapsiagaan banjir di sepanjang sungai Batu Merah.</p>"
            ),
            "en": (
                "<p>Sirimau District is the administrative and commercial heart of Ambon and its most densely "
                "populated district. It includes the wards of Waihoka, Karang Panjang, Batu Meja, Batu Gajah, "
                "Ahusen, Honipopu, Uritetu, Rijali, Amantelu and Pandan Kasturi, and the negeri of Batu Merah, Soya,"
                " Hative Kecil and Galala.</p><p>Besides <strong>PATEN</strong> services and the coordination of "
                "ward heads and village rajas, the district office works with residents on issues typical of dense "
                "areas, such as neighbourhood cleanliness, market order and flood preparedness along the Batu Merah "
                "river.</p>"
            ),
        },
    },
    {
        "slug": "kecamatan-teluk-ambon",
        "code": "7.01.0.00.0.00.03.0000",
        "short_name": "Kec. Teluk Ambon",
        "unit_type": "kecamatan",
        "title": {"id": "Kecamatan Teluk Ambon", "en": "Teluk Ambon District"},
        "head_name": "Hengky Pentury, S.IP., M.Si.",
        "head_title": {"id": "Camat", "en": "District Head"},
        "address": "Jl. Ir. M. Putuhena, Desa Wayame, Kec. Teluk Ambon, Kota Ambon 97234",
        "phone": "(0911) 361 208",
        "email": "telukambon@ambon.go.id",
        "description": {
            "id": (
                "<p>Kecamatan Teluk Ambon terletak di pesisir utara Teluk Ambon dan menjadi lokasi Bandara "
                "Pattimura, kampus-kampus di Poka serta ujung utara Jembatan Merah Putih. Wilayahnya meliputi "
                "Kelurahan Tihu, Negeri Hative Besar, Laha dan Tawiri, serta Desa Wayame, Rumah Tiga, Poka dan "
                "Hunuth/Durian Patah.</p><p>Kantor camat melayani <strong>PATEN</strong>, mengoordinasikan "
                "pemerintahan kelurahan, negeri dan desa, serta mendampingi pengelolaan dana desa dan pembangunan di"
                " kawasan yang berkembang pesat ini.</p>"
            ),
            "en": (
                "<p>Teluk Ambon District lies on the northern shore of Ambon Bay and is home to Pattimura Airport, "
                "the university campuses in Poka and the northern end of the Merah Putih Bridge. It includes the "
                "ward of Tihu, the negeri of Hative Besar, Laha and Tawiri, and the villages of Wayame, Rumah Tiga, "
                "Poka and Hunuth/Durian Patah.</p><p>The district office provides <strong>PATEN</strong> services, "
                "coordinates ward, negeri and village administrations, and supports the management of village funds "
                "and development in this fast-growing area.</p>"
            ),
        },
    },
    {
        "slug": "kecamatan-teluk-ambon-baguala",
        "code": "7.01.0.00.0.00.04.0000",
        "short_name": "Kec. Teluk Ambon Baguala",
        "unit_type": "kecamatan",
        "title": {"id": "Kecamatan Teluk Ambon Baguala", "en": "Teluk Ambon Baguala District"},
        "head_name": "Nicolaas Wenno, S.Sos., M.Si.",
        "head_title": {"id": "Camat", "en": "District Head"},
        "address": "Jl. Raya Pattimura No. 1, Negeri Passo, Kec. Teluk Ambon Baguala, Kota Ambon 97232",
        "phone": "(0911) 362 019",
        "email": "baguala@ambon.go.id",
        "description": {
            "id": (
                "<p>Kecamatan Teluk Ambon Baguala berada di tanah genting antara Teluk Ambon Dalam dan Teluk "
                "Baguala, dengan Passo sebagai simpul transportasi menuju Maluku Tengah. Wilayahnya meliputi "
                "Kelurahan Lateri serta Negeri dan Desa Passo, Halong, Latta, Nania, Negeri Lama dan "
                "Waiheru.</p><p>Kantor camat memberikan layanan <strong>PATEN</strong>, mengoordinasikan lurah, raja"
                " negeri dan kepala desa, serta bersama warga menjaga kawasan pesisir dan mangrove di Teluk Ambon "
                "Dalam.</p>"
            ),
            "en": (
                "<p>Teluk Ambon Baguala District sits on the isthmus between Inner Ambon Bay and Baguala Bay, with "
                "Passo as the transport hub towards Central Maluku. It includes the ward of Lateri and the negeri "
                "and villages of Passo, Halong, Latta, Nania, Negeri Lama and Waiheru.</p><p>The district office "
                "provides <strong>PATEN</strong> services, coordinates ward heads, village rajas and village heads, "
                "and works with residents to protect the coast and mangroves of Inner Ambon Bay.</p>"
            ),
        },
    },
    {
        "slug": "kecamatan-leitimur-selatan",
        "code": "7.01.0.00.0.00.05.0000",
        "short_name": "Kec. Leitimur Selatan",
        "unit_type": "kecamatan",
        "title": {"id": "Kecamatan Leitimur Selatan", "en": "Leitimur Selatan District"},
        "head_name": "Corneles Hitijahubessy, S.STP.",
        "head_title": {"id": "Camat", "en": "District Head"},
        "address": "Jl. Raya Ema, Negeri Ema, Kec. Leitimur Selatan, Kota Ambon 97237",
        "phone": "(0911) 363 115",
        "email": "leitimurselatan@ambon.go.id",
        "description": {
            "id": (
                "<p>Kecamatan Leitimur Selatan mencakup pesisir selatan dan pegunungan Jazirah Leitimur yang masih "
                "kuat adatnya. Wilayahnya terdiri atas delapan negeri: Hutumuri, Rutong, Leahari, Hukurila, Ema, "
                "Naku, Kilang dan Hatalai. TPA Toisapu, tempat pemrosesan akhir sampah kota, berada di wilayah "
                "ini.</p><p>Kantor camat memberikan layanan <strong>PATEN</strong> agar warga tidak perlu turun ke "
                "pusat kota untuk urusan administrasi, mengoordinasikan raja dan saniri negeri, serta mendorong "
                "pertanian, pariwisata pantai dan akses jalan yang lebih baik bagi negeri-negeri di wilayah ini.</p>"
            ),
            "en": (
                "<p>Leitimur Selatan District covers the southern coast and uplands of the Leitimur peninsula, where"
                " customary traditions remain strong. It consists of eight negeri: Hutumuri, Rutong, Leahari, "
                "Hukurila, Ema, Naku, Kilang and Hatalai. The Toisapu landfill, the city's final waste disposal "
                "site, is located here.</p><p>The district office provides <strong>PATEN</strong> services so that "
                "residents need not travel to the city centre for paperwork, coordinates the village rajas and "
                "customary councils (saniri), and promotes farming, beach tourism and better road access for the "
                "villages of the area.</p>"
            ),
        },
    },
]
