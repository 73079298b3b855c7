"""Reading a unit's indicators from the CSV or XLSX file its staff prepared, checking every row first.

A file is imported whole or not at all, so this module collects every problem it finds (the row as the
staff see it in their spreadsheet, the column, a message) instead of stopping at the first one.
"""

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.columns import COMPUTED_COLUMNS, INDICATOR_COLUMNS, INDICATOR_FIELDS, UNIT_COLUMNS
from reports.models import Indicator

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 1000
MAX_SHEET_ROWS = 20 * MAX_ROWS  # rows read at all, empty ones included, so a damaged sheet cannot run for ever
MAX_COLUMNS = 50
REQUIRED_COLUMNS = ["sasaran", "kode_indikator", "indikator", "satuan", "polaritas", "target"]
# Columns an open-data export adds; ignored so that an exported report imports back unchanged.
EXPORT_ONLY_COLUMNS = {column.name for column in UNIT_COLUMNS + COMPUTED_COLUMNS}
DECIMAL_COLUMNS = {column.name for column in INDICATOR_COLUMNS if column.kind == "decimal"}
POLARITY_SYNONYMS = {"naik": "higher", "turun": "lower", "rentang": "range"}
COLUMN_OF_FIELD = {field: column for column, field in INDICATOR_FIELDS.items()}
# The Indonesian way: optional dots between thousands, a decimal comma ("1.234,5", "1234,5", "-0,25").
INDONESIAN_NUMBER = re.compile(r"-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?")
PLAIN_NUMBER_MESSAGE = gettext_lazy("Enter a number such as 1234.5, without thousands separators.")


@dataclass(frozen=True)
class RowError:
    row: int | None  # 1 is the header; None for a problem with the whole file
    column: str
    message: str


class IndicatorFileError(Exception):
    """The file cannot be imported; ``errors`` holds every reason found."""

    def __init__(self, errors: list[RowError]):
        super().__init__(errors)
        self.errors = errors


class IndicatorRowForm(forms.ModelForm):
    """One row of the file, validated as in the page editor: field rules, lengths and Indicator.clean()."""

    class Meta:
        model = Indicator
        fields = list(INDICATOR_FIELDS.values())
        error_messages = {
            "polarity": {"invalid_choice": gettext_lazy("Use higher, lower or range (or naik, turun, rentang).")},
            **{INDICATOR_FIELDS[name]: {"invalid": PLAIN_NUMBER_MESSAGE} for name in DECIMAL_COLUMNS},
        }


