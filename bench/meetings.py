"""A cell meeting with a given number of official members counted, for tests that vote.

The count at a vote comes from the roster and the meeting's attendance, never typed: a test
that says "a cell of 9 official members meets on D" lists members (fictional, joined long
before) until 9 are official on D, records the others as away on D, and holds the meeting
with everyone counted present."""

from __future__ import annotations

from datetime import date

from domain.roster import NewMember

LONG_AGO = date(2000, 1, 3)


def meeting_of(store, cell: str, day: date, officials: int, actor: str = "bi-thu") -> None:
    roster = store.roster(cell)
    if day in roster.meetings:
        return
    counted = [m for m in roster.official_on(day) if m.absence_on(day) is None]
    missing = officials - len(counted)
    if missing > 0:
        first = len(roster.members) + 1
        store.import_members(cell, [(NewMember(f"Đảng viên thứ {n}", date(1970, 1, 1), "male",
                                               "GV", date(1998, 1, 1), date(1999, 1, 1)),
                                     LONG_AGO) for n in range(first, first + missing)], actor)
    for member in counted[officials:] if missing < 0 else ():
        store.record_absence(cell, member.member_id, "away", day, day, actor)
    roster = store.roster(cell)
    present = [m.member_id for m in roster.on_roster(day) if m.absence_on(day) is None]
    store.hold_meeting(cell, day, "regular", present[0], present[-1], present, actor)
