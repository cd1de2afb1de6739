"""The plan as the committee writes it: each row's wording, and the seed plan of the cell."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from service.planfile import PlanFile, read_plan_file

# the plan's own wording of each row -> the activity it records
CONTENT = {
    "Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng.": "source",
    "Lập danh sách quần chúng ưu tú đăng ký học lớp bồi dưỡng kết nạp Đảng.": "class_registration",
    "Hoàn thiện hồ sơ đề nghị xem xét kết nạp Đảng viên mới.": "admission_dossier",
    "Hoàn thiện hồ sơ chuyển chính thức đối với Đảng viên dự bị.": "conversion_dossier",
}
WORDING = {activity: text for text, activity in CONTENT.items()}
QUARTERS = ("Quý I", "Quý II", "Quý III", "Quý IV")
NO_ROW = "không có"       # a target stated in the plan's words, not in its table

# Kế hoạch số 02-KH/CB ngày 26/01/2024 of the Lý Thường Kiệt cell, as `ketnap plan import` reads it
SEED_PLAN = Path(__file__).resolve().parents[2] / "examples" / \
    "ke-hoach-2024-thpt-ly-thuong-kiet.toml"


def seed_plan() -> PlanFile:
    return read_plan_file(SEED_PLAN)


def row_name(row_no: int | None) -> str:
    return str(row_no) if row_no else NO_ROW


def rows_of(world, plan_id: UUID) -> dict[str, int | None]:
    """activity -> the plan's row number (None for the headline target)."""
    return {t.activity: t.row_no for t in world.app.plan(plan_id).targets.values()}


def result_rows(rows: dict[str, int | None], actual: dict[str, dict]) -> list[list[str]]:
    """The rows that have a result, as the committee's table writes them:
    Dòng | Đã đạt | GV | HS | Quý I | Quý II | Quý III | Quý IV."""
    columns = ("total", "GV", "HS", "Q1", "Q2", "Q3", "Q4")
    return sorted([row_name(rows[activity]), *(str(counts[c]) for c in columns)]
                  for activity, counts in actual.items() if counts["total"])


RESULT_HEADER = ["Dòng", "Đã đạt", "GV", "HS", *QUARTERS]
