"""What the compliance report lists: one Finding per fault, with its rule, article and where
it sits in the log (position, business date, recorded date)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.clock import local_date
from domain.labels import KINDS, RECORD_RULES
from domain.rules import rule_set_on


@dataclass(frozen=True)
class Finding:
    kind: str
    rule_id: str
    article: str
    rule_set: str
    candidate_id: UUID
    candidate_name: str
    position: int
    occurred_on: date
    recorded_on: date
    message: str
    event_type: str = ""
    details: dict = field(default_factory=dict)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


def article_of(rule_id: str, on: date) -> tuple[str, str]:
    """(article, rule set id) of a rule, in the rule set in force on a business date."""
    rules = rule_set_on(on)
    if rule_id in RECORD_RULES:
        return RECORD_RULES[rule_id][1], rules.id
    return rules.rule(rule_id).article, rules.id


def finding(kind: str, rule_id: str, position: int, event, name: str, message: str,
            on: date | None = None, **details) -> Finding:
    """A finding about `event` (judged by the rules of `on`, by default its business date)."""
    article, rule_set = article_of(rule_id, on or event.occurred_on)
    return Finding(kind, rule_id, article, rule_set, event.originator_id, name, position,
                   event.occurred_on, local_date(event.timestamp), message,
                   type(event).__name__, {k: str(v) for k, v in details.items()})
