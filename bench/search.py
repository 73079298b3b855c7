"""How long residents wait for /cari/ with 10,000 and 100,000 search documents, on SQLite and on PostgreSQL.

Loads synthetic Indonesian documents (complaints, forum threads, indicators, reports, pages, units) into a
throwaway database, indexes them through Wagtail's search backend, then times what the search page asks of the
database through `search.selectors.Search`, and what indexing one new public complaint costs. It prints figures
and never asserts: see bench/README.md.

    .venv/bin/python bench/search.py [--sizes 10000,100000] [--databases sqlite,postgresql] [--runs 50]
                                     [--budget 60] [--timeout 60] [--keep]
"""

import argparse
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from common import ROOT, percentile

# This file is bench/search.py, and Python puts bench/ first on the path: the search app must come before it.
sys.path.insert(0, str(ROOT))

PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_DATABASE = "portal_bench_search"
CHUNK = 1000  # documents per bulk_create and per add_bulk
PER_PAGE = 20  # search.views.PER_PAGE
WARMUP = 3
COMPLAINT_RUNS = 20
LANGUAGE = "id"
RARE_WORD = "abrasi"  # in 5 Indonesian documents (and their English copies) whatever the size
QUERIES = [("rare", RARE_WORD), ("common", "jalan"), ("two words", "jalan rusak")]
FILTERED = {"kind": "complaint", "year": 2025}
NO_FILTERS = {"kind": None, "unit_key": None, "year": None, "tag": None}


def listed(text: str) -> list[str]:
    """The items of a |-separated list written over several lines."""
    return [item.strip() for item in text.split("|")]


# The vocabulary: Ambon's districts, places and units, and what residents and units write about.
KELURAHAN = listed("""Batu Merah|Waihaong|Benteng|Honipopu|Passo|Lateri|Poka|Rumah Tiga|Hutumuri|Amahusu|Latuhalat|
Kudamati|Karang Panjang|Batu Gajah|Ahusen|Uritetu|Silale|Mardika|Galala|Halong|Waiheru|Nania|Hative Kecil|Tantui|
Wainitu|Soya|Urimessing|Kilang|Naku|Hukurila|Ema|Rutong|Leahari|Tawiri|Laha|Hative Besar|Negeri Lama|Wayame|Hunuth|
Kayu Putih""")
KECAMATAN = ["Sirimau", "Nusaniwe", "Baguala", "Teluk Ambon", "Leitimur Selatan"]
STREETS = listed("""Jl. Sultan Hairun|Jl. Dr. Kayadoe|Jl. A.Y. Patty|Jl. Diponegoro|Jl. Said Perintah|Jl. Pattimura|
Jl. Wolter Monginsidi|Jl. Jenderal Sudirman|Jl. Rijali|Jl. Kapitan Ulupaha|Jl. Tulukabessy|Jl. Philip Latumahina|
Jl. Dr. Malaihollo|Jl. Sam Ratulangi|Jl. Anthoni Rhebok|Jl. Ay Patty|Jl. Baru|Jl. Cendrawasih""")
UNITS = listed("""Dinas Pekerjaan Umum dan Penataan Ruang|Dinas Kesehatan|Dinas Pendidikan dan Kebudayaan|
Dinas Lingkungan Hidup dan Persampahan|Dinas Perhubungan|Dinas Kependudukan dan Pencatatan Sipil|
Dinas Perumahan dan Kawasan Permukiman|Dinas Pariwisata|Dinas Sosial|Badan Pengelola Pajak dan Retribusi Daerah|
Badan Perencanaan Pembangunan Daerah|Satuan Polisi Pamong Praja|Badan Penanggulangan Bencana Daerah|
Dinas Perindustrian dan Perdagangan|Dinas Koperasi dan Usaha Kecil Menengah|Dinas Komunikasi Informatika dan Persandian|
Dinas Ketahanan Pangan|Dinas Perikanan|Dinas Tenaga Kerja|Dinas Pemuda dan Olahraga|RSUD dr. M. Haulussy|
Inspektorat Kota Ambon|Sekretariat Daerah|Kecamatan Sirimau|Kecamatan Nusaniwe|Kecamatan Baguala|
Kecamatan Teluk Ambon|Kecamatan Leitimur Selatan""")
UNIT_KEYS = [uuid.UUID(int=random.Random(n).getrandbits(128), version=4) for n in range(len(UNITS))]  # noqa: S311
TAGS = listed("sampah|jalan|air-bersih|banjir|lampu-jalan|pelayanan|kesehatan|pendidikan|pasar|transportasi|parkir|ktp")
TAGS += ["pajak", "pariwisata", "lingkungan"]
YEARS = [2022, 2023, 2024, 2024, 2025, 2025, 2025, 2026, 2026]  # recent years hold more

