"""The register and the plan status as plain tables (headers + rows) for XLSX and CSV."""

from __future__ import annotations

from datetime import date

from domain.candidate.nomination import CATEGORIES, GENDERS

REGISTER_HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Đối tượng",
                    "Lớp", "Chi bộ", "Bước hiện tại", "Ngày vào danh sách",
                    "Ngày cấp GCN nhận thức", "Ngày kết nạp", "Chính thức từ",
                    "Hạn tiếp theo"]
STATUS_HEADERS = ["Nội dung", "Chỉ tiêu", "Thực hiện",
                  "Chỉ tiêu GV", "Thực hiện GV", "Chỉ tiêu HS", "Thực hiện HS",
                  *(f"{kind} Q{q}" for q in range(1, 5) for kind in ("Chỉ tiêu", "Thực hiện"))]


def dmy(day: date | None) -> date | str:
    """A date stays a date (typed in XLSX, written dd/mm/yyyy in CSV); none is blank."""
    return day or ""


def register_table(rows, stages: dict[str, str]) -> tuple[list[str], list[list]]:
    return REGISTER_HEADERS, [
        [i, r.full_name, dmy(r.birth_date), GENDERS.get(r.gender, r.gender), r.ethnicity,
         CATEGORIES.get(r.category, r.category), r.class_name or "", r.cell_code,
         stages.get(r.stage, r.stage), dmy(r.nominated_on), dmy(r.certificate_on),
         dmy(r.admitted_on), dmy(r.official_since), dmy(r.next_deadline_on)]
        for i, r in enumerate(rows, start=1)]


def status_table(status) -> tuple[list[str], list[list]]:
    rows = []
    for a in status.activities.values():
        t, x = a.target, a.actual
        quarters = [v for q in ("Q1", "Q2", "Q3", "Q4")
                    for v in (_blank(getattr(t, q)), _blank(getattr(x, q)))]
        rows.append([a.label, t.total, x.total, t.GV, x.GV, t.HS, x.HS, *quarters])
    return STATUS_HEADERS, rows


def _blank(value):
    return "" if value is None else value
