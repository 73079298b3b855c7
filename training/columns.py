"""The columns of training's open-data files, named once for the files and their data dictionary.

Like the reports' columns (reports.columns): stable, lower-case Indonesian identifiers, explained (translated) on
the dictionary page.
"""

from django.utils.translation import gettext_lazy as _

from reports.columns import Column

RATING_COUNT = _("How many gave that rating (nilai_1: 1, … nilai_5: 5); empty under five evaluations.")

PROGRAMME_COLUMNS = [
    Column("id_program", "integer", _("The number of the programme's page; the other tables refer to it.")),
    Column("judul", "text", _("The programme's title.")),
    Column("kode_opd", "text", _("The organising unit's code in the regional government nomenclature.")),
    Column("nama_opd", "text", _("The organising unit's name.")),
    Column("mitra", "text", _("Universities or organisations that run the programme with the unit; empty if none.")),
    Column("ringkasan", "text", _("What the programme is about.")),
    Column("temuan_analisis_kebutuhan", "text", _("What the training needs analysis found.")),
    Column("sumber_analisis_kebutuhan", "text", _("The survey or source of the needs analysis.")),
    Column("jumlah_responden", "integer", _("How many people answered that survey; empty when not given.")),
    Column("sasaran_peserta", "text", _("Who the programme is for.")),
    Column("indikator_sasaran", "text", _("The performance indicator the programme should move.")),
    Column("url_program", "text", _("The address of the programme page on this portal.")),
]

MODULE_COLUMNS = [
    Column("id_program", "integer", _("The programme the module belongs to.")),
    Column("id_modul", "integer", _("The module's number; the same number across its revisions.")),
    Column("urutan", "integer", _("Its place in the curriculum, from 1.")),
    Column("judul_modul", "text", _("The module's title as taught now.")),
    Column("tujuan", "text", _("Its learning objectives.")),
    Column(
        "metode",
        "code",
        _("How it is taught: ceramah, diskusi, simulasi, studi-kasus, e-learning or webinar."),
    ),
    Column("jam", "decimal", _("Its length in hours.")),
    Column("pengajar", "text", _("The trainer or partner institution.")),
    Column("jumlah_evaluasi", "integer", _("How many participants evaluated it.")),
    Column(
        "rata_rata_nilai",
        "decimal",
        _("The mean rating from 1 (very poor) to 5 (very good), to two decimals; empty under five evaluations."),
    ),
    *[Column(f"nilai_{rating}", "integer", RATING_COUNT) for rating in range(1, 6)],
    Column("jumlah_revisi", "integer", _("How many times it was revised after participants' feedback.")),
]

REVISION_COLUMNS = [
    Column("id_modul", "integer", _("The revised module.")),
    Column("tanggal_revisi", "text", _("The date of the revision (YYYY-MM-DD).")),
    Column("alasan", "text", _("Why it was revised, in the organiser's words.")),
    Column("judul_sebelumnya", "text", _("The module's title before the revision.")),
    Column("metode_sebelumnya", "code", _("Its method before the revision.")),
    Column("jam_sebelumnya", "decimal", _("Its length in hours before the revision.")),
    Column("jumlah_evaluasi_saat_itu", "integer", _("How many evaluations it had when it was revised.")),
    Column("rata_rata_saat_itu", "decimal", _("Its mean rating when it was revised; empty when it had none.")),
    Column("jumlah_evaluasi_pemicu", "integer", _("How many of those evaluations the organiser named as the reason.")),
]

SESSION_COLUMNS = [
    Column("id_program", "integer", _("The programme the session runs.")),
    Column("id_sesi", "integer", _("The session's number.")),
    Column("mulai", "text", _("Its first day (YYYY-MM-DD).")),
    Column("selesai", "text", _("Its last day (YYYY-MM-DD).")),
    Column("moda", "code", _("kelas (classroom), e-learning or webinar.")),
    Column("tempat", "text", _("The place, or the platform of an online session.")),
    Column("kapasitas", "integer", _("How many places it has.")),
    Column("peserta_terdaftar", "integer", _("How many civil servants enrolled.")),
]

SIGNAL_COLUMNS = [
    Column("id_peringatan", "integer", _("The warning's number; the follow-up table refers to it.")),
    Column("kode_opd", "text", _("The unit's code in the regional government nomenclature.")),
    Column("nama_opd", "text", _("The unit's name.")),
    Column("tahun", "integer", _("The year the warning is about.")),
    Column(
        "jenis",
        "code",
        _(
            "turun: an indicator's achievement fell from the year before; rendah: an indicator was rated Kurang or "
            "Sangat Kurang; pengaduan: complaints rose against the same quarter a year before."
        ),
    ),
    Column("subjek", "text", _("The indicator's code, or for complaints the quarter (2025-T3: the third of 2025).")),
    Column("nama_subjek", "text", _("The indicator's name, or the quarter for complaints.")),
    Column("sebelumnya", "decimal", _("Achievement in percent, or complaints, the year before; empty if unknown.")),
    Column("sekarang", "decimal", _("Achievement in percent, or complaints, now.")),
    Column("terdeteksi", "text", _("When the portal found it (YYYY-MM-DD).")),
    Column("jumlah_tindak_lanjut", "integer", _("How many follow-ups the unit has written; 0 means none yet.")),
]

FOLLOW_UP_COLUMNS = [
    Column("id_peringatan", "integer", _("The warning followed up.")),
    Column("tanggal", "text", _("When the unit wrote it (YYYY-MM-DD).")),
    Column("tindakan", "code", _("pelatihan (training), evaluasi-proses (review of the work process) or lainnya.")),
    Column("id_program", "integer", _("The training programme named, for training; empty otherwise.")),
    Column("uraian", "text", _("What the unit did, in its own words.")),
]
