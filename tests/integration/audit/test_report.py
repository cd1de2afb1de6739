"""The compliance report finds every seeded fault, exactly, and nothing in the clean demo."""

from __future__ import annotations

from datetime import date

from service.audit import report
from service.demo import CELL as DEMO_CELL
from tests.integration.audit.faulty import CELL
from tests.integration.audit.seeds import seed_all

START, END = date(2023, 1, 1), date(2026, 11, 26)


def found(rep) -> set[tuple[str, str, int]]:
    return {(f.kind, f.rule_id, f.position) for f in rep.findings}


def test_every_seeded_fault_is_found_with_its_rule_and_position(services, tools):
    expected = seed_all(services)
    rep = report.build(tools, CELL, START, END)
    assert found(rep) == set(expected)
    for f in rep.findings:
        assert f.article and f.candidate_name and f.recorded_on and f.occurred_on


def test_the_clean_demo_has_no_findings(demo):
    """Only the late ceremony the superior consented to, reported as consented (issue 15)."""
    rep = report.build(demo, DEMO_CELL, date(2020, 1, 1), END)
    assert [(f.kind, f.rule_id) for f in rep.findings] == [
        ("deadline_consented", "ceremony_within_30_working_days")], report.text_lines(rep)
