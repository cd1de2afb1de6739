"""Days declared off or declared working by the authorities, recorded as events (data)."""

from __future__ import annotations

from datetime import date
from uuid import NAMESPACE_URL, UUID, uuid5

from domain import events as ev
from domain.decisions import Guard, Stamp, check_text, make_event

CALENDAR_ID: UUID = uuid5(NAMESPACE_URL, "ketnap:/calendar/VN")


def declare_day(version: int, day: date, working: bool, reason: str, stamp: Stamp,
                document_no: str | None = None) -> ev.Event:
    """Declare a day off (nghỉ bù) or a make-up working day (làm bù)."""
    check_text("reason", reason, "Lý do")
    cls = ev.WorkdayDeclared if working else ev.DayOffDeclared
    return make_event(cls, CALENDAR_ID, version + 1, stamp, day, Guard(day), document_no,
                      reason=reason.strip())
