"""How a decision turns into an event: collect violated rules, refuse or record an override."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from domain import text
from domain.clock import local_date
from domain.errors import InvalidField, NotPermitted, RuleViolation, Violation
from domain.events import Event
from domain.rules import NEVER, RuleSet, rule_set_on

CELL = "cell"              # the cell (its secretary) records its own steps
COMMITTEE = "committee"    # the superior committee: decisions, strike-offs, overrides


@dataclass(frozen=True)
class Override:
    """A refused action recorded anyway, by the committee: why, and the written document
    that authorises it (number, date, issuing body) — an inspector must be able to find it."""

    reason: str
    document_no: str
    document_on: date | None
    issued_by: str

    @property
    def authority(self) -> str:
        """The document as one line, as it is stored with the event and shown."""
        on = f" ngày {self.document_on:%d/%m/%Y}" if self.document_on else ""
        return f"{self.document_no.strip()}{on} của {self.issued_by.strip()}"


@dataclass(frozen=True)
class Stamp:
    """Who acts, for whom (the cell or the committee) and when the store records it; the
    domain never reads the clock itself."""

    actor: str
    at: datetime
    override: Override | None = None
    acting_for: str = CELL


class Guard:
    """Collects the violations of one command against the rule set of its business date."""

    def __init__(self, occurred_on: date) -> None:
        self.rules: RuleSet = rule_set_on(occurred_on)
        self.violations: list[Violation] = []

    def require(self, ok: bool, rule_id: str, message: str, **details: object) -> None:
        if not ok:
            rule = self.rules.rule(rule_id)
            self.violations.append(Violation(rule_id, rule.article, self.rules.id, message,
                                             {k: str(v) for k, v in details.items()},
                                             rule.override, rule.document_needed))

    def number(self, rule_id: str, name: str) -> int:
        return self.rules.number(rule_id, name)

    def resolve(self, stamp: Stamp) -> dict:
        """Refuse with every violation, or, when overridden under the rules' override
        policy, mark the event as such."""
        if not self.violations:
            return {"rule_set": self.rules.id}
        return overridden(self.violations, stamp, self.rules.id)


def overridden(violations: list[Violation], stamp: Stamp, rule_set: str) -> dict:
    """The override fields of an event that breaks `violations`, or the refusal.

    A rule the catalogue marks never-overridable refuses whatever the document; any other
    is overridden only by the committee, citing its written document (24-QĐ/TW 1.1.2 for
    over-60s; the committee's authority over the cell's admission work otherwise)."""
    override = stamp.override
    if override is None or any(v.override == NEVER for v in violations):
        raise RuleViolation(violations)
    if stamp.acting_for != COMMITTEE:
        needed = "; ".join(dict.fromkeys(v.document_needed for v in violations))
        raise NotPermitted("override", "Chỉ cấp ủy có thẩm quyền được ghi ngoại lệ, kèm văn "
                           f"bản của mình ({needed}). Bí thư chi bộ không ghi ngoại lệ.")
    # A breach recorded without its reason and authorising document cannot be audited.
    check_text("override_reason", override.reason, "Lý do ngoại lệ")
    check_text("override_document_no", override.document_no, "Số văn bản cho phép ngoại lệ")
    check_text("override_issued_by", override.issued_by, "Cơ quan ban hành văn bản")
    if override.document_on is None:
        raise InvalidField("override_document_on", "Ngày văn bản cho phép ngoại lệ không được "
                                                   "để trống.")
    check_not_future("override_document_on", override.document_on, stamp)
    return {
        "rule_set": rule_set,
        "override_reason": override.reason.strip(),
        "override_authority": override.authority,
        "overridden_rules": tuple(dict.fromkeys(v.rule_id for v in violations)),
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
    if day > local_date(stamp.at):
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
               **guard.resolve(stamp), **fields)
