"""Steps recorded once in a candidate's life (issue 19): a second record is refused by the
domain under rule step_recorded_once, which nobody overrides; the first is put right by a
correction. Helpers, introductions and comments may be recorded again (a helper or
introducer replaced, a lapsed paper renewed)."""

from __future__ import annotations

from datetime import date

import pytest

from domain import candidate as cd
from domain.candidate.common import ONE_TIME_STEPS
from domain.errors import RuleViolation
from domain.labels import rule_title
from domain.rules import RULE_SETS
from domain.rules.catalogue import NEVER
from tests.unit.support import OVERRIDE_STAMP, build


def test_the_new_member_class_is_recorded_once():
    story = build("class_done")
    again = story.refused(cd.complete_new_member_class, date(2024, 9, 2), "46/CN")
    assert again.violations[0].rule_id == "step_recorded_once"
    assert "01/09/2024" in again.violations[0].message
    assert "đính chính" in again.violations[0].message


def test_no_one_records_a_one_time_step_twice_even_with_a_document():
    story = build("class_done")
    with pytest.raises(RuleViolation):
        cd.complete_new_member_class(story.c, date(2024, 9, 2), "46/CN", stamp=OVERRIDE_STAMP)


def test_the_first_record_of_the_class_is_accepted():
    story = build("probationary")
    event = story.then(cd.complete_new_member_class, date(2024, 9, 1), "45/CN")
    assert event.certificate_no == "45/CN"


def test_a_helper_who_cannot_continue_is_replaced():
    story = build("nominated")
    story.then(cd.assign_helpers, date(2024, 2, 2), ["Lê Văn Cường", "Phạm Thị Dung"])
    story.then(cd.assign_helpers, date(2024, 2, 3), ["Lê Văn Cường", "Đỗ Văn Hải"])
    assert story.c.helpers == ("Lê Văn Cường", "Đỗ Văn Hải")


def test_a_strike_off_is_proposed_once():
    story = build("probationary")
    story.then(cd.propose_strike_off, date(2024, 7, 1), "7-NQ/CB", "Vi phạm tư cách")
    again = story.refused(cd.propose_strike_off, date(2024, 7, 2), "8-NQ/CB", "Vi phạm")
    assert again.violations[0].rule_id == "step_recorded_once"


def test_an_introduction_may_be_recorded_again():
    story = build("dossier")
    story.then(cd.record_introduction, date(2024, 4, 20), "youth_union",
               ["Lê Văn Cường", "Phạm Thị Dung"])
    assert len(story.c.introductions) == 2


def test_the_rule_is_in_every_rule_set_with_its_article_never_overridden():
    for rules in RULE_SETS:
        rule = rules.rule("step_recorded_once")
        assert "6.2.4" in rule.article and rule.override == NEVER
    assert rule_title("step_recorded_once").startswith("Bước chỉ ghi một lần")
    assert {s.__name__ for s in ONE_TIME_STEPS} == {
        "NewMemberClassCompleted", "LateCeremonyConsented", "StrikeOffProposed"}
