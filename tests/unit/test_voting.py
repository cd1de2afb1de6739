"""vote_two_thirds: at least 2/3 of all the cell's official members; a failed vote is a fact."""

from datetime import date

import pytest

from domain import candidate as cd
from domain.candidate import Stage
from domain.errors import InvalidField
from tests.unit.support import OVERRIDE_STAMP

MEETING = date(2024, 5, 2)

CASES = [(9, 6, True), (9, 5, False), (10, 7, True), (10, 6, False),
         (11, 8, True), (11, 7, False), (3, 2, True), (1, 1, True), (1, 0, False)]


@pytest.mark.parametrize(("members", "votes", "passed"), CASES)
def test_an_admission_vote_passes_with_at_least_two_thirds_of_official_members(
        members, votes, passed, dossier):
    event = dossier.then(cd.vote_admission, MEETING, "6-NQ/CB", members, votes)
    assert event.passed is passed
    assert (event.official_members, event.votes_for) == (members, votes)


@pytest.mark.parametrize(("members", "votes", "passed"), CASES)
def test_a_conversion_vote_uses_the_same_two_thirds_threshold(members, votes, passed, probationary):
    event = probationary.then(cd.vote_conversion, date(2025, 6, 2), "13-NQ/CB", members, votes)
    assert event.passed is passed


def test_a_failed_admission_vote_is_recorded_and_the_stage_does_not_advance(dossier):
    event = dossier.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 5)
    assert event.passed is False and not event.overridden_rules
    assert dossier.c.stage == Stage.VERIFIED
    assert dossier.c.admission_voted_on is None


def test_the_cell_may_vote_again_after_a_failed_vote(dossier):
    dossier.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 5)
    assert dossier.then(cd.vote_admission, date(2024, 6, 5), "7-NQ/CB", 9, 6).passed
    assert dossier.c.stage == Stage.PROPOSED
    assert dossier.c.admission_voted_on == date(2024, 6, 5)


def test_a_failed_conversion_vote_keeps_the_member_probationary(probationary):
    probationary.then(cd.vote_conversion, date(2025, 6, 2), "13-NQ/CB", 10, 6)
    assert probationary.c.stage == Stage.PROBATIONARY


@pytest.mark.parametrize("action", [cd.vote_admission, cd.vote_conversion])
def test_more_votes_for_than_official_members_is_an_invalid_field(action, probationary):
    with pytest.raises(InvalidField) as error:
        action(probationary.c, MEETING, "6-NQ/CB", 9, 10, stamp=OVERRIDE_STAMP)
    assert error.value.field == "votes_for"


@pytest.mark.parametrize("action", [cd.vote_admission, cd.vote_conversion])
def test_a_cell_with_no_official_members_is_an_invalid_field(action, probationary):
    with pytest.raises(InvalidField) as error:
        action(probationary.c, MEETING, "6-NQ/CB", 0, 0, stamp=OVERRIDE_STAMP)
    assert error.value.field == "official_members"


def test_negative_votes_are_an_invalid_field(dossier):
    with pytest.raises(InvalidField) as error:
        cd.vote_admission(dossier.c, MEETING, "6-NQ/CB", 9, -1, stamp=OVERRIDE_STAMP)
    assert error.value.field == "votes_for"
