"""Checks every candidate action shares: not exited, dates in order, not in the future."""

from __future__ import annotations

import unicodedata
from datetime import date

from domain import events as ev
from domain.candidate.state import Candidate, stage_words
from domain.decisions import Guard, Stamp, check_not_future, make_event
from domain.errors import ConcurrentChange


def open_guard(c: Candidate, field_name: str, on: date, stamp: Stamp,
               expected_version: int | None = None) -> Guard:
    """Start a guard for an action on a candidate who must still be in the process."""
    if expected_version is not None and expected_version != c.version:
        raise ConcurrentChange(
            f"Hồ sơ của {c.full_name} đã thay đổi (phiên bản {c.version}, bạn đang xem "
            f"phiên bản {expected_version}). Hãy tải lại trang và thực hiện lại.")
    check_not_future(field_name, on, stamp)
    guard = Guard(on)
    guard.require(not c.is_exited, "stage_order",
                  f"{c.full_name} đã ra khỏi danh sách ({stage_words(c.stage)}).",
                  stage=c.stage)
    after(guard, on, c.nominated_on, "ngày vào danh sách cảm tình Đảng")
    return guard


def after(guard: Guard, on: date, earlier: date | None, what: str) -> None:
    """The business date may not precede the step it rests on (rule date_order)."""
    if earlier is not None:
        guard.require(on >= earlier, "date_order",
                      f"Ngày {on:%d/%m/%Y} trước {what} ({earlier:%d/%m/%Y}).",
                      date=on, earlier=earlier)


# The steps recorded once in a candidate's life: a second record would double a fact (two
# new-member classes, two strike-off proposals); a mistake in the first is put right by a
# correction (rule step_recorded_once). Helpers, introductions and comments are not among
# them: a helper or introducer who cannot continue is replaced by another official member
# (24-QĐ/TW 3.2.2) and a lapsed paper is renewed (issue 14).
ONE_TIME_STEPS: dict[type[ev.Event], str] = {
    ev.NewMemberClassCompleted: "Hoàn thành lớp bồi dưỡng đảng viên mới",
    ev.LateCeremonyConsented: "Văn bản đồng ý tổ chức lễ kết nạp quá hạn",
    ev.StrikeOffProposed: "Nghị quyết chi bộ đề nghị xóa tên",
}


def recorded_once(guard: Guard, c: Candidate, step: type[ev.Event],
                  done_on: date | None) -> None:
    """Refuse a one-time step already in the record (`done_on`: when it was recorded)."""
    if done_on is None:
        done_on = next((e.occurred_on for e in c.history if isinstance(e, step)), None)
    guard.require(done_on is None, "step_recorded_once",
                  f"{ONE_TIME_STEPS[step]} của {c.full_name} đã được ghi (ngày "
                  f"{done_on:%d/%m/%Y}); việc này chỉ ghi một lần, ghi sai thì đính chính."
                  if done_on else "", step=step.__name__, recorded_on=done_on)


def next_event(cls: type[ev.Event], c: Candidate, stamp: Stamp, on: date, guard: Guard,
               document_no: str | None = None, **fields: object) -> ev.Event:
    return make_event(cls, c.id, c.version + 1, stamp, on, guard, document_no, **fields)


def check_competent_body(guard: Guard, decided_by: str, decided_on: date,
                         superior: str | None) -> None:
    """The deciding body must be the cell's superior body on the decision date (rule
    decision_by_competent_body). `superior` is None only where the cell is not known (a
    re-judging without the cell's stream, as a correction's check), which then skips this
    one check; the audit's report passes the cell (domain.candidate.rejudge)."""
    if superior is None:
        return
    guard.require(same_body(decided_by, superior), "decision_by_competent_body",
                  f"\"{decided_by.strip()}\" không phải cấp ủy cấp trên trực tiếp của chi bộ "
                  f"ngày {decided_on:%d/%m/%Y} ({superior}).", superior_body=superior)


_STANDING = "ban thường vụ "


def same_body(a: str, b: str) -> bool:
    """Two names of one body: spacing and letter case are not a difference, and a
    committee's standing committee (Ban Thường vụ) decides for it (Điều lệ Đảng, Điều 4.3)."""
    return _body_key(a) == _body_key(b)


def _body_key(name: str) -> str:
    key = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
    return key.removeprefix(_STANDING)
