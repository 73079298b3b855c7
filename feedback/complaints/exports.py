"""A unit's complaints as a CSV file for its staff: the complaints and their dates, never who filed them."""

from django.utils import timezone

from accounts.plain_text import spreadsheet_csv

COLUMNS = [
    ("kode_pelacakan", lambda c: c.tracking_code),
    ("id_lapor", lambda c: c.lapor_tracking_id),
    ("diajukan", lambda c: _moment(c.submitted_at)),
    ("kategori", lambda c: c.category.name),
    ("status", lambda c: c.status),
    ("privasi", lambda c: c.privacy),
    ("judul", lambda c: c.title),
    ("uraian", lambda c: c.description),
    ("lokasi", lambda c: c.place),
    ("lintang", lambda c: c.latitude),
    ("bujur", lambda c: c.longitude),
    ("tanggal_kejadian", lambda c: c.incident_date),
    ("batas_verifikasi", lambda c: c.verification_due),
    ("batas_tanggapan", lambda c: c.response_due),
    ("batas_umpan_balik", lambda c: c.feedback_due),
    ("batas_penyelesaian", lambda c: c.resolution_due),
    ("diverifikasi", lambda c: _moment(c.verified_at)),
    ("tanggapan_pertama", lambda c: _moment(c.first_response_at)),
    ("ditutup", lambda c: _moment(c.closed_at)),
    ("ditolak_pelapor", lambda c: c.rejections_by_resident),
    ("penilaian", lambda c: c.rating),
]


def complaints_csv(complaints) -> bytes:
    """UTF-8 with a byte order mark for Excel; a resident's text that looks like a formula is kept as text."""
    return spreadsheet_csv(COLUMNS, complaints.select_related("category").order_by("submitted_at", "pk"))


def _moment(value) -> str | None:
    """A time in Ambon's time zone, to the minute, as the staff read it in the admin."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else None


def export_filename(unit, today) -> str:
    return f"pengaduan-{unit.slug}-{today:%Y-%m-%d}.csv"
