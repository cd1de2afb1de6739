"""What a full rebuild does differently from an after-command catch-up, none of which changes
a row: larger pages, many pages per transaction (`runner.rebuild`), one connection, commits
that return before they reach the disk, and no automatic garbage collection.

(Reading the next page in a background thread while a batch is written was tried: no gain
on either store, the work is bound by the GIL.)

Why relaxed commits are safe here: the read models are a function of the log, and the
position moves in the same transaction as the rows it stands for. A crash can only lose the
last few committed transactions whole (rows and position together), and the next catch-up redoes
them. SQLite stays in WAL mode, where synchronous=NORMAL never corrupts the file (the events
share it, so OFF is never used); PostgreSQL's synchronous_commit=off never corrupts either.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def relaxed_commits(engine):
    """One connection whose commits need not wait for the disk, restored afterwards."""
    with engine.connect() as conn:
        restore = _relax(conn)
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            for statement in restore:
                conn.exec_driver_sql(statement)
            conn.commit()


def _relax(conn) -> list[str]:
    if conn.dialect.name == "sqlite":
        level = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
        conn.commit()
        return [f"PRAGMA synchronous={int(level)}"]
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET synchronous_commit TO off")
        # psycopg prepares a statement run 5 times; its generic plan, made while the tables
        # were nearly empty, would scan them whole for ever after (quadratic at 1M events)
        conn.exec_driver_sql("SET plan_cache_mode TO force_custom_plan")
        conn.commit()
        return ["RESET synchronous_commit", "RESET plan_cache_mode"]
    return []


@contextmanager
def no_automatic_collections(every: int = 64):
    """A rebuild allocates millions of objects and frees them all by reference counting
    (it creates no reference cycles: measured with gc.DEBUG_SAVEALL). Automatic collections
    would trace the live batch over and over, about 10 % of the rebuild; so they are off,
    and the hook it yields runs a full collection every `every` batches, in case some
    driver does leave a cycle behind. A young-only collection promoted such survivors to
    generations nothing ever collected again: peak memory grew 1.46× from 100k to 1M
    events. After `gc.freeze()` a full collection traces only what the rebuild made."""
    was_enabled, batches = gc.isenabled(), 0
    gc.freeze()                 # what exists now (modules, caches) is never traced again

    def between_batches() -> None:
        nonlocal batches
        batches += 1
        if batches % every == 0:
            gc.collect()

    gc.disable()
    try:
        yield between_batches
    finally:
        if was_enabled:
            gc.enable()
        gc.unfreeze()
