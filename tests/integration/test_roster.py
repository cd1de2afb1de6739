"""The roster on the real stores: listed, imported, and joined by the candidate's own steps."""

from __future__ import annotations

from datetime import date

import pytest

from bench.year import generate_year
from domain import roster as rs
from domain.errors import InvalidField

TEACHER = rs.NewMember("Đỗ Thị Hoa", date(1980, 4, 2), "female", "GV", date(2005, 3, 26),
                       date(2006, 3, 26))


def test_a_bad_row_in_an_import_stores_no_member(services):
    services.store.register_cell("LTK", "Chi bộ", "Đảng ủy xã", date(2023, 1, 5), "admin")
    bad = rs.NewMember("Lý Văn Nam", date(1990, 1, 1), "male", "GV", date(1989, 1, 1))
    with pytest.raises(InvalidField, match="Dòng 2"):
        services.store.import_members("LTK", [(TEACHER, date(2024, 1, 2)),
                                              (bad, date(2024, 1, 2))], "bithu")
    assert services.store.roster("LTK").members == {}
    services.store.add_member("LTK", TEACHER, date(2024, 1, 2), "bithu")
    assert [m.full_name for m in services.store.roster("LTK").official_on(date(2024, 1, 2))] \
        == ["Đỗ Thị Hoa"]


def test_the_ceremony_and_the_conversion_put_a_candidate_on_the_roster(services):
    ids = generate_year(services, cells=1, per_cell=12, corrections=False)
    roster = services.store.roster("GEN-1")
    for candidate_id in ids.values():
        c = services.store.candidate(candidate_id)
        member = roster.members.get(str(candidate_id))
        if c.admitted_on is None:
            assert member is None
            continue
        assert member.joined_by == "admitted" and member.admitted_on == c.admitted_on
        assert member.official_since == c.official_since
        if c.stage == "struck_off":
            assert member.left_on is not None and member.left_reason == "strike_off"
    assert any(m.official_since for m in roster.members.values())


def test_the_demo_cell_has_a_real_roster(services):
    from service.demo import CELL, load_demo
    load_demo(services)
    roster = services.store.roster(CELL)
    assert len(roster.official_on(date(2023, 1, 6))) == 15
    admitted = [m for m in roster.members.values() if m.joined_by == "admitted"]
    assert admitted and all(m.admitted_on >= date(2023, 1, 6) for m in admitted)
    # issue 15's moves follow the roster: the arrival joins it, the letter of transfer ends it
    arrived = next(m for m in roster.members.values() if m.joined_by == "transfer_in")
    assert (arrived.full_name, arrived.joined_on, arrived.admitted_on) == \
        ("Lê Hoài Nam", date(2025, 9, 8), date(2025, 3, 14))
    moved = [m for m in roster.members.values() if m.left_reason == "transfer_out"]
    assert moved and all(m.left_on > m.joined_on for m in moved)


def test_the_demo_introducers_are_official_members_of_its_roster(services):
    from domain import events as ev
    from service.demo import CELL, load_demo
    ids = load_demo(services)
    roster = services.store.roster(CELL)
    introductions = [e for cid in ids.values()
                     for e in services.store.candidate(cid).history
                     if isinstance(e, ev.IntroductionRecorded)]
    assert introductions
    for e in introductions:
        assert e.members and all(roster.members[m["member_id"]].official_on(e.occurred_on)
                                 for m in e.members)
