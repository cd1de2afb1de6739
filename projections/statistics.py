"""Biểu 2-BTCTW (thống kê đảng viên mới kết nạp): the lines of the form for a period.

Occupation follows the school's split: students are "Học sinh", teachers are public-service
employees ("Viên chức"). Age is counted by month on the decision date, as the admission rule
counts it. Every fixed line of the form is listed, zeros included, in the form's order.
"""

from __future__ import annotations

from collections import Counter

OCCUPATIONS = {"HS": "Học sinh", "GV": "Viên chức"}
AGE_BANDS = [(18, 30), (31, 35), (36, 40), (41, 45), (46, 50), (51, 55), (56, 60)]
GENERAL_EDUCATION = {
    "primary": "Tiểu học",
    "lower_secondary": "Trung học cơ sở",
    "upper_secondary": "Trung học phổ thông",
    "college": "Trung học phổ thông",          # a college degree implies upper secondary
    "university": "Trung học phổ thông",
    "postgraduate": "Trung học phổ thông",
}
PROFESSIONAL = {"college": "Cao đẳng", "university": "Đại học", "postgraduate": "Sau đại học"}


def age_band(age: int) -> str:
    for low, high in AGE_BANDS:
        if age <= high:
            # under-18 admissions exist only by override; the form has no line for them
            return f"Tuổi: {low}–{high}" if age >= low else f"Tuổi: dưới {low}"
    return "Tuổi: trên 60"


def lines(members) -> list[tuple[str, int]]:
    """(label, count) in the form's order, from rows with the rm_new_members columns."""
    count: Counter = Counter()
    for m in members:
        count["Người dân tộc thiểu số"] += m.ethnicity.strip().casefold() != "kinh"
        count["Đoàn viên Đoàn TNCS Hồ Chí Minh"] += bool(m.youth_union_member)
        count["Nữ"] += m.gender == "female"
        count[f"Nghề nghiệp: {OCCUPATIONS.get(m.category, m.category)}"] += 1
        count[age_band(m.age)] += 1
        count[f"Giáo dục phổ thông: {GENERAL_EDUCATION.get(m.education, m.education)}"] += 1
        if m.education in PROFESSIONAL:
            count[f"Chuyên môn: {PROFESSIONAL[m.education]}"] += 1
    fixed = ["Người dân tộc thiểu số", "Đoàn viên Đoàn TNCS Hồ Chí Minh", "Nữ",
             *(f"Nghề nghiệp: {o}" for o in OCCUPATIONS.values()),
             *(f"Tuổi: {low}–{high}" for low, high in AGE_BANDS), "Tuổi: trên 60",
             *(f"Giáo dục phổ thông: {g}" for g in dict.fromkeys(GENERAL_EDUCATION.values())),
             *(f"Chuyên môn: {p}" for p in PROFESSIONAL.values())]
    extra = [label for label in count if label not in fixed]
    return [(label, count[label]) for label in fixed + sorted(extra)]


def average_age(members) -> float | None:
    ages = [m.age for m in members]
    return round(sum(ages) / len(ages), 1) if ages else None
