"""How a decision turns into an event: collect violated rules, refuse or record an override."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from domain import text
from domain.errors import InvalidField, RuleViolation, Violation
from domain.events import Event
from domain.rules import RuleSet, rule_set_on


@dataclass(frozen=True)
class Override:
    """A refused action recorded anyway: the reason and the document that authorises it."""

    reason: str
    authority: str


@dataclass(frozen=True)
class Stamp:
    """Who acts and when the store records it; the domain never reads the clock itself."""

    actor: str
    at: datetime
    override: Override | None = None


class Guard:
    """Collects the violations of one command against the rule set of its business date."""

    def __init__(self, occurred_on: date) -> None:
        self.rules: RuleSet = rule_set_on(occurred_on)
        self.violations: list[Violation] = []

    def require(self, ok: bool, rule_id: str, message: str, **details: object) -> None:
        if not ok:
            rule = self.rules.rule(rule_id)
            self.violations.append(Violation(rule_id, rule.article, self.rules.id, message,
                                             {k: str(v) for k, v in details.items()}))

    def number(self, rule_id: str, name: str) -> int:
        return self.rules.number(rule_id, name)

    def resolve(self, override: Override | None) -> dict:
        """Refuse with every violation, or, when overridden, mark the event as such."""
        if not self.violations:
            return {"rule_set": self.rules.id}
        if override is None:
            raise RuleViolation(self.violations)
        # A breach recorded without its reason and authorising document cannot be audited.
        check_text("override_reason", override.reason, "Lý do ngoại lệ")
        check_text("override_authority", override.authority, "Văn bản cho phép ngoại lệ")
        return {
            "rule_set": self.rules.id,
            "override_reason": override.reason.strip(),
            "override_authority": override.authority.strip(),
            "overridden_rules": tuple(dict.fromkeys(v.rule_id for v in self.violations)),
        }


def check_text(field_name: str, value: str | None, label: str) -> None:
    """Not empty, not only invisible characters, no control or bidi characters (domain/text)."""
    if value is None or not value.strip():
        raise InvalidField(field_name, f"{label} không được để trống.")
    if reason := text.refusal(value):
        raise InvalidField(field_name, f"{label} {reason}")


# Plausibility, not a regulation: Ketnap records this cell work from 2000 on; an earlier
# date (1900-01-01, 0001-01-01) is a typing mistake.
EARLIEST_BUSINESS_DATE = date(2000, 1, 1)


def check_not_future(field_name: str, day: date, stamp: Stamp) -> None:
    """A business date lies between EARLIEST_BUSINESS_DATE and today (Việt Nam's)."""
    if day > stamp.at.date():
        raise InvalidField(field_name, f"Ngày {day:%d/%m/%Y} ở tương lai: chỉ ghi việc đã xảy ra.")
    if day < EARLIEST_BUSINESS_DATE:
        raise InvalidField(field_name, f"Ngày {day:%d/%m/%Y} trước năm "
                                       f"{EARLIEST_BUSINESS_DATE.year}: hãy kiểm tra lại.")


def make_event(cls: type[Event], originator_id: UUID, version: int, stamp: Stamp,
               occurred_on: date, guard: Guard, document_no: str | None = None,
               **fields: object) -> Event:
    """Build the next event of a stream after the guard has accepted (or overridden) it."""
    return cls(originator_id=originator_id, originator_version=version, timestamp=stamp.at,
               actor=stamp.actor, occurred_on=occurred_on, document_no=document_no,
               **guard.resolve(stamp.override), **fields)
