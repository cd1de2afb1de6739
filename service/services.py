"""The services one Flask app holds: the event-sourced application and the read-side engine."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, create_engine, event

from domain.calendar import WorkingCalendar
from service.application import KetnapApplication, Recorded
from service.config import sqlalchemy_url
from service.workcalendar import working_calendar


class Services:
    def __init__(self, database_url: str, clock=None) -> None:
        self.database_url = database_url
        self.store = KetnapApplication(database_url, clock=clock)
        self.engine = make_engine(database_url)
        self.after_command: list[Callable[[Recorded], None]] = []

    def command(self, use_case: str, *args, **kwargs) -> Recorded:
        """Run one use case, then let the read side catch up so the user sees the change."""
        recorded = getattr(self.store, use_case)(*args, **kwargs)
        for listener in self.after_command:
            listener(recorded)
        return recorded

    def calendar(self) -> WorkingCalendar:
        off, working = self.store.declared_days()
        return working_calendar(off, working)

    def close(self) -> None:
        self.store.close()
        self.engine.dispose()


def make_engine(database_url: str) -> Engine:
    url = sqlalchemy_url(database_url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # Custom plans: a generic plan prepared while the read tables were small can scan a
    # whole table per query once they are large (measured: quadratic catch-up at 1M events).
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"options": "-c plan_cache_mode=force_custom_plan"})


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
