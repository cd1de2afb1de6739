"""One clock: the cell's calendar day (Asia/Ho_Chi_Minh), never UTC's nor the server's.

Instants near midnight on both sides: 17:00 UTC is 00:00 the next day in Hà Nội."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain import clock
from domain.decisions import Stamp, check_not_future
from domain.errors import InvalidField

AFTER_MIDNIGHT = datetime(2026, 12, 2, 18, 21, tzinfo=UTC)   # 01:21 on 03/12 in Hà Nội
BEFORE_MIDNIGHT = datetime(2026, 12, 2, 16, 59, tzinfo=UTC)  # 23:59 on 02/12 in Hà Nội


def test_the_day_turns_at_midnight_in_viet_nam_not_in_utc():
    assert clock.local_date(AFTER_MIDNIGHT) == date(2026, 12, 3)
    assert clock.local_date(BEFORE_MIDNIGHT) == date(2026, 12, 2)
    assert clock.local_date(datetime(2026, 12, 2, 17, 0)) == date(2026, 12, 3)   # naive = UTC


def test_a_step_dated_today_in_viet_nam_is_not_in_the_future():
    check_not_future("on", date(2026, 12, 3), Stamp("bithu", AFTER_MIDNIGHT))
    with pytest.raises(InvalidField, match="tương lai"):
        check_not_future("on", date(2026, 12, 3), Stamp("bithu", BEFORE_MIDNIGHT))


def test_another_zone_is_a_setting():
    try:
        clock.use_zone("UTC")
        assert clock.local_date(AFTER_MIDNIGHT) == date(2026, 12, 2)
    finally:
        clock.use_zone(clock.DEFAULT_ZONE)
    assert clock.local_date(AFTER_MIDNIGHT) == date(2026, 12, 3)
