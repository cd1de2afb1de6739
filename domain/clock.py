"""Việt Nam's calendar day: the one clock every date of the record is read by.

The store stamps each event with an instant in UTC; what a person calls "today", the
future-date check, the quarters, the deadlines and the audit's recording date are that
instant's date in the cell's zone (Asia/Ho_Chi_Minh, UTC+7 all year), never the server's
and never UTC's: at 01:21 in Hà Nội it is already tomorrow, while UTC is still yesterday.
The zone is a setting only for a deployment that serves cells elsewhere (KETNAP_TIMEZONE);
one process serves one zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Ho_Chi_Minh"
_zone: tzinfo = ZoneInfo(DEFAULT_ZONE)


def use_zone(name: str) -> None:
    """Set the zone (an IANA name); an unknown name raises ZoneInfoNotFoundError at start."""
    global _zone
    _zone = ZoneInfo(name)


def zone() -> tzinfo:
    return _zone


def local(moment: datetime) -> datetime:
    """The instant on the cell's wall clock (a naive instant is taken as UTC, as stored)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(_zone)


def local_date(moment: datetime) -> date:
    """The cell's calendar day at an instant."""
    return local(moment).date()
