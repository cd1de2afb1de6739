"""The superior's other outcomes (24-QĐ/TW 4.1, 4.3.1) and the end of probation (4.2):
refusal with its reason, one extension of at most 30 working days, consent to a late
ceremony, the cell's proposal to strike a probationary member off."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.calendar import WorkingCalendar
from domain.candidate.common import (
    after,
    check_competent_body,
    next_event,
    open_guard,
    recorded_once,
)
from domain.candidate.state import Candidate, Stage
from domain.decisions import Guard, Stamp, check_text
from domain.errors import InvalidField

DECISIONS = {"admission": "kết nạp", "conversion": "công nhận đảng viên chính thức"}
# where each decision's clock starts, and the deadline it extends (domain/deadlines.py)
_CLOCKS = {
    "admission": ("admission_voted_on", "decision_within_60_working_days", Stage.PROPOSED,
                  "admission_decision_extended_to"),
    "conversion": ("conversion_voted_on", "conversion_decision_within_30_working_days",
                   Stage.CONVERSION_PROPOSED, "conversion_decision_extended_to"),
}


def refuse_admission(c: Candidate, decided_on: date, decision_no: str, decided_by: str,
                     reason: str, returns_to_pool: bool, stamp: Stamp,
                     expected_version: int | None = None, superior: str | None = None):
    """Không đồng ý kết nạp: the cell is told why; the person goes back to the pool or
    leaves the list."""
    _check_refusal(decision_no, decided_by, reason)
    guard = open_guard(c, "decided_on", decided_on, stamp, expected_version)
    check_competent_body(guard, decided_by, decided_on, superior)
    guard.require(c.stage == Stage.PROPOSED, "decision_after_passed_vote",
                  f"Chưa có nghị quyết chi bộ đề nghị kết nạp {c.full_name} được thông qua "
                  "(hoặc đã có quyết định).", stage=c.stage)
    after(guard, decided_on, c.admission_voted_on, "ngày chi bộ biểu quyết")
    return next_event(ev.AdmissionRefused, c, stamp, decided_on, guard, decision_no.strip(),
                      decided_by=decided_by.strip(), reason=reason.strip(),
                      returns_to_pool=bool(returns_to_pool))


def refuse_conversion(c: Candidate, decided_on: date, decision_no: str, decided_by: str,
                      reason: str, stamp: Stamp, expected_version: int | None = None,
                      superior: str | None = None):
    """Không đồng ý công nhận chính thức: the member stays probationary until the cell
    considers again or proposes a strike-off."""
    _check_refusal(decision_no, decided_by, reason)
    guard = open_guard(c, "decided_on", decided_on, stamp, expected_version)
    check_competent_body(guard, decided_by, decided_on, superior)
    guard.require(c.stage == Stage.CONVERSION_PROPOSED, "decision_after_passed_vote",
                  f"Chưa có nghị quyết chi bộ đề nghị công nhận {c.full_name} là đảng viên "
                  "chính thức được thông qua.", stage=c.stage)
    after(guard, decided_on, c.conversion_voted_on, "ngày chi bộ biểu quyết")
    return next_event(ev.ConversionRefused, c, stamp, decided_on, guard, decision_no.strip(),
                      decided_by=decided_by.strip(), reason=reason.strip())


def extend_decision(c: Candidate, decision: str, extended_on: date, document_no: str,
                    extended_to: date, reason: str, calendar: WorkingCalendar, stamp: Stamp,
                    expected_version: int | None = None):
    """Gia hạn: once, to a date at most 30 working days after the time limit."""
    if decision not in _CLOCKS:
        raise InvalidField("decision", "Chỉ gia hạn quyết định kết nạp hoặc công nhận chính thức.")
    check_text("document_no", document_no, "Số văn bản gia hạn")
    check_text("reason", reason, "Lý do gia hạn")
    start_attr, rule_id, stage, extended_attr = _CLOCKS[decision]
    guard = open_guard(c, "extended_on", extended_on, stamp, expected_version)
    guard.require(c.stage == stage, "stage_order",
                  f"Không có đề nghị {DECISIONS[decision]} {c.full_name} đang chờ cấp ủy "
                  "quyết định.", stage=c.stage)
    starts_on = getattr(c, start_attr)
    after(guard, extended_on, starts_on, "ngày chi bộ biểu quyết")
    if starts_on is not None:
        _check_extension(guard, c, getattr(c, extended_attr), starts_on, rule_id,
                         extended_to, calendar)
    return next_event(ev.DecisionExtended, c, stamp, extended_on, guard, document_no.strip(),
                      decision=decision, extended_to=extended_to, reason=reason.strip())


def _check_extension(guard: Guard, c: Candidate, already: date | None, starts_on: date,
                     rule_id: str, extended_to: date, calendar: WorkingCalendar) -> None:
    due = calendar.add_working_days(starts_on, Guard(starts_on).number(rule_id, "working_days"))
    if extended_to <= due:
        raise InvalidField("extended_to", f"Ngày gia hạn phải sau thời hạn {due:%d/%m/%Y}.")
    most = guard.number("decision_extension", "working_days")
    latest = calendar.add_working_days(due, most)
    guard.require(already is None, "decision_extension",
                  f"Thời hạn quyết định của {c.full_name} đã được gia hạn một lần (đến "
                  f"{already:%d/%m/%Y}); chỉ được gia hạn một lần." if already else "",
                  extended_to=already)
    guard.require(extended_to <= latest, "decision_extension",
                  f"Gia hạn quá {most} ngày làm việc: thời hạn {due:%d/%m/%Y}, gia hạn "
                  f"muộn nhất đến {latest:%d/%m/%Y}.", latest=latest)


def consent_to_late_ceremony(c: Candidate, consented_on: date, document_no: str,
                             consented_by: str, stamp: Stamp,
                             expected_version: int | None = None):
    """Cấp ủy cấp trên đồng ý tổ chức lễ kết nạp quá 30 ngày làm việc (its document)."""
    check_text("document_no", document_no, "Số văn bản đồng ý")
    check_text("consented_by", consented_by, "Cấp ủy đồng ý")
    guard = open_guard(c, "consented_on", consented_on, stamp, expected_version)
    guard.require(c.stage in (Stage.DECIDED, Stage.PROBATIONARY), "stage_order",
                  f"Chưa có quyết định kết nạp {c.full_name}.", stage=c.stage)
    recorded_once(guard, c, ev.LateCeremonyConsented, c.ceremony_consented_on)
    after(guard, consented_on, c.decision_received_on, "ngày nhận quyết định")
    return next_event(ev.LateCeremonyConsented, c, stamp, consented_on, guard,
                      document_no.strip(), consented_by=consented_by.strip())


def propose_strike_off(c: Candidate, meeting_on: date, resolution_no: str, reason: str,
                       stamp: Stamp, expected_version: int | None = None):
    """Nghị quyết chi bộ đề nghị xóa tên đảng viên dự bị không đủ điều kiện."""
    check_text("resolution_no", resolution_no, "Số nghị quyết")
    check_text("reason", reason, "Lý do")
    guard = open_guard(c, "meeting_on", meeting_on, stamp, expected_version)
    guard.require(c.stage == Stage.PROBATIONARY, "stage_order",
                  f"Chỉ đề nghị xóa tên đảng viên dự bị; {c.full_name} không phải đảng viên "
                  "dự bị đang chờ xét.", stage=c.stage)
    after(guard, meeting_on, c.admitted_on, "ngày kết nạp")
    recorded_once(guard, c, ev.StrikeOffProposed, c.strike_off_proposed_on)
    return next_event(ev.StrikeOffProposed, c, stamp, meeting_on, guard,
                      resolution_no.strip(), reason=reason.strip())


def _check_refusal(decision_no: str, decided_by: str, reason: str) -> None:
    check_text("decision_no", decision_no, "Số văn bản")
    check_text("decided_by", decided_by, "Cấp ủy quyết định")
    check_text("reason", reason, "Lý do không đồng ý")


__all__ = ["consent_to_late_ceremony", "extend_decision",
           "propose_strike_off", "refuse_admission", "refuse_conversion"]
