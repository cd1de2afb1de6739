"""Regulations as data: rule sets versioned by effective date, each rule named with its article."""

from domain.rules.catalogue import (
    COMMITTEE_ONLY,
    NEVER,
    RULE_IDS,
    RULE_SETS,
    Rule,
    RuleSet,
    rule_set_on,
)

__all__ = ["COMMITTEE_ONLY", "NEVER", "RULE_IDS", "RULE_SETS", "Rule", "RuleSet", "rule_set_on"]
