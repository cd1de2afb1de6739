"""The superior's other outcomes (24-QĐ/TW 4.1, 4.3.1) and the end of probation (4.2):
refusal, one extension of at most 30 working days, consent to a late ceremony, failed
conversion votes, the strike-off on the cell's proposal, and no withdrawal for members."""

from __future__ import annotations

from datetime import date

import pytest

from domain import candidate as cd
from domain.calendar import WorkingCalendar
from domain.candidate import Stage
from domain.errors import InvalidField, RuleViolation
from tests.unit.support import COMMITTEE_STAMP, OVERRIDE_STAMP, TIMELINE, build

CALENDAR = WorkingCalendar()              # weekdays only: the due dates are easy to check
ADMISSION_DUE = CALENDAR.add_working_days(TIMELINE["voted"], 60)
CONVERSION_DUE = CALENDAR.add_working_days(TIMELINE["conversion_voted"], 30)


def refused_as(stamp, action, story, *args):
    with pytest.raises(RuleViolation) as refusal:
        action(story.c, *args, stamp=stamp)
    return refusal.value


def refuse(story, pool=True, reason="Chưa đủ tiêu chuẩn"):
    return story.then(cd.refuse_admission, date(2024, 6, 3), "45-TB/HU", "BTV Huyện ủy",
                      reason, pool, stamp=COMMITTEE_STAMP)


def extend(story, to, decision="admission", on=date(2024, 7, 1)):
    return story.then(cd.extend_decision, decision, on, "46-CV/HU", to, "Cần thẩm tra thêm",
                      CALENDAR, stamp=COMMITTEE_STAMP)


def test_a_refused_candidate_goes_back_to_the_pool_and_may_be_proposed_again(proposed):
    refuse(proposed)
    c = proposed.c
    assert c.stage == Stage.NOMINATED and not c.is_exited
    assert c.admission_refused_on == c.admission_settled_on == date(2024, 6, 3)
    assert c.decided_on is None
    proposed.then(cd.vote_admission, date(2024, 9, 3), "9-NQ/CB", 9, 9)
    again = proposed.c
    assert again.stage == Stage.PROPOSED and again.admission_settled_on is None


def test_a_refused_candidate_may_leave_the_list(proposed):
    refuse(proposed, pool=False)
    assert proposed.c.stage == Stage.REFUSED and proposed.c.exited_on == date(2024, 6, 3)
    assert proposed.refused(cd.vote_admission, date(2024, 9, 3), "9", 9, 9).rule_id == \
        "stage_order"


@pytest.mark.parametrize("blank", ["reason", "decision_no", "decided_by"])
def test_a_refusal_names_its_reason_number_and_body(proposed, blank):
    args = {"decision_no": "45-TB/HU", "decided_by": "BTV", "reason": "Lý do", blank: "  "}
    with pytest.raises(InvalidField) as error:
        cd.refuse_admission(proposed.c, date(2024, 6, 3), returns_to_pool=True,
                            stamp=COMMITTEE_STAMP, **args)
    assert error.value.field == blank


def test_a_refusal_needs_a_passed_proposal(dossier):
    refusal = dossier.refused(cd.refuse_admission, date(2024, 6, 3), "45", "BTV", "Lý do", True)
    assert refusal.rule_id == "decision_after_passed_vote"


def test_an_extension_moves_the_due_date_by_at_most_30_working_days(proposed):
    latest = CALENDAR.add_working_days(ADMISSION_DUE, 30)
    extend(proposed, latest)
    assert proposed.c.admission_decision_extended_to == latest


def test_an_extension_of_31_working_days_is_refused_by_its_rule(proposed):
    too_far = CALENDAR.add_working_days(ADMISSION_DUE, 31)
    refusal = refused_as(OVERRIDE_STAMP, cd.extend_decision, proposed, "admission",
                         date(2024, 7, 1), "46", too_far, "Lý do", CALENDAR)
    assert refusal.rule_id == "decision_extension"      # never overridden
    assert refusal.article == "Quy định 24-QĐ/TW, mục 4.3.1"


def test_a_second_extension_is_refused(proposed):
    extend(proposed, CALENDAR.add_working_days(ADMISSION_DUE, 10))
    refusal = proposed.refused(cd.extend_decision, "admission", date(2024, 7, 2), "47",
                               CALENDAR.add_working_days(ADMISSION_DUE, 20), "Lý do", CALENDAR)
    assert refusal.rule_id == "decision_extension" and "một lần" in refusal.message


def test_an_extension_to_a_date_within_the_time_limit_is_no_extension(proposed):
    with pytest.raises(InvalidField) as error:
        extend(proposed, ADMISSION_DUE)
    assert error.value.field == "extended_to"


