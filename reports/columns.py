"""The columns of the open-data files and of the indicator import, named once for both.

Column names are stable, lower-case Indonesian identifiers (the way Satu Data Indonesia names them);
what each means is described in the data dictionary page, translated.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "text", "integer", "decimal" or "code"
    description: Promise


KIND_LABELS = {"text": _("text"), "integer": _("whole number"), "decimal": _("number"), "code": _("code")}


def described_columns(tables: list[tuple]) -> list[tuple]:
    """[(heading, anchor, [(name, kind, meaning)])] for reports/_columns.html, from [(heading, [Column], anchor)]:
    each column's row is `#<anchor>-<name>`."""
    return [
        (
            heading,
            anchor,
            [(column.name, KIND_LABELS.get(column.kind, column.kind), column.description) for column in group],
        )
        for heading, group, anchor in tables
    ]


UNIT_COLUMNS = [
    Column("kode_opd", "text", _("The unit's code in the regional government nomenclature.")),
    Column("nama_opd", "text", _("The unit's name.")),
    Column("tahun", "integer", _("The year the report covers.")),
    Column("periode", "code", _("The period: tahunan (annual) or tw1–tw4 (quarters 1–4).")),
]

# The columns a unit's staff fill in: an export of one report can be imported back unchanged.
INDICATOR_COLUMNS = [
    Column("sasaran", "text", _("The strategic goal (sasaran strategis) the indicator measures.")),
    Column(
        "kode_indikator",
        "text",
        _("The indicator's code; the same code in the same unit is the same indicator across years."),
    ),
    Column("indikator", "text", _("The indicator's name.")),
    Column("satuan", "text", _("Its unit of measure, e.g. %, persons, index.")),
    Column(
        "polaritas",
        "code",
        _(
            "higher: a higher realisation is better; lower: a lower one is better; "
            "range: it should fall between target and batas_atas_target."
        ),
    ),
    Column("target", "decimal", _("The target for the period; for a range, its lower bound.")),
    Column("batas_atas_target", "decimal", _("The upper bound of a range target; empty otherwise.")),
    Column("realisasi", "decimal", _("What was achieved in the period; empty when not yet measured.")),
    Column(
        "target_akhir_renstra", "decimal", _("The end-of-term target of the unit's strategic plan (RPJMD/Renstra).")
    ),
    Column("penjelasan", "text", _("The unit's explanation of causes and of what it will do.")),
]

COMPUTED_COLUMNS = [
    Column(
        "realisasi_tahun_lalu", "decimal", _("The realisation of the same indicator in the previous year's report.")
    ),
    Column("capaian_persen", "decimal", _("Achievement in percent, computed by the SAKIP formula for the polarity.")),
    Column(
        "predikat",
        "code",
        _("Rating band: sangat-baik (≥ 91), baik (76–90), cukup (66–75), kurang (51–65), sangat-kurang (≤ 50)."),
    ),
    Column(
        "status_target",
        "code",
        _(
            "Whether the target was met in the indicator's direction (polaritas): tercapai or belum-tercapai; "
            "empty without a target or a realisation. A missed target can still have a good rating."
        ),
    ),
    Column("url_laporan", "text", _("The address of the report page on this portal.")),
]

BUDGET_COLUMNS = [
    Column("program", "text", _("The budget programme.")),
    Column("pagu", "decimal", _("The programme's budget ceiling (pagu), in rupiah.")),
    Column("realisasi_anggaran", "decimal", _("What the programme spent, in rupiah.")),
    Column("serapan_persen", "decimal", _("Budget absorption: spending ÷ ceiling × 100.")),
]

# Import column name -> Indicator model field.
INDICATOR_FIELDS = {
    "sasaran": "goal",
    "kode_indikator": "code",
    "indikator": "name",
    "satuan": "measure_unit",
    "polaritas": "polarity",
    "target": "target",
    "batas_atas_target": "target_upper",
    "realisasi": "realisation",
    "target_akhir_renstra": "end_target",
    "penjelasan": "explanation",
}
