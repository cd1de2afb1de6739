"""Đính chính: a correction patches the rebuilt state; the history keeps the original event."""

from datetime import date

import pytest

from domain import candidate as cd
from domain import events as ev
from domain.errors import ConcurrentChange, InvalidField
from tests.unit.support import STAMP, TEACHER, build

ON = date(2025, 7, 10)
AUTHORITY = "15-CV/ĐU cho phép đính chính"


def correct(story, position, fields, authority=AUTHORITY, **kwargs):
    return story.then(cd.correct_record, position, fields, authority, ON, **kwargs)


def invalid(story, position, fields, authority=AUTHORITY, on=ON) -> InvalidField:
    with pytest.raises(InvalidField) as error:
        cd.correct_record(story.c, position, fields, authority, on, stamp=STAMP)
    return error.value


def test_a_corrected_birth_date_is_used_by_the_rebuilt_candidate(dossier):
    original = dossier.events[0]
    event = correct(dossier, 1, {"birth_date": date(2000, 6, 20)})
    assert dossier.c.birth_date == date(2000, 6, 20)
    assert dossier.c.history[0] is original and original.birth_date == date(2000, 5, 20)
    assert dossier.c.history[-1] is event
    assert (event.corrects, event.authority, event.document_no) == (1, AUTHORITY, AUTHORITY)


def test_a_corrected_ceremony_date_moves_the_end_of_probation(probationary):
    position = next(i for i, e in enumerate(probationary.events, 1) if isinstance(e, ev.Admitted))
    correct(probationary, position, {"occurred_on": date(2024, 6, 3)})
    assert probationary.c.admitted_on == date(2024, 6, 3)
    assert probationary.c.probation_ends_on == date(2025, 6, 3)
    assert probationary.c.history[position - 1].occurred_on == date(2024, 6, 1)


def test_a_corrected_vote_count_changes_whether_the_vote_passed_in_the_rebuilt_state(dossier):
    dossier.then(cd.vote_admission, date(2024, 5, 2), "6-NQ/CB", 9, 5)
    correct(dossier, len(dossier.events), {"votes_for": 6})   # passed is recomputed
    assert dossier.c.stage == cd.Stage.PROPOSED


def test_a_later_correction_of_the_same_field_wins():
    story = build("nominated")
    correct(story, 1, {"full_name": "Nguyễn Văn Ân"})
    correct(story, 1, {"full_name": "Nguyễn Văn Anh"})
    assert story.c.full_name == "Nguyễn Văn Anh"
    assert story.c.version == 3 and len(story.c.history) == 3


@pytest.mark.parametrize("position", [0, 2, -1, 99])
def test_correcting_an_event_that_is_not_in_the_history_is_an_invalid_field(position):
    assert invalid(build("nominated"), position, {"full_name": "X"}).field == "corrects"


@pytest.mark.parametrize("frozen", ["actor", "timestamp", "originator_id", "rule_set",
                                    "overridden_rules", "override_reason"])
def test_a_frozen_field_cannot_be_corrected(frozen):
    story = build("nominated")
    value = getattr(story.events[0], frozen)
    assert invalid(story, 1, {frozen: value}).field == frozen


def test_a_correction_cannot_itself_be_corrected():
    story = build("nominated")
    correct(story, 1, {"full_name": "Nguyễn Văn Ân"})
    assert invalid(story, 2, {"authority": "khác"}).field == "corrects"


def test_a_field_the_event_does_not_have_cannot_be_corrected():
    assert invalid(build("nominated"), 1, {"votes_for": 3}).field == "votes_for"


def test_the_cell_is_never_corrected_a_candidate_changes_cell_by_a_transfer():
    assert invalid(build("nominated"), 1, {"cell_code": "OTHER"}).field == "cell_code"


@pytest.mark.parametrize(("name", "value"), [
    ("birth_date", "2000-06-20"), ("birth_date", "20/06/2000"), ("full_name", 7),
    ("full_name", {"a": 1}), ("full_name", ["X"]), ("class_name", {"a": 1}),
    ("youth_union_member", 1), ("full_name", "   "), ("birth_date", None),
])
def test_a_correction_must_keep_the_type_of_the_value(name, value):
    assert invalid(build("nominated"), 1, {name: value}).field == name


def test_an_optional_text_that_was_empty_takes_only_a_text():
    teacher = build("nominated", TEACHER)
    assert invalid(teacher, 1, {"class_name": {"a": 1}}).field == "class_name"
    correct(teacher, 1, {"class_name": "12A1"})
    assert teacher.c.class_name == "12A1"


def test_a_correction_needs_at_least_one_field():
    assert invalid(build("nominated"), 1, {}).field == "fields"


def test_a_correction_needs_the_document_that_authorises_it():
    assert invalid(build("nominated"), 1, {"full_name": "X"}, authority=" ").field == \
        "authority"


def test_a_correction_cannot_be_dated_in_the_future():
    assert invalid(build("nominated"), 1, {"full_name": "X"}, on=date(2031, 1, 1)).field == "on"


def test_a_correction_against_a_stale_version_is_a_concurrent_change():
    story = build("nominated")
    with pytest.raises(ConcurrentChange):
        cd.correct_record(story.c, 1, {"full_name": "X"}, AUTHORITY, ON, stamp=STAMP,
                          expected_version=0)
