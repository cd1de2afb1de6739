"""The official header of a party document (Hướng dẫn 36-HD/VPTW): the issuing
body at the top left (superior body over the cell), "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right,
and "…, ngày 03 tháng 4 năm 2018" (leading zero for days under 10 and months 1 and 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
_COMMITTEE_PREFIXES = ("Ban Thường vụ ", "Ban thường vụ ", "Ban Chấp hành ", "Ban chấp hành ",
                       "BTV ", "BCH ")
_COMMITTEES = {
    "Đảng ủy ": "Đảng bộ ", "Đảng uỷ ": "Đảng bộ ",
    "Huyện ủy ": "Đảng bộ huyện ", "Quận ủy ": "Đảng bộ quận ", "Thị ủy ": "Đảng bộ thị xã ",
    "Thành ủy ": "Đảng bộ thành phố ", "Tỉnh ủy ": "Đảng bộ tỉnh ",
}


@dataclass(frozen=True)
class Header:
    superior: str        # e.g. "ĐẢNG BỘ PHƯỜNG VIỆT YÊN"
    cell: str            # e.g. "CHI BỘ TRƯỜNG THPT LÝ THƯỜNG KIỆT"
    place_date: str      # e.g. "Việt Yên, ngày 05 tháng 01 năm 2025"
    party: str = PARTY


def party_organisation(superior_body: str) -> str:
    """The organisation a committee leads: "Ban Thường vụ Đảng ủy phường X" → "ĐẢNG BỘ PHƯỜNG X"."""
    name = superior_body.strip()
    for prefix in _COMMITTEE_PREFIXES:
        name = name.removeprefix(prefix)
    for committee, organisation in _COMMITTEES.items():
        if name.startswith(committee):
            name = organisation + name.removeprefix(committee)
            break
    return name.upper()


def long_date(day: date, place: str = "") -> str:
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    text = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {text}" if place else text


def header(superior_body: str, cell_name: str, on: date, place: str) -> Header:
    """`place` is required: a report without it is refused before (quarterly.check), never
    printed with dots."""
    if not place.strip():
        raise ValueError("place")
    return Header(party_organisation(superior_body), cell_name.strip().upper(),
                  long_date(on, place.strip()))
