"""Danh sách đảng viên của chi bộ: the cell's party members, kept as events on one stream
per cell. Who is an official member on a date is read from here, never typed in.

A member joins by being listed when the cell starts using Ketnap, by transfer in, or by
admission here (the ceremony; official at conversion), and leaves by transfer out, death,
strike-off or expulsion. A member may be temporarily away or exempt from activity from a
date to a date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from domain import events as ev
from domain.candidate.nomination import CATEGORIES, GENDERS
from domain.decisions import Guard, Stamp, check_not_future, check_text, make_event
from domain.errors import InvalidField

JOINED_BY = {"listed": "Có trong danh sách khi bắt đầu dùng Ketnap",
             "transfer_in": "Chuyển sinh hoạt đến", "admitted": "Kết nạp tại chi bộ"}
LEAVE_REASONS = {"transfer_out": "Chuyển sinh hoạt đi", "death": "Từ trần",
                 "strike_off": "Xóa tên", "expulsion": "Khai trừ"}
ABSENCE_KINDS = {"away": "Sinh hoạt tạm thời nơi khác", "exempt": "Miễn sinh hoạt"}


def roster_id(cell_code: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"ketnap:/cells/{cell_code}/roster")


@dataclass(frozen=True)
class Absence:
    kind: str
    starts_on: date
    ends_on: date

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass
class Member:
    member_id: str
    full_name: str
    birth_date: date
    gender: str
    category: str
    admitted_on: date
    official_since: date | None
    joined_on: date
    joined_by: str
    left_on: date | None = None
    left_reason: str | None = None
    absences: list[Absence] = field(default_factory=list)

    def on_roster(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day < self.left_on)

    def official_on(self, day: date) -> bool:
        return self.on_roster(day) and self.official_since is not None \
            and self.official_since <= day

    def absence_on(self, day: date) -> str | None:
        """"away" or "exempt" when either covers the day (away first: it always leaves the
        count), else None."""
        kinds = {a.kind for a in self.absences if a.covers(day)}
        return "away" if "away" in kinds else ("exempt" if kinds else None)


@dataclass
class Meeting:
    held_on: date
    kind: str
    chaired_by: str
    minutes_by: str
    present: frozenset[str]
    votes: list[tuple[str, str]] = field(default_factory=list)   # (candidate_id, subject)


@dataclass
class Roster:
    """The cell's members and its meetings (one stream: the meetings' attendance and votes
    are judged against the roster of their day)."""

    id: UUID
    cell_code: str
    version: int = 0
    members: dict[str, Member] = field(default_factory=dict)
    meetings: dict[date, Meeting] = field(default_factory=dict)
    resolutions: set[str] = field(default_factory=set)

    def member(self, member_id: str, field_name: str = "member_id") -> Member:
        found = self.members.get(member_id)
        if found is None:
            raise InvalidField(field_name, "Người được chọn không có trong danh sách đảng viên "
                                           f"của chi bộ {self.cell_code}.")
        return found

    def on_roster(self, day: date) -> list[Member]:
        return [m for m in self.members.values() if m.on_roster(day)]

    def official_on(self, day: date) -> list[Member]:
        return [m for m in self.members.values() if m.official_on(day)]


def empty_roster(cell_code: str) -> Roster:
    return Roster(roster_id(cell_code), cell_code)


@dataclass(frozen=True)
class NewMember:
    """What the cell types for a member already in the Party (listed or transferred in)."""

    full_name: str
    birth_date: date
    gender: str
    category: str
    admitted_on: date
    official_since: date | None = None


def list_member(roster: Roster, person: NewMember, joined_on: date, joined_by: str,
                stamp: Stamp, document_no: str | None = None,
                member_id: str | None = None) -> ev.MemberJoined:
    """Add a party member to the cell's roster (never a candidate admitted here: the
    ceremony adds them)."""
    if joined_by not in ("listed", "transfer_in"):
        raise InvalidField("joined_by", "Chỉ nhập đảng viên có sẵn hoặc chuyển sinh hoạt đến.")
    check_text("full_name", person.full_name, "Họ và tên")
    if person.gender not in GENDERS:
        raise InvalidField("gender", "Giới tính không hợp lệ.")
    if person.category not in CATEGORIES:
        raise InvalidField("category", "Đối tượng phải là GV hoặc HS.")
    check_not_future("joined_on", joined_on, stamp)
    for name, day in (("birth_date", person.birth_date), ("admitted_on", person.admitted_on),
                      ("official_since", person.official_since)):
        if day is not None:
            _person_date(name, day, stamp)
    _in_order("admitted_on", person.birth_date, person.admitted_on, "ngày sinh", "ngày vào Đảng")
    if person.official_since is not None:
        _in_order("official_since", person.admitted_on, person.official_since,
                  "ngày vào Đảng", "ngày chính thức")
    _not_twice(roster, person.full_name, person.birth_date)
    return make_event(ev.MemberJoined, roster.id, roster.version + 1, stamp, joined_on,
                      Guard(joined_on), document_no, member_id=member_id or str(uuid4()),
                      full_name=person.full_name.strip(), birth_date=person.birth_date,
                      gender=person.gender, category=person.category,
                      admitted_on=person.admitted_on, official_since=person.official_since,
                      joined_by=joined_by)


def admit_member(roster: Roster, candidate_id: UUID, full_name: str, birth_date: date,
                 gender: str, category: str, admitted_on: date, stamp: Stamp,
                 joined_on: date | None = None, official_since: date | None = None,
                 joined_by: str = "admitted") -> ev.MemberJoined:
    """The ceremony puts the new probationary member on the roster, and an arrival by
    transfer the member received (no typing: both come from the candidate's stream)."""
    joined_on = joined_on or admitted_on
    return make_event(ev.MemberJoined, roster.id, roster.version + 1, stamp, joined_on,
                      Guard(joined_on), member_id=str(candidate_id), full_name=full_name,
                      birth_date=birth_date, gender=gender, category=category,
                      admitted_on=admitted_on, official_since=official_since,
                      joined_by=joined_by)


def confirm_official(roster: Roster, member_id: str, official_since: date, decided_on: date,
                     stamp: Stamp) -> ev.MemberBecameOfficial | None:
    """The conversion decision makes the roster's probationary member official (None if
    the member is not on this roster, e.g. admitted before the cell used Ketnap)."""
    if member_id not in roster.members:
        return None
    return make_event(ev.MemberBecameOfficial, roster.id, roster.version + 1, stamp,
                      decided_on, Guard(decided_on), member_id=member_id,
                      official_since=official_since)


def remove_member(roster: Roster, member_id: str, left_on: date, reason: str, stamp: Stamp,
                  note: str = "", document_no: str | None = None) -> ev.MemberLeft:
    member = roster.member(member_id)
    if reason not in LEAVE_REASONS:
        raise InvalidField("reason", "Lý do ra khỏi danh sách không hợp lệ.")
    check_not_future("left_on", left_on, stamp)
    if member.left_on is not None:
        raise InvalidField("member_id", f"{member.full_name} đã ra khỏi danh sách ngày "
                                        f"{member.left_on:%d/%m/%Y}.")
    _in_order("left_on", member.joined_on, left_on, "ngày vào danh sách", "ngày ra",
              strictly=True)
    return make_event(ev.MemberLeft, roster.id, roster.version + 1, stamp, left_on,
                      Guard(left_on), document_no, member_id=member_id, reason=reason,
                      note=note.strip())


def record_absence(roster: Roster, member_id: str, kind: str, starts_on: date, ends_on: date,
                   stamp: Stamp, document_no: str | None = None) -> ev.MemberAbsenceRecorded:
    member = roster.member(member_id)
    if kind not in ABSENCE_KINDS:
        raise InvalidField("kind", "Loại vắng phải là sinh hoạt tạm thời nơi khác hoặc miễn "
                                   "sinh hoạt.")
    check_not_future("starts_on", starts_on, stamp)
    _in_order("ends_on", starts_on, ends_on, "ngày bắt đầu", "ngày kết thúc")
    if not member.on_roster(starts_on):
        raise InvalidField("starts_on", f"{member.full_name} không có trong danh sách ngày "
                                        f"{starts_on:%d/%m/%Y}.")
    return make_event(ev.MemberAbsenceRecorded, roster.id, roster.version + 1, stamp,
                      starts_on, Guard(starts_on), document_no, member_id=member_id, kind=kind,
                      starts_on=starts_on, ends_on=ends_on)


# A member's own dates (birth, admission) go back before Ketnap's business dates (2000): only
# the future and the impossible are refused. The Party was founded on 03/02/1930.
PARTY_FOUNDED = date(1930, 2, 3)


def _person_date(field_name: str, day: date, stamp: Stamp) -> None:
    if day > stamp.at.date():
        raise InvalidField(field_name, f"Ngày {day:%d/%m/%Y} ở tương lai.")
    if field_name != "birth_date" and day < PARTY_FOUNDED:
        raise InvalidField(field_name, f"Ngày {day:%d/%m/%Y} trước ngày thành lập Đảng "
                                       "(03/02/1930): hãy kiểm tra lại.")
    if day.year < 1900:
        raise InvalidField(field_name, f"Ngày {day:%d/%m/%Y} không hợp lệ: hãy kiểm tra lại.")


def _in_order(field_name: str, earlier: date, later: date, earlier_label: str,
              later_label: str, strictly: bool = False) -> None:
    if later < earlier or (strictly and later == earlier):
        raise InvalidField(field_name, f"{later_label.capitalize()} ({later:%d/%m/%Y}) phải "
                                       f"sau {earlier_label} ({earlier:%d/%m/%Y}).")


def _not_twice(roster: Roster, full_name: str, birth_date: date) -> None:
    name = " ".join(full_name.split()).casefold()
    for m in roster.members.values():
        if m.left_on is None and m.birth_date == birth_date \
                and " ".join(m.full_name.split()).casefold() == name:
            raise InvalidField("full_name", f"{m.full_name} (sinh {birth_date:%d/%m/%Y}) đã "
                                            "có trong danh sách đảng viên của chi bộ.")


def project_roster(state: Roster | None, events, cell_code: str = "") -> Roster | None:
    for e in events:
        if state is None:
            state = Roster(e.originator_id, cell_code)
        evolve_roster(state, e)
    return state


def evolve_roster(state: Roster, e: ev.Event) -> None:
    state.version = e.originator_version
    if isinstance(e, ev.MemberJoined):
        state.members[e.member_id] = Member(
            e.member_id, e.full_name, e.birth_date, e.gender, e.category, e.admitted_on,
            e.official_since, e.occurred_on, e.joined_by)
    elif isinstance(e, ev.MemberBecameOfficial):
        state.members[e.member_id].official_since = e.official_since
    elif isinstance(e, ev.MemberLeft):
        member = state.members[e.member_id]
        member.left_on, member.left_reason = e.occurred_on, e.reason
    elif isinstance(e, ev.MemberAbsenceRecorded):
        state.members[e.member_id].absences.append(Absence(e.kind, e.starts_on, e.ends_on))
    elif isinstance(e, ev.MeetingHeld):
        state.meetings[e.occurred_on] = Meeting(e.occurred_on, e.meeting_kind, e.chaired_by,
                                                e.minutes_by, frozenset(e.present))
    elif isinstance(e, ev.MeetingVoteTaken):
        state.meetings[e.occurred_on].votes.append((e.candidate_id, e.subject))
        state.resolutions.add(resolution_key(e.document_no or ""))


def resolution_key(number: str) -> str:
    return "".join(number.split()).casefold()
