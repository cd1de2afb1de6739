"""Values that can never be right: refused with InvalidField, whatever the override."""

from dataclasses import replace
from datetime import date

import pytest

from domain import candidate as cd
from domain.errors import InvalidField
from domain.workdays import declare_day
from tests.unit.support import CELL, OVERRIDE_STAMP, STAMP, STUDENT, TEACHER, build

FUTURE = date(2031, 1, 1)
ID = build("nominated").events[0].originator_id


def field_of(action, *args, **kwargs) -> str:
    with pytest.raises(InvalidField) as error:
        action(*args, stamp=OVERRIDE_STAMP, **kwargs)
    assert error.value.message
    return error.value.field


@pytest.mark.parametrize(("field", "changes"), [
    ("full_name", {"full_name": "   "}),
    ("ethnicity", {"ethnicity": ""}),
    ("category", {"category": "CB"}),
    ("gender", {"gender": "other"}),
    ("education", {"education": "kindergarten"}),
    ("birth_date", {"birth_date": date(2024, 2, 1)}),
    ("class_name", {"class_name": " "}),
])
def test_a_nomination_with_a_bad_personal_field_is_refused(field, changes):
    person = replace(STUDENT, **changes)
    assert field_of(cd.nominate, ID, CELL, person, date(2024, 2, 1)) == field


def test_a_teacher_needs_no_class():
    event = cd.nominate(ID, CELL, replace(TEACHER, class_name=None), date(2024, 2, 1), STAMP)
    assert event.category == "GV"


def test_a_nomination_in_the_future_is_refused():
    assert field_of(cd.nominate, ID, CELL, STUDENT, FUTURE) == "nominated_on"


def test_a_nomination_without_a_cell_is_refused():
    assert field_of(cd.nominate, ID, " ", STUDENT, date(2024, 2, 1)) == "cell"


def test_a_nomination_normalises_the_spaces_in_the_name():
    person = replace(STUDENT, full_name="  Nguyễn   Văn  An ")
    assert cd.nominate(ID, CELL, person, date(2024, 2, 1), STAMP).full_name == "Nguyễn Văn An"


FUTURE_ACTIONS = [
    ("dossier", cd.assign_helpers, (FUTURE, ["Lê Văn Cường"]), "assigned_on"),
    ("nominated", cd.register_for_awareness_class, (FUTURE,), "registered_on"),
    ("dossier", cd.complete_awareness_class, (FUTURE, "1/CN", "TTCT"), "completed_on"),
    ("dossier", cd.submit_application, (FUTURE,), "submitted_on"),
    ("dossier", cd.record_verification, (FUTURE, "passed"), "concluded_on"),
    ("dossier", cd.record_introduction, (FUTURE, "youth_union", ["Đoàn"]), "introduced_on"),
    ("dossier", cd.collect_comments, (FUTURE,), "collected_on"),
    ("dossier", cd.vote_admission, (FUTURE, "6", 9, 9), "meeting_on"),
    ("proposed", cd.decide_admission, (FUTURE, "100", "BTV", FUTURE), "decided_on"),
    ("decided", cd.hold_ceremony, (FUTURE,), "held_on"),
    ("probationary", cd.complete_new_member_class, (FUTURE, "45"), "completed_on"),
    ("class_done", cd.vote_conversion, (FUTURE, "13", 9, 9), "meeting_on"),
    ("conversion_proposed", cd.decide_conversion, (FUTURE, "200", "BTV"), "decided_on"),
    ("dossier", cd.withdraw, (FUTURE, "Lý do"), "on"),
    ("class_done", cd.strike_off, (FUTURE, "Lý do"), "on"),
]


@pytest.mark.parametrize(("stage", "action", "args", "field"), FUTURE_ACTIONS,
                         ids=[a[1].__name__ for a in FUTURE_ACTIONS])
def test_an_action_dated_in_the_future_is_refused(stage, action, args, field):
    assert field_of(action, build(stage).c, *args) == field


EMPTY_TEXT = [
    ("dossier", cd.assign_helpers, (date(2024, 4, 1), [" ", ""]), "helpers"),
    ("dossier", cd.complete_awareness_class, (date(2024, 4, 1), " ", "TTCT"), "certificate_no"),
    ("dossier", cd.complete_awareness_class, (date(2024, 4, 1), "1", ""), "issued_by"),
    ("dossier", cd.record_verification, (date(2024, 4, 1), "maybe"), "result"),
    ("dossier", cd.record_introduction, (date(2024, 4, 1), "youth_union", []), "introducers"),
    ("proposed", cd.decide_admission, (date(2024, 5, 20), " ", "BTV", date(2024, 5, 22)),
     "decision_no"),
    ("proposed", cd.decide_admission, (date(2024, 5, 20), "100", "", date(2024, 5, 22)),
     "decided_by"),
    ("probationary", cd.complete_new_member_class, (date(2024, 9, 1), " "), "certificate_no"),
    ("conversion_proposed", cd.decide_conversion, (date(2025, 6, 20), "", "BTV"),
     "decision_no"),
    ("conversion_proposed", cd.decide_conversion, (date(2025, 6, 20), "200", " "),
     "decided_by"),
    ("dossier", cd.withdraw, (date(2024, 5, 1), "  "), "reason"),
    ("dossier", cd.transfer_out, (date(2024, 5, 1), "", ["Lý lịch"]), "reason"),
    ("dossier", cd.transfer_out, (date(2024, 5, 1), "Chuyển trường", [" "]), "papers"),
    ("class_done", cd.strike_off, (date(2025, 3, 1), ""), "reason"),
]


@pytest.mark.parametrize(("stage", "action", "args", "field"), EMPTY_TEXT,
                         ids=[f"{a[1].__name__}-{a[3]}" for a in EMPTY_TEXT])
def test_an_empty_or_unknown_value_is_refused_naming_the_field(stage, action, args, field):
    assert field_of(action, build(stage).c, *args) == field


def test_declaring_a_day_off_needs_a_reason():
    assert field_of(declare_day, 0, date(2025, 1, 27), False, " ") == "reason"


def test_declaring_a_make_up_working_day_records_it_as_such():
    event = declare_day(0, date(2025, 2, 8), True, "Làm bù cho 27/01/2025", STAMP)
    assert type(event).__name__ == "WorkdayDeclared" and event.originator_version == 1
