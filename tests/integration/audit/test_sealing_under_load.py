"""Sealing a backlog while web workers go on recording (the follower's situation).

On SQLite, writing while a read of the same transaction is open, after another connection
committed, is refused outright (SQLITE_BUSY_SNAPSHOT: no busy wait); under steady load a
large backlog was refused on every attempt and the follower never caught up (found by
`make bench`). The seal now reads and hashes each batch before its write transaction begins,
then takes the chain's lock (SQLite's write lock, PostgreSQL's table lock) only to insert.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading

import pytest

from bench import generate
from domain.candidate import Person
from service.audit import sealing
from service.audit.sealing import BATCH, chain_tail, seal


def test_a_large_backlog_is_sealed_while_commands_keep_committing(services, tools):
    services.read_side = "follower"                 # commands do not seal: a backlog grows
    backlog = BATCH + 1000                          # more than one batch of chain rows
    services.store.save(*itertools.islice(generate.events(backlog + 2000), backlog))
    cell = generate.cell_code(0)
    person = Person("Lê Văn Tải", generate.NOW.date().replace(year=2008), "male", "Kinh", "HS",
                    True, "upper_secondary", "11A1")
    stop, committed = threading.Event(), []

    def writer() -> None:
        while not stop.is_set():
            committed.append(services.command(services.store.nominate, cell, person,
                                              generate.NOW.date(), "tai"))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        while len(committed) < 5:                   # the writer is committing now
            stop.wait(0.01)
        sealed = tools.seal()
    finally:
        stop.set()
        thread.join(30)
    assert sealed >= backlog
    tools.seal()                                    # what the writer added meanwhile
    with services.engine.connect() as conn:
        assert chain_tail(conn).position == services.store.last_position()
    assert tools.verify().ok


def test_a_batch_linked_to_a_tail_another_worker_moved_is_linked_again(services, tools,
                                                                        monkeypatch):
    """Two workers sealing at once: the one that finds the tail moved reads again from the
    new tail, without an error (one attempt is enough) and without a duplicate entry."""
    services.store.save(*itertools.islice(generate.events(200), 120))
    read_batch = sealing._next_batch

    def another_worker_seals_meanwhile(engine, table, mac_key, after, cache=None):
        batch = read_batch(engine, table, mac_key, after, cache)
        if batch[2]:
            monkeypatch.setattr(sealing, "_next_batch", read_batch)
            assert seal(engine, table, mac_key) == len(batch[2])     # the other worker
        return batch

    monkeypatch.setattr(sealing, "_next_batch", another_worker_seals_meanwhile)
    assert seal(tools.engine, tools.table, tools.mac_key, attempts=1) == 0
    with services.engine.connect() as conn:
        assert chain_tail(conn).position == services.store.last_position()
    assert tools.verify().ok


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # its whole-file lock
def test_reading_and_hashing_a_batch_does_not_wait_for_the_write_lock(services, tools,
                                                                      database_url):
    """Commands wait for whoever holds SQLite's write lock: the seal holds it only to insert."""
    services.store.save(*itertools.islice(generate.events(200), 120))
    writer = sqlite3.connect(database_url.split(":///", 1)[1], isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")                 # a command holding the write lock
    linked: list = []
    reader = threading.Thread(
        target=lambda: linked.append(sealing._next_batch(tools.engine, tools.table,
                                                         tools.mac_key, None)))
    try:
        reader.start()
        reader.join(timeout=10)
        assert not reader.is_alive(), "the seal waited for the write lock to read the log"
    finally:
        writer.rollback()
        writer.close()
        reader.join()
    assert len(linked[0][2]) == services.store.last_position()
