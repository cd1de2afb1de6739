"""Issue 14 item 4: the deciding body is the cell's superior body on the decision date."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

import pytest

from domain import candidate as cd
from domain.candidate.common import check_competent_body, same_body
from domain.decisions import Guard
from tests.unit.support import STAMP


def violations(decided_by: str, superior: str | None, on: date = date(2025, 8, 20)):
    guard = Guard(on)
    check_competent_body(guard, decided_by, on, superior)
    return [v.rule_id for v in guard.violations]


def test_the_superior_decides():
    assert violations("Đảng ủy phường Việt Yên", "Đảng ủy phường Việt Yên") == []


def test_its_standing_committee_decides_for_it():
    assert violations("Ban Thường vụ Huyện ủy Việt Yên", "Huyện ủy Việt Yên") == []
    assert violations("Huyện ủy Việt Yên", "Ban Thường vụ Huyện ủy Việt Yên") == []


@pytest.mark.parametrize("other", ["Hội Phụ nữ xã", "Ban Thường vụ Huyện ủy Việt Yên",
                                   "Đảng ủy phường Việt", "Thường vụ"])
def test_another_body_breaks_the_rule(other):
    assert violations(other, "Đảng ủy phường Việt Yên") == ["decision_by_competent_body"]


def test_spacing_and_case_are_no_difference():
    assert same_body("  đảng ủy   PHƯỜNG Việt Yên ", "Đảng ủy phường Việt Yên")


def test_the_rule_is_overridable_by_the_committee_only_with_its_article():
    from domain.rules.catalogue import COMMITTEE_ONLY, rule_set_on
    rule = rule_set_on(date(2025, 8, 20)).rule("decision_by_competent_body")
    assert rule.override == COMMITTEE_ONLY and "Điều 4.3" in rule.article


# --- the audit's re-judging of stored decisions (issue 14) --------------------------------

def _cell(*superiors: tuple[date, str]):
    from domain.cell import Cell
    return Cell(UUID(int=1), len(superiors), "LTK", "Chi bộ LTK", list(superiors))


def _stored_decision(decided_by: str, on: date):
    """A decision as an old log holds it: recorded before the body was checked."""
    from tests.unit.support import build
    story = build("proposed")
    before = story.c
    return before, cd.decide_admission(before, on, "100-QĐ", decided_by, on, stamp=STAMP)


REFORM = date(2025, 7, 1)
MOVED = _cell((date(2019, 1, 1), "Ban Thường vụ Huyện ủy Việt Yên"),
              (REFORM, "Đảng ủy phường Việt Yên"))


@pytest.mark.parametrize("decided_by, on, broken", [
    ("Hội Phụ nữ xã", date(2024, 5, 20), True),
    ("Huyện ủy Việt Yên", date(2024, 5, 20), False),
    ("Huyện ủy Việt Yên", REFORM - timedelta(days=1), False),
    ("Huyện ủy Việt Yên", REFORM, True),              # the district no longer decides
    ("Đảng ủy phường Việt Yên", REFORM - timedelta(days=1), True),
    ("Ban Thường vụ Đảng ủy phường Việt Yên", REFORM, False),
])
def test_the_audit_rejudges_the_deciding_body_on_the_decision_date(decided_by, on, broken):
    from domain.candidate.rejudge import rejudge
    before, stored = _stored_decision(decided_by, on)
    rules = [v.rule_id for v in rejudge(before, stored, MOVED)[0]]
    assert ("decision_by_competent_body" in rules) is broken


def test_without_the_cell_the_body_is_not_judged():
    from domain.candidate.rejudge import rejudge
    before, stored = _stored_decision("Hội Phụ nữ xã", date(2024, 5, 20))
    assert "decision_by_competent_body" not in [v.rule_id for v in rejudge(before, stored)[0]]
