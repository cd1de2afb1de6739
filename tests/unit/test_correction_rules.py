"""A correction is judged by the rules as the original actions were, on their own dates, and
only whoever may record a fact may correct it."""

from __future__ import annotations

from datetime import date

import pytest

from domain import candidate as cd
from domain import events as ev
from domain.errors import NotPermitted, RuleViolation
from tests.unit.support import COMMITTEE_STAMP, OVERRIDE_STAMP, STAMP, build

ON = date(2025, 7, 10)


def position_of(story, kind) -> int:
    return next(i for i, e in enumerate(story.c.history, 1) if isinstance(e, kind))


def test_a_birth_date_that_makes_the_member_17_at_the_vote_is_refused_for_ever():
    story = build("probationary")
    with pytest.raises(RuleViolation) as refusal:
        cd.correct_record(story.c, 1, {"birth_date": date(2006, 9, 1)}, "1-CV", ON,
                          stamp=OVERRIDE_STAMP)      # not even the committee's override
    assert refusal.value.rule_id == "age_minimum"
    assert refusal.value.violations[0].override == "never"


def test_a_vote_count_corrected_below_two_thirds_after_the_decision_is_refused():
    story = build("decided")
    vote = position_of(story, ev.AdmissionVoted)
    with pytest.raises(RuleViolation) as refusal:
        cd.correct_record(story.c, vote, {"votes_for": 5}, "1-CV", ON, stamp=OVERRIDE_STAMP)
    assert refusal.value.rule_id == "decision_after_passed_vote"


def test_a_certificate_date_that_expires_it_before_the_vote_needs_the_committee():
    story = build("proposed", nominated=date(2019, 1, 2), registered=date(2019, 2, 1))
    certificate = position_of(story, ev.AwarenessClassCompleted)
    fields = {"occurred_on": date(2019, 3, 1)}
    with pytest.raises(RuleViolation) as refusal:
        cd.correct_record(story.c, certificate, fields, "1-CV", ON, stamp=STAMP)
    assert refusal.value.rule_id == "certificate_validity"
    event = cd.correct_record(story.c, certificate, fields, "1-CV", ON, stamp=OVERRIDE_STAMP)
    assert event.overridden_rules == ("certificate_validity",)
    assert event.override_authority.startswith("123-CV/HU")


def test_a_correction_that_breaks_nothing_new_is_recorded_without_an_override():
    story = build("proposed")
    certificate = position_of(story, ev.AwarenessClassCompleted)
    event = cd.correct_record(story.c, certificate, {"certificate_no": "13/CN"}, "1-CV", ON,
                              stamp=STAMP)
    assert event.overridden_rules == () and event.rule_set == "QD294-2025"


@pytest.mark.parametrize(("upto", "kind", "fields"), [
    ("decided", ev.AdmissionDecided, {"decided_by": "Đảng ủy xã"}),
    ("decided", ev.AdmissionDecided, {"occurred_on": date(2024, 5, 21)}),
    ("official", ev.ConvertedToOfficial, {"document_no": "201-QĐ/HU"}),
])
def test_only_the_committee_corrects_its_own_decisions(upto, kind, fields):
    story = build(upto)
    position = position_of(story, kind)
    with pytest.raises(NotPermitted):
        cd.correct_record(story.c, position, fields, "1-CV", ON, stamp=STAMP)
    event = cd.correct_record(story.c, position, fields, "1-CV", ON, stamp=COMMITTEE_STAMP)
    assert event.fields == fields


def test_the_committee_may_correct_the_cells_facts_too():
    story = build("nominated")
    event = cd.correct_record(story.c, 1, {"full_name": "Nguyễn Văn Ân"}, "1-CV", ON,
                              stamp=COMMITTEE_STAMP)
    assert event.fields == {"full_name": "Nguyễn Văn Ân"}


def test_an_already_overridden_rule_stays_overridden_when_another_field_is_corrected():
    story = build("dossier", skip=("comments",))
    story.then(cd.vote_admission, date(2024, 5, 2), "6-NQ/CB", 9, 9, stamp=OVERRIDE_STAMP)
    vote = len(story.events)
    event = cd.correct_record(story.c, vote, {"document_no": "7-NQ/CB"}, "1-CV", ON,
                              stamp=STAMP)
    assert event.overridden_rules == ()
