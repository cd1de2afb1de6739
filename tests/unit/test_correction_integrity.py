"""A correction can never produce a record the original action would have refused."""

from __future__ import annotations

from datetime import date

import pytest

from domain.candidate import correct_record, project
from domain.errors import InvalidField
from tests.unit.support import STAMP, build


def _story(upto):
    return build(upto).c


def test_corrected_vote_counts_recompute_whether_it_passed():
    c = _story("proposed")
    vote = next(e for e in c.history if type(e).__name__ == "AdmissionVoted")
    assert vote.passed
    fix = correct_record(c, vote.originator_version, {"votes_for": 5}, "QĐ 3-QĐ/HU",
                         date(2024, 9, 1), STAMP)
    rebuilt = project(None, [*c.history, fix])
    assert rebuilt.stage == "verified"          # 5 of 9 is below 2/3: no longer proposed


def test_passed_cannot_be_typed_in():
    c = _story("proposed")
    vote = next(e for e in c.history if type(e).__name__ == "AdmissionVoted")
    with pytest.raises(InvalidField):
        correct_record(c, vote.originator_version, {"passed": False}, "QĐ", date(2024, 9, 1),
                       STAMP)


def test_counts_are_checked_like_the_original_vote():
    c = _story("proposed")
    vote = next(e for e in c.history if type(e).__name__ == "AdmissionVoted")
    with pytest.raises(InvalidField):
        correct_record(c, vote.originator_version, {"votes_for": 99}, "QĐ", date(2024, 9, 1),
                       STAMP)


def test_a_birth_date_after_nomination_is_refused():
    c = _story("nominated")
    with pytest.raises(InvalidField):
        correct_record(c, 1, {"birth_date": date(2024, 6, 1)}, "QĐ", date(2024, 9, 1), STAMP)
    fix = correct_record(c, 1, {"birth_date": date(2006, 1, 2)}, "QĐ", date(2024, 9, 1),
                         STAMP)
    assert project(None, [*c.history, fix]).birth_date == date(2006, 1, 2)


def test_a_bool_is_not_an_int():
    c = _story("proposed")
    vote = next(e for e in c.history if type(e).__name__ == "AdmissionVoted")
    with pytest.raises(InvalidField):
        correct_record(c, vote.originator_version, {"votes_for": True}, "QĐ", date(2024, 9, 1),
                       STAMP)


def test_extending_a_state_with_a_new_correction_applies_it():
    c = _story("proposed")
    vote = next(e for e in c.history if type(e).__name__ == "AdmissionVoted")
    fix = correct_record(c, vote.originator_version, {"votes_for": 5}, "QĐ 3-QĐ/HU",
                         date(2024, 9, 1), STAMP)
    extended = project(_story("proposed"), [fix])
    assert extended.stage == project(None, [*c.history, fix]).stage == "verified"
    assert len(extended.history) == len(c.history) + 1
