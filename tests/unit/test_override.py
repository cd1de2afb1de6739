"""A refused action recorded with an override carries the reason, the authority and every
overridden rule; nothing else is ever silently accepted."""

from dataclasses import replace
from datetime import date

import pytest

from domain import candidate as cd
from domain.candidate import Stage
from domain.decisions import CELL, Stamp
from domain.errors import InvalidField, NotPermitted, RuleViolation
from tests.unit.support import NOW, OVERRIDE, OVERRIDE_STAMP, TEACHER, build, person_with

MEETING = date(2024, 5, 2)
UNDER_AGE = person_with(birth_date=date(2006, 9, 1))
OVER_SIXTY = person_with(TEACHER, birth_date=date(1963, 1, 1))


def test_an_overridden_vote_records_the_reason_the_document_and_every_violated_rule():
    story = build("dossier", OVER_SIXTY, skip=("comments",))
    refused = story.refused(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    expected = [v.rule_id for v in refused.violations]
    assert set(expected) == {"dossier_complete", "age_maximum"}
    event = story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    assert event.override_reason == OVERRIDE.reason
    assert event.override_authority == \
        "123-CV/HU ngày 15/01/2024 của Ban Thường vụ Huyện ủy Việt Yên"
    assert list(event.overridden_rules) == expected
    assert event.rule_set == "QD24-2021"


def test_an_overridden_passed_vote_moves_the_candidate_forward():
    story = build("dossier", OVER_SIXTY)
    story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    assert story.c.stage == Stage.PROPOSED


def test_no_one_may_override_the_age_floor_not_even_the_committee():
    story = build("dossier", UNDER_AGE)
    with pytest.raises(RuleViolation) as refusal:
        story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    assert [v.rule_id for v in refusal.value.violations] == ["age_minimum"]
    assert refusal.value.violations[0].override == "never"


def test_one_never_overridable_rule_refuses_the_whole_override():
    story = build("dossier", UNDER_AGE, skip=("comments",))
    with pytest.raises(RuleViolation) as refusal:
        story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    assert {v.rule_id for v in refusal.value.violations} == {"dossier_complete",
                                                             "age_minimum"}


@pytest.mark.parametrize("upto", ["dossier", "proposed"])
def test_a_decision_without_a_passed_vote_or_a_ceremony_without_a_decision_is_never_recorded(
        upto):
    story = build(upto)
    action = (cd.decide_admission, MEETING, "1-QĐ", "BTV", MEETING) if upto == "dossier" \
        else (cd.hold_ceremony, date(2024, 6, 1))
    with pytest.raises(RuleViolation) as refusal:
        story.then(*action, stamp=OVERRIDE_STAMP)
    assert refusal.value.violations[0].override == "never"


def test_an_early_conversion_vote_is_never_recorded():
    story = build("class_done")
    with pytest.raises(RuleViolation) as refusal:
        story.then(cd.vote_conversion, date(2025, 5, 1), "13", 9, 9, stamp=OVERRIDE_STAMP)
    assert "probation_12_months" in {v.rule_id for v in refusal.value.violations}


def test_a_secretary_cannot_override_and_is_told_which_document_is_needed():
    story = build("dossier", OVER_SIXTY)
    with pytest.raises(NotPermitted) as refusal:
        story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9,
                   stamp=replace(OVERRIDE_STAMP, acting_for=CELL))
    assert "Chỉ cấp ủy" in refusal.value.message
    assert "tỉnh ủy" in refusal.value.message        # the over-60 rule's own document


def test_an_override_on_an_action_that_breaks_no_rule_is_not_recorded(dossier):
    event = dossier.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9,
                                  stamp=OVERRIDE_STAMP)
    assert event.override_reason is None and event.override_authority is None
    assert event.overridden_rules == ()


def test_an_overridden_conversion_vote_without_the_new_member_class_names_that_rule():
    story = build("probationary")
    event = story.then(cd.vote_conversion, date(2025, 6, 2), "13", 9, 9,
                       stamp=OVERRIDE_STAMP)
    assert set(event.overridden_rules) == {"new_member_class_before_conversion"}


def test_a_refusal_lists_every_violation_with_its_article_and_rule_set():
    story = build("nominated", UNDER_AGE)
    with pytest.raises(RuleViolation) as error:
        cd.vote_admission(story.c, MEETING, "6-NQ/CB", 9, 9, stamp=Stamp("x", NOW))
    assert {v.rule_id for v in error.value.violations} == {"dossier_complete", "age_minimum"}
    assert all(v.rule_set == "QD24-2021" and v.article for v in error.value.violations)
    assert error.value.rule_id == error.value.violations[0].rule_id


def test_an_invalid_field_cannot_be_overridden(dossier):
    with pytest.raises(InvalidField):
        cd.vote_admission(dossier.c, MEETING, "6-NQ/CB", 9, 10,
                          stamp=replace(OVERRIDE_STAMP, override=OVERRIDE))


@pytest.mark.parametrize(("changes", "field"), [
    ({"reason": "  "}, "override_reason"),
    ({"document_no": ""}, "override_document_no"),
    ({"issued_by": " "}, "override_issued_by"),
    ({"document_on": None}, "override_document_on"),
    ({"document_on": date(2030, 1, 2)}, "override_document_on"),
])
def test_an_override_without_its_reason_or_its_document_is_an_invalid_field(changes, field):
    story = build("dossier", OVER_SIXTY)
    with pytest.raises(InvalidField) as error:
        cd.vote_admission(story.c, MEETING, "6-NQ/CB", 9, 9,
                          stamp=replace(OVERRIDE_STAMP, override=replace(OVERRIDE, **changes)))
    assert error.value.field == field
