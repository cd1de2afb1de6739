"""Probation and after: new-member class, conversion vote and decision, and the exits."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.candidate.common import (
    after,
    check_competent_body,
    next_event,
    open_guard,
    recorded_once,
)
from domain.candidate.state import MEMBERS, Candidate, Stage, stage_words
from domain.candidate.voting import check_counts, passes
from domain.decisions import Guard, Stamp, check_text
from domain.errors import InvalidField
from domain.rules import TWO_THIRDS


def complete_new_member_class(c: Candidate, completed_on: date, certificate_no: str,
                              stamp: Stamp, expected_version: int | None = None):
    check_text("certificate_no", certificate_no, "Số giấy chứng nhận")
    guard = open_guard(c, "completed_on", completed_on, stamp, expected_version)
    guard.require(c.admitted_on is not None, "stage_order",
                  f"{c.full_name} chưa được kết nạp.", stage=c.stage)
    after(guard, completed_on, c.admitted_on, "ngày kết nạp")
    recorded_once(guard, c, ev.NewMemberClassCompleted, c.new_member_class_on)
    return next_event(ev.NewMemberClassCompleted, c, stamp, completed_on, guard, certificate_no,
                      certificate_no=certificate_no.strip())


def vote_conversion(c: Candidate, meeting_on: date, resolution_no: str, official_members: int,
                    votes_for: int, stamp: Stamp, expected_version: int | None = None):
    """Only after 12 months of probation and the new-member class (Điều lệ Đảng, Điều 5)."""
    check_counts(official_members, votes_for)
    guard = open_guard(c, "meeting_on", meeting_on, stamp, expected_version)
    guard.require(c.stage == Stage.PROBATIONARY, "stage_order",
                  f"{c.full_name} không phải đảng viên dự bị đang chờ xét.", stage=c.stage)
    ends = c.probation_ends_on
    guard.require(ends is None or meeting_on >= ends, "probation_12_months",
                  f"{c.full_name} chưa hết "
                  f"{guard.number('probation_12_months', 'months')} tháng dự bị (hết ngày "
                  f"{ends:%d/%m/%Y})." if ends else "", probation_ends_on=ends)
    limit = guard.number("conversion_three_failed_votes", "failed_votes")
    guard.require(c.conversion_failed_votes < limit, "conversion_three_failed_votes",
                  f"Chi bộ đã {c.conversion_failed_votes} lần biểu quyết không đủ {TWO_THIRDS} tán thành "
                  f"công nhận {c.full_name}: chi bộ báo cáo, cấp ủy có thẩm quyền xem xét, "
                  "quyết định.", failed_votes=c.conversion_failed_votes)
    guard.require(c.new_member_class_on is not None, "new_member_class_before_conversion",
                  f"{c.full_name} chưa hoàn thành lớp bồi dưỡng lý luận chính trị "
                  "cho đảng viên mới.")
    return next_event(ev.ConversionVoted, c, stamp, meeting_on, guard, resolution_no,
                      official_members=official_members, votes_for=votes_for,
                      passed=passes(official_members, votes_for, guard))


def decide_conversion(c: Candidate, decided_on: date, decision_no: str, decided_by: str,
                      stamp: Stamp, expected_version: int | None = None,
                      superior: str | None = None):
    """Official from the exact end of month 12, however late the vote or the decision; by
    the cell's superior body on the decision date (`superior`)."""
    check_text("decision_no", decision_no, "Số quyết định")
    check_text("decided_by", decided_by, "Cấp ủy quyết định")
    guard = open_guard(c, "decided_on", decided_on, stamp, expected_version)
    check_competent_body(guard, decided_by, decided_on, superior)
    guard.require(c.stage == Stage.CONVERSION_PROPOSED or _reported(c, guard),
                  "decision_after_passed_vote",
                  f"Chưa có nghị quyết chi bộ đề nghị công nhận {c.full_name} là đảng viên "
                  "chính thức được thông qua.", stage=c.stage)
    after(guard, decided_on, c.conversion_voted_on, "ngày chi bộ biểu quyết")
    return next_event(ev.ConvertedToOfficial, c, stamp, decided_on, guard, decision_no,
                      decided_by=decided_by.strip(), official_since=c.probation_ends_on)


