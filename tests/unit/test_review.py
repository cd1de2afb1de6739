"""The committee's review of a procedure: the version it read, its verdict, its comments,
the answers, and what the living document makes of them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain import review as rv
from domain.decisions import Stamp
from domain.errors import InvalidField

DAY = date(2026, 12, 3)
V1 = rv.ProcedureText("gioi_thieu.feature", "phiên bản 1",
                      {"Đoàn giới thiệu": "Cho A\nThì B", "Hai đảng viên": "Cho C\nThì D"})
V2 = rv.ProcedureText("gioi_thieu.feature", "phiên bản 2",
                      {"Đoàn giới thiệu": "Cho A\nThì B đã sửa", "Hai đảng viên": "Cho C\nThì D",
                       "Công đoàn": "Cho E"})


def stamp(actor: str = "uy-vien", hour: int = 8) -> Stamp:
    return Stamp(actor, datetime(2026, 12, 3, hour, tzinfo=UTC))


def recorded(*events) -> rv.ReviewRecord:
    return rv.project(list(events), V1.path)


def reviewed(record, current=V1, version=None, verdict=rv.APPROVED, comments=(), actor="uy-vien"):
    return rv.review(record, current, version or current.version, verdict, list(comments),
                     stamp(actor), DAY)


def test_version_is_the_hash_of_the_text_and_the_stream_is_the_path():
    assert V1.version == rv.version_of("phiên bản 1") != V2.version
    assert len(V1.version) == 64
    assert rv.procedure_id("a.feature") == rv.procedure_id("a.feature") != rv.procedure_id("b.feature")


def test_no_review_means_not_reviewed():
    state = rv.state_of(recorded(), V1)
    assert state.state == rv.NOT_REVIEWED and state.label == "Chưa xem xét"
    assert state.approved_scenarios == set()


def test_an_approval_of_the_current_text_approves_every_scenario():
    event = reviewed(recorded())
    assert event.originator_version == 1 and event.text == "phiên bản 1"
    state = rv.state_of(recorded(event), V1)
    assert state.state == rv.APPROVED
    assert [r.actor for r in state.approvals] == ["uy-vien"]
    assert state.approved_scenarios == set(V1.scenarios)


def test_a_change_after_approval_shows_old_and_new_scenarios_and_keeps_unchanged_ones():
    state = rv.state_of(recorded(reviewed(recorded())), V2)
    assert state.state == rv.CHANGED_SINCE
    assert state.approved_version == V1.version
    assert state.changes == [
        rv.ScenarioChange("Đoàn giới thiệu", "Cho A\nThì B", "Cho A\nThì B đã sửa"),
        rv.ScenarioChange("Công đoàn", None, "Cho E")]
    assert state.approved_scenarios == {"Hai đảng viên"}


def test_a_version_that_does_not_exist_is_refused():
    with pytest.raises(InvalidField) as refused:
        reviewed(recorded(), version=rv.version_of("không có"))
    assert refused.value.field == "version"


def test_an_older_version_a_review_kept_may_still_be_reviewed():
    first = reviewed(recorded())
    event = reviewed(recorded(first), current=V2, version=V1.version,
                     verdict=rv.WITH_REMARKS, comments=[{"scenario": None, "text": "Ý kiến"}])
    assert event.version == V1.version and event.text == "phiên bản 1"
    assert event.originator_version == 2


def test_a_comment_on_a_scenario_not_in_that_version_is_refused():
    with pytest.raises(InvalidField) as refused:
        reviewed(recorded(), verdict=rv.NOT_APPROVED,
                 comments=[{"scenario": "Công đoàn", "text": "Sai"}])
    assert refused.value.field == "comments" and "Công đoàn" in refused.value.message


@pytest.mark.parametrize("verdict", [rv.NOT_APPROVED, rv.WITH_REMARKS])
def test_not_approved_or_remarks_needs_a_comment_that_is_not_blank(verdict):
    with pytest.raises(InvalidField) as refused:
        reviewed(recorded(), verdict=verdict, comments=[{"scenario": None, "text": "   "}])
    assert refused.value.field == "comments"


def test_a_plain_approval_carries_no_comment_and_the_verdict_must_be_known():
    with pytest.raises(InvalidField):
        reviewed(recorded(), comments=[{"text": "Ý kiến"}])
    with pytest.raises(InvalidField) as refused:
        reviewed(recorded(), verdict="maybe")
    assert refused.value.field == "verdict"


def test_not_approved_comments_stay_open_until_answered_and_the_thread_stays():
    review = reviewed(recorded(), verdict=rv.NOT_APPROVED,
                      comments=[{"scenario": "Đoàn giới thiệu", "text": "Thiếu điều kiện"},
                                {"scenario": "", "text": "Cả quy trình cần xem lại"}])
    record = recorded(review)
    state = rv.state_of(record, V1)
    assert state.state == rv.NOT_APPROVED and state.approved_scenarios == set()
    assert [(c.key, c.scenario) for c in state.open_comments] == [
        ("1.1", "Đoàn giới thiệu"), ("1.2", None)]
    answered = rv.answer(record, "1.1", rv.CHANGED, "Đã bổ sung", V2.version,
                         stamp("soan-thao"), DAY)
    record = recorded(review, answered)
    state = rv.state_of(record, V2)
    assert [c.key for c in state.open_comments] == ["1.2"]
    [done] = state.answered_comments
    assert done.text == "Thiếu điều kiện" and done.answer.note == "Đã bổ sung"
    assert done.answer.in_version == V2.version and done.answer.actor == "soan-thao"


def test_an_answer_needs_a_known_open_comment_a_known_outcome_and_a_note():
    review = reviewed(recorded(), verdict=rv.WITH_REMARKS, comments=[{"text": "Ý kiến"}])
    record = recorded(review)
    for key, outcome, note, field in (("9.9", rv.KEPT, "Vì", "comment"),
                                      ("1.1", "ignore", "Vì", "outcome"),
                                      ("1.1", rv.KEPT, "  ", "note")):
        with pytest.raises(InvalidField) as refused:
            rv.answer(record, key, outcome, note, None, stamp(), DAY)
        assert refused.value.field == field
    kept = rv.answer(record, "1.1", rv.KEPT, "Đúng quy định", "bỏ qua", stamp(), DAY)
    assert kept.in_version is None
    with pytest.raises(InvalidField, match="đã được trả lời"):
        rv.answer(recorded(review, kept), "1.1", rv.KEPT, "Lại", None, stamp(), DAY)


def test_the_latest_review_speaks_and_approvals_of_that_version_are_listed():
    first = reviewed(recorded(), actor="uy-vien-1")
    second = reviewed(recorded(first), actor="kiem-tra")
    state = rv.state_of(recorded(first, second), V1)
    assert [r.actor for r in state.approvals] == ["uy-vien-1", "kiem-tra"]
    third = reviewed(recorded(first, second), verdict=rv.NOT_APPROVED,
                     comments=[{"text": "Sai"}])
    assert rv.state_of(recorded(first, second, third), V1).state == rv.NOT_APPROVED