def parse_indicator_file(upload) -> list[dict]:
    """The file's indicators as Indicator field values, in file order; raises IndicatorFileError."""
    name = (upload.name or "").lower()
    if not name.endswith((".csv", ".xlsx")):
        raise _file_error(_("Upload a .csv or .xlsx file."))
    if upload.size > MAX_BYTES:
        raise _file_error(_("The file is larger than %(size)d MB.") % {"size": MAX_BYTES // (1024 * 1024)})
    content = upload.read()
    if name.endswith(".csv"):
        table, decimal_comma = _read_csv(content)
    else:
        table, decimal_comma = _read_xlsx(content), False
    if not table:
        raise _file_error(_("The file is empty."))
    header = _check_header(table[0][1])
    rows = [(number, cells) for number, cells in table[1:] if _is_filled(cells)]
    if not rows:
        raise _file_error(_("The file has a header but no indicator rows."))
    return _validate_rows(header, rows, decimal_comma)


def _file_error(message: str) -> IndicatorFileError:
    return IndicatorFileError([RowError(row=None, column="", message=message)])


def _limited(rows: Iterable[Iterable]) -> Iterator[tuple[int, list]]:
    """Numbers the rows from 1 and stops, with an error, once there are more than MAX_ROWS indicator rows."""
    filled = 0
    for number, cells in enumerate(rows, start=1):
        cells = list(cells)[:MAX_COLUMNS]
        if number > 1 and _is_filled(cells):
            filled += 1
        if filled > MAX_ROWS or number > MAX_SHEET_ROWS:
            raise _file_error(_("The file has more than %(max)d indicator rows; split it up.") % {"max": MAX_ROWS})
        yield number, cells


def _read_csv(content: bytes) -> tuple[list[tuple[int, list]], bool]:
    """The numbered rows, and whether numbers use the decimal comma (semicolon-separated files)."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text:
        raise _file_error(_("The file is not CSV text in UTF-8; save it as “CSV UTF-8” and try again."))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        table = list(_limited(csv.reader(io.StringIO(text), delimiter=delimiter)))
    except csv.Error:
        raise _file_error(_("The file could not be read as CSV; check its quotation marks.")) from None
    return table, delimiter == ";"


def _read_xlsx(content: bytes) -> list[tuple[int, list]]:
    unreadable = _("The file could not be read as an Excel workbook (.xlsx).")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of error for a damaged or foreign file
        raise _file_error(unreadable) from None
    try:
        return list(_limited(workbook.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)))
    except IndicatorFileError:
        raise
    except Exception:  # a sheet can be damaged even when the workbook opened
        raise _file_error(unreadable) from None
    finally:
        workbook.close()


def _check_header(cells: list) -> dict[int, str]:
    """Position -> import column for the columns the import reads; raises on unknown, repeated or missing ones."""
    errors, header, seen = [], {}, set()
    for position, cell in enumerate(cells):
        name = _text(cell).lower()
        if not name or name in EXPORT_ONLY_COLUMNS:
            continue
        if name not in INDICATOR_FIELDS:
            message = _("Unknown column “%(name)s”. Allowed columns: %(allowed)s.") % {
                "name": name,
                "allowed": ", ".join(INDICATOR_FIELDS),
            }
            errors.append(RowError(row=1, column=name, message=message))
        elif name in seen:
            errors.append(RowError(row=1, column=name, message=_("This column appears more than once.")))
        else:
            header[position] = name
            seen.add(name)
    errors += [
        RowError(row=1, column=name, message=_("This required column is missing."))
        for name in REQUIRED_COLUMNS
        if name not in seen
    ]
    if errors:
        raise IndicatorFileError(errors)
    return header


def _validate_rows(header: dict[int, str], rows: list, decimal_comma: bool) -> list[dict]:
    errors, indicators, first_row_of_code = [], [], {}
    for number, cells in rows:
        data, unreadable = {}, set()
        for position, name in header.items():
            value = cells[position] if position < len(cells) else None
            try:
                data[INDICATOR_FIELDS[name]] = _form_value(name, value, decimal_comma)
            except ValueError as error:
                errors.append(RowError(row=number, column=name, message=str(error)))
                unreadable.add(name)
                data[INDICATOR_FIELDS[name]] = ""
        form = IndicatorRowForm(data)
        if not form.is_valid() or unreadable:
            for field, messages in form.errors.items():
                column = "" if field == NON_FIELD_ERRORS else COLUMN_OF_FIELD.get(field, field)
                if column not in unreadable:
                    errors += [RowError(row=number, column=column, message=message) for message in messages]
            continue
        code = form.cleaned_data["code"]
        if code in first_row_of_code:
            message = _("The code %(code)s already appears in row %(row)d.") % {
                "code": code,
                "row": first_row_of_code[code],
            }
            errors.append(RowError(row=number, column="kode_indikator", message=message))
            continue
        first_row_of_code[code] = number
        indicators.append(form.cleaned_data)
    if errors:
        raise IndicatorFileError(errors)
    return indicators


def _form_value(column: str, value, decimal_comma: bool) -> str:
    """The cell as the text a form field expects; numbers in the plain 1234.5 notation of the form."""
    if column in DECIMAL_COLUMNS and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(Decimal(str(value)))
    text = _text(value)
    if column == "polaritas":
        return POLARITY_SYNONYMS.get(text.lower(), text.lower())
    if column in DECIMAL_COLUMNS and decimal_comma and text:
        if not INDONESIAN_NUMBER.fullmatch(text):
            raise ValueError(_("Enter a number such as 1.234,5: a semicolon-separated file uses the decimal comma."))
        return text.replace(".", "").replace(",", ".")
    return text


def _is_filled(cells: list) -> bool:
    return any(_text(cell) for cell in cells)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
