"""Why a command is refused. Messages are Vietnamese: they are shown to the cell as they are."""

from __future__ import annotations

from dataclasses import dataclass, field


class DomainError(Exception):
    """Base of every refusal the domain raises; nothing is stored when one is raised."""

    code = "domain_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidField(DomainError):
    """A value that can never be right (e.g. more votes than voters). Cannot be overridden."""

    code = "invalid_field"

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


@dataclass(frozen=True)
class Violation:
    """One rule broken by a command: the rule's id, its article and a Vietnamese message."""

    rule_id: str
    article: str
    rule_set: str
    message: str
    details: dict = field(default_factory=dict)
    override: str = "committee"        # who may override it: "never" or "committee"
    document_needed: str = ""          # the written document an override must cite


class RuleViolation(DomainError):
    """A regulation refuses the action. A user with authority may record it with an override."""

    code = "rule_violation"

    def __init__(self, violations: list[Violation]) -> None:
        first = violations[0]
        super().__init__(first.message)
        self.violations = violations
        self.rule_id = first.rule_id
        self.article = first.article
        self.rule_set = first.rule_set


class NotPermitted(DomainError):
    """The acting role may not do this (e.g. a secretary overriding a rule, or correcting
    the committee's decision). Nothing is stored."""

    code = "not_permitted"

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


class NotFound(DomainError):
    code = "not_found"


class AlreadyExists(DomainError):
    code = "already_exists"


class ConcurrentChange(DomainError):
    """The record changed since the user loaded it: reload and decide again (never merged)."""

    code = "conflict"
