"""Regulations as data: rule sets versioned by effective date, each rule named with its article."""

from domain.rules.catalogue import (
    ADULT_MONTHS,
    COMMITTEE_ONLY,
    NEVER,
    PROBATION_MONTHS,
    RULE_IDS,
    RULE_SETS,
    TWO_THIRDS,
    Rule,
    RuleSet,
    rule_set_on,
)

__all__ = ["ADULT_MONTHS", "COMMITTEE_ONLY", "NEVER", "PROBATION_MONTHS", "RULE_IDS", "RULE_SETS",
           "TWO_THIRDS", "Rule", "RuleSet", "rule_set_on"]
