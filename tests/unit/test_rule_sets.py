"""Each action is judged by the rule set in force on its business date."""

from datetime import date

import pytest

from domain import candidate as cd
from domain.rules import RULE_IDS, RULE_SETS, rule_set_on
from domain.rules.catalogue import DEADLINE, GUARD, OUTCOME, RETENTION
from tests.unit.support import build, person_with

UNDER_AGE = person_with(birth_date=date(2007, 8, 15))  # 18 by month only in 08/2025
EDGES = [
    (date(2025, 1, 19), "QD24-2021", "Quy định 24-QĐ/TW, mục 1.1.1"),
    (date(2025, 1, 20), "QD232-2025", "Quy định 232-QĐ/TW, mục 1.1.1"),
    (date(2025, 6, 30), "QD232-2025", "Quy định 232-QĐ/TW, mục 1.1.1"),
    (date(2025, 7, 1), "QD294-2025", "Quy định 294-QĐ/TW, mục 1.1.1"),
]


def under_age_dossier():
    return build("dossier", UNDER_AGE, nominated=date(2024, 9, 1),
                 registered=date(2024, 9, 5), certificate=date(2024, 10, 1),
                 applied=date(2024, 10, 5), verified=date(2025, 1, 10),
                 introduced=date(2025, 1, 11), comments=date(2025, 1, 12))


@pytest.mark.parametrize(("meeting", "rule_set", "article"), EDGES)
def test_the_same_refusal_cites_the_article_of_the_rule_set_in_force(meeting, rule_set,
                                                                      article):
    refusal = under_age_dossier().refused(cd.vote_admission, meeting, "6-NQ/CB", 9, 9)
    assert (refusal.rule_id, refusal.rule_set, refusal.article) == \
        ("age_minimum", rule_set, article)


@pytest.mark.parametrize(("meeting", "rule_set", "article"), EDGES)
def test_the_event_records_the_rule_set_it_was_judged_by(meeting, rule_set, article):
    story = build("nominated", nominated=date(2025, 1, 2))
    event = story.then(cd.register_for_awareness_class, meeting)
    assert event.rule_set == rule_set


def test_dates_before_the_first_rule_set_are_judged_by_the_first_one():
    assert rule_set_on(date(2020, 1, 1)).id == "QD24-2021"
    assert rule_set_on(date(2021, 7, 30)).id == "QD24-2021"


def test_the_rule_sets_are_ordered_by_their_effective_dates():
    assert [s.id for s in RULE_SETS] == ["QD24-2021", "QD232-2025", "QD294-2025"]
    assert [s.effective_from for s in RULE_SETS] == sorted(s.effective_from for s in RULE_SETS)


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=lambda s: s.id)
def test_every_rule_set_defines_exactly_the_same_rule_ids(rule_set):
    assert set(rule_set.rules) == RULE_IDS


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=lambda s: s.id)
def test_every_rule_has_its_id_a_known_kind_and_an_article(rule_set):
    for rule_id, rule in rule_set.rules.items():
        assert rule.id == rule_id and rule.kind in (GUARD, DEADLINE, OUTCOME, RETENTION)
        assert rule.article.strip() and rule.title.strip()


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=lambda s: s.id)
def test_the_numbers_of_the_regulations_are_the_same_in_every_rule_set(rule_set):
    assert rule_set.number("age_minimum", "min_months") == 216
    assert rule_set.number("age_maximum", "max_months") == 720
    assert rule_set.number("certificate_validity", "months") == 60
    assert rule_set.number("probation_12_months", "months") == 12
    assert rule_set.number("vote_two_thirds", "numerator") == 2
    assert rule_set.number("vote_two_thirds", "denominator") == 3
    assert rule_set.number("decision_within_60_working_days", "working_days") == 60
    assert rule_set.number("ceremony_within_30_working_days", "working_days") == 30
    assert rule_set.number("retention_never_admitted", "years") == 5


def test_the_articles_of_the_rules_changed_by_each_regulation_differ_between_rule_sets():
    for rule_id in ("age_minimum", "decision_after_passed_vote", "ceremony_after_decision"):
        assert len({s.rule(rule_id).article for s in RULE_SETS}) == 3


def test_the_read_side_shows_exactly_the_deadlines_the_domain_defines():
    from domain.deadlines import DEADLINE_IDS
    from domain.rules.catalogue import DEADLINE as KIND
    from projections.deadlines import RULES

    assert set(RULES) == DEADLINE_IDS
    assert {r.id for r in RULE_SETS[0].rules.values() if r.kind == KIND} == DEADLINE_IDS


def test_the_read_side_reads_each_deadline_from_the_register_column_of_the_domain_date():
    """projections/deadlines.py reads the deadlines' dates from register columns named as the
    domain's candidate dates: each exists on both sides."""
    from dataclasses import fields

    from domain.candidate.state import Candidate
    from projections.deadlines import INPUTS
    from projections.tables import candidates

    dates = set(INPUTS) - {"id", "cell_code"}
    properties = {n for n in dir(Candidate) if isinstance(getattr(Candidate, n), property)}
    assert dates <= {f.name for f in fields(Candidate)} | properties
    assert dates <= set(candidates.c.keys())


NEVER_OVERRIDDEN = {"age_minimum", "vote_two_thirds", "decision_after_passed_vote",
                    "ceremony_after_decision", "probation_12_months",
                    "correction_authorised", "decision_extension", "members_leave_by_decision",
                    "member_transfer_by_letter", "citizen_id_structure", "readmission_barred",
                    "readmission_province_consent", "vote_three_official_members",
                    "introducer_official_member", "step_recorded_once", "member_file_kept",
                    "retention_never_admitted"}


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=lambda s: s.id)
def test_the_override_policy_names_the_rules_no_one_may_override(rule_set):
    from domain.rules import COMMITTEE_ONLY, NEVER

    never = {r.id for r in rule_set.rules.values() if r.override == NEVER}
    assert never == NEVER_OVERRIDDEN
    assert all(r.override_basis for r in rule_set.rules.values() if r.override == NEVER)
    others = [r for r in rule_set.rules.values() if r.override != NEVER]
    assert all(r.override == COMMITTEE_ONLY and r.document_needed for r in others)
    assert "tỉnh ủy" in rule_set.rule("age_maximum").document_needed


def test_an_old_event_naming_the_renamed_age_rule_still_finds_its_article():
    assert RULE_SETS[0].rule("age_limits") is RULE_SETS[0].rule("age_minimum")


def test_the_catalogue_says_how_sure_each_number_is():
    """Where sources disagree the number is data with its confidence (the rules page shows
    it): the retention default is read from summaries, the probation from the Charter."""
    rules = RULE_SETS[-1]
    assert {r.confidence for r in rules.rules.values()} <= {"High", "Medium", "Low"}
    assert rules.rule("retention_never_admitted").confidence == "Medium"
    assert rules.rule("probation_12_months").confidence == "High"
