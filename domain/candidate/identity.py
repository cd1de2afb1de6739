"""A person's identity (số định danh cá nhân) and re-admission (kết nạp lại, 24-QĐ/TW,
232-QĐ/TW, 294-QĐ/TW mục 3.5): who may be re-admitted, after how long, with whose consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.dates import add_months
from domain.decisions import Guard
from domain.errors import InvalidField
from domain.rules import rule_set_on

# Mã tỉnh nơi đăng ký khai sinh (Thông tư 07/2016/TT-BCA, Điều 7):
# the first three digits of the number. Provinces merged in 2025 keep the numbers issued.
PROVINCE_CODES = frozenset(f"{n:03d}" for n in (
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
    37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
    75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96))

# How a person left the Party, as the re-admission rules distinguish it (mục 3.5.1, 3.5.2).
LEFT_BY = {
    "struck_off": "bị xóa tên",
    "expelled": "bị khai trừ",
    "family_hardship": "xin ra khỏi Đảng vì hoàn cảnh gia đình đặc biệt khó khăn",
    "minor_crime": "bị án hình sự về tội ít nghiêm trọng (tính từ ngày được xóa án tích)",
    "abandoned": "tự bỏ sinh hoạt đảng",
    "asked_to_leave": "làm đơn xin ra khỏi Đảng",
    "disunity": "gây mất đoàn kết nội bộ nghiêm trọng",
    "corruption": "bị khai trừ, kết án về tội tham nhũng",
    "serious_crime": "bị kết án về tội nghiêm trọng trở lên",
}
BARRED = frozenset({"abandoned", "asked_to_leave", "disunity", "corruption", "serious_crime"})


def check_citizen_id(number: str | None, birth_date: date, gender: str) -> str | None:
    """12 digits: province (3), century and sex (1), year of birth (2), random (6); the
    number must agree with the person's birth year and sex (Nghị định 137/2015/NĐ-CP,
    Điều 13)."""
    if number is None or not number.strip():
        return None
    number = number.strip()
    digits = rule_set_on(birth_date).number("citizen_id_structure", "digits")
    if len(number) != digits or not number.isascii() or not number.isdigit():
        raise InvalidField("citizen_id", f"Số định danh cá nhân phải gồm đúng {digits} chữ số "
                                         f"(đã nhập {len(number)} ký tự).")
    if number[:3] not in PROVINCE_CODES:
        raise InvalidField("citizen_id", f"Mã tỉnh {number[:3]} (3 số đầu) không có trong danh "
                                         "mục mã tỉnh nơi đăng ký khai sinh.")
    century = (birth_date.year // 100 - 19) * 2 + (gender == "female")
    if int(number[3]) != century or number[4:6] != f"{birth_date.year % 100:02d}":
        raise InvalidField("citizen_id", "Số định danh cá nhân không khớp với năm sinh "
                                         f"{birth_date.year} và giới tính (số thứ 4 đến 6).")
    return number


@dataclass(frozen=True)
class Readmission:
    """The facts of a re-admission the rules judge (kết nạp lại)."""

    left_party_on: date
    left_by: str
    province_consent_no: str | None = None


def check_readmission(guard: Guard, r: Readmission | None, full_name: str) -> None:
    """At nomination: the reasons for which no one is re-admitted (mục 3.5.2)."""
    if r is None:
        return
    if r.left_by not in LEFT_BY:
        raise InvalidField("left_by", "Hình thức ra khỏi Đảng không hợp lệ.")
    guard.require(r.left_by not in BARRED, "readmission_barred",
                  f"Không xem xét kết nạp lại {full_name}: đã ra khỏi Đảng vì "
                  f"{LEFT_BY.get(r.left_by, r.left_by)}.", left_by=r.left_by)


def waiting_ends_on(left_party_on: date, left_by: str, guard: Guard) -> date:
    """36 months after leaving; 60 after the record was cleared for a minor crime."""
    name = "minor_crime_months" if left_by == "minor_crime" else "months"
    return add_months(left_party_on, guard.number("readmission_waiting_period", name))