def test_the_conversion_decision_has_the_same_three_outcomes():
    story = build("conversion_proposed")
    extend(story, CALENDAR.add_working_days(CONVERSION_DUE, 30), "conversion",
           on=date(2025, 6, 10))
    assert story.c.conversion_decision_extended_to is not None
    story.then(cd.refuse_conversion, date(2025, 7, 1), "50-TB/HU", "BTV", "Vi phạm",
               stamp=COMMITTEE_STAMP)
    c = story.c
    assert c.stage == Stage.PROBATIONARY and c.conversion_settled_on == date(2025, 7, 1)
    assert c.official_since is None


def test_consent_to_a_late_ceremony_is_recorded_once(decided):
    decided.then(cd.consent_to_late_ceremony, date(2024, 7, 15), "60-CV/HU", "BTV Huyện ủy",
                 stamp=COMMITTEE_STAMP)
    assert decided.c.ceremony_consented_on == date(2024, 7, 15)
    again = decided.refused(cd.consent_to_late_ceremony, date(2024, 7, 16), "61", "BTV")
    assert again.rule_id == "step_recorded_once"


def failed_votes(story, n):
    for i in range(n):
        story.then(cd.vote_conversion, date(2025, 6, 2 + i), f"{i}-NQ", 9, 5)


def test_failed_conversion_votes_are_counted_and_a_fourth_is_refused(probationary):
    failed_votes(probationary, 3)
    assert probationary.c.conversion_failed_votes == 3
    assert probationary.c.stage == Stage.PROBATIONARY
    refusal = probationary.refused(cd.vote_conversion, date(2025, 6, 9), "4-NQ", 9, 9)
    assert refusal.rule_id == "conversion_three_failed_votes"
    assert refusal.article == "Quy định 232-QĐ/TW, mục 4.2.3"


def test_after_three_failed_votes_the_committee_decides(probationary):
    failed_votes(probationary, 3)
    probationary.then(cd.decide_conversion, date(2025, 6, 20), "16-QĐ", "BTV",
                      stamp=COMMITTEE_STAMP)
    assert probationary.c.stage == Stage.OFFICIAL


def test_two_failed_votes_do_not_let_the_committee_decide(probationary):
    failed_votes(probationary, 2)
    refusal = probationary.refused(cd.decide_conversion, date(2025, 6, 20), "16", "BTV")
    assert refusal.rule_id == "decision_after_passed_vote"


def test_a_passed_vote_after_a_failed_one_resets_the_count(probationary):
    failed_votes(probationary, 1)
    probationary.then(cd.vote_conversion, date(2025, 6, 9), "2-NQ", 9, 8)
    c = probationary.c
    assert c.conversion_failed_votes == 0 and c.stage == Stage.CONVERSION_PROPOSED


def test_a_strike_off_needs_the_cells_proposal(probationary):
    refusal = refused_as(COMMITTEE_STAMP, cd.strike_off, probationary, date(2025, 3, 1),
                         "Vi phạm")
    assert refusal.rule_id == "strike_off_on_cell_proposal"
    probationary.then(cd.propose_strike_off, date(2025, 2, 20), "9-NQ/CB", "Vi phạm")
    assert probationary.c.strike_off_proposed_on == date(2025, 2, 20)
    probationary.then(cd.strike_off, date(2025, 3, 1), "Vi phạm", stamp=COMMITTEE_STAMP)
    assert probationary.c.stage == Stage.STRUCK_OFF


def test_the_committee_may_strike_off_without_the_proposal_only_with_its_document(
        probationary):
    probationary.then(cd.strike_off, date(2025, 3, 1), "Vi phạm", stamp=OVERRIDE_STAMP)
    assert probationary.events[-1].overridden_rules == ("strike_off_on_cell_proposal",)


def test_after_three_failed_votes_a_strike_off_needs_no_proposal(probationary):
    failed_votes(probationary, 3)
    probationary.then(cd.strike_off, date(2025, 7, 1), "Không đủ tư cách",
                      stamp=COMMITTEE_STAMP)
    assert probationary.c.stage == Stage.STRUCK_OFF


@pytest.mark.parametrize("stage", ["probationary", "conversion_proposed", "official"])
def test_a_member_does_not_withdraw(stage):
    refusal = refused_as(OVERRIDE_STAMP, cd.withdraw, build(stage), date(2025, 7, 1),
                         "Xin thôi")
    assert refusal.rule_id == "members_leave_by_decision"
    assert refusal.article == "Điều lệ Đảng, Điều 5.3 và Điều 8"


def test_a_candidate_not_yet_a_member_still_withdraws(dossier):
    dossier.then(cd.withdraw, date(2024, 4, 20), "Chuyển trường")
    assert dossier.c.stage == Stage.WITHDRAWN
