"""Where in Kota Ambon a complaint is: its kecamatan and kelurahan (or desa or negeri), from the official codes kept
as data in feedback/data/ (see its README for the source), with the free-text landmark and, when the resident lets
the phone or the photo give them, coordinates."""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Village:
    code: str  # 81.71.KK.NNNN
    name: str
    kecamatan: str  # its kecamatan's name

    @property
    def is_kelurahan(self) -> bool:
        """A kelurahan (an urban administrative village) rather than a desa or negeri: Kemendagri's codes say which."""
        return self.code.rsplit(".", 1)[1].startswith("1")

    @property
    def label(self) -> str:
        kind = _("kelurahan") if self.is_kelurahan else _("desa/negeri")
        return f"{self.name} ({kind})"


@dataclass(frozen=True)
class Kecamatan:
    code: str  # 81.71.KK
    name: str
    villages: tuple[Village, ...]


@cache
def kecamatan_list() -> tuple[Kecamatan, ...]:
    """Kota Ambon's five kecamatan, each with its kelurahan, desa and negeri in the order of their codes."""
    with open(DATA / "ambon_kecamatan.csv", encoding="utf-8") as file:
        names = {row["code"]: row["name"] for row in csv.DictReader(file)}
    villages: dict[str, list[Village]] = {code: [] for code in names}
    with open(DATA / "ambon_kelurahan.csv", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            kecamatan = row["kecamatan_code"]
            villages[kecamatan].append(Village(row["code"], row["name"], names[kecamatan]))
    return tuple(
        Kecamatan(code, names[code], tuple(sorted(villages[code], key=lambda village: village.code)))
        for code in sorted(names)
    )


@cache
def villages_by_code() -> dict[str, Village]:
    return {village.code: village for kecamatan in kecamatan_list() for village in kecamatan.villages}


def village(code: str) -> Village | None:
    return villages_by_code().get(code)
