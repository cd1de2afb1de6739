"""Erasing a person's personal data (Law 91/2025/QH15 Art. 9.1.l, 14, 16): the decision.

The service destroys the person's key; the domain decides whether it may, and records who
erased whom under which document. A member's file is kept; a person still in the process
leaves the list first (the cell records why), so no step is ever recorded on an erased file.
"""

from __future__ import annotations

from domain import events as ev
from domain.candidate.state import Candidate, stage_words
from domain.decisions import Guard, Stamp, check_text
from domain.errors import NotPermitted
from domain.personal import MEMBER_FILE_KEPT
from domain.rules import rule_set_on


def erase(c: Candidate, authority: str, stamp: Stamp) -> ev.PersonErased:
    if c.erased:
        raise NotPermitted("person", "Dữ liệu cá nhân của người này đã được xóa.")
    check_text("authority", authority, "Văn bản cho phép xóa")
    guard = Guard(stamp.at.date())
    guard.require(c.admitted_on is None, "member_file_kept", MEMBER_FILE_KEPT)
    guard.resolve(stamp)        # never overridable: refused, with the rule and its article
    if not c.is_exited:
        raise NotPermitted("person", f"Người này còn trong danh sách ({stage_words(c.stage)}): "
                                     "chi bộ ghi việc ra khỏi danh sách trước khi xóa.")
    return ev.PersonErased(originator_id=c.id, originator_version=c.version + 1,
                           timestamp=stamp.at, actor=stamp.actor,
                           occurred_on=stamp.at.date(), authority=" ".join(authority.split()),
                           rule_set="")


def due_for_erasure(c: Candidate, today, years: int | None = None) -> bool:
    """The retention policy: never admitted, left the pool `years` years ago or more (by
    default the catalogue's `retention_never_admitted`, in force `today`)."""
    if c.erased or c.admitted_on is not None or c.exited_on is None:
        return False
    return _years_since(c.exited_on, today) >= (
        retention_years_on(today) if years is None else years)


def retention_years_on(today) -> int:
    return rule_set_on(today).number("retention_never_admitted", "years")


def _years_since(day, today) -> int:
    return today.year - day.year - ((today.month, today.day) < (day.month, day.day))