# Complaint topics: titles, then sentences; {kel}, {street}, {n} are filled in.
TOPICS = [
    (
        "Sampah menumpuk di TPS {kel}|Sampah tidak diangkut sejak {n} hari|Truk sampah tidak datang ke {kel}|"
        "Tumpukan sampah di depan Pasar {kel}",
        "TPS di {kel} sudah penuh dan sampah meluber ke jalan.|Petugas kebersihan tidak datang sesuai jadwal.|"
        "Bau busuk tercium sampai ke sekolah dan rumah ibadah.|Lalat dan tikus berkeliaran di sekitar tumpukan.|"
        "Warga terpaksa membuang sampah ke kali karena tidak ada bak sampah.|Mohon sampah segera diangkut.",
    ),
    (
        "Jalan rusak di {kel}|Jalan berlubang di {street}|Aspal mengelupas di {street}|Jalan longsor di {kel}",
        "Lubang di {street} sepanjang {n} meter makin besar.|Aspal mengelupas setelah hujan deras.|"
        "Motor sering jatuh kalau malam karena tidak ada tanda.|Jalan rusak ini dilalui angkot dan anak sekolah.|"
        "Sudah dilaporkan ke kelurahan tetapi belum ada perbaikan.|Talud di pinggir jalan retak dan mulai runtuh.",
    ),
    (
        "Air PDAM tidak mengalir di {kel}|Air bersih keruh dan berbau di {kel}|Pipa air bocor di {street}",
        "Sudah {n} hari air tidak mengalir ke rumah warga.|Warga membeli air dari mobil tangki dengan harga mahal.|"
        "Air yang keluar keruh kecokelatan dan berbau.|Pipa bocor dan air bersih terbuang percuma.|"
        "Sumur warga di {kel} mulai kering.|Jadwal giliran air tidak pernah diumumkan.",
    ),
    (
        "Lampu jalan mati di {street}|Penerangan jalan umum padam di {kel}|Tiang lampu miring di {street}",
        "Sebanyak {n} lampu jalan mati sejak bulan lalu.|Malam hari sangat gelap dan rawan pencurian.|"
        "Kabel lampu terjuntai dan membahayakan pejalan kaki.|Lampu menyala siang hari tetapi mati pada malam hari.",
    ),
    (
        "Selokan tersumbat di {kel}|Banjir setiap hujan di {kel}|Drainase meluap di {street}|Gorong-gorong ambruk",
        "Selokan tersumbat sampah dan lumpur sehingga air meluap ke rumah warga.|"
        "Setiap hujan deras genangan setinggi lutut bertahan berhari-hari.|"
        "Gorong-gorong di {street} ambruk dan perlu diganti.|Saluran drainase tidak pernah dibersihkan.|"
        "Kali di {kel} dangkal karena sedimen.",
    ),
    (
        "Antrean panjang di kantor Dukcapil|Pengurusan KTP elektronik lambat|Pelayanan puskesmas {kel} kurang ramah|"
        "Parkir liar di depan Pasar Mardika|Pedagang berjualan di trotoar {street}",
        "Sudah {n} kali datang tetapi blanko belum tersedia.|Petugas meminta biaya tambahan tanpa kuitansi.|"
        "Ruang tunggu penuh dan tidak ada nomor antrean.|Kendaraan parkir di bahu jalan sehingga macet setiap sore.|"
        "Obat di apotek puskesmas sering kosong.|Pedagang menutup trotoar dan pembeli berjalan di badan jalan.",
    ),
]
TOPICS = [(listed(titles), listed(pool)) for titles, pool in TOPICS]
TOPIC_WEIGHTS = [24, 12, 18, 8, 18, 20]
CLOSINGS = listed("""Mohon segera ditindaklanjuti.|Terima kasih atas perhatiannya.|Laporan warga RT {n} RW 0{d}.|
Kejadian ini sudah berlangsung sejak {n} minggu.|Mohon petugas turun ke lapangan.""")
FORUM = listed("""Saya juga mengalami hal yang sama di {kel}.|Sudah ada tanggapan dari dinas terkait?|
Terima kasih infonya, sangat membantu.|Tanggapan resmi: laporan sudah diteruskan ke {unit} untuk ditindaklanjuti.|
Mungkin bisa dibahas dalam musrenbang kelurahan.|Warga sudah kerja bakti tetapi masalahnya belum selesai.|
Apakah ada nomor pengaduan yang bisa dihubungi?|Minggu lalu petugas sudah datang mengecek.""")
INDICATORS = [
    ("Persentase panjang jalan kota dalam kondisi mantap", "Meningkatnya kualitas infrastruktur kota"),
    ("Persentase rumah tangga dengan akses air minum layak", "Meningkatnya akses air bersih"),
    ("Persentase sampah yang tertangani", "Meningkatnya kualitas lingkungan hidup"),
    ("Indeks kepuasan masyarakat terhadap pelayanan publik", "Meningkatnya kualitas pelayanan publik"),
    ("Persentase penduduk yang memiliki KTP elektronik", "Tertib administrasi kependudukan"),
    ("Angka kematian ibu per 100.000 kelahiran hidup", "Meningkatnya derajat kesehatan masyarakat"),
    ("Cakupan imunisasi dasar lengkap", "Meningkatnya derajat kesehatan masyarakat"),
    ("Angka partisipasi murni sekolah dasar", "Meningkatnya akses pendidikan dasar"),
    ("Persentase luas kawasan kumuh yang tertangani", "Meningkatnya kualitas permukiman"),
    ("Persentase titik penerangan jalan umum yang menyala", "Meningkatnya keselamatan lalu lintas"),
    ("Persentase saluran drainase dalam kondisi baik", "Berkurangnya genangan dan banjir"),
    ("Jumlah kunjungan wisatawan", "Meningkatnya kontribusi sektor pariwisata"),
    ("Persentase realisasi pendapatan asli daerah", "Meningkatnya kemandirian keuangan daerah"),
    ("Persentase pengaduan yang diselesaikan tepat waktu", "Meningkatnya kualitas pelayanan publik"),
    ("Tingkat pengangguran terbuka", "Meningkatnya kesempatan kerja"),
    ("Persentase usaha mikro yang naik kelas", "Meningkatnya daya saing usaha mikro"),
]
ANALYSIS = listed("""Capaian di bawah target karena keterbatasan anggaran dan cuaca ekstrem.|
Realisasi melampaui target berkat kerja sama dengan kecamatan dan negeri.|Data bersumber dari laporan bulanan unit.|
Kendala utama adalah keterlambatan pengadaan barang dan jasa.|Program dilanjutkan pada tahun berikutnya.|
Pemeliharaan rutin dilakukan oleh tim teknis setiap triwulan.|Sebagian kegiatan dialihkan untuk penanganan bencana.|
Koordinasi lintas perangkat daerah perlu diperkuat.|Anggaran perubahan dipakai untuk talud dan drainase lingkungan.|
Target tahun depan disesuaikan dengan RPJMD Kota Ambon.|Evaluasi dilakukan bersama Bappeda dan Inspektorat.""")
NEWS = listed("""Pemerintah Kota Ambon meresmikan fasilitas baru di {kel}.|Wali Kota meninjau pekerjaan di {street}.|
Warga diminta membayar retribusi tepat waktu.|Pelatihan diikuti perwakilan dari {n} kelurahan.|
Kegiatan ini didanai anggaran pendapatan dan belanja daerah.|Informasi lebih lanjut dapat diperoleh di kantor {unit}.|
Jadwal pelayanan keliling diumumkan setiap awal bulan.|Pembangunan ditargetkan selesai akhir tahun.""")
KINDS = [("complaint", 22), ("thread", 8), ("indicator", 22), ("report", 7), ("page", 10), ("unit", 1)]  # sources


