"""Họp chi bộ: a cell meeting with its attendance from the roster, and the votes taken at it.

Who counts at an admission or conversion vote is derived, never typed: the official members
on the roster on the meeting's day, less those temporarily away, less those exempt from
activity who did not attend (294-QĐ/TW 9.3.2 on who is excluded; Điều lệ Đảng Điều 4.3 for
the 2/3). Probationary members attend but do not vote on admission or conversion. A cell
with fewer than three official members cannot hold the vote (Điều lệ Đảng Điều 21.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain import events as ev
from domain.decisions import Guard, Stamp, check_not_future, make_event
from domain.errors import InvalidField
from domain.roster import Meeting, Roster, resolution_key

MEETING_KINDS = {"regular": "Thường kỳ", "extraordinary": "Bất thường"}
SUBJECTS = {"admission": "kết nạp", "conversion": "công nhận đảng viên chính thức"}


def hold_meeting(roster: Roster, held_on: date, kind: str, chaired_by: str, minutes_by: str,
                 present: list[str], stamp: Stamp) -> ev.MeetingHeld:
    check_not_future("held_on", held_on, stamp)
    if kind not in MEETING_KINDS:
        raise InvalidField("kind", "Loại họp phải là thường kỳ hoặc bất thường.")
    if held_on in roster.meetings:
        raise InvalidField("held_on", f"Chi bộ đã có cuộc họp ngày {held_on:%d/%m/%Y}.")
    attending = list(dict.fromkeys(present))
    if len(attending) != len(present):
        raise InvalidField("present", "Một đảng viên được ghi có mặt hai lần.")
    if not attending:
        raise InvalidField("present", "Cuộc họp cần ít nhất một đảng viên có mặt.")
    for member_id in attending:
        member = roster.members.get(member_id)
        if member is None or not member.on_roster(held_on):
            raise InvalidField("present", "Người được ghi có mặt không có trong danh sách đảng "
                                          f"viên của chi bộ ngày {held_on:%d/%m/%Y}.")
    for field_name, who in (("chaired_by", chaired_by), ("minutes_by", minutes_by)):
        if who not in attending:
            raise InvalidField(field_name, "Người chủ trì và thư ký phải là đảng viên có mặt.")
    return make_event(ev.MeetingHeld, roster.id, roster.version + 1, stamp, held_on,
                      Guard(held_on), meeting_kind=kind, chaired_by=chaired_by,
                      minutes_by=minutes_by, present=tuple(attending))


@dataclass(frozen=True)
class VoteCount:
    official_members: int       # the 2/3 denominator
    official_present: int       # who may vote


def vote_count(roster: Roster, meeting: Meeting) -> VoteCount:
    day = meeting.held_on
    counted = [m for m in roster.official_on(day)
               if m.absence_on(day) != "away"
               and not (m.absence_on(day) == "exempt" and m.member_id not in meeting.present)]
    present = [m for m in counted if m.member_id in meeting.present]
    return VoteCount(len(counted), len(present))


def meeting_on(roster: Roster, day: date) -> Meeting:
    meeting = roster.meetings.get(day)
    if meeting is None:
        raise InvalidField("meeting_on", f"Chi bộ chưa ghi cuộc họp ngày {day:%d/%m/%Y}: ghi "
                                         "cuộc họp (người có mặt) trước khi biểu quyết.")
    return meeting


def take_vote(roster: Roster, day: date, candidate_id: UUID, subject: str,
              resolution_no: str, votes_for: int, stamp: Stamp
              ) -> tuple[VoteCount, ev.MeetingVoteTaken]:
    """Check the vote against the meeting (nothing typed but the votes for and the
    resolution's number) and give the meeting's record of it."""
    meeting = meeting_on(roster, day)
    count = vote_count(roster, meeting)
    if (str(candidate_id), subject) in meeting.votes:
        raise InvalidField("meeting_on", f"Cuộc họp ngày {day:%d/%m/%Y} đã biểu quyết việc "
                                         f"{SUBJECTS[subject]} người này.")
    if resolution_key(resolution_no) in roster.resolutions:
        raise InvalidField("resolution_no", f"Số nghị quyết {resolution_no.strip()} đã dùng "
                                            "cho một lần biểu quyết khác.")
    if votes_for > count.official_present:
        raise InvalidField("votes_for", f"Số tán thành ({votes_for}) nhiều hơn số đảng viên "
                                        f"chính thức có mặt ({count.official_present}).")
    guard = Guard(day)
    minimum = guard.number("vote_three_official_members", "minimum")
    guard.require(count.official_members >= minimum, "vote_three_official_members",
                  f"Chi bộ chỉ có {count.official_members} đảng viên chính thức được tính "
                  f"ngày {day:%d/%m/%Y}: cần ít nhất {minimum} để biểu quyết.",
                  official_members=count.official_members)
    event = make_event(ev.MeetingVoteTaken, roster.id, roster.version + 1, stamp, day, guard,
                       resolution_no.strip(), candidate_id=str(candidate_id), subject=subject,
                       official_members=count.official_members,
                       official_present=count.official_present)
    return count, event
