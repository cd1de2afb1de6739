"""Issue 14 item 4: the deciding body is the cell's superior body on the decision date."""

from __future__ import annotations

from datetime import date

import pytest

from domain.candidate.common import check_competent_body, same_body
from domain.decisions import Guard


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