def sentences(rng: random.Random, pool: list[str], low: int, high: int) -> str:
    chosen = [rng.choice(pool) for _ in range(rng.randint(low, high))]
    return " ".join(fill(rng, sentence) for sentence in chosen)


def fill(rng: random.Random, text: str) -> str:
    return text.format(
        kel=rng.choice(KELURAHAN),
        street=rng.choice(STREETS),
        unit=rng.choice(UNITS),
        n=rng.randint(2, 30),
        d=rng.randint(1, 9),
    )


def source_text(rng: random.Random, kind: str, year: int, unit: str, rare: bool) -> tuple[str, str, list[str]]:
    """Title, body and tags of one source; the rare word goes into a complaint when `rare`."""
    if kind in ("complaint", "thread"):
        titles, pool = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
        title = fill(rng, rng.choice(titles))
        body = sentences(rng, pool, 2, 4) + " " + fill(rng, rng.choice(CLOSINGS))
        if rare:
            body += f" {RARE_WORD.capitalize()} pantai di {fill(rng, '{kel}')} makin parah, talud sudah retak."
        if kind == "complaint":
            return title, body + f" Lokasi: {fill(rng, '{street}, {kel}')}, Kec. {rng.choice(KECAMATAN)}.", []
        posts = [body] + [sentences(rng, FORUM + pool, 1, 3) for _ in range(rng.randint(2, 8))]
        return f"Kapan {title.lower()} ditangani?", "\n".join(posts), rng.sample(TAGS, rng.randint(1, 3))
    if kind == "indicator":
        name, goal = rng.choice(INDICATORS)
        target, real = rng.randint(50, 100), rng.randint(30, 110)
        body = f"Sasaran: {goal}. {unit}, tahun {year}: target {target}, realisasi {real}"
        return name, f"{body}, capaian {real * 100 // target}%. {sentences(rng, ANALYSIS, 1, 3)}", []
    if kind == "report":
        title = f"Laporan Kinerja {unit} Tahun {year}"
        goals = " ".join(f"{name}: capaian {rng.randint(40, 120)}%." for name, _goal in rng.sample(INDICATORS, 6))
        return title, f"{sentences(rng, ANALYSIS, 5, 12)} {goals} {sentences(rng, ANALYSIS, 3, 8)}", []
    if kind == "page":
        return fill(rng, rng.choice(NEWS)).rstrip("."), sentences(rng, NEWS + ANALYSIS, 5, 14), []
    return unit, f"{unit} melayani warga Kota Ambon. " + sentences(rng, NEWS, 3, 6), []


