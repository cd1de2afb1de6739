"""The cell's roster (danh sách đảng viên): use cases, mixed into the application.

The roster is one short stream per cell, read from the store when needed (tens of events),
so it needs no read-model table. The candidate steps that change it (the ceremony, the
conversion decision, a strike-off) save the roster's event in the same transaction as the
candidate's own (`roster_follow_up`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from domain import candidate as cd
from domain import events as ev
from domain import meeting as mt
from domain import roster as rs
from domain.decisions import CELL, Override
from domain.errors import InvalidField
from service.application.results import Recorded

if TYPE_CHECKING:       # the application this is mixed into: `self` on a vote's way to the save
    from service.application.app import KetnapApplication


class RosterUseCases:
    def roster(self, cell_code: str) -> rs.Roster:
        self.cell(cell_code)
        return rs.project_roster(rs.empty_roster(cell_code),
                                 self.stream(rs.roster_id(cell_code)), cell_code)

    def add_member(self, cell_code: str, person: rs.NewMember, joined_on: date, actor: str,
                   joined_by: str = "listed", document_no: str | None = None) -> Recorded:
        return self.import_members(cell_code, [(person, joined_on)], actor, joined_by,
                                   document_no)

    def import_members(self, cell_code: str, people: list[tuple[rs.NewMember, date]],
                       actor: str, joined_by: str = "listed",
                       document_no: str | None = None) -> Recorded:
        """Every member or none: a bad row stores nothing (its error names the row)."""
        roster, stamp, events = self.roster(cell_code), self.stamp(actor), []
        for row, (person, joined_on) in enumerate(people, start=1):
            try:
                event = rs.list_member(roster, person, joined_on, joined_by, stamp,
                                       document_no)
            except Exception as error:
                if len(people) > 1 and hasattr(error, "message"):
                    error.message = f"Dòng {row}: {error.message}"
                    error.args = (error.message,)
                raise
            rs.evolve_roster(roster, event)
            events.append(event)
        if not events:
            raise InvalidField("members", "Không có đảng viên nào để nhập.")
        return Recorded(roster.id, roster.version, self.record(*events))

    def remove_member(self, cell_code: str, member_id: str, left_on: date, reason: str,
                      actor: str, note: str = "", document_no: str | None = None) -> Recorded:
        roster = self.roster(cell_code)
        event = rs.remove_member(roster, member_id, left_on, reason, self.stamp(actor), note,
                                 document_no)
        return Recorded(roster.id, event.originator_version, self.record(event))

    def record_absence(self, cell_code: str, member_id: str, kind: str, starts_on: date,
                       ends_on: date, actor: str, document_no: str | None = None) -> Recorded:
        roster = self.roster(cell_code)
        event = rs.record_absence(roster, member_id, kind, starts_on, ends_on,
                                  self.stamp(actor), document_no)
        return Recorded(roster.id, event.originator_version, self.record(event))

    def hold_meeting(self, cell_code: str, held_on: date, kind: str, chaired_by: str,
                     minutes_by: str, present: list[str], actor: str) -> Recorded:
        roster = self.roster(cell_code)
        event = mt.hold_meeting(roster, held_on, kind, chaired_by, minutes_by, present,
                                self.stamp(actor))
        return Recorded(roster.id, event.originator_version, self.record(event))

    def vote_at_meeting(self: KetnapApplication, decision, subject: str,
                        candidate: cd.Candidate, actor: str, meeting_on: date,
                        resolution_no: str, votes_for: int,
                        override: Override | None = None, acting_for: str = CELL,
                        expected_version: int | None = None) -> Recorded:
        """The cell's vote on one person at a recorded meeting: the 2/3 denominator comes
        from the roster and the attendance; the meeting keeps the vote and its resolution
        number, in the same transaction as the candidate's own event. `candidate`: as the
        step loaded it (candidates.py)."""
        roster = self.roster(candidate.cell_code)
        stamp = self.stamp(actor, override, acting_for)
        count, taken = mt.take_vote(roster, meeting_on, candidate.id, subject, resolution_no,
                                    votes_for, stamp)
        event = decision(candidate, meeting_on=meeting_on, resolution_no=resolution_no,
                         official_members=count.official_members, votes_for=votes_for,
                         stamp=stamp, expected_version=expected_version)
        return self._recorded(event, candidate, [taken])

    def roster_follow_up(self, before: cd.Candidate | None, event: ev.Event) -> list[ev.Event]:
        """The roster's own event for a candidate step that changes it (none otherwise): the
        ceremony and an arrival by transfer put the member on it, the conversion decision
        makes them official, a strike-off or the letter of transfer takes them off."""
        if isinstance(event, ev.PartyTransferArrived):
            return [self._arrival_on_roster(event)]
        if not isinstance(event, ev.Admitted | ev.ConvertedToOfficial | ev.StruckOff
                          | ev.PartyTransferLetterIssued):
            return []
        roster = self.roster(before.cell_code)
        stamp = self.stamp(event.actor)
        if isinstance(event, ev.Admitted):
            return [rs.admit_member(roster, before.id, before.full_name, before.birth_date,
                                    before.gender, before.category, event.occurred_on, stamp)]
        member_id = str(before.id)
        if member_id not in roster.members or roster.members[member_id].left_on:
            return []
        if isinstance(event, ev.ConvertedToOfficial):
            return [rs.confirm_official(roster, member_id, event.official_since,
                                        event.occurred_on, stamp)]
        if event.occurred_on <= roster.members[member_id].joined_on:
            return []
        if isinstance(event, ev.PartyTransferLetterIssued):
            return [rs.remove_member(roster, member_id, event.occurred_on, "transfer_out",
                                     stamp, event.destination, event.document_no)]
        return [rs.remove_member(roster, member_id, event.occurred_on, "strike_off", stamp,
                                 event.reason)]

    def _arrival_on_roster(self, event: ev.PartyTransferArrived) -> ev.Event:
        """The member received by transfer joins the receiving cell's roster that day, with
        the candidate stream's id as member id (its conversion follows it there)."""
        roster = self.roster(event.cell_code)
        return rs.admit_member(roster, event.originator_id, event.full_name, event.birth_date,
                               event.gender, event.category, event.admitted_on,
                               self.stamp(event.actor), joined_on=event.occurred_on,
                               official_since=event.official_since, joined_by="transfer_in")
