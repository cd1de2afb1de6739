"""Số định danh cá nhân (12 digits, agreeing with birth year and sex) and re-admission
(24-QĐ/TW 3.5): who is barred, the waiting time, the province's consent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from domain import candidate as cd
from domain.candidate.identity import Readmission, check_citizen_id
from domain.errors import InvalidField, RuleViolation
from tests.unit.support import COMMITTEE_STAMP, STAMP, TEACHER, Story, build

BORN = date(1990, 3, 3)        # the teacher of tests.unit.support: female, 1990


@pytest.mark.parametrize("number", ["024190123456", "001190000001"])
def test_a_valid_number_agrees_with_year_and_sex(number):
    assert check_citizen_id(number, BORN, "female") == number


@pytest.mark.parametrize(("number", "why"), [
    ("02419012345", "đúng 12 chữ số"),          # 11 digits
    ("0241901234567", "đúng 12 chữ số"),        # 13 digits
    ("02419012345A", "đúng 12 chữ số"),         # a letter
    ("０２４１９０１２３４５６", "đúng 12 chữ số"),  # full-width digits are not ASCII digits
    ("003190123456", "Mã tỉnh 003"),            # no province has code 003
    ("024090123456", "không khớp"),             # 0: a man born in the 1900s
    ("024191123456", "không khớp"),             # born in 1991
    ("024390123456", "không khớp"),             # 3: a woman born in the 2000s
])
def test_a_wrong_number_is_refused_naming_the_field(number, why):
    with pytest.raises(InvalidField) as error:
        check_citizen_id(number, BORN, "female")
    assert error.value.field == "citizen_id" and why in error.value.message


def test_the_number_is_optional_and_stored_with_the_nomination():
    story = Story([cd.nominate(uuid4(), "LTK", replace(TEACHER, citizen_id="024190123456"),
                               date(2024, 2, 1), STAMP)])
    assert story.c.citizen_id == "024190123456"
    assert cd.nominate(uuid4(), "LTK", TEACHER, date(2024, 2, 1), STAMP).citizen_id is None


def readmitted(left_by="struck_off", left_on=date(2021, 1, 4), consent=None):
    return Readmission(left_on, left_by, consent)


@pytest.mark.parametrize("left_by", ["abandoned", "asked_to_leave", "disunity", "corruption",
                                     "serious_crime"])
def test_those_the_rules_bar_are_not_nominated_for_readmission(left_by):
    with pytest.raises(RuleViolation) as refusal:
        cd.nominate(uuid4(), "LTK", TEACHER, date(2024, 2, 1), COMMITTEE_STAMP,
                    readmission=readmitted(left_by))
    assert refusal.value.rule_id == "readmission_barred"
    assert refusal.value.article == "Quy định 24-QĐ/TW, mục 3.5.2"


def readmission_story(left_on, left_by="struck_off", consent=None) -> Story:
    story = build("dossier", TEACHER)
    first = replace(story.events[0], left_party_on=left_on, left_by=left_by,
                    province_consent_no=consent)
    return Story([first, *story.events[1:]])


def test_the_cell_considers_a_readmission_after_36_months_only():
    story = readmission_story(date(2021, 5, 3))          # 36 months end 03/05/2024
    refusal = story.refused(cd.vote_admission, date(2024, 5, 2), "1-NQ", 9, 9)
    assert refusal.rule_id == "readmission_waiting_period"
    story.then(cd.vote_admission, date(2024, 5, 3), "1-NQ", 9, 9)


def test_after_a_minor_crime_the_wait_is_60_months():
    story = readmission_story(date(2019, 5, 3), "minor_crime")
    refusal = story.refused(cd.vote_admission, date(2024, 5, 2), "1-NQ", 9, 9)
    assert refusal.rule_id == "readmission_waiting_period"


def test_the_decision_needs_the_provinces_written_consent():
    story = readmission_story(date(2020, 1, 6))
    story.then(cd.vote_admission, date(2024, 5, 2), "1-NQ", 9, 9)
    refusal = story.refused(cd.decide_admission, date(2024, 5, 20), "QĐ", "BTV",
                            date(2024, 5, 22))
    assert refusal.rule_id == "readmission_province_consent"
    with_consent = readmission_story(date(2020, 1, 6), consent="120-CV/TU")
    with_consent.then(cd.vote_admission, date(2024, 5, 2), "1-NQ", 9, 9)
    with_consent.then(cd.decide_admission, date(2024, 5, 20), "QĐ", "BTV", date(2024, 5, 22))
    assert with_consent.c.readmission and with_consent.c.decided_on == date(2024, 5, 20)