def documents(content_types: dict, rare_marks: list[int]) -> Iterator[dict]:
    """An endless, reproducible stream of SearchDocument fields: complaints and threads come as an Indonesian
    document and its English copy (the same text, another URL), as search.sources makes them."""
    rng = random.Random(2026)  # noqa: S311 (test data, not secrets)
    made, source = 0, 0
    kinds, weights = zip(*KINDS, strict=True)
    while True:
        source += 1
        kind = rng.choices(kinds, weights)[0]
        rare = kind == "complaint" and bool(rare_marks) and made >= rare_marks[0]
        if rare:
            rare_marks.pop(0)
        year = rng.choice(YEARS)
        unit_index = rng.randrange(len(UNITS))
        title, body, tags = source_text(rng, kind, year, UNITS[unit_index], rare)
        day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        for language in ("id", "en") if kind in ("complaint", "thread") else ("id",):
            made += 1
            yield {
                "source_type": content_types[kind],
                "source_id": 10**9 + source,  # far above the real complaints the benchmark files
                "part": "iku-1" if kind == "indicator" else "",
                "language": language,
                "kind": kind,
                "title": title[:300],
                "body": body,
                "url": f"/{language}/{kind}/{source}/",
                "unit_key": UNIT_KEYS[unit_index],
                "year": year,
                "date": day,
                "tags": tags,
            }