def _reported(c: Candidate, guard: Guard) -> bool:
    """After three failed votes the cell reports and the competent committee decides
    (24-QĐ/TW 4.2.3), without a passed vote."""
    return c.stage == Stage.PROBATIONARY and \
        c.conversion_failed_votes >= guard.number("conversion_three_failed_votes",
                                                  "failed_votes")


def withdraw(c: Candidate, on: date, reason: str, stamp: Stamp,
             expected_version: int | None = None):
    """Only a person who is not yet a member withdraws; a member leaves by the committee's
    decision (strike-off, expulsion), by a transfer or by death (Điều lệ Đảng, Điều 8)."""
    if c.stage in MEMBERS:
        guard = open_guard(c, "on", on, stamp, expected_version)
        guard.require(False, "members_leave_by_decision",
                      f"{c.full_name} là {stage_words(c.stage)}: đảng viên không rút khỏi "
                      "danh sách; cấp ủy có thẩm quyền quyết định xóa tên hoặc khai trừ, hoặc "
                      "chuyển sinh hoạt đảng.", stage=c.stage)
        guard.resolve(stamp)
    return _exit(ev.Withdrawn, c, on, reason, stamp, expected_version)


def transfer_out(c: Candidate, on: date, reason: str, papers: list[str] | tuple[str, ...],
                 stamp: Stamp, expected_version: int | None = None):
    """A person not yet a member leaves with the list of papers handed over; a member
    moves by the letter of introduction (domain.candidate.transfer)."""
    from domain.candidate.transfer import check_member_transfer
    handed = tuple(p.strip() for p in papers or () if p and p.strip())
    if not handed:
        raise InvalidField("papers", "Cần danh sách giấy tờ bàn giao khi chuyển đi.")
    if c.stage in MEMBERS:
        guard = open_guard(c, "on", on, stamp, expected_version)
        check_member_transfer(guard, c)
        guard.resolve(stamp)
    check_text("reason", reason, "Lý do")
    guard = open_guard(c, "on", on, stamp, expected_version)
    return next_event(ev.TransferredOut, c, stamp, on, guard, reason=reason.strip(),
                      papers=handed)


def strike_off(c: Candidate, on: date, reason: str, stamp: Stamp,
               expected_version: int | None = None):
    """Xóa tên: only a probationary member's name can be struck off the list."""
    check_text("reason", reason, "Lý do")
    guard = open_guard(c, "on", on, stamp, expected_version)
    probationary = c.stage in (Stage.PROBATIONARY, Stage.CONVERSION_PROPOSED)
    guard.require(probationary, "stage_order",
                  f"Chỉ xóa tên đảng viên dự bị; {c.full_name} đang ở bước "
                  f"'{stage_words(c.stage)}'.")
    if probationary:
        guard.require(c.strike_off_proposed_on is not None or _reported(c, guard),
                      "strike_off_on_cell_proposal",
                      f"Chưa có nghị quyết chi bộ đề nghị xóa tên {c.full_name}.")
        after(guard, on, c.strike_off_proposed_on, "ngày chi bộ đề nghị xóa tên")
    return next_event(ev.StruckOff, c, stamp, on, guard, reason=reason.strip())


def _exit(cls, c: Candidate, on: date, reason: str, stamp: Stamp, expected_version):
    check_text("reason", reason, "Lý do")
    guard = open_guard(c, "on", on, stamp, expected_version)
    guard.require(c.stage != Stage.OFFICIAL, "stage_order",
                  f"{c.full_name} đã là đảng viên chính thức.")
    return next_event(cls, c, stamp, on, guard, reason=reason.strip())
