"""Text that people type and others read, without the characters that reorder or hide it.

Unicode's format characters (category Cf: right-to-left and other direction overrides, zero-width spaces and
joiners, the byte-order mark, soft hyphens) are invisible, yet they let a display name or a title imitate another:
"Maria" followed by a right-to-left override shows differently from what it is. They are removed wherever a name,
title or place is saved (accounts' display names, the complaint and forum forms).

Text typed by one person and opened by another in a spreadsheet is guarded too: `spreadsheet_cell`.
"""

import csv
import io
import unicodedata


def without_format_characters(text: str) -> str:
    return "".join(character for character in text if unicodedata.category(character) != "Cf")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value) -> str:
    """The text of a CSV cell; text a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe.

    Only text is guarded: a number such as Ambon's latitude, -3.69, must stay a number.
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return str(value)


def spreadsheet_csv(columns, rows) -> bytes:
    """A CSV file as Excel opens it (UTF-8 with a byte order mark): a header of the `columns`' names, then for each
    row the value each column's function gives, every cell through `spreadsheet_cell`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([name for name, _value in columns])
    for row in rows:
        writer.writerow([spreadsheet_cell(value(row)) for _name, value in columns])
    return buffer.getvalue().encode("utf-8-sig")
