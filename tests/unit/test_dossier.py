"""dossier_complete and introduction_fits, judged when the cell votes."""

from datetime import date

import pytest

from domain import candidate as cd
from domain.errors import InvalidField, RuleViolation
from tests.unit.support import DOSSIER_STEPS, OVERRIDE_STAMP, STAMP, STUDENT, TEACHER, build, person_with

MEETING = date(2024, 5, 2)
LABELS = {
    "certificate": "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
    "application": "đơn xin vào Đảng và lý lịch",
    "verification": "kết luận thẩm tra lý lịch đạt",
    "introduction": "giới thiệu người vào Đảng",
    "comments": "nhận xét của đoàn thể và nơi cư trú",
}


def violations(story):
    refusal = story.refused(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    return {v.rule_id: v for v in refusal.violations}


@pytest.mark.parametrize("step", DOSSIER_STEPS)
def test_each_missing_document_is_named_in_the_refusal(step):
    found = violations(build("dossier", skip=(step,)))
    assert found["dossier_complete"].details["missing"] == LABELS[step]
    assert LABELS[step] in found["dossier_complete"].message


def test_a_bare_nomination_is_refused_naming_all_five_documents():
    missing = violations(build("nominated"))["dossier_complete"].details["missing"]
    assert missing.split("; ") == list(LABELS.values())


def test_a_failed_background_verification_leaves_the_dossier_incomplete():
    found = violations(build("dossier", verification="failed"))
    assert found["dossier_complete"].details["missing"] == LABELS["verification"]


def test_a_complete_dossier_passes_without_any_violation(dossier):
    event = dossier.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    assert event.overridden_rules == () and event.override_reason is None


def refused_introduction(person, kind: str, **dates) -> RuleViolation:
    """The route is judged when the introduction is recorded (its own date)."""
    with pytest.raises(RuleViolation) as refusal:
        build("dossier", person, introduction=kind, **dates)
    return refusal.value


@pytest.mark.parametrize("kind", ["youth_union", "two_members", "trade_union"])
def test_a_youth_who_is_not_a_member_of_the_youth_union_cannot_be_introduced(kind):
    """Charter 4.1: of youth age where the Đoàn exists, the applicant must be a Đoàn member
    (issue 14: two members were accepted before)."""
    refusal = refused_introduction(person_with(youth_union_member=False), kind)
    assert [v.rule_id for v in refusal.violations] == ["introduction_fits"]
    assert "chưa là đoàn viên" in refusal.violations[0].message


def test_a_trade_union_introduction_for_a_teacher_past_youth_age_is_accepted():
    event = build("dossier", TEACHER, introduction="trade_union").then(
        cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    assert event.passed and not event.overridden_rules


def test_a_trade_union_introduction_for_a_student_is_refused():
    refusal = refused_introduction(STUDENT, "trade_union")
    assert [v.rule_id for v in refusal.violations] == ["introduction_fits"]


def test_a_youth_union_member_of_youth_age_is_introduced_by_the_youth_union_only():
    refusal = refused_introduction(STUDENT, "two_members")
    assert "Ban Chấp hành Đoàn cơ sở" in refusal.violations[0].message


@pytest.mark.parametrize("person", [TEACHER, person_with(TEACHER, category="HS",
                                                         class_name="12A1")])
def test_two_official_members_may_introduce_anyone_past_youth_age(person):
    event = build("dossier", person, introduction="two_members").then(
        cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    assert not event.overridden_rules


def test_youth_age_ends_after_thirty_on_the_introduction_date():
    """30 full years on the introduction date (12/04/2024) is still youth age; 31 is not."""
    thirty = person_with(TEACHER, birth_date=date(1993, 4, 13), youth_union_member=False)
    assert refused_introduction(thirty, "trade_union").violations[0].rule_id \
        == "introduction_fits"
    past = person_with(TEACHER, birth_date=date(1993, 4, 12), youth_union_member=False)
    event = build("dossier", past, introduction="trade_union").then(
        cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    assert not event.overridden_rules


def test_one_fitting_introduction_among_several_is_enough():
    """A route that does not fit, recorded under the committee's override, does not spoil the
    fitting one recorded before it."""
    story = build("dossier", TEACHER, introduction="trade_union")
    story.then(cd.record_introduction, date(2024, 4, 13), "youth_union", ["A"],
               stamp=OVERRIDE_STAMP)
    assert story.then(cd.vote_admission, MEETING, "6-NQ/CB", 9, 9).passed


@pytest.mark.parametrize("names", [["Lê Văn Cường"], ["Lê Văn Cường", "  "]])
def test_a_two_member_introduction_needs_two_names(names, dossier):
    with pytest.raises(InvalidField) as error:
        cd.record_introduction(dossier.c, date(2024, 4, 13), "two_members", names,
                               stamp=STAMP)
    assert error.value.field == "introducers"


def test_an_unknown_kind_of_introduction_is_an_invalid_field(dossier):
    with pytest.raises(InvalidField) as error:
        cd.record_introduction(dossier.c, date(2024, 4, 13), "parents", ["A"],
                               stamp=STAMP)
    assert error.value.field == "kind"


def test_an_introduction_before_the_application_is_refused_by_stage_order():
    story = build("nominated")
    refusal = story.refused(cd.record_introduction, date(2024, 4, 13), "youth_union", ["Đoàn"])
    assert refusal.rule_id == "stage_order"


def test_comments_dated_after_the_meeting_are_refused_by_date_order():
    story = build("dossier", comments=date(2024, 5, 10))
    assert set(violations(story)) == {"date_order"}


def test_an_introduction_dated_after_the_meeting_is_refused_by_date_order():
    story = build("dossier", introduced=date(2024, 5, 10))
    assert set(violations(story)) == {"date_order"}
