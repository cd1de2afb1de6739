"""Tables to XLSX and CSV bytes. Text that a spreadsheet would run as a formula is quoted."""

from __future__ import annotations

import csv
import io
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


DATE_FORMAT = "DD/MM/YYYY"
MAX_WIDTH = 60   # characters: a long basis or name wraps rather than widens the sheet


def safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def shown(value) -> str:
    """A value as a person reads it (dates dd/mm/yyyy)."""
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value)


def to_xlsx(title: str, headers: list[str], rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe(v) for v in row])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
    _widths(sheet, [headers, *rows])
    sheet.freeze_panes = "A2"          # the header stays in view
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _widths(sheet, rows: list[list]) -> None:
    for index in range(len(rows[0])):
        longest = max(len(shown(r[index])) for r in rows if index < len(r))
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(longest + 2, MAX_WIDTH)


def to_csv(headers: list[str], rows: list[list]) -> bytes:
    """UTF-8 with a BOM, so spreadsheet programs read the Vietnamese letters correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows([[safe(v if not isinstance(v, date) else shown(v)) for v in row]
                      for row in rows])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
