"""The services one Flask app holds: the event-sourced application and the read-side engine.

After a command the read side (read models, audit seal) is brought up to date either in the
same request (`inline`, one process: `make run`) or by one follower process (`follower`: many
web workers, `ketnap projections follow`), so a command costs only get + decide + save.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import ParamSpec

from sqlalchemy import Engine, create_engine

from domain.calendar import WorkingCalendar
from migrations import read_side_engine
from migrations.sqlite_files import make_private, store_file
from service.accesslog.tables import create_tables as create_personal_tables
from service.application import KetnapApplication, Recorded
from service.config import sqlalchemy_url
from service.workcalendar import working_calendar

INLINE, FOLLOWER = "inline", "follower"
log = logging.getLogger(__name__)
SETTLE_POLL_SECONDS = 0.02
P = ParamSpec("P")


class Services:
    def __init__(self, database_url: str, clock=None, read_side: str = INLINE,
                 settle_timeout: float = 3.0) -> None:
        if read_side not in (INLINE, FOLLOWER):
            raise ValueError(f"KETNAP_READ_SIDE must be {INLINE!r} or {FOLLOWER!r}: {read_side!r}")
        self.database_url = database_url
        if path := store_file(sqlalchemy_url(database_url)):
            make_private(path)       # before the store or the read side creates the files
        self.store = KetnapApplication(database_url, clock=clock)
        self.engine = make_engine(database_url)
        # beside the store, like its own tables: a store made before `init` has them too
        create_personal_tables(self.engine)
        self.read_side = read_side
        self.settle_timeout = settle_timeout
        # read-side work after new events (catch-up, audit seal); `None` means "whatever is new"
        self.after_command: list[Callable[[Recorded | None], object]] = []
        self.read_position: Callable[[], int] | None = None

    def command(self, use_case: Callable[P, Recorded], *args: P.args,
                **kwargs: P.kwargs) -> Recorded:
        """Run one use case, a method of the store given itself (`services.command(
        services.store.vote_admission, candidate_id, actor, meeting_on=...)`: its parameters
        are checked against the method's own, and go-to-definition leads to it); inline, also
        bring the read side up to date before returning."""
        recorded = use_case(*args, **kwargs)
        if self.read_side == INLINE:
            for listener in self.after_command:
                try:
                    listener(recorded)
                except Exception:  # noqa: BLE001 - stored is stored: never answer it as a fault
                    log.exception("read side behind after a stored command; the next "
                                  "catch-up or `ketnap projections follow` repairs it")
        return recorded

    def follow_once(self) -> None:
        """One round of the follower: every read-side part takes what is new in the log."""
        for listener in self.after_command:
            listener(None)

    def settle(self, recorded: Recorded) -> bool:
        """Wait (bounded) until the read models show `recorded`, so a person who just saved a
        form sees it on the next page. Inline this is already true; returns False on timeout."""
        if self.read_side == INLINE or self.read_position is None:
            return True
        deadline = time.monotonic() + self.settle_timeout
        while self.read_position() < recorded.log_position:
            if time.monotonic() >= deadline:
                return False
            time.sleep(SETTLE_POLL_SECONDS)
        return True

    def calendar(self) -> WorkingCalendar:
        off, working = self.store.declared_days()
        return working_calendar(off, working)

    def close(self) -> None:
        self.store.close()
        self.engine.dispose()


def make_engine(database_url: str) -> Engine:
    url = sqlalchemy_url(database_url)
    if url.startswith("sqlite"):
        return read_side_engine(url, connect_args={"timeout": 30})
    # Custom plans: a generic plan prepared while the read tables were small can scan a
    # whole table per query once they are large (measured: quadratic catch-up at 1M events).
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"options": "-c plan_cache_mode=force_custom_plan"})
