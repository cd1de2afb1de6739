"""A roster file for a cell that starts using Ketnap: CSV or XLSX, one member a row, with a
header row naming the columns of `MemberSchema` (full_name, birth_date, gender, category,
admitted_on, official_since, joined_on). Dates as YYYY-MM-DD or dd/mm/yyyy; in XLSX also
date cells. Every row is checked by the same schema as the web form and the API."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from marshmallow import ValidationError

from domain.roster import NewMember
from service.schemas.roster import MemberSchema

COLUMNS = ("full_name", "birth_date", "gender", "category", "admitted_on", "official_since",
           "joined_on")
_SCHEMA = MemberSchema()


class MemberFileError(Exception):
    pass


def read_member_file(path: str) -> list[tuple[NewMember, date]]:
    rows = _xlsx_rows(path) if Path(path).suffix.lower() == ".xlsx" else _csv_rows(path)
    if not rows:
        raise MemberFileError("Tệp không có dòng nào.")
    header = [str(h or "").strip() for h in rows[0]]
    missing = [c for c in COLUMNS if c != "official_since" and c not in header]
    if missing:
        raise MemberFileError(f"Thiếu cột: {', '.join(missing)}.")
    people = []
    for number, values in enumerate(rows[1:], start=2):
        raw = {h: _cell(v) for h, v in zip(header, values, strict=False) if h in COLUMNS}
        if not any(raw.values()):
            continue
        try:
            data = _SCHEMA.load({k: v for k, v in raw.items() if v not in (None, "")})
        except ValidationError as error:
            fields = "; ".join(f"{k}: {' '.join(map(str, v))}"
                               for k, v in error.normalized_messages().items())
            raise MemberFileError(f"Dòng {number}: {fields}") from None
        people.append((NewMember(data["full_name"], data["birth_date"], data["gender"],
                                 data["category"], data["admitted_on"],
                                 data.get("official_since")), data["joined_on"]))
    return people


def _cell(value):
    """A date cell or a dd/mm/yyyy text becomes ISO; other values are text."""
    if isinstance(value, datetime | date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    text = "" if value is None else str(value).strip()
    try:
        return datetime.strptime(text, "%d/%m/%Y").date().isoformat()
    except ValueError:
        return text


def _csv_rows(path: str) -> list[list]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def _xlsx_rows(path: str) -> list[list]:
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True, data_only=True)
    try:        # read-only workbooks keep the file open until closed
        return [list(row) for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()
