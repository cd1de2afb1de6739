"""Chuyển sinh hoạt đảng (24-QĐ/TW 6.3.1): out with the letter, presented at the new place,
in with the letter keeping the admission date; a non-member leaves with the papers."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain import candidate as cd
from domain.candidate import Stage
from domain.errors import InvalidField
from tests.unit.support import STAMP, TEACHER, build


def letter(story, on=date(2024, 9, 2), cause=date(2024, 8, 15)):
    return story.then(cd.issue_transfer_letter, on, "15-GGT/ĐU", "Đảng bộ xã Tự Lạn",
                      cause_on=cause)


def test_a_member_leaves_with_the_letter_and_presents_it(probationary):
    letter(probationary)
    c = probationary.c
    assert c.stage == Stage.TRANSFERRED_OUT and c.exited_on == date(2024, 9, 2)
    assert (c.transfer_cause_on, c.transfer_letter_on) == (date(2024, 8, 15), date(2024, 9, 2))
    probationary.then(cd.record_transfer_presented, date(2024, 9, 16), "Đảng ủy xã Tự Lạn")
    assert probationary.c.transfer_presented_on == date(2024, 9, 16)
    again = probationary.refused(cd.record_transfer_presented, date(2024, 9, 17), "Xã")
    assert again.rule_id == "stage_order"


def test_a_letter_is_only_for_members(dossier):
    assert dossier.refused(cd.issue_transfer_letter, date(2024, 5, 1), "1", "Xã",
                           cause_on=date(2024, 4, 1)).rule_id == "stage_order"


@pytest.mark.parametrize("blank", ["letter_no", "destination"])
def test_a_letter_names_its_number_and_destination(probationary, blank):
    args = {"letter_no": "15-GGT", "destination": "Xã", blank: " "}
    with pytest.raises(InvalidField) as error:
        cd.issue_transfer_letter(probationary.c, date(2024, 9, 2), cause_on=date(2024, 9, 1),
                                 stamp=STAMP, **args)
    assert error.value.field == blank


def test_a_member_does_not_leave_by_a_plain_exit(probationary):
    refusal = probationary.refused(cd.transfer_out, date(2024, 9, 2), "Chuyển trường",
                                   ["Lý lịch"])
    assert refusal.rule_id == "member_transfer_by_letter"


def test_a_candidate_leaves_with_the_papers_listed(dossier):
    dossier.then(cd.transfer_out, date(2024, 5, 1), "Chuyển trường", [" Lý lịch ", "Đơn"])
    assert dossier.events[-1].papers == ("Lý lịch", "Đơn")


def arrival(**changes):
    args = dict(letter_no="31-GGT/ĐU", letter_on=date(2025, 8, 28), from_unit="Chi bộ THCS",
                admitted_on=date(2025, 3, 14), new_member_class_on=date(2025, 6, 20))
    args.update(changes)
    return cd.receive_transfer(uuid4(), "LTK", TEACHER, date(2025, 9, 8), stamp=STAMP, **args)


def test_the_receiving_cell_keeps_the_admission_date_and_converts():
    c = cd.project(None, [arrival()])
    assert c.stage == Stage.PROBATIONARY and c.arrived_on == date(2025, 9, 8)
    assert c.probation_ends_on == date(2026, 3, 14)
    event = cd.vote_conversion(c, date(2026, 3, 20), "5-NQ", 9, 8, stamp=STAMP)
    c = cd.project(c, [event])
    assert c.stage == Stage.CONVERSION_PROPOSED


def test_an_official_member_arrives_official():
    c = cd.project(None, [arrival(official_since=date(2026, 3, 14))])
    assert c.stage == Stage.OFFICIAL


@pytest.mark.parametrize(("changes", "field"), [
    ({"letter_no": " "}, "letter_no"),
    ({"from_unit": ""}, "from_unit"),
    ({"letter_on": date(2025, 9, 9)}, "letter_on"),          # after the arrival
    ({"admitted_on": date(2025, 8, 29)}, "admitted_on"),     # after the letter
])
def test_an_arrival_without_its_letter_is_refused_naming_the_field(changes, field):
    with pytest.raises(InvalidField) as error:
        arrival(**changes)
    assert error.value.field == field


def test_a_withdrawn_candidate_has_no_letter_to_present():
    story = build("dossier")
    story.then(cd.withdraw, date(2024, 5, 1), "Chuyển trường")
    assert story.refused(cd.record_transfer_presented, date(2024, 5, 2), "Xã").rule_id == \
        "stage_order"


def test_the_move_recorded_first_starts_the_60_working_days_as_a_reminder(probationary):
    probationary.then(cd.record_transfer_cause, date(2024, 8, 15), "Trúng tuyển đại học")
    c = probationary.c
    assert (c.transfer_cause_on, c.stage) == (date(2024, 8, 15), Stage.PROBATIONARY)
    probationary.then(cd.issue_transfer_letter, date(2024, 9, 2), "15-GGT", "Xã")
    assert probationary.events[-1].cause_on == date(2024, 8, 15)


def test_a_letter_without_the_date_of_the_move_is_refused_naming_it(probationary):
    with pytest.raises(InvalidField) as error:
        cd.issue_transfer_letter(probationary.c, date(2024, 9, 2), "15-GGT", "Xã", stamp=STAMP)
    assert error.value.field == "cause_on"
