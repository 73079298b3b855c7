"""The demo forum: the seed articles' themes as boards, residents' questions, units' official answers, and a
few flagged posts waiting in the moderation queue. Built through the services, so it obeys the same rules, but
without emails: the demo is written as if it had happened over past weeks."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from demo.pages import child_page, translate_page
from feedback.forum import services
from feedback.models import Board, FlagReason, ForumPage, Post, Thread
from home.models import HomePage
from reports.models import UnitIndexPage, UnitPage

BOARDS = [
    # slug, unit slug, (name id, name en), (description id, description en)
    (
        "layanan-publik",
        None,
        ("Layanan publik", "Public services"),
        (
            "Pertanyaan dan saran tentang layanan Pemerintah Kota Ambon: perizinan, kependudukan, pengaduan.",
            "Questions and suggestions about the city's services: permits, civil registration, complaints.",
        ),
    ),
    (
        "kesehatan",
        "dinas-kesehatan",
        ("Kesehatan", "Health"),
        (
            "Puskesmas, imunisasi, stunting dan layanan kesehatan lain. Dinas Kesehatan menjawab secara resmi.",
            "Health centres, immunisation, stunting and other health services, answered by the Health Office.",
        ),
    ),
    (
        "pendidikan",
        "dinas-pendidikan-dan-kebudayaan",
        ("Pendidikan", "Education"),
        (
            "Sekolah, penerimaan murid baru, beasiswa dan kebudayaan.",
            "Schools, admissions, scholarships and culture.",
        ),
    ),
    (
        "lingkungan",
        "dinas-lingkungan-hidup-dan-persampahan",
        ("Lingkungan dan persampahan", "Environment and waste"),
        (
            "Pengangkutan sampah, kebersihan sungai dan pantai, ruang terbuka hijau.",
            "Waste collection, clean rivers and beaches, green spaces.",
        ),
    ),
    (
        "kinerja-asn",
        "bkpsdm",
        ("Kinerja ASN", "Civil service performance"),
        (
            "Forum warga dan aparatur sipil negara tentang kinerja dan pelayanan ASN, seperti diusulkan dalam "
            "artikel akuntabilitas kinerja.",
            "Residents and civil servants discuss how the civil service performs, as the accountability articles "
            "propose.",
        ),
    ),
]

# board, author, title, body, tags, days ago, replies [(author, body, official)], answer index or None
THREADS = [
    (
        "lingkungan",
        "warga.maria",
        "Sampah menumpuk di TPS Jalan Sultan Babullah",
        "Sudah dua minggu sampah di TPS dekat pasar tidak diangkut. Baunya sampai ke rumah warga. "
        "Kapan jadwal pengangkutan di Kelurahan Rijali?",
        ("sampah", "sirimau"),
        40,
        [
            ("warga.yosef", "Di Batu Merah juga sama, truk hanya datang seminggu sekali.", False),
            (
                "petugas.dlhp",
                "Terima kasih atas laporannya. Mulai Senin truk DLHP mengangkut sampah di TPS Jalan Sultan Babullah "
                "setiap dua hari, pukul 06.00 WIT. Mohon warga membuang sampah sebelum jam tersebut.",
                True,
            ),
            ("warga.maria", "Sudah diangkut pagi ini. Terima kasih DLHP!", False),
        ],
        1,
    ),
    (
        "lingkungan",
        "warga.nona",
        "Sungai Batu Gajah berbusa setelah hujan",
        "Setelah hujan kemarin air Sungai Batu Gajah berbusa dan berbau. Apakah sudah ada pemeriksaan kualitas air?",
        ("sungai", "pencemaran"),
        6,
        [("warga.yosef", "Saya lihat juga, busanya sampai ke muara.", False)],
        None,
    ),
    (
        "kesehatan",
        "warga.yosef",
        "Jadwal imunisasi di Puskesmas Waihaong",
        "Kapan jadwal imunisasi campak-rubela untuk balita di Puskesmas Waihaong bulan ini?",
        ("imunisasi", "puskesmas"),
        25,
        [
            (
                "petugas.dinkes",
                "Imunisasi MR di Puskesmas Waihaong setiap Selasa dan Kamis pukul 08.00–12.00 WIT. "
                "Bawa buku KIA anak Anda.",
                True,
            )
        ],
        0,
    ),
    (
        "kesehatan",
        "warga.nona",
        "Antrean BPJS di puskesmas terlalu lama",
        "Pagi ini saya antre tiga jam untuk berobat dengan BPJS. Apakah ada sistem antrean daring?",
        ("puskesmas", "antrean"),
        3,
        [],
        None,
    ),
    (
        "pendidikan",
        "warga.maria",
        "Zonasi penerimaan murid baru SMP",
        "Bagaimana cara mengetahui sekolah mana yang masuk zona rumah kami di Nusaniwe?",
        ("sekolah", "nusaniwe"),
        12,
        [("warga.nona", "Biasanya diumumkan di situs dinas menjelang pendaftaran.", False)],
        None,
    ),
    (
        "kinerja-asn",
        "warga.yosef",
        "Bagaimana warga bisa menilai pelayanan ASN?",
        "Dalam laporan kinerja ada indeks sistem merit. Apakah warga bisa ikut menilai pelayanan pegawai di loket?",
        ("asn", "kinerja"),
        30,
        [("warga.maria", "Setuju, penilaian warga penting untuk akuntabilitas.", False)],
        None,
    ),
    (
        "layanan-publik",
        "warga.nona",
        "Mengurus akta kelahiran tanpa calo",
        "Berapa lama membuat akta kelahiran di Disdukcapil, dan apakah benar gratis?",
        ("kependudukan",),
        15,
        [("warga.maria", "Gratis. Punya saya selesai dalam tiga hari kerja.", False)],
        0,
    ),
    (
        "layanan-publik",
        "warga.yosef",
        "Air bersih tidak mengalir di Kudamati",
        "Sudah lima hari air PDAM tidak mengalir di Kudamati. Warga terpaksa membeli air bersih dari mobil tangki. "
        "Ke mana kami harus melapor supaya ditangani?",
        ("air-bersih", "nusaniwe"),
        4,
        [("warga.nona", "Di Benteng juga mati sejak Senin. Katanya ada pipa yang pecah.", False)],
        None,
    ),
    (
        "pendidikan",
        "warga.nona",
        "Beasiswa untuk mahasiswa dari keluarga kurang mampu",
        "Adik saya baru lulus SMA dan diterima di Universitas Pattimura. Apakah Pemerintah Kota Ambon masih membuka "
        "beasiswa untuk mahasiswa dari keluarga kurang mampu, dan kapan pendaftarannya?",
        ("beasiswa",),
        9,
        [("warga.maria", "Tahun lalu pengumumannya lewat kantor kecamatan sekitar bulan Agustus.", False)],
        None,
    ),
]

SPAM_BODY = "PROMO!!! Obat pelangsing murah, hubungi WA 0812-0000-0000 sekarang juga."
PERSONAL_DATA_BODY = "Petugas loketnya Bapak R., rumahnya di Jl. Anthony Rhebok No. 12, nomor HP 0813-1111-2222."


def build_forum(home: HomePage, index: UnitIndexPage, users: dict) -> ForumPage:
    """The forum page in both languages, its boards, threads and a moderation queue; skipped when present."""
    page = _forum_page(home)
    units = {unit.slug: unit for unit in UnitPage.objects.child_of(index)}
    boards = {
        slug: Board.objects.get_or_create(
            slug=slug,
            defaults={
                "name": names[0],
                "name_en": names[1],
                "description": descriptions[0],
                "description_en": descriptions[1],
                "unit": units.get(unit_slug),
                "sort_order": position,
            },
        )[0]
        for position, (slug, unit_slug, names, descriptions) in enumerate(BOARDS)
    }
    if Thread.objects.exists():
        return page
    with transaction.atomic():
        for board, author, title, body, tags, days_ago, replies, answer in THREADS:
            _thread(boards[board], users, author, title, body, tags, days_ago, replies, answer)
        _moderation_queue(boards, users)
    return page


def _forum_page(home: HomePage) -> ForumPage:
    page, _created = child_page(
        home,
        ForumPage,
        slug="forum",
        title="Forum Warga",
        show_in_menus=True,
        intro=(
            "Tempat warga dan aparatur sipil negara Kota Ambon berdiskusi. Pertanyaan yang ditujukan ke perangkat "
            "daerah dijawab secara resmi oleh petugasnya."
        ),
        rules=(
            "Gunakan bahasa yang santun dan tetap pada topik. Jangan menulis data pribadi orang lain (nama lengkap, "
            "alamat, nomor telepon, NIK). Untuk keluhan tentang layanan yang perlu ditindaklanjuti, gunakan menu "
            "Pengaduan. Moderator Diskominfo dapat menyembunyikan kiriman yang melanggar aturan ini."
        ),
    )
    translate_page(
        page,
        title="Residents' Forum",
        intro=(
            "Where residents and civil servants of Ambon discuss. Questions addressed to a unit are answered "
            "officially by its staff."
        ),
        rules=(
            "Be polite and stay on topic. Do not write other people's personal data (full name, address, phone, ID "
            "number). For a complaint that needs action, use Complaints. Diskominfo's moderators can hide posts "
            "that break these rules."
        ),
    )
    return page


def _thread(board, users, author, title, body, tags, days_ago, replies, answer) -> Thread:
    opened = timezone.now() - timedelta(days=days_ago, hours=3)
    thread = services.thread_create(board=board, author=users[author], title=title, body=body, tags=tags)
    posts = [
        services.post_reply(thread=thread, author=users[writer], body=text, official=official, notify=False)
        for writer, text, official in replies
    ]
    _backdate(thread, opened, posts)
    if answer is not None:
        services.thread_mark_answer(thread=thread, post=posts[answer], by=users[author])
    return thread


def _backdate(thread: Thread, opened, posts: list[Post]) -> None:
    """Spread the thread over its days as if it had been written then (the services stamp everything now)."""
    Post.objects.filter(thread=thread, is_opening=True).update(created_at=opened)
    moment = opened
    answered = None
    for post in posts:
        moment += timedelta(hours=20)
        Post.objects.filter(pk=post.pk).update(created_at=moment)
        if post.is_official and answered is None:
            answered = moment
    Thread.objects.filter(pk=thread.pk).update(
        created_at=opened, last_activity_at=moment, official_answered_at=answered
    )


def _moderation_queue(boards, users) -> None:
    """A spam reply hidden by three flags, and a reply with someone's personal data flagged once."""
    waste = Thread.objects.get(title__startswith="Sampah menumpuk")
    spam = services.post_reply(thread=waste, author=users["warga.promo"], body=SPAM_BODY, notify=False)
    for flagger in ("warga.maria", "warga.yosef", "warga.nona"):
        services.post_flag(post=spam, by=users[flagger], reason=FlagReason.SPAM)
    queue = Thread.objects.get(title__startswith="Antrean BPJS")
    personal = services.post_reply(thread=queue, author=users["warga.yosef"], body=PERSONAL_DATA_BODY, notify=False)
    services.post_flag(post=personal, by=users["warga.nona"], reason=FlagReason.PERSONAL_DATA, note="Ada nomor HP")
