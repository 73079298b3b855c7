"""The complaints' and the forum's open datasets as the catalogue describes them (reports.datasets). Two queries."""

from django.db.models import Max, Min
from django.urls import reverse
from django.utils.timezone import localdate

from feedback.models import Complaint, Thread
from feedback.open_data import COMPLAINT_COLUMNS, FORUM_COLUMNS, SCORECARD_COLUMNS
from reports.datasets import DatasetEntry, download_base, tables_resources


def feedback_datasets() -> list[DatasetEntry]:
    dictionary = reverse("data_dictionary") + "#complaint-data-title"
    listed = Complaint.objects.publicly_listed().aggregate(
        start=Min("submitted_at"), end=Max("submitted_at"), modified=Max("events__created_at")
    )
    threads = Thread.objects.aggregate(start=Min("created_at"), end=Max("created_at"))

    def day(moment):
        return localdate(moment) if moment else None  # the day in Ambon, not in UTC

    def base(name: str) -> str:
        return download_base(f"feedback_data:{name}")

    def entry(name, title, description, keywords, frequency, path, tables, *, span=None) -> DatasetEntry:
        span = span or (day(listed["start"]), day(listed["end"]))
        return DatasetEntry(
            name=name,
            title=title,
            description=description,
            keywords=keywords,
            frequency=frequency,
            start=span[0],
            end=span[1],
            modified=listed["modified"],
            page=dictionary,
            datapackage=f"{path}.datapackage.json",
            resources=tables_resources(path, tables, first_at_base=True),
        )

    forum_span = (day(threads["start"]), day(threads["end"]))
    return [
        entry(
            "pengaduan-warga-kota-ambon",
            "Pengaduan warga Kota Ambon",
            "Pengaduan yang sudah diverifikasi dan terbuka untuk publik: kategori, perangkat daerah yang menangani, "
            "status, kelurahan dan tanggal. Tanpa identitas pelapor; pengaduan rahasia tidak dimuat.",
            ("pengaduan", "SP4N-LAPOR!", "pelayanan publik"),
            "daily",
            base("complaints"),
            [("pengaduan", tuple(COMPLAINT_COLUMNS))],
        ),
        entry(
            "responsivitas-pengaduan-kota-ambon",
            "Responsivitas penanganan pengaduan Kota Ambon",
            "Untuk kota dan setiap perangkat daerah: pengaduan diterima, verifikasi dan penyelesaian tepat waktu, "
            "waktu tanggapan pertama, pengaduan dibuka kembali, penilaian warga dan konfirmasi perbaikan.",
            ("pengaduan", "responsivitas", "kinerja pelayanan"),
            "daily",
            base("scorecards"),
            [("responsivitas", tuple(SCORECARD_COLUMNS))],
        ),
        entry(
            "jawaban-forum-warga-kota-ambon",
            "Jawaban resmi perangkat daerah di Forum Warga Kota Ambon",
            "Untuk kota dan setiap perangkat daerah: topik forum yang ditujukan kepadanya, berapa yang dijawab "
            "resmi dan berapa hari kerja sampai jawaban resmi pertama.",
            ("forum warga", "jawaban resmi", "partisipasi"),
            "daily",
            base("forum_answers"),
            [("forum", tuple(FORUM_COLUMNS))],
            span=forum_span,
        ),
    ]
