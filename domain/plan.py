"""Kế hoạch phát triển đảng viên: the cell's yearly targets per activity × GV/HS × quarter.

Targets are goals, never quotas: exceeding one is good news. A row may have no quarter split
(the seed's class-registration row follows the superior's class schedule), and a target may
be stated in the plan's text rather than its table (the headline "15 new members, 13 of them
students"), so `row_no` is optional.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from uuid import NAMESPACE_URL, UUID, uuid5

from domain import events as ev
from domain.decisions import Guard, Stamp, check_not_future, check_text, make_event
from domain.errors import AlreadyExists, InvalidField

ACTIVITIES = {
    "source": "Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng",
    "class_registration": "Lập danh sách đăng ký học lớp bồi dưỡng nhận thức về Đảng",
    "admission_dossier": "Hoàn thiện hồ sơ đề nghị xem xét kết nạp",
    "admission": "Kết nạp đảng viên mới",
    "conversion_dossier": "Hoàn thiện hồ sơ chuyển chính thức",
    "conversion": "Công nhận đảng viên chính thức",
}


@dataclass(frozen=True)
class Target:
    activity: str
    total: int
    gv: int
    hs: int
    quarters: tuple[int, int, int, int] | None = None
    row_no: int | None = None
    note: str | None = None

    @classmethod
    def from_dict(cls, d: dict) -> Target:
        q = d.get("quarters")
        return cls(d["activity"], d["total"], d["gv"], d["hs"], tuple(q) if q else None,
                   d.get("row_no"), d.get("note"))

    def where(self) -> str:
        return f"dòng {self.row_no}" if self.row_no else f"chỉ tiêu '{self.activity}'"


@dataclass
class Plan:
    id: UUID
    version: int
    cell_code: str
    number: str
    year: int
    issued_on: date
    basis: str
    targets: dict[str, Target]


def plan_id(cell_code: str, year: int) -> UUID:
    """One plan per cell and year: its amendments are events of the same stream."""
    return uuid5(NAMESPACE_URL, f"ketnap:/cells/{cell_code}/plans/{year}")


def adopt_plan(cell_code: str, number: str, year: int, issued_on: date, basis: str,
               targets: list[Target], stamp: Stamp, existing: Plan | None = None):
    if existing is not None:
        raise AlreadyExists(f"Chi bộ {cell_code} đã có kế hoạch năm {year} "
                            f"(số {existing.number}); hãy điều chỉnh kế hoạch đó.")
    check_text("number", number, "Số kế hoạch")
    if not 2000 <= year <= 2100:
        raise InvalidField("year", "Năm kế hoạch không hợp lệ.")
    if issued_on.year not in (year - 1, year):
        raise InvalidField("issued_on", f"Kế hoạch năm {year} phải ban hành trong năm "
                                        f"{year - 1} hoặc {year}.")
    check_not_future("issued_on", issued_on, stamp)
    check_targets(targets)
    return make_event(ev.PlanAdopted, plan_id(cell_code, year), 1, stamp, issued_on,
                      Guard(issued_on), number.strip(), cell_code=cell_code,
                      number=number.strip(), year=year, basis=basis.strip(),
                      targets=tuple(asdict(t) for t in targets))


def amend_plan(plan: Plan, amended_on: date, targets: list[Target], reason: str, stamp: Stamp,
               document_no: str | None = None):
    check_text("reason", reason, "Lý do điều chỉnh")
    check_not_future("amended_on", amended_on, stamp)
    check_targets(targets)
    return make_event(ev.PlanAmended, plan.id, plan.version + 1, stamp, amended_on,
                      Guard(amended_on), document_no, targets=tuple(asdict(t) for t in targets),
                      reason=reason.strip())


def check_targets(targets: list[Target]) -> None:
    """Refuse a table whose rows do not add up, naming the row."""
    if not targets:
        raise InvalidField("targets", "Kế hoạch cần ít nhất một chỉ tiêu.")
    seen: set[str] = set()
    for t in targets:
        _check_target(t)
        if t.activity in seen:
            raise InvalidField("targets", f"Nội dung '{t.activity}' xuất hiện hai lần.")
        seen.add(t.activity)


def _check_target(t: Target) -> None:
    if t.activity not in ACTIVITIES:
        raise InvalidField("targets", f"{t.where()}: nội dung '{t.activity}' không có; "
                                      f"dùng một trong {', '.join(ACTIVITIES)}.")
    numbers = [t.total, t.gv, t.hs, *(t.quarters or ())]
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in numbers):
        raise InvalidField("targets", f"{t.where()}: số lượng phải là số nguyên không âm.")
    if t.gv + t.hs != t.total:
        raise InvalidField("targets", f"{t.where()}: GV {t.gv} + HS {t.hs} = {t.gv + t.hs}, "
                                      f"khác tổng số {t.total}.")
    if t.quarters is not None and (len(t.quarters) != 4 or sum(t.quarters) != t.total):
        raise InvalidField("targets", f"{t.where()}: tổng các quý "
                                      f"{sum(t.quarters)} khác tổng số {t.total}."
                           if len(t.quarters) == 4 else f"{t.where()}: cần đúng 4 quý.")


def project_plan(state: Plan | None, events) -> Plan | None:
    for e in events:
        if isinstance(e, ev.PlanAdopted):
            state = Plan(e.originator_id, e.originator_version, e.cell_code, e.number, e.year,
                         e.occurred_on, e.basis, _targets(e.targets))
        elif isinstance(e, ev.PlanAmended) and state is not None:
            state.version, state.targets = e.originator_version, _targets(e.targets)
    return state


def _targets(rows) -> dict[str, Target]:
    return {t.activity: t for t in map(Target.from_dict, rows)}
