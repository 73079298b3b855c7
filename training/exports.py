"""Open data of ASN training, written by the reports' writers (reports.exports): the programmes with their modules
(and the participants' totals exactly as the programme page shows them, none under five evaluations), the modules'
revisions and the sessions; and the early warnings with the units' follow-ups.

Programmes come from live, public pages in the default locale (the official text); warnings about units whose page
is live. Neither names a participant, an evaluation's author or comment, or who wrote a follow-up. Each download
costs a fixed number of queries however many rows it holds.
"""

from django.db.models import Count
from django.utils.timezone import localdate
from wagtail.models import Locale

from reports.exports import Table
from training.columns import (
    FOLLOW_UP_COLUMNS,
    MODULE_COLUMNS,
    PROGRAMME_COLUMNS,
    REVISION_COLUMNS,
    SESSION_COLUMNS,
    SIGNAL_COLUMNS,
)
from training.models import (
    Evaluation,
    ModuleRevision,
    PerformanceSignal,
    SignalFollowUp,
    TrainingModule,
    TrainingProgrammePage,
    TrainingSession,
)
from training.selectors import module_results

TRAINING = "pelatihan"
EARLY_WARNING = "peringatan-dini"


def _published_programmes() -> list[TrainingProgrammePage]:
    programmes = TrainingProgrammePage.objects.live().public().filter(locale=Locale.get_default())
    return list(programmes.select_related("organiser").order_by("path"))


def training_tables(request=None) -> list[Table]:
    """Programmes, modules, revisions and sessions: six queries."""
    programmes = _published_programmes()
    modules = list(
        TrainingModule.objects.filter(programme__in=programmes)
        .annotate(revision_count=Count("revisions", distinct=True))
        .order_by("programme__path", "sort_order", "pk")
    )
    ratings = {}
    for module_id, rating in Evaluation.objects.filter(module__in=modules).values_list("module_id", "rating"):
        ratings.setdefault(module_id, []).append(rating)
    revisions = (
        ModuleRevision.objects.filter(module__in=modules)
        .annotate(prompted=Count("prompted_by"))
        .order_by("module__programme__path", "module__sort_order", "module_id", "revised_at", "pk")
    )
    sessions = (
        TrainingSession.objects.filter(programme__in=programmes)
        .annotate(taken=Count("enrolments"))
        .order_by("programme__path", "starts_on", "pk")
    )
    return [
        Table("programmes", "program", PROGRAMME_COLUMNS, [_programme_row(page, request) for page in programmes]),
        Table("modules", "modul", MODULE_COLUMNS, _module_rows(modules, ratings)),
        Table("revisions", "revisi", REVISION_COLUMNS, [_revision_row(revision) for revision in revisions]),
        Table("sessions", "sesi", SESSION_COLUMNS, [_session_row(session) for session in sessions]),
    ]


def _programme_row(page: TrainingProgrammePage, request) -> dict:
    return {
        "id_program": page.pk,
        "judul": page.title,
        "kode_opd": page.organiser.code,
        "nama_opd": page.organiser.title,
        "mitra": page.partner,
        "ringkasan": page.summary,
        "temuan_analisis_kebutuhan": page.needs_finding,
        "sumber_analisis_kebutuhan": page.needs_survey,
        "jumlah_responden": page.needs_respondents,
        "sasaran_peserta": page.target_participants,
        "indikator_sasaran": page.target_indicator,
        "url_program": page.get_full_url(request),
    }


def _module_rows(modules: list[TrainingModule], ratings: dict) -> list[dict]:
    rows, position = [], {}
    for module in modules:
        position[module.programme_id] = position.get(module.programme_id, 0) + 1
        results = module_results(ratings.get(module.pk, []))
        rows.append(
            {
                "id_program": module.programme_id,
                "id_modul": module.pk,
                "urutan": position[module.programme_id],
                "judul_modul": module.title,
                "tujuan": module.objectives,
                "metode": module.method,
                "jam": module.hours,
                "pengajar": module.trainer,
                "jumlah_evaluasi": results.responses,
                "rata_rata_nilai": results.mean,
                **{f"nilai_{rating}": count for rating, count in results.distribution},
                "jumlah_revisi": module.revision_count,
            }
        )
    return rows


def _revision_row(revision: ModuleRevision) -> dict:
    return {
        "id_modul": revision.module_id,
        "tanggal_revisi": localdate(revision.revised_at).isoformat(),
        "alasan": revision.reason,
        "judul_sebelumnya": revision.title,
        "metode_sebelumnya": revision.method,
        "jam_sebelumnya": revision.hours,
        "jumlah_evaluasi_saat_itu": revision.responses,
        "rata_rata_saat_itu": revision.mean_rating,
        "jumlah_evaluasi_pemicu": revision.prompted,
    }


def _session_row(session: TrainingSession) -> dict:
    return {
        "id_program": session.programme_id,
        "id_sesi": session.pk,
        "mulai": session.starts_on.isoformat(),
        "selesai": session.ends_on.isoformat(),
        "moda": session.mode,
        "tempat": session.place,
        "kapasitas": session.capacity,
        "peserta_terdaftar": session.taken,
    }


def early_warning_tables(request=None) -> list[Table]:
    """The warnings, newest year first, and the follow-ups: four queries."""
    signals = list(
        PerformanceSignal.objects.filter(unit__live=True)
        .select_related("unit")
        .annotate(follow_up_count=Count("follow_ups"))
        .order_by("-year", "unit__code", "kind", "subject")
    )
    published = {page.pk for page in _published_programmes()}
    follow_ups = SignalFollowUp.objects.filter(signal__in=signals).order_by("signal_id", "written_at", "pk")
    return [
        Table("warnings", "peringatan", SIGNAL_COLUMNS, [_signal_row(signal) for signal in signals]),
        Table(
            "follow_ups",
            "tindak-lanjut",
            FOLLOW_UP_COLUMNS,
            [_follow_up_row(follow_up, published) for follow_up in follow_ups],
        ),
    ]


def _signal_row(signal: PerformanceSignal) -> dict:
    return {
        "id_peringatan": signal.pk,
        "kode_opd": signal.unit.code,
        "nama_opd": signal.unit.title,
        "tahun": signal.year,
        "jenis": signal.kind,
        "subjek": signal.subject,
        "nama_subjek": signal.subject_name,
        "sebelumnya": signal.previous,
        "sekarang": signal.value,
        "terdeteksi": localdate(signal.detected_at).isoformat(),
        "jumlah_tindak_lanjut": signal.follow_up_count,
    }


def _follow_up_row(follow_up: SignalFollowUp, published: set[int]) -> dict:
    return {
        "id_peringatan": follow_up.signal_id,
        "tanggal": localdate(follow_up.written_at).isoformat(),
        "tindakan": follow_up.action,
        "id_program": follow_up.programme_id if follow_up.programme_id in published else None,
        "uraian": follow_up.description,
    }


DATASETS = {TRAINING: training_tables, EARLY_WARNING: early_warning_tables}  # by file name
