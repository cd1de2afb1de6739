"""A refused action recorded with an override carries the reason, the authority and every
overridden rule; nothing else is ever silently accepted."""

from datetime import date

import pytest

from domain import candidate as cd
from domain.candidate import Stage
from domain.decisions import Override, Stamp
from domain.errors import InvalidField, RuleViolation
from tests.unit.support import NOW, OVERRIDE, OVERRIDE_STAMP, build, person_with

MEETING = date(2024, 5, 2)
UNDER_AGE = person_with(birth_date=date(2006, 9, 1))


def test_an_overridden_vote_records_the_reason_the_authority_and_every_violated_rule():
    story = build("dossier", UNDER_AGE, skip=("comments",))
    refused = story.refused(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    expected = [v.rule_id for v in refused.violations]
    assert set(expected) == {"dossier_complete", "age_limits"}
    event = story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    assert event.override_reason == OVERRIDE.reason
    assert event.override_authority == OVERRIDE.authority
    assert list(event.overridden_rules) == expected
    assert event.rule_set == "QD24-2021"


def test_an_overridden_passed_vote_moves_the_candidate_forward():
    story = build("dossier", UNDER_AGE)
    story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    assert story.c.stage == Stage.PROPOSED


def test_an_override_on_an_action_that_breaks_no_rule_is_not_recorded(dossier):
    event = dossier.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9,
                                  stamp=OVERRIDE_STAMP)
    assert event.override_reason is None and event.override_authority is None
    assert event.overridden_rules == ()


def test_an_overridden_early_conversion_vote_lists_both_conversion_rules():
    story = build("probationary")
    event = story.then(cd.vote_conversion, date(2025, 5, 1), "13", 9, 9,
                       stamp=OVERRIDE_STAMP)
    assert set(event.overridden_rules) == {"probation_12_months",
                                           "new_member_class_before_conversion"}


def test_a_refusal_lists_every_violation_with_its_article_and_rule_set():
    story = build("nominated", UNDER_AGE)
    with pytest.raises(RuleViolation) as error:
        cd.vote_admission(story.c, MEETING, "6-NQ/CB", 9, 9, stamp=Stamp("x", NOW))
    assert {v.rule_id for v in error.value.violations} == {"dossier_complete", "age_limits"}
    assert all(v.rule_set == "QD24-2021" and v.article for v in error.value.violations)
    assert error.value.rule_id == error.value.violations[0].rule_id


def test_an_invalid_field_cannot_be_overridden(dossier):
    with pytest.raises(InvalidField):
        cd.vote_admission(dossier.c, MEETING, "6-NQ/CB", 9, 10,
                          stamp=Stamp("x", NOW, Override("xin phép", "1-CV")))


@pytest.mark.parametrize(("override", "field"), [
    (Override("  ", "123-CV/HU"), "override_reason"),
    (Override("Ban Thường vụ cho phép", ""), "override_authority"),
])
def test_an_override_without_a_reason_or_an_authority_is_an_invalid_field(override, field):
    with pytest.raises(InvalidField) as error:
        cd.vote_admission(build("dossier", UNDER_AGE).c, MEETING, "6-NQ/CB", 9, 9,
                          stamp=Stamp("x", NOW, override))
    assert error.value.field == field
