"""Tables to XLSX and CSV bytes. Text that a spreadsheet would run as a formula is quoted."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_xlsx(title: str, headers: list[str], rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_csv(headers: list[str], rows: list[list]) -> bytes:
    """UTF-8 with a BOM, so spreadsheet programs read the Vietnamese letters correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows([[safe(v) for v in row] for row in rows])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
