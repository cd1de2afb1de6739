"""The login backoff, shared by every worker through the database and atomic under any
concurrency: an attempt is first *claimed* (one conditional UPDATE, which the database
serialises per row), counted as a failure in advance, and only then is the password checked;
a success forgets the counts. So twenty parallel wrong passwords get FREE_PER_USER checks at
most, not twenty (before, every attempt read the counter, then all were checked).

Two counters: per user (whatever the address: rotating addresses do not help) and per client
address (whatever the user: one address spraying many users). The address is the peer's,
or the one the proxies trusted by KETNAP_PROXY_HOPS report; X-Forwarded-For is otherwise
ignored (service/__init__.py)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, case, delete, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite

from service.accounts import tables as t

FREE_PER_USER = 5          # attempts before the user's backoff starts
FREE_PER_ADDRESS = 20      # a school's computers share one address
MAX_WAIT = 15 * 60         # seconds
ANY = "*"                  # the other half of a one-sided counter's key


class LoginThrottled(Exception):
    def __init__(self, wait_seconds: int) -> None:
        super().__init__(f"Đăng nhập sai nhiều lần; hãy thử lại sau {wait_seconds} giây.")
        self.wait_seconds = wait_seconds


def wait_after(failures: int, free: int) -> int:
    """Seconds before the next attempt is checked, after `failures` counted attempts."""
    return 0 if failures < free else min(2 ** (failures - free), MAX_WAIT)


class Throttle:
    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine, self.clock = engine, clock

    def claim(self, username: str, address: str) -> None:
        """Count one attempt on both counters, or raise LoginThrottled (nothing checked)."""
        waits = [self._claim(username, ANY, FREE_PER_USER),
                 self._claim(ANY, address, FREE_PER_ADDRESS)]
        if any(waits):
            raise LoginThrottled(max(waits))

    def forget(self, username: str, address: str) -> None:
        """A correct password: this user's and this address's counts start again."""
        c = t.login_failures.c
        with self.engine.begin() as conn:
            conn.execute(delete(t.login_failures).where(
                ((c.username == username) & (c.address == ANY))
                | ((c.username == ANY) & (c.address == address))))

    def _claim(self, username: str, address: str, free: int) -> int:
        """0 if the attempt may be checked (and is now counted), else the seconds to wait."""
        c = t.login_failures.c
        now = self.clock()
        moment = now.timestamp()
        key = (c.username == username) & (c.address == address)
        ladder = [(c.failures + 1 == n, wait_after(n, free)) for n in range(free, free + 11)]
        claim = (update(t.login_failures).where(key, c.blocked_until <= moment)
                 .values(failures=c.failures + 1, last_failed_at=now,
                         blocked_until=literal(moment) + case(
                             (c.failures + 1 < free, 0), *ladder, else_=MAX_WAIT)))
        with self.engine.begin() as conn:
            conn.execute(self._ensure(username, address, now))
            if conn.execute(claim).rowcount == 1:
                return 0
            blocked = conn.execute(select(c.blocked_until).where(key)).scalar_one()
        return max(1, math.ceil(blocked - moment))

    def _ensure(self, username: str, address: str, now: datetime):
        """The counter's row, created if missing (by whichever attempt comes first)."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(t.login_failures).values(
            username=username, address=address, failures=0, last_failed_at=now,
            blocked_until=0.0).on_conflict_do_nothing()
