"""Chuyển sinh hoạt đảng chính thức (24-QĐ/TW, 294-QĐ/TW 6.3.1): a member leaves with the
letter of introduction (number, date, destination) and presents it at the new place; the
receiving cell takes the member in with the letter, keeping the admission date, and converts
a probationary member itself. A person who is not yet a member leaves by an exit that lists
the papers handed over."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain import events as ev
from domain.candidate.common import after, next_event, open_guard
from domain.candidate.nomination import Person, check_person
from domain.candidate.state import MEMBERS, Candidate, Stage, stage_words
from domain.decisions import Guard, Stamp, check_not_future, check_text, make_event
from domain.errors import InvalidField


def record_transfer_cause(c: Candidate, effective_on: date, reason: str, stamp: Stamp,
                          expected_version: int | None = None):
    """The move that requires a transfer took effect: the 60 working days start (a reminder
    until the letter is recorded)."""
    check_text("reason", reason, "Lý do (quyết định chuyển công tác, thay đổi nơi cư trú)")
    guard = open_guard(c, "effective_on", effective_on, stamp, expected_version)
    guard.require(c.stage in MEMBERS, "stage_order",
                  f"{c.full_name} chưa là đảng viên ({stage_words(c.stage)}).", stage=c.stage)
    guard.require(c.transfer_cause_on is None, "stage_order",
                  f"Đã ghi ngày phải làm thủ tục chuyển sinh hoạt đảng của {c.full_name}.")
    after(guard, effective_on, c.admitted_on, "ngày kết nạp")
    return next_event(ev.TransferCauseRecorded, c, stamp, effective_on, guard,
                      reason=reason.strip())


def issue_transfer_letter(c: Candidate, letter_on: date, letter_no: str, destination: str,
                          stamp: Stamp, cause_on: date | None = None,
                          expected_version: int | None = None):
    """The member leaves the cell's roster on the letter's date. The date the move took
    effect is the one recorded before (record_transfer_cause), or given with the letter."""
    check_text("letter_no", letter_no, "Số giấy giới thiệu sinh hoạt đảng")
    check_text("destination", destination, "Nơi chuyển đến")
    cause_on = cause_on or c.transfer_cause_on
    if cause_on is None:
        raise InvalidField("cause_on", "Cần ngày quyết định chuyển công tác / thay đổi nơi cư "
                                       "trú có hiệu lực.")
    check_not_future("cause_on", cause_on, stamp)
    guard = open_guard(c, "letter_on", letter_on, stamp, expected_version)
    guard.require(c.stage in MEMBERS, "stage_order",
                  f"{c.full_name} chưa là đảng viên ({stage_words(c.stage)}): quần chúng "
                  "chuyển đi kèm danh sách giấy tờ bàn giao.", stage=c.stage)
    after(guard, letter_on, cause_on, "ngày quyết định chuyển công tác, thay đổi nơi cư trú")
    after(guard, letter_on, c.admitted_on, "ngày kết nạp")
    return next_event(ev.PartyTransferLetterIssued, c, stamp, letter_on, guard,
                      letter_no.strip(), destination=destination.strip(), cause_on=cause_on)


def record_transfer_presented(c: Candidate, presented_on: date, received_by: str,
                              stamp: Stamp, expected_version: int | None = None):
    """The new place's notice that the member presented the letter (after the exit)."""
    check_text("received_by", received_by, "Nơi nhận sinh hoạt đảng")
    check_not_future("presented_on", presented_on, stamp)
    guard = Guard(presented_on)
    guard.require(c.transfer_letter_on is not None and c.transfer_presented_on is None,
                  "stage_order", f"{c.full_name} không có giấy giới thiệu sinh hoạt đảng đang "
                  "chờ xuất trình.", stage=c.stage)
    after(guard, presented_on, c.transfer_letter_on, "ngày giấy giới thiệu")
    if expected_version is not None and expected_version != c.version:
        from domain.errors import ConcurrentChange
        raise ConcurrentChange("Hồ sơ đã thay đổi; hãy tải lại trang.")
    return next_event(ev.PartyTransferPresented, c, stamp, presented_on, guard,
                      received_by=received_by.strip())


def receive_transfer(candidate_id: UUID, cell_code: str, person: Person, arrived_on: date,
                     letter_no: str, letter_on: date, from_unit: str, admitted_on: date,
                     stamp: Stamp, new_member_class_on: date | None = None,
                     official_since: date | None = None) -> ev.PartyTransferArrived:
    """The receiving cell takes the member in; no letter, no arrival."""
    check_text("letter_no", letter_no, "Số giấy giới thiệu sinh hoạt đảng")
    check_text("from_unit", from_unit, "Nơi chuyển đi")
    check_text("cell", cell_code, "Chi bộ")
    check_person(person, arrived_on)
    for name, day in (("arrived_on", arrived_on), ("letter_on", letter_on),
                      ("admitted_on", admitted_on)):
        check_not_future(name, day, stamp)
    _in_order("letter_on", letter_on, arrived_on, "ngày nhận sinh hoạt đảng")
    _in_order("admitted_on", admitted_on, letter_on, "ngày giấy giới thiệu")
    _in_order("admitted_on", person.birth_date, admitted_on, "ngày kết nạp")
    if new_member_class_on is not None:
        _in_order("new_member_class_on", admitted_on, new_member_class_on, "lớp đảng viên mới")
    if official_since is not None:
        _in_order("official_since", admitted_on, official_since, "ngày chính thức")
    return make_event(
        ev.PartyTransferArrived, candidate_id, 1, stamp, arrived_on, Guard(arrived_on),
        letter_no.strip(), cell_code=cell_code, full_name=" ".join(person.full_name.split()),
        birth_date=person.birth_date, gender=person.gender, ethnicity=person.ethnicity.strip(),
        category=person.category, youth_union_member=person.youth_union_member,
        education=person.education, class_name=person.class_name,
        citizen_id=(person.citizen_id or "").strip() or None, letter_on=letter_on,
        from_unit=from_unit.strip(), admitted_on=admitted_on,
        new_member_class_on=new_member_class_on, official_since=official_since)


def _in_order(field_name: str, earlier: date, later: date, what: str) -> None:
    if later < earlier:
        raise InvalidField(field_name, f"Ngày {earlier:%d/%m/%Y} sau {what} "
                                       f"({later:%d/%m/%Y}).")


def check_member_transfer(guard: Guard, c: Candidate) -> None:
    """A member moves with the letter of introduction, not by a plain exit."""
    guard.require(c.stage not in MEMBERS, "member_transfer_by_letter",
                  f"{c.full_name} là {stage_words(c.stage)}: chuyển sinh hoạt đảng bằng giấy "
                  "giới thiệu (số, ngày, nơi chuyển đến).", stage=c.stage)


__all__ = ["Stage", "check_member_transfer", "issue_transfer_letter", "receive_transfer",
           "record_transfer_cause", "record_transfer_presented"]
