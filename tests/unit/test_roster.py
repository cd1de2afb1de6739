"""The cell's roster: who is on it, who is official on a date, and what is refused."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest

from domain import roster as rs
from domain.errors import InvalidField
from tests.unit.support import CELL, STAMP

TEACHER = rs.NewMember("Đỗ Thị Hoa", date(1980, 4, 2), "female", "GV", date(2005, 3, 26),
                       date(2006, 3, 26))
PROBATIONARY = rs.NewMember("Vũ Văn Khánh", date(1995, 1, 9), "male", "GV", date(2024, 8, 1))


def roster_with(*people: rs.NewMember, joined_on: date = date(2024, 1, 2)) -> rs.Roster:
    roster = rs.empty_roster(CELL)
    for person in people:
        rs.evolve_roster(roster, rs.list_member(roster, person, joined_on, "listed", STAMP))
    return roster


def test_an_official_member_counts_from_their_official_date_and_until_they_leave():
    roster = roster_with(TEACHER, PROBATIONARY)
    hoa = next(m for m in roster.members.values() if m.full_name == "Đỗ Thị Hoa")
    assert [m.full_name for m in roster.official_on(date(2024, 1, 2))] == ["Đỗ Thị Hoa"]
    assert roster.official_on(date(2024, 1, 1)) == []          # not yet on this roster
    rs.evolve_roster(roster, rs.remove_member(roster, hoa.member_id, date(2024, 9, 1),
                                              "transfer_out", STAMP))
    assert hoa.official_on(date(2024, 8, 31)) and not hoa.official_on(date(2024, 9, 1))
    assert len(roster.on_roster(date(2024, 8, 31))) == 2


def test_the_same_person_twice_on_one_roster_is_refused():
    roster = roster_with(TEACHER)
    twice = rs.NewMember(" đỗ  thị hoa ", TEACHER.birth_date, "female", "GV", TEACHER.admitted_on)
    with pytest.raises(InvalidField) as refused:
        rs.list_member(roster, twice, date(2024, 2, 1), "listed", STAMP)
    assert refused.value.field == "full_name"


@pytest.mark.parametrize(("person", "field"), [
    (rs.NewMember("A", date(1990, 1, 1), "male", "GV", date(1989, 1, 1)), "admitted_on"),
    (rs.NewMember("A", date(1990, 1, 1), "male", "GV", date(2015, 1, 1), date(2014, 12, 31)),
     "official_since"),
    (rs.NewMember("A", date(1990, 1, 1), "male", "NV", date(2015, 1, 1)), "category"),
    (rs.NewMember("  ", date(1990, 1, 1), "male", "GV", date(2015, 1, 1)), "full_name"),
    (rs.NewMember("A", date(1990, 1, 1), "male", "GV", date(2030, 1, 2)), "admitted_on"),
])
def test_a_member_with_dates_out_of_order_or_bad_fields_is_refused(person, field):
    with pytest.raises(InvalidField) as refused:
        rs.list_member(rs.empty_roster(CELL), person, date(2024, 1, 2), "listed", STAMP)
    assert refused.value.field == field


def test_leaving_on_or_before_joining_or_twice_is_refused():
    roster = roster_with(TEACHER)
    hoa = next(iter(roster.members))
    with pytest.raises(InvalidField) as refused:
        rs.remove_member(roster, hoa, date(2024, 1, 2), "death", STAMP)
    assert refused.value.field == "left_on"
    rs.evolve_roster(roster, rs.remove_member(roster, hoa, date(2024, 1, 3), "death", STAMP))
    with pytest.raises(InvalidField):
        rs.remove_member(roster, hoa, date(2024, 1, 4), "expulsion", STAMP)
    with pytest.raises(InvalidField) as unknown:
        rs.remove_member(roster, "no-one", date(2024, 1, 4), "expulsion", STAMP)
    assert unknown.value.field == "member_id"


def test_an_absence_covers_its_days_and_must_end_after_it_starts():
    roster = roster_with(TEACHER)
    hoa = next(iter(roster.members))
    rs.evolve_roster(roster, rs.record_absence(roster, hoa, "away", date(2024, 3, 1),
                                               date(2024, 3, 31), STAMP))
    member = roster.members[hoa]
    assert member.absence_on(date(2024, 3, 31)) == "away"
    assert member.absence_on(date(2024, 4, 1)) is None
    with pytest.raises(InvalidField) as refused:
        rs.record_absence(roster, hoa, "exempt", date(2024, 5, 2), date(2024, 5, 1), STAMP)
    assert refused.value.field == "ends_on"


def test_an_admitted_candidate_joins_probationary_and_becomes_official_by_the_decision():
    roster = rs.empty_roster(CELL)
    candidate = UUID(int=7)
    rs.evolve_roster(roster, rs.admit_member(roster, candidate, "Lê Văn Tâm", date(2006, 1, 1),
                                             "male", "HS", date(2024, 6, 1), STAMP))
    assert roster.official_on(date(2025, 6, 1)) == []
    rs.evolve_roster(roster, rs.confirm_official(roster, str(candidate), date(2025, 6, 1),
                                                 date(2025, 6, 20), STAMP))
    assert [m.full_name for m in roster.official_on(date(2025, 6, 1))] == ["Lê Văn Tâm"]
    assert rs.confirm_official(roster, "elsewhere", date(2025, 6, 1), date(2025, 6, 20),
                               STAMP) is None


def test_the_vote_counts_an_exempt_member_only_when_present_and_never_one_away():
    from domain.meeting import hold_meeting, vote_count
    people = [rs.NewMember(f"Đảng viên {n}", date(1980, 1, n), "male", "GV", date(2005, 1, 1),
                           date(2006, 1, 1)) for n in range(1, 6)]
    roster = roster_with(*people, PROBATIONARY)
    ids = {m.full_name: m.member_id for m in roster.members.values()}
    day = date(2024, 3, 12)
    for name, kind in (("Đảng viên 1", "away"), ("Đảng viên 2", "exempt"),
                       ("Đảng viên 3", "exempt")):
        rs.evolve_roster(roster, rs.record_absence(roster, ids[name], kind, day, day, STAMP))
    present = [ids[n] for n in ("Đảng viên 3", "Đảng viên 4", "Đảng viên 5", "Vũ Văn Khánh")]
    rs.evolve_roster(roster, hold_meeting(roster, day, "regular", present[0], present[1],
                                          present, STAMP))
    count = vote_count(roster, roster.meetings[day])
    # 5 official; less 1 away, less 1 exempt and absent; the probationary member attends
    assert (count.official_members, count.official_present) == (3, 3)