class Corpus:
    """The documents in the database: topped up size after size, indexed chunk by chunk."""

    def __init__(self, smallest: int):
        from django.contrib.contenttypes.models import ContentType

        from feedback.models import Complaint, Thread
        from home.models import StandardPage
        from reports.models import PerformanceReportPage, UnitPage

        models = {"complaint": Complaint, "thread": Thread, "indicator": PerformanceReportPage}
        models |= {"report": PerformanceReportPage, "page": StandardPage, "unit": UnitPage}
        content_types = {kind: ContentType.objects.get_for_model(model) for kind, model in models.items()}
        self.stream = documents(content_types, [smallest * share // 10 for share in (1, 3, 5, 7, 9)])
        self.count = 0

    def top_up(self, size: int) -> tuple[float, float]:
        """Adds documents until there are `size`; returns the seconds spent saving rows and indexing them."""
        from django.db import transaction
        from wagtail.search.backends import get_search_backend

        from search.models import SearchDocument, SearchDocumentTag

        backend, saving, indexing = get_search_backend(), 0.0, 0.0
        while self.count < size:
            fields = [next(self.stream) for _ in range(min(CHUNK, size - self.count))]
            with transaction.atomic():
                started = time.perf_counter()
                rows = SearchDocument.objects.bulk_create(
                    [SearchDocument(**{**row, "tags": " ".join(row["tags"])}) for row in fields]
                )
                SearchDocumentTag.objects.bulk_create(
                    [
                        SearchDocumentTag(document=doc, tag=tag)
                        for doc, row in zip(rows, fields, strict=True)
                        for tag in row["tags"]
                    ]
                )
                saved = time.perf_counter()
                backend.add_bulk(SearchDocument, rows)
                indexing += time.perf_counter() - saved
                saving += saved - started
            self.count += len(rows)
        return saving, indexing


def settle(vendor: str) -> None:
    """PostgreSQL as autovacuum leaves it after a while: statistics, and the GIN index's pending list merged."""
    from django.db import connection

    if vendor == "postgresql":
        with connection.cursor() as cursor:
            for table in ("search_searchdocument", "search_searchdocumenttag", "wagtailsearch_indexentry"):
                cursor.execute(f"VACUUM ANALYZE {table}")


class TimedOut(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Cancels the database's work after `seconds`: a query that takes minutes is measured as too slow, not waited
    for. SQLite's interrupt() and psycopg's cancel() are both meant to be called from another thread."""
    from django.db import OperationalError, connection

    connection.ensure_connection()
    stop = connection.connection.interrupt if connection.vendor == "sqlite" else connection.connection.cancel
    fired = threading.Event()
    timer = threading.Timer(seconds, lambda: (fired.set(), stop()))
    timer.start()
    try:
        yield
    except OperationalError as error:
        if fired.is_set():
            raise TimedOut from error
        raise
    finally:
        timer.cancel()
        timer.join()  # the cancellation has either been sent or never will be
    if fired.is_set():  # sent as the work ended: it was too slow all the same
        raise TimedOut


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    parts: list[dict[str, float]] = field(default_factory=list)  # the page's parts, for each run
    timed_out: bool = False

    def p(self, share: float, part: str | None = None) -> str:
        if self.timed_out:
            return "timeout"
        figures = sorted(self.seconds if part is None else [parts[part] for parts in self.parts])
        return f"{percentile(figures, share):.1f}"


def timed(work: Callable[[], dict | None], args: argparse.Namespace) -> Sample:
    """Up to --runs runs after up to WARMUP unmeasured ones (one, when it is slow), within --budget seconds unless
    a single run takes longer; a run over --timeout seconds ends the measurement."""
    sample = Sample()
    try:
        for _ in range(WARMUP):
            started = time.perf_counter()
            with time_limit(args.timeout):
                work()
            if time.perf_counter() - started > 1:
                break
        deadline = time.monotonic() + args.budget
        while len(sample.seconds) < args.runs and (not sample.seconds or time.monotonic() < deadline):
            started = time.perf_counter()
            with time_limit(args.timeout):
                parts = work()
            sample.seconds.append(time.perf_counter() - started)
            sample.parts.append(parts or {})
    except TimedOut:
        sample.timed_out = True
    return sample


def search_page(search, *, cached: bool) -> dict[str, float]:
    """What /cari/ asks of the database, as search.views does: the matches with their count and facets, the first 20.

    Not `cached`: the first time anyone makes this search since the index changed (the cache is emptied first).
    """
    from django.core.cache import cache

    from search.selectors import Search

    if not cached:
        cache.clear()
    started = time.perf_counter()
    found, _facet_counts = search.found()
    if found.count() == 0 and len(search.words) > 1:
        found, _facet_counts = Search(**{**vars(search), "any_word": True}).found()
    matched = time.perf_counter()
    found[:PER_PAGE]
    return {"found": matched - started, "first": time.perf_counter() - matched}


def measure_searches(args: argparse.Namespace) -> None:
    from search.models import SearchDocument
    from search.selectors import Search
    from search.text import query_words

    indonesian = SearchDocument.objects.filter(language=LANGUAGE).count()
    print(f"\n{'':<40} {'matching':>14}  {'first search':>15}  {'p50 in parts':>14}  {'search again':>15}")
    print(f"{'query':<26} {'filter':<13} {'docs':>7} {'share':>6}  {'p50':>7} {'p95':>7}", end="")
    print(f"  {'found':>6} {'[:20]':>6}  {'p50':>7} {'p95':>7}  runs")
    for label, text in QUERIES:
        for filter_label, filters in (("-", {}), ("kind + year", FILTERED)):
            search = Search(words=tuple(query_words(text)), language=LANGUAGE, filters=NO_FILTERS | filters)
            try:
                with time_limit(args.timeout):
                    hits = f"{(count := search.results(ranked=False).count()):>7} {count / indonesian:>6.1%}"
            except TimedOut:
                hits = f"{'?':>7} {'':>6}"
            first = timed(lambda search=search: search_page(search, cached=False), args)
            again = timed(lambda search=search: search_page(search, cached=True), args)
            print(f"{label + ' ' + repr(text):<26} {filter_label:<13} {hits}", end="")
            print(f"  {first.p(0.5):>7} {first.p(0.95):>7}", end="")
            print(f"  {first.p(0.5, 'found'):>6} {first.p(0.5, 'first'):>6}", end="")
            print(f"  {again.p(0.5):>7} {again.p(0.95):>7}  {len(first.seconds)}/{len(again.seconds)}", flush=True)


class Desk:
    """What filing and routing a complaint needs: a site with the complaints page, a unit, a category, a verifier."""

    def __init__(self):
        from django.contrib.auth import get_user_model

        from tests.factories import (
            ComplaintCategoryFactory,
            ComplaintsPageFactory,
            UnitIndexPageFactory,
            UnitPageFactory,
            make_site_home,
        )

        home = make_site_home()
        ComplaintsPageFactory(parent=home)
        unit = UnitPageFactory(parent=UnitIndexPageFactory(parent=home, slug="perangkat-daerah"), slug="dinas-pupr")
        self.category = ComplaintCategoryFactory(unit=unit)
        self.verifier = get_user_model().objects.create_user("verifikator", "verifikator@ambon.go.id")
        self.rng = random.Random(6)  # noqa: S311 (test data, not secrets)

    def file(self):
        from feedback.complaints.services import complaint_file
        from feedback.deadlines import local_today
        from feedback.models import Privacy

        titles, pool = self.rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
        return complaint_file(
            category=self.category,
            title=fill(self.rng, self.rng.choice(titles)),
            description=sentences(self.rng, pool, 2, 4),
            place=fill(self.rng, "{street}, {kel}"),
            incident_date=local_today() - timedelta(days=2),
            privacy=Privacy.PUBLIC,
            submission_key=uuid.uuid4().hex,
        ).complaint

    def route(self, complaint):
        from feedback.complaints.services import complaint_route

        return complaint_route(complaint=complaint, by=self.verifier)


def measure_complaints(desk: Desk) -> None:
    """Indexing one new public complaint, and what filing and routing cost with the sync done now or queued."""
    from django.conf import settings
    from django.test import override_settings

    from feedback.models import Complaint
    from search.models import SearchDocument
    from search.services import documents_sync
    from search.signals import paused

    new, again, made = [], [], []
    for _ in range(COMPLAINT_RUNS):
        with paused():  # routing makes it public; the sync is timed on its own below
            complaint = desk.route(desk.file())
        started = time.perf_counter()
        made.append(documents_sync(model=Complaint, pk=complaint.pk))
        synced = time.perf_counter()
        documents_sync(model=Complaint, pk=complaint.pk)
        new.append(synced - started)
        again.append(time.perf_counter() - synced)
    rows = [("documents_sync, new public complaint", new), ("documents_sync, same complaint again", again)]
    for backend in ("immediate", "database"):
        filing, routing = [], []
        with override_settings(
            TASKS={"default": {"BACKEND": settings.TASK_BACKENDS[backend], "QUEUES": settings.TASK_QUEUES}}
        ):
            for _ in range(COMPLAINT_RUNS):
                started = time.perf_counter()
                complaint = desk.file()
                filed = time.perf_counter()
                desk.route(complaint)
                filing.append(filed - started)
                routing.append(time.perf_counter() - filed)
        rows += [(f"complaint_file, TASKS_BACKEND={backend}", filing)]
        rows += [(f"complaint_route, TASKS_BACKEND={backend}", routing)]
    print(f"\n{'one complaint (' + str(COMPLAINT_RUNS) + ' runs, ms)':<48} {'p50':>6} {'p95':>6}", end="")
    print(f"   ({sum(made) / len(made):g} documents each, {SearchDocument.objects.count()} in all)")
    for label, seconds in rows:
        seconds.sort()
        print(f"{label:<48} {percentile(seconds, 0.5):>6.1f} {percentile(seconds, 0.95):>6.1f}", flush=True)


def database_url(database: str, directory: Path) -> str:
    if database == "sqlite":
        return f"sqlite:///{directory / 'search.sqlite3'}"
    return f"{PG_SERVER}/{PG_DATABASE}"


def postgres(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def run(database: str, args: argparse.Namespace) -> None:
    """Everything for one database, in this process: Django is set up for that database only."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("terminated"))  # runs the clean-up below
    load = os.getloadavg()[0]
    directory = Path(tempfile.mkdtemp(prefix="portal-bench-search-"))
    for name in ("ELASTICSEARCH_URL", "REDIS_URL", "TASKS_BACKEND"):
        os.environ.pop(name, None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL=database_url(database, directory),
        MEDIA_ROOT=str(directory / "media"),
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
    )
    if database == "postgresql":
        postgres(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        postgres(f"CREATE DATABASE {PG_DATABASE}")
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection

        settings.DEBUG = False  # as in production: Django would otherwise keep every query's SQL
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        print_environment(database, connection, load, time.perf_counter() - started)
        desk, corpus = Desk(), Corpus(min(args.sizes))
        for size in args.sizes:
            before = corpus.count
            saving, indexing = corpus.top_up(size)
            settle(connection.vendor)
            print(f"\n=== {database}, {size} documents ===")
            added = corpus.count - before
            print(f"added {added}: rows saved in {saving:.1f} s, indexed with add_bulk (chunks of {CHUNK})", end="")
            print(f" in {indexing:.1f} s, {added / indexing:.0f} documents/s", flush=True)
            measure_searches(args)
            measure_complaints(desk)
    finally:
        if args.keep:
            print(f"\nkept {os.environ['DATABASE_URL']}")
        elif database == "postgresql":
            from django.db import connections

            connections.close_all()
            postgres(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        if database == "postgresql" or not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


def print_environment(database: str, connection, load: float, migrating: float) -> None:
    import django
    import wagtail

    print(f"CPUs: {os.cpu_count()}   Python {platform.python_version()}   Django {django.get_version()}", end="")
    print(f"   Wagtail {wagtail.__version__}   load average at start: {load:.2f}")
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_version()" if database == "sqlite" else "SHOW server_version")
        version = cursor.fetchone()[0]
    print(f"database: {database} {version}   migrated in {migrating:.0f} s   settings: portal.settings.dev, DEBUG off")
    print(f"code: {code_version()}")
    print(f"times in ms; p50/p95 over --runs runs after up to {WARMUP} warm-up runs (fewer past --budget seconds);")
    print("'timeout': a run took over --timeout seconds and was cancelled")


def code_version() -> str:
    """The commit measured, and whether search/ differed from it: the figures belong to that code."""

    def git(*args: str) -> str:
        command = ["git", "-C", str(ROOT), *args]
        return subprocess.run(command, capture_output=True, text=True).stdout.strip()  # noqa: S603, S607 (fixed argv)

    changed = git("status", "--porcelain", "search").splitlines()
    return f"commit {git('rev-parse', '--short', 'HEAD') or '?'}" + (
        f" with {len(changed)} changed files in search/" if changed else ""
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="documents, comma-separated (default 10000,100000)")
    parser.add_argument("--databases", default="sqlite,postgresql", help="sqlite and/or postgresql")
    parser.add_argument("--runs", type=int, default=50, help="measured runs per query (default 50)")
    parser.add_argument("--budget", type=float, default=60, help="seconds of measured runs per row (default 60)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a run is cancelled (default 60)")
    parser.add_argument("--keep", action="store_true", help="keep the databases, for EXPLAIN afterwards")
    args = parser.parse_args()
    args.sizes = sorted(int(size) for size in args.sizes.split(","))
    databases = args.databases.split(",")
    if unknown := set(databases) - {"sqlite", "postgresql"}:
        parser.error(f"unknown database {', '.join(unknown)}")
    started = time.monotonic()
    if len(databases) == 1:
        run(databases[0], args)
    else:  # one process per database, since Django is set up for one
        for database in databases:
            command = [sys.executable, __file__, *sys.argv[1:], "--databases", database]
            if subprocess.run(command).returncode != 0:  # noqa: S603 (this script again)
                sys.exit(f"the {database} run failed")
            print()
    print(f"\n{args.databases}: ran for {(time.monotonic() - started) / 60:.1f} minutes")


if __name__ == "__main__":
    main()
