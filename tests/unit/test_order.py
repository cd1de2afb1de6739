"""Order of the steps: stage_order, date_order and the guards between vote, decision,
ceremony and conversion."""

from datetime import date
from functools import partial

import pytest

from domain import candidate as cd
from domain.candidate import Stage
from tests.unit.support import build

CEREMONY = date(2024, 6, 1)


def rule_ids(refusal):
    return {v.rule_id for v in refusal.violations}


def test_a_decision_without_a_passed_vote_is_refused(dossier):
    refusal = dossier.refused(cd.decide_admission, date(2024, 5, 20), "100-QĐ/HU",
                                       "BTV Huyện ủy", date(2024, 5, 22))
    assert refusal.rule_id == "decision_after_passed_vote"


def test_a_decision_after_a_failed_vote_is_refused(dossier):
    dossier.then(cd.vote_admission, date(2024, 5, 2), "6-NQ/CB", 9, 5)
    refusal = dossier.refused(cd.decide_admission, date(2024, 5, 20), "100-QĐ/HU",
                            "BTV Huyện ủy", date(2024, 5, 22))
    assert refusal.rule_id == "decision_after_passed_vote"


def test_a_decision_dated_before_the_vote_is_refused_by_date_order(proposed):
    refusal = proposed.refused(cd.decide_admission, date(2024, 5, 1), "100-QĐ/HU",
                                        "BTV Huyện ủy", date(2024, 5, 22))
    assert rule_ids(refusal) == {"date_order"}


def test_a_decision_received_before_it_was_signed_is_refused_by_date_order(proposed):
    refusal = proposed.refused(cd.decide_admission, date(2024, 5, 20), "100-QĐ/HU",
                                        "BTV Huyện ủy", date(2024, 5, 19))
    assert rule_ids(refusal) == {"date_order"}


def test_a_ceremony_without_a_decision_is_refused(proposed):
    refusal = proposed.refused(cd.hold_ceremony, CEREMONY)
    assert refusal.rule_id == "ceremony_after_decision"


def test_a_second_ceremony_is_refused():
    refusal = build("probationary").refused(cd.hold_ceremony, date(2024, 6, 2))
    assert refusal.rule_id == "ceremony_after_decision"


def test_a_ceremony_before_the_decision_was_received_is_refused_by_date_order(decided):
    refusal = decided.refused(cd.hold_ceremony, date(2024, 5, 21))
    assert rule_ids(refusal) == {"date_order"}


def test_the_conversion_vote_is_allowed_exactly_on_the_first_anniversary_of_the_ceremony(
        probationary):
    event = probationary.then(cd.vote_conversion, date(2025, 6, 1), "13-NQ/CB", 9, 9)
    assert event.passed and not event.overridden_rules


def test_the_conversion_vote_the_day_before_the_anniversary_is_refused(probationary):
    refusal = probationary.refused(cd.vote_conversion, date(2025, 5, 31), "13", 9, 9)
    assert rule_ids(refusal) == {"probation_12_months"}
    assert "01/06/2025" in refusal.message


def test_the_conversion_vote_without_the_new_member_class_is_refused():
    refusal = build("probationary").refused(cd.vote_conversion, date(2025, 6, 2), "13", 9, 9)
    assert rule_ids(refusal) == {"new_member_class_before_conversion"}


def test_the_new_member_class_cannot_be_recorded_before_admission(decided):
    refusal = decided.refused(cd.complete_new_member_class, date(2024, 9, 1), "45")
    assert refusal.rule_id == "stage_order"


def test_a_conversion_decision_without_a_passed_conversion_vote_is_refused(probationary):
    refusal = probationary.refused(cd.decide_conversion, date(2025, 6, 20), "200",
                                          "BTV Huyện ủy")
    assert refusal.rule_id == "decision_after_passed_vote"


def test_a_conversion_vote_for_a_non_member_is_refused_by_stage_order(proposed):
    refusal = proposed.refused(cd.vote_conversion, date(2025, 6, 2), "13", 9, 9)
    assert "stage_order" in rule_ids(refusal)


def test_a_second_admission_vote_after_a_passed_one_is_refused_by_stage_order(proposed):
    refusal = proposed.refused(cd.vote_admission, date(2024, 5, 9), "7-NQ/CB", 9, 9)
    assert rule_ids(refusal) == {"stage_order"}


def test_an_action_dated_before_the_nomination_is_refused_by_date_order():
    refusal = build("nominated").refused(cd.register_for_awareness_class, date(2024, 1, 31))
    assert rule_ids(refusal) == {"date_order"}


def test_an_application_dated_before_the_certificate_is_refused_by_date_order():
    story = build("nominated")
    story.then(cd.register_for_awareness_class, date(2024, 2, 5))
    story.then(cd.complete_awareness_class, date(2024, 3, 5), "12/CN", "TTCT")
    refusal = story.refused(cd.submit_application, date(2024, 3, 4))
    assert rule_ids(refusal) == {"date_order"}


@pytest.mark.parametrize("exit_action", [
    cd.withdraw, partial(cd.transfer_out, papers=["Lý lịch", "Đơn xin vào Đảng"])])
def test_every_action_on_a_candidate_who_left_the_list_is_refused(exit_action, dossier):
    dossier.then(exit_action, date(2024, 4, 20), "Chuyển trường")
    assert dossier.c.is_exited and dossier.c.exited_on == date(2024, 4, 20)
    refusal = dossier.refused(cd.vote_admission, date(2024, 5, 2), "6-NQ/CB", 9, 9)
    assert refusal.rule_id == "stage_order"
    assert dossier.refused(cd.withdraw, date(2024, 5, 2), "lần nữa").rule_id == "stage_order"


def test_a_struck_off_member_cannot_be_voted_official(probationary):
    probationary.then(cd.propose_strike_off, date(2025, 2, 20), "9-NQ/CB", "Vi phạm tư cách")
    probationary.then(cd.strike_off, date(2025, 3, 1), "Vi phạm tư cách")
    assert probationary.c.stage == Stage.STRUCK_OFF
    refusal = probationary.refused(cd.vote_conversion, date(2025, 6, 2), "13", 9, 9)
    assert "stage_order" in rule_ids(refusal)


def test_only_a_probationary_member_can_be_struck_off(dossier):
    refusal = dossier.refused(cd.strike_off, date(2024, 5, 1), "Lý do")
    assert refusal.rule_id == "stage_order"


def test_an_official_member_cannot_withdraw_from_the_list():
    refusal = build("official").refused(cd.withdraw, date(2025, 7, 1), "Lý do")
    assert refusal.rule_id == "members_leave_by_decision"
    assert refusal.article == "Điều lệ Đảng, Điều 5.3 và Điều 8"
