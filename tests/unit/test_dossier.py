"""dossier_complete and introduction_fits, judged when the cell votes."""

from datetime import date

import pytest

from domain import candidate as cd
from domain.errors import InvalidField
from tests.unit.support import DOSSIER_STEPS, STAMP, STUDENT, TEACHER, build, person_with

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


def test_a_youth_union_introduction_for_a_non_member_of_the_youth_union_is_refused():
    story = build("dossier", person_with(youth_union_member=False), introduction="youth_union")
    assert set(violations(story)) == {"introduction_fits"}


def test_a_trade_union_introduction_for_a_teacher_is_accepted():
    event = build("dossier", TEACHER, introduction="trade_union").then(
        cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    assert event.passed and not event.overridden_rules


def test_a_trade_union_introduction_for_a_student_is_refused():
    story = build("dossier", STUDENT, introduction="trade_union")
    assert set(violations(story)) == {"introduction_fits"}


@pytest.mark.parametrize("person", [STUDENT, TEACHER, person_with(youth_union_member=False)])
def test_two_official_members_may_introduce_anyone(person):
    event = build("dossier", person, introduction="two_members").then(
        cd.vote_admission, MEETING, "6-NQ/CB", 9, 9)
    assert not event.overridden_rules


def test_one_fitting_introduction_among_several_is_enough():
    story = build("dossier", person_with(youth_union_member=False), introduction="youth_union")
    story.then(cd.record_introduction, date(2024, 4, 13), "two_members", ["A", "B"])
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
