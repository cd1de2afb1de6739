"""The roster's actions, for the CLI, the web and the API: who may do what, and the
command's arguments from a schema's data."""

from __future__ import annotations

from domain.meeting import vote_count
from domain.roster import NewMember, Roster
from service.accounts.policy import ACTIONS as CELL
from service.accounts.policy import User, require, require_reach
from service.collation import name_key


def roster(services, user: User, cell_code: str) -> Roster:
    require_reach(user, cell_code)
    return services.store.roster(cell_code)


def members_sorted(roster: Roster) -> list:
    """The roster as the cell reads it: present members first, by given name."""
    return sorted(roster.members.values(),
                  key=lambda m: (m.left_on is not None, name_key(m.full_name)))


def new_member(data: dict) -> tuple[NewMember, object]:
    person = NewMember(data["full_name"], data["birth_date"], data["gender"], data["category"],
                       data["admitted_on"], data.get("official_since"))
    return person, data["joined_on"]


def add_member(services, user: User, cell_code: str, data: dict):
    require(user.may_record(CELL, cell_code))
    person, joined_on = new_member(data)
    return services.command(services.store.add_member, cell_code, person, joined_on, user.username,
                            data.get("joined_by") or "listed", data.get("document_no"))


def remove_member(services, user: User, cell_code: str, data: dict):
    require(user.may_record(CELL, cell_code))
    return services.command(services.store.remove_member,
                            cell_code, data["member_id"], data["left_on"],
                            data["reason"], user.username, data.get("note") or "",
                            data.get("document_no"))


def record_absence(services, user: User, cell_code: str, data: dict):
    require(user.may_record(CELL, cell_code))
    return services.command(services.store.record_absence,
                            cell_code, data["member_id"], data["kind"],
                            data["starts_on"], data["ends_on"], user.username,
                            data.get("document_no"))


def hold_meeting(services, user: User, cell_code: str, data: dict):
    require(user.may_record(CELL, cell_code))
    return services.command(services.store.hold_meeting, cell_code, data["held_on"], data["kind"],
                            data["chaired_by"], data["minutes_by"], data["present"],
                            user.username)


def meetings_view(roster: Roster) -> list[dict]:
    """The meetings, newest first, with the count each vote there rests on."""
    out = []
    for day in sorted(roster.meetings, reverse=True):
        meeting = roster.meetings[day]
        count = vote_count(roster, meeting)
        out.append({"held_on": day, "kind": meeting.kind, "chaired_by": meeting.chaired_by,
                    "minutes_by": meeting.minutes_by, "present": sorted(meeting.present),
                    "official_members": count.official_members,
                    "official_present": count.official_present,
                    "votes": [{"candidate_id": c, "subject": s} for c, s in meeting.votes]})
    return out
