"""The inspection committee's checks, as pure functions over events (standard library only)."""

from domain.audit.findings import KINDS, Finding
from domain.audit.report import LATE_ENTRY_DAYS, compliance

__all__ = ["KINDS", "LATE_ENTRY_DAYS", "Finding", "compliance"]
